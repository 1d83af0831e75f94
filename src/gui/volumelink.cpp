#include "volumelink.h"

#include "canvasstyle.h"
#include "volumelinklabel.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace podwright::gui {

VolumeLink::VolumeLink(const LinkGeometry &geometry)
    : m_label(std::make_unique<VolumeLinkLabel>(this))
{
    setFlag(ItemIsSelectable);
    setZValue(2);
    setGeometry(geometry);
}

VolumeLink::~VolumeLink() = default; // the label leaves the scene with it

void VolumeLink::setGeometry(const LinkGeometry &geometry)
{
    prepareGeometryChange();
    m_label->linkGeometryChanging();
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
}

QVariant VolumeLink::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // The label follows the link into and out of a scene, and shows its selection.
    if (change == ItemSceneHasChanged) {
        if (m_label->scene())
            m_label->scene()->removeItem(m_label.get());
        if (scene())
            scene()->addItem(m_label.get());
    } else if (change == ItemSelectedHasChanged) {
        m_label->update();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace podwright::gui
