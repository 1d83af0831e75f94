#include "containercard.h"

#include "canvasstyle.h"
#include "quantity.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace podwright::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("podwright::gui::ContainerCard", text);
}

QColor stateColor(ContainerRuntimeState::State state, const QString &reason)
{
    switch (state) {
    case ContainerRuntimeState::State::Running: return QColor(0x16, 0xa3, 0x4a);
    case ContainerRuntimeState::State::Waiting: return QColor(0xd9, 0x77, 0x06);
    case ContainerRuntimeState::State::Terminated:
        return reason == QLatin1String("Completed") ? QColor(0x64, 0x74, 0x8b)
                                                    : QColor(0xdc, 0x26, 0x26);
    case ContainerRuntimeState::State::Unknown: break;
    }
    return QColor(0x64, 0x74, 0x8b);
}

qreal fraction(std::optional<double> used, const QString &limit, bool millis)
{
    if (!used || limit.isEmpty())
        return -1;
    const auto quantity = Quantity::parse(limit);
    if (!quantity || quantity->isZero())
        return -1;
    const double max = millis ? double(quantity->milliValue()) : double(quantity->value());
    return *used / max;
}

} // namespace

ContainerCard::ContainerCard(const CardGeometry &geometry)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(3);
    setGeometry(geometry);
}

void ContainerCard::setGeometry(const CardGeometry &geometry)
{
    if (m_geometry.rect.size() != geometry.rect.size())
        prepareGeometryChange();
    m_geometry = geometry;
    setPos(geometry.rect.topLeft());
    setElementRef(this, geometry.ref);
    update();
}

void ContainerCard::setRuntimeState(const std::optional<ContainerRuntimeState> &state)
{
    m_state = state;
    update();
}

void ContainerCard::setUsage(std::optional<double> cpuMillicores, std::optional<qint64> memoryBytes)
{
    m_cpu = cpuMillicores;
    m_memory = memoryBytes;
    update();
}

QString ContainerCard::badgeText() const
{
    if (!m_state)
        return {};
    QString text;
    switch (m_state->state) {
    case ContainerRuntimeState::State::Running:
        text = m_state->isTerminating() ? tr("terminating") : tr("running");
        break;
    case ContainerRuntimeState::State::Waiting:
        text = m_state->reason.isEmpty() ? tr("waiting") : m_state->reason;
        break;
    case ContainerRuntimeState::State::Terminated:
        text = tr("terminated (%1)").arg(m_state->exitCode);
        break;
    case ContainerRuntimeState::State::Unknown: text = tr("unknown"); break;
    }
    if (m_state->restartCount > 0)
        text += QStringLiteral(" ↻%1").arg(m_state->restartCount);
    return text;
}

qreal ContainerCard::cpuFraction() const
{
    return fraction(m_cpu, m_geometry.cpuLimit, true);
}

qreal ContainerCard::memoryFraction() const
{
    return fraction(m_memory ? std::optional<double>(double(*m_memory)) : std::nullopt,
                    m_geometry.memoryLimit, false);
}

QRectF ContainerCard::boundingRect() const
{
    return QRectF(QPointF(), m_geometry.rect.size()).adjusted(-2, -2, 2, 2);
}

void ContainerCard::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : option->palette;
    const QColor accent = CanvasStyle::laneAccent(m_geometry.lane);
    const QRectF rect(QPointF(), m_geometry.rect.size());

    painter->setPen(QPen(isSelected() ? CanvasStyle::selectionColor(palette) : accent,
                         isSelected() ? 2.5 : 1.2));
    painter->setBrush(CanvasStyle::tint(palette, accent, 0.08));
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
    painter->fillRect(QRectF(1, 8, 4, rect.height() - 16), accent);

    const QFont base = widget ? widget->font() : painter->font();
    qreal left = 12;
    if (m_geometry.order > 0) {
        // The run-order number: init containers and sidecars start in this sequence.
        const QRectF badge(10, 7, 20, 20);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(badge);
        painter->setPen(palette.color(QPalette::HighlightedText));
        painter->setFont(CanvasStyle::smallFont(base));
        painter->drawText(badge, Qt::AlignCenter, QString::number(m_geometry.order));
        left = 36;
    }

    const QString badge = badgeText();
    qreal badgeWidth = 0;
    if (!badge.isEmpty()) {
        painter->setFont(CanvasStyle::smallFont(base));
        badgeWidth = painter->fontMetrics().horizontalAdvance(badge) + 12;
        const QRectF pill(rect.width() - badgeWidth - 8, 8, badgeWidth, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(stateColor(m_state->state, m_state->reason));
        painter->drawRoundedRect(pill, 9, 9);
        painter->setPen(QColor(Qt::white)); // on a saturated badge colour in both themes
        painter->drawText(pill, Qt::AlignCenter, badge);
        badgeWidth += 8;
    }

    painter->setFont(CanvasStyle::titleFont(base));
    painter->setPen(palette.color(QPalette::Text));
    const QRectF nameRect(left, 6, rect.width() - left - 8 - badgeWidth, 22);
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(m_geometry.name, Qt::ElideRight, int(nameRect.width())));
    painter->setFont(CanvasStyle::smallFont(base));
    painter->setPen(CanvasStyle::subtleText(palette));
    const QRectF imageRect(12, 28, rect.width() - 20, 16);
    const QString image = m_geometry.image.isEmpty() ? tr("no image") : m_geometry.image;
    painter->drawText(
        imageRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(image, Qt::ElideMiddle, int(imageRect.width())));
    const QRectF resourcesRect(12, 44, rect.width() - 20, 16);
    painter->drawText(resourcesRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(m_geometry.resources, Qt::ElideRight,
                                                        int(resourcesRect.width())));
    paintUsage(painter, palette, QRectF(12, rect.height() - 10, rect.width() - 24, 4));
}

void ContainerCard::paintUsage(QPainter *painter, const QPalette &palette, const QRectF &rect)
{
    const qreal cpu = cpuFraction();
    const qreal memory = memoryFraction();
    if (cpu < 0 && memory < 0)
        return;
    const qreal half = (rect.width() - 6) / 2;
    const auto bar = [&](qreal x, qreal value, const QColor &color) {
        const QRectF track(x, rect.top(), half, rect.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(CanvasStyle::tint(palette, color, 0.2));
        painter->drawRoundedRect(track, 2, 2);
        if (value < 0)
            return;
        // Past the limit the bar turns red: that is when Kubernetes throttles or OOM-kills.
        painter->setBrush(value > 0.9 ? QColor(0xdc, 0x26, 0x26) : color);
        painter->drawRoundedRect(
            QRectF(track.topLeft(), QSizeF(half * std::min<qreal>(value, 1.0), rect.height())), 2,
            2);
    };
    bar(rect.left(), cpu, QColor(0x25, 0x63, 0xeb));
    bar(rect.left() + half + 6, memory, QColor(0x0d, 0x94, 0x88));
}

} // namespace podwright::gui
