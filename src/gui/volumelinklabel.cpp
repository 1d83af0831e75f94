#include "volumelinklabel.h"

#include "canvasstyle.h"
#include "volumelink.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace podwright::gui {

VolumeLinkLabel::VolumeLinkLabel(const VolumeLink *link)
    : m_link(link)
{
    // Above the lines (VolumeLink, 2), under the cards and volumes (3) it never overlaps.
    setZValue(2.5);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF VolumeLinkLabel::boundingRect() const
{
    return linkLabelRect(m_link->geometry()).adjusted(-1, -1, 1, 1);
}

void VolumeLinkLabel::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                            QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : option->palette;
    const LinkGeometry &geometry = m_link->geometry();
    const QColor accent
        = m_link->isSelected() ? CanvasStyle::selectionColor(palette) : CanvasStyle::volumeAccent();
    painter->setFont(CanvasStyle::smallFont(widget ? widget->font() : painter->font()));
    // As wide as the text, within the box the layout kept clear, and reaching out to the line
    // where the label sits off-centre: the line runs into the pill rather than past its end.
    const QRectF box = linkLabelRect(geometry);
    const qreal padding = CanvasMetrics::LinkLabelPadding;
    const QString text = painter->fontMetrics().elidedText(geometry.label, Qt::ElideMiddle,
                                                           int(box.width() - padding));
    const qreal width
        = std::min(box.width(), painter->fontMetrics().horizontalAdvance(text) + padding);
    const qreal lineX = geometry.labelPos.x() - geometry.labelShift;
    QRectF pill(geometry.labelPos.x() - width / 2, box.top(), width, box.height());
    pill.setLeft(std::max(box.left(), std::min(pill.left(), lineX - padding)));
    pill.setRight(std::min(box.right(), std::max(pill.right(), lineX + padding)));
    painter->setPen(QPen(accent, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(pill, 8, 8);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace podwright::gui
