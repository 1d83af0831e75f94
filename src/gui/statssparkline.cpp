#include "statssparkline.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace podwright::gui {

static constexpr double MiB = 1024.0 * 1024.0;

StatsSparkline::StatsSparkline(StatsChart::Metric metric, QWidget *parent)
    : QWidget(parent)
    , m_metric(metric)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
}

void StatsSparkline::setHistory(const PodStatsHistory *history)
{
    m_history = history;
    refresh();
}

void StatsSparkline::setResources(const ResourceMap &resources)
{
    m_resources = resources;
    refresh();
}

void StatsSparkline::setWindowMsecs(qint64 msecs)
{
    m_windowMsecs = std::max<qint64>(1000, msecs);
    refresh();
}

void StatsSparkline::setStacked(bool stacked)
{
    m_stacked = stacked;
    refresh();
}

double StatsSparkline::valueOf(const StatsPoint &point) const
{
    return m_metric == StatsChart::Metric::Cpu ? point.cpuMillicores
                                               : double(point.memoryBytes) / MiB;
}

QString StatsSparkline::formatValue(double value) const
{
    return m_metric == StatsChart::Metric::Cpu ? tr("%1m").arg(value, 0, 'f', 0)
                                               : tr("%1 MiB").arg(value, 0, 'f', 1);
}

QRectF StatsSparkline::plotRect() const
{
    // A text row on top for the title and the newest values.
    const int textHeight = fontMetrics().height() + 2;
    return QRectF(1, textHeight, std::max(1, width() - 2), std::max(1, height() - textHeight - 1));
}

/// Appends the points of one line, keeping per pixel column only the first, lowest, highest
/// and last point in time order: the picture is the same as with every point, spikes included,
/// and a 60-minute window on a 300-pixel cell draws 4 points a column instead of 12.
template<typename ForEach>
static std::vector<QPointF> perPixel(ForEach &&forEach, qint64 since, double msecsPerColumn)
{
    std::vector<QPointF> out;
    long column = -1;
    QPointF first, low, high, last;
    const auto flush = [&] {
        if (column < 0)
            return;
        std::vector<QPointF> kept { first };
        const bool lowFirst = low.x() <= high.x();
        for (const QPointF &p : { lowFirst ? low : high, lowFirst ? high : low, last })
            if (p != kept.back())
                kept.push_back(p);
        out.insert(out.end(), kept.begin(), kept.end());
    };
    forEach([&](qint64 msecs, double y) {
        const QPointF p(qreal(msecs), y);
        const long c = long(double(msecs - since) / msecsPerColumn);
        if (c != column) {
            flush();
            column = c;
            first = low = high = p;
        }
        if (y < low.y())
            low = p;
        if (y > high.y())
            high = p;
        last = p;
    });
    flush();
    return out;
}

void StatsSparkline::refresh()
{
    m_lines.clear();
    if (!m_history) {
        update();
        return;
    }
    const qint64 now = m_history->latestMsecs();
    m_since = now - m_windowMsecs;
    const double msecsPerColumn = std::max(1.0, double(m_windowMsecs) / plotRect().width());
    const QStringList containers = m_history->containers();
    double top = 0;
    if (m_stacked) {
        Line line;
        line.name = m_history->podName();
        const std::vector<StatsPoint> total = m_history->podTotal(m_since + 1);
        line.points = perPixel(
            [&](auto &&add) {
                for (const StatsPoint &p : total)
                    add(p.msecs, valueOf(p));
            },
            m_since, msecsPerColumn);
        line.latest = total.empty() ? 0 : valueOf(total.back());
        // The pod's limit is the sum only if every container sets one.
        bool allLimited = !containers.isEmpty();
        for (const QString &name : containers) {
            const auto it = m_resources.find(name);
            const ResourceLines r = it == m_resources.end() ? ResourceLines {} : it->second;
            const double limit = m_metric == StatsChart::Metric::Cpu
                ? r.cpuLimitMillicores
                : double(r.memoryLimitBytes) / MiB;
            allLimited = allLimited && limit > 0;
            line.limit += limit;
        }
        if (!allLimited)
            line.limit = 0;
        m_lines.push_back(std::move(line));
    } else {
        for (int i = 0; i < containers.size(); ++i) {
            const StatsSeries *series = m_history->series(containers[i]);
            if (!series)
                continue;
            Line line;
            line.name = containers[i];
            line.colorIndex = i;
            line.points = perPixel(
                [&](auto &&add) {
                    series->forEachSince(m_since + 1,
                                         [&](const StatsPoint &p) { add(p.msecs, valueOf(p)); });
                },
                m_since, msecsPerColumn);
            line.latest = series->isEmpty() ? 0 : valueOf(series->latest());
            const auto it = m_resources.find(line.name);
            if (it != m_resources.end())
                line.limit = m_metric == StatsChart::Metric::Cpu
                    ? it->second.cpuLimitMillicores
                    : double(it->second.memoryLimitBytes) / MiB;
            m_lines.push_back(std::move(line));
        }
    }
    for (const Line &line : m_lines) {
        top = std::max(top, line.limit);
        for (const QPointF &p : line.points)
            top = std::max(top, p.y());
    }
    // Headroom, and never a zero-height scale for idle containers.
    m_top = std::max(m_metric == StatsChart::Metric::Cpu ? 100.0 : 16.0, top * 1.1);
    update(); // one repaint per refresh, coalesced by Qt with any other
}

