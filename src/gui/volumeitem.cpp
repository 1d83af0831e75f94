#include "volumeitem.h"

#include "canvasstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace podwright::gui {

VolumeItem::VolumeItem(const VolumeGeometry &geometry)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(3);
    setGeometry(geometry);
}

void VolumeItem::setGeometry(const VolumeGeometry &geometry)
{
    if (m_geometry.rect.size() != geometry.rect.size())
        prepareGeometryChange();
    m_geometry = geometry;
    setPos(geometry.rect.topLeft());
    setElementRef(this, geometry.ref);
    update();
}

QRectF VolumeItem::boundingRect() const
{
    return QRectF(QPointF(), m_geometry.rect.size()).adjusted(-2, -2, 2, 2);
}

void VolumeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : option->palette;
    const QColor accent = CanvasStyle::volumeAccent();
    const QRectF rect(QPointF(), m_geometry.rect.size());
    painter->setPen(QPen(isSelected() ? CanvasStyle::selectionColor(palette) : accent,
                         isSelected() ? 2.5 : 1.2));
    painter->setBrush(CanvasStyle::tint(palette, accent, 0.1));
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);

    // A small disk symbol: volumes are storage, not processes.
    const QRectF disk(10, 12, 18, 22);
    painter->setBrush(CanvasStyle::tint(palette, accent, 0.35));
    painter->setPen(QPen(accent, 1.2));
    painter->drawRoundedRect(disk, 4, 4);
    painter->drawLine(QPointF(disk.left(), disk.top() + 7), QPointF(disk.right(), disk.top() + 7));

    const QFont base = widget ? widget->font() : painter->font();
    painter->setFont(CanvasStyle::titleFont(base));
    painter->setPen(palette.color(QPalette::Text));
    const QRectF nameRect(36, 5, rect.width() - 44, 20);
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(m_geometry.name, Qt::ElideRight, int(nameRect.width())));
    painter->setFont(CanvasStyle::smallFont(base));
    painter->setPen(CanvasStyle::subtleText(palette));
    const QString detail = m_geometry.detail.isEmpty()
        ? m_geometry.kind
        : m_geometry.kind + QStringLiteral(" · ") + m_geometry.detail;
    const QRectF detailRect(36, 24, rect.width() - 44, 18);
    painter->drawText(
        detailRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(detail, Qt::ElideMiddle, int(detailRect.width())));
}

} // namespace podwright::gui
