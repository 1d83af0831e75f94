#pragma once

#include "canvasitem.h"
#include "canvaslayout.h"

namespace podwright::gui {

/// A volume of the pod: its name, kind and source; drag it onto a container to mount it.
class VolumeItem : public QGraphicsItem
{
public:
    enum { Type = VolumeItemType };
    explicit VolumeItem(const VolumeGeometry &geometry);
    int type() const override { return Type; }

    void setGeometry(const VolumeGeometry &geometry);
    const VolumeGeometry &geometry() const { return m_geometry; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    VolumeGeometry m_geometry;
};

} // namespace podwright::gui
