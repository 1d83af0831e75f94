#pragma once

#include "canvasitem.h"
#include "canvaslayout.h"

#include <QPainterPath>

#include <memory>

namespace podwright::gui {

class VolumeLinkLabel;

/// A mount: the curve from a container to a volume, labelled with the mountPath (a
/// VolumeLinkLabel the link keeps in its scene); dashed when read-only. Selecting it, line or
/// label, selects the mount.
class VolumeLink : public QGraphicsItem
{
public:
    enum { Type = VolumeLinkType };
    explicit VolumeLink(const LinkGeometry &geometry);
    ~VolumeLink() override;
    int type() const override { return Type; }

    void setGeometry(const LinkGeometry &geometry);
    const LinkGeometry &geometry() const { return m_geometry; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const VolumeLinkLabel *label() const { return m_label.get(); }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF labelRect() const;

    LinkGeometry m_geometry;
    QPainterPath m_path;
    std::unique_ptr<VolumeLinkLabel> m_label;
};

} // namespace podwright::gui
