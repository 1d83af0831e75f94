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
    m_path = linkPath(geometry);
    setElementRef(this, geometry.mount);
    setToolTip(geometry.label);
}

QRectF VolumeLink::labelRect() const
{
    return linkLabelRect(m_geometry);
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
    // The whole box the layout kept clear: a label placed off-centre has its line passing
    // near one end, which a pill shrunk to the text would miss.
    const QRectF pill = labelRect();
    const QString text = painter->fontMetrics().elidedText(
        m_geometry.label, Qt::ElideMiddle, int(pill.width() - CanvasMetrics::LinkLabelPadding));
    painter->setPen(QPen(accent, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(pill, 8, 8);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace podwright::gui
