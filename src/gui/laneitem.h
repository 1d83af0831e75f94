#pragma once

#include "canvasitem.h"
#include "canvaslayout.h"

namespace podwright::gui {

/// One lane of a pod (init containers, sidecars, app containers): its title, the hint shown
/// when it is empty, the run-order arrows, and the highlight while a drop would land in it.
class LaneItem : public QGraphicsItem
{
public:
    enum { Type = LaneItemType };
    LaneItem(int resource, const LaneGeometry &geometry);
    int type() const override { return Type; }

    int resource() const { return m_resource; }
    CanvasLane lane() const { return m_lane; }
    void setGeometry(int resource, const LaneGeometry &geometry);
    void setDropHighlight(bool on);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_resource = -1;
    CanvasLane m_lane = CanvasLane::App;
    QSizeF m_size;
    QString m_title;
    QString m_hint;
    std::vector<QPolygonF> m_arrows; ///< in item coordinates
    bool m_empty = true;
    bool m_highlight = false;
};

} // namespace podwright::gui
