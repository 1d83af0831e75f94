#pragma once

#include "elementref.h"

#include <QGraphicsItem>

/// What every canvas item shares: the element it shows, kept as item data so that any item
/// type maps back to the model without a common base class.
namespace podwright::gui {

enum CanvasItemType {
    PodFrameType = QGraphicsItem::UserType + 1,
    LaneItemType,
    ContainerCardType,
    PortPinType,
    VolumeItemType,
    VolumeLinkType,
    VolumeLinkLabelType,
};

inline void setElementRef(QGraphicsItem *item, const ElementRef &ref)
{
    item->setData(0, QVariant::fromValue(ref));
}

inline ElementRef elementRefOf(const QGraphicsItem *item)
{
    return item ? item->data(0).value<ElementRef>() : ElementRef();
}

} // namespace podwright::gui
