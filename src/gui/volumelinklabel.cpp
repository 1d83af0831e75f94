#include "volumelinklabel.h"

#include "canvasstyle.h"
#include "volumelink.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

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
    // The whole box the layout kept clear: a label placed off-centre has its line passing
    // near one end, which a pill shrunk to the text would miss.
    const QRectF pill = linkLabelRect(geometry);
    const QString text = painter->fontMetrics().elidedText(
        geometry.label, Qt::ElideMiddle, int(pill.width() - CanvasMetrics::LinkLabelPadding));
    painter->setPen(QPen(accent, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(pill, 8, 8);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace podwright::gui
