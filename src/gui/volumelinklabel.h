#pragma once

#include "canvasitem.h"

namespace podwright::gui {

class VolumeLink;

/**
 * The mountPath pill of a VolumeLink, a scene item of its own so that every label paints above
 * every link's line: where the layout could not keep a label clear of the other lines, they
 * pass under it instead of striking its text. It only paints; clicks go through to the link
 * under it (whose shape covers the label), so selecting and the element under the pointer stay
 * the link's.
 */
class VolumeLinkLabel : public QGraphicsItem
{
public:
    enum { Type = VolumeLinkLabelType };
    explicit VolumeLinkLabel(const VolumeLink *link);
    int type() const override { return Type; }

    /// Call before the link's geometry changes.
    void linkGeometryChanging() { prepareGeometryChange(); }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const VolumeLink *m_link;
};

} // namespace podwright::gui
