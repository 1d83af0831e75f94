#include "portpin.h"

#include "canvasstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace podwright::gui {

PortPin::PortPin(const PinGeometry &geometry, CanvasLane lane)
{
    setFlag(ItemIsSelectable);
    setZValue(4);
    setGeometry(geometry, lane);
}

void PortPin::setGeometry(const PinGeometry &g, CanvasLane lane)
{
    if (m_size != g.rect.size())
        prepareGeometryChange();
    setPos(g.rect.topLeft());
    m_size = g.rect.size();
    m_label = g.label;
    m_lane = lane;
    setElementRef(this, g.ref);
    setToolTip(g.label);
    update();
}

QRectF PortPin::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-1, -1, 1, 1);
}

void PortPin::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : option->palette;
    const QColor accent = CanvasStyle::laneAccent(m_lane);
    const QRectF rect(QPointF(), m_size);
    painter->setPen(
        QPen(isSelected() ? CanvasStyle::selectionColor(palette) : accent, isSelected() ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    const qreal dot = rect.height() - 8;
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawEllipse(QRectF(4, 4, dot, dot));
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(CanvasStyle::smallFont(widget ? widget->font() : painter->font()));
    const QRectF text = rect.adjusted(dot + 8, 0, -4, 0);
    painter->drawText(
        text, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(m_label, Qt::ElideRight, int(text.width())));
}

} // namespace podwright::gui