QStringList StatsSparkline::lineNames() const
{
    QStringList names;
    for (const Line &line : m_lines)
        names << line.name;
    return names;
}

const std::vector<QPointF> &StatsSparkline::linePoints(const QString &name) const
{
    static const std::vector<QPointF> none;
    for (const Line &line : m_lines)
        if (line.name == name)
            return line.points;
    return none;
}

double StatsSparkline::lineLimit(const QString &name) const
{
    for (const Line &line : m_lines)
        if (line.name == name)
            return line.limit;
    return 0;
}

QString StatsSparkline::tooltipAt(const QPoint &pos) const
{
    const QRectF plot = plotRect();
    if (m_lines.empty() || !m_history)
        return {};
    const double msecs = double(m_since) + (pos.x() - plot.left()) / plot.width() * m_windowMsecs;
    QStringList rows;
    qint64 shownTime = 0;
    for (const Line &line : m_lines) {
        if (line.points.empty())
            continue;
        const auto nearest = std::min_element(
            line.points.begin(), line.points.end(), [msecs](const QPointF &a, const QPointF &b) {
                return std::abs(a.x() - msecs) < std::abs(b.x() - msecs);
            });
        shownTime = qint64(nearest->x());
        rows << tr("%1: %2").arg(line.name, formatValue(nearest->y()));
    }
    if (rows.isEmpty())
        return {};
    const QString time
        = QDateTime::fromMSecsSinceEpoch(shownTime).toString(QStringLiteral("HH:mm:ss"));
    const QString what = m_metric == StatsChart::Metric::Cpu ? tr("CPU") : tr("Memory");
    return tr("%1 at %2").arg(what, time) + QLatin1Char('\n') + rows.join(QLatin1Char('\n'))
        + QLatin1Char('\n') + tr("Click to open the pod's charts.");
}

bool StatsSparkline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void StatsSparkline::mousePressEvent(QMouseEvent *event)
{
    // Accepted, so that the release comes here: a click is a press and a release inside.
    event->setAccepted(event->button() == Qt::LeftButton);
}

void StatsSparkline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    event->accept();
    if (rect().contains(event->position().toPoint()))
        Q_EMIT activated();
}

void StatsSparkline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh(); // the per-pixel reduction depends on the width
}

void StatsSparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.base());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));

    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const auto colorOf = [dark](const Line &line) {
        const QColor c = StatsChart::containerColor(line.colorIndex);
        return dark ? c.lighter(140) : c;
    };

    // Title, scale and the newest values in one row, each value in its line's colour so it
    // reads as that container's without a legend.
    const QString title = m_metric == StatsChart::Metric::Cpu ? tr("CPU") : tr("Memory");
    const QFontMetrics metrics = fontMetrics();
    const QRect textRow(4, 1, width() - 8, metrics.height());
    const QString scale = formatValue(m_top);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(textRow, Qt::AlignRight | Qt::AlignVCenter, scale);
    const int textEnd = textRow.right() - metrics.horizontalAdvance(scale) - 8;
    int x = textRow.left();
    const auto drawPart = [&](const QString &text) {
        const QString shown = metrics.elidedText(text, Qt::ElideRight, std::max(0, textEnd - x));
        painter.drawText(QRect(x, textRow.top(), textEnd - x, textRow.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += metrics.horizontalAdvance(shown + QStringLiteral("  "));
    };
    drawPart(title);
    for (const Line &line : m_lines) {
        if (x >= textEnd)
            break;
        painter.setPen(colorOf(line));
        drawPart(line.limit > 0
                     ? tr("%1 / %2").arg(formatValue(line.latest), formatValue(line.limit))
                     : formatValue(line.latest));
    }

    const QRectF plot = plotRect();
    const double sx = plot.width() / double(m_windowMsecs);
    const double sy = plot.height() / m_top;
    const auto toPixel = [&](double msecs, double y) {
        return QPointF(plot.left() + (msecs - double(m_since)) * sx, plot.bottom() - y * sy);
    };
    QPolygonF polygon;
    for (const Line &line : m_lines) {
        const QColor color = colorOf(line);
        if (line.limit > 0) {
            const double y = toPixel(0, line.limit).y();
            painter.setPen(QPen(color, 1, Qt::DashLine));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        polygon.clear();
        polygon.reserve(qsizetype(line.points.size()));
        for (const QPointF &p : line.points)
            polygon << toPixel(p.x(), p.y());
        painter.setPen(QPen(color, 1.5));
        painter.drawPolyline(polygon);
    }
}

} // namespace podwright::gui
