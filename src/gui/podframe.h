#pragma once

#include "canvasitem.h"
#include "canvaslayout.h"

namespace podwright::gui {

/// A pod's frame: its name and labels, and the band showing its one shared network.
class PodFrame : public QGraphicsItem
{
public:
    enum { Type = PodFrameType };
    explicit PodFrame(const PodGeometry &geometry);
    int type() const override { return Type; }

    void setGeometry(const PodGeometry &geometry);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QSizeF m_size;
    QRectF m_network; ///< in item coordinates
    QString m_title;
    QString m_labels;
    QString m_networkText;
};

} // namespace podwright::gui
