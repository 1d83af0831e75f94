#include "podframe.h"

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace podwright::gui {

PodFrame::PodFrame(const PodGeometry &geometry)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
    setGeometry(geometry);
}

void PodFrame::setGeometry(const PodGeometry &g)
{
    const QRectF network = g.network.translated(-g.frame.topLeft());
    if (m_size != g.frame.size() || m_network != network)
        prepareGeometryChange();
    setPos(g.frame.topLeft());
    m_size = g.frame.size();
    m_network = network;
    m_title = g.title;
    m_labels = g.labels;
    m_networkText = g.networkText;
    setElementRef(this, ElementRef::pod(g.resource));
    update();
}

QRectF PodFrame::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-2, -2, 2, 2);
}

void PodFrame::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : option->palette;
    const QRectF frame(QPointF(), m_size);
    painter->setPen(
        QPen(isSelected() ? CanvasStyle::selectionColor(palette) : palette.color(QPalette::Mid),
             isSelected() ? 2.0 : 1.0));
    painter->setBrush(CanvasStyle::frameFill(palette));
    painter->drawRoundedRect(frame, 10, 10);

    const QFont base = widget ? widget->font() : painter->font();
    painter->setFont(CanvasStyle::titleFont(base));
    painter->setPen(palette.color(QPalette::Text));
    const QRectF titleRect(16, 6, m_size.width() - 32, 20);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(m_title, Qt::ElideRight, int(titleRect.width())));
    painter->setFont(CanvasStyle::smallFont(base));
    painter->setPen(CanvasStyle::subtleText(palette));
    const QRectF labelsRect(16, 26, m_size.width() - 32, 18);
    const QString labels = m_labels.isEmpty()
        ? QCoreApplication::translate("podwright::gui::PodFrame", "no labels")
        : m_labels;
    painter->drawText(
        labelsRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(labels, Qt::ElideRight, int(labelsRect.width())));

    // The network band: dashed like a boundary, because it is one the containers share.
    QPen dashed(CanvasStyle::subtleText(palette), 1, Qt::DashLine);
    painter->setPen(dashed);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_network.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->drawText(m_network.adjusted(10, 0, -10, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QStringLiteral("⇄  ") + m_networkText);
}

} // namespace podwright::gui
