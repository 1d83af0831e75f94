#pragma once

#include "canvasitem.h"
#include "canvaslayout.h"

namespace podwright::gui {

/// A port on its container card, labelled "8080 http"; selectable on its own.
class PortPin : public QGraphicsItem
{
public:
    enum { Type = PortPinType };
    explicit PortPin(const PinGeometry &geometry, CanvasLane lane);
    int type() const override { return Type; }

    void setGeometry(const PinGeometry &geometry, CanvasLane lane);
    QString label() const { return m_label; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QSizeF m_size;
    QString m_label;
    CanvasLane m_lane = CanvasLane::App;
};

} // namespace podwright::gui
