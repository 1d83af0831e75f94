#include "volumelink.h"

#include "canvasstyle.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace podwright::gui {

VolumeLink::VolumeLink(const LinkGeometry &geometry)
{
    setFlag(ItemIsSelectable);
    setZValue(2);
    setGeometry(geometry);
}

void VolumeLink::setGeometry(const LinkGeometry &geometry)
{
    prepareGeometryChange();
    m_geometry = geometry;
    // Scene coordinates: a link spans lanes, its position is its path.
    m_path = QPainterPath(geometry.from);
    if (geometry.via.empty()) {
        const qreal bend = (geometry.to.y() - geometry.from.y()) / 2;
        m_path.cubicTo(geometry.from + QPointF(0, bend), geometry.to - QPointF(0, bend),
                       geometry.to);
    } else {
        for (const QPointF &corner : geometry.via)
            m_path.lineTo(corner);
        m_path.lineTo(geometry.to);
    }
    setElementRef(this, geometry.mount);
    setToolTip(geometry.label);
}

QRectF VolumeLink::labelRect() const
{
    // Fixed width: the layout gives no font metrics; long paths are elided when painted.
    return QRectF(m_geometry.labelPos - QPointF(56, 7), QSizeF(112, 14));
}

QRectF VolumeLink::boundingRect() const
{
    return m_path.boundingRect().adjusted(-4, -4, 4, 4) | labelRect();
}

QPainterPath VolumeLink::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath path = stroker.createStroke(m_path);
    path.addRect(labelRect());
    return path;
}

void VolumeLink::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : option->palette;
    const QColor accent
        = isSelected() ? CanvasStyle::selectionColor(palette) : CanvasStyle::volumeAccent();
    painter->setPen(
        QPen(accent, isSelected() ? 2.5 : 1.4, m_geometry.readOnly ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    painter->setFont(CanvasStyle::smallFont(widget ? widget->font() : painter->font()));
    const QString text = painter->fontMetrics().elidedText(m_geometry.label, Qt::ElideMiddle,
                                                           int(labelRect().width()) - 8);
    const qreal width = painter->fontMetrics().horizontalAdvance(text) + 10;
    const QRectF pill(m_geometry.labelPos - QPointF(width / 2, 8), QSizeF(width, 16));
    painter->setPen(QPen(accent, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(pill, 8, 8);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace podwright::gui
