#include "laneitem.h"

#include "canvasstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace podwright::gui {

LaneItem::LaneItem(int resource, const LaneGeometry &geometry)
{
    setZValue(1);
    setGeometry(resource, geometry);
}

void LaneItem::setGeometry(int resource, const LaneGeometry &g)
{
    if (m_size != g.rect.size())
        prepareGeometryChange();
    m_resource = resource;
    m_lane = g.lane;
    setPos(g.rect.topLeft());
    m_size = g.rect.size();
    m_title = g.title;
    m_hint = g.emptyHint;
    m_empty = g.cardCount == 0;
    m_arrows.clear();
    for (const QPolygonF &arrow : g.arrows)
        m_arrows.push_back(arrow.translated(-g.rect.topLeft()));
    setElementRef(this, ElementRef::pod(resource));
    update();
}

void LaneItem::setDropHighlight(bool on)
{
    if (m_highlight != on) {
        m_highlight = on;
        update();
    }
}

QRectF LaneItem::boundingRect() const
{
    return QRectF(QPointF(), m_size);
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : option->palette;
    const QColor accent = CanvasStyle::laneAccent(m_lane);
    const QRectF rect = boundingRect();
    painter->setPen(m_highlight ? QPen(accent, 2, Qt::DashLine) : Qt::NoPen);
    painter->setBrush(CanvasStyle::tint(palette, accent, m_highlight ? 0.14 : 0.05));
    painter->drawRoundedRect(rect.adjusted(1, 1, -1, -1), 8, 8);

    const QFont base = widget ? widget->font() : painter->font();
    painter->setFont(CanvasStyle::smallFont(base));
    painter->setPen(accent);
    painter->drawText(QRectF(10, 2, rect.width() - 20, 20), Qt::AlignLeft | Qt::AlignVCenter,
                      m_title);
    if (m_empty) {
        painter->setPen(CanvasStyle::subtleText(palette));
        painter->drawText(rect.adjusted(10, 22, -10, -4), Qt::AlignCenter, m_hint);
    }

    painter->setPen(QPen(accent, 1.6));
    painter->setBrush(accent);
    for (const QPolygonF &arrow : m_arrows) {
        painter->drawPolyline(arrow);
        // Arrow head at the last segment's end.
        const QPointF tip = arrow.last();
        const QPointF from = arrow[arrow.size() - 2];
        const qreal angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        const auto corner = [&](qreal offset) {
            return tip - QPointF(std::cos(angle + offset) * 8, std::sin(angle + offset) * 8);
        };
        painter->drawPolygon(QPolygonF { tip, corner(0.45), corner(-0.45) });
    }
}

} // namespace podwright::gui
