#pragma once

#include "canvasitem.h"
#include "canvaslayout.h"

#include <QPainterPath>

namespace podwright::gui {

/// A mount: the curve from a container to a volume, labelled with the mountPath; dashed when
/// read-only. Selecting it selects the mount.
class VolumeLink : public QGraphicsItem
{
public:
    enum { Type = VolumeLinkType };
    explicit VolumeLink(const LinkGeometry &geometry);
    int type() const override { return Type; }

    void setGeometry(const LinkGeometry &geometry);
    const LinkGeometry &geometry() const { return m_geometry; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    LinkGeometry m_geometry;
    QPainterPath m_path;
};

} // namespace podwright::gui
