#include "statschart.h"

#include "pod.h"
#include "quantity.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace podwright::gui {

static constexpr double MiB = 1024.0 * 1024.0;

ResourceMap resourceLinesOf(const Pod &pod)
{
    ResourceMap map;
    const auto quantity = [](const StringMap &m, const char *key) -> std::optional<Quantity> {
        const QString text = stringMapValue(m, QString::fromLatin1(key));
        return text.isEmpty() ? std::nullopt : Quantity::parse(text);
    };
    const auto add = [&](const Container &c) {
        ResourceLines lines;
        const ResourceRequirements &r = c.resources;
        if (const auto q = quantity(r.requests, "cpu"))
            lines.cpuRequestMillicores = double(q->milliValue());
        if (const auto q = quantity(r.limits, "cpu"))
            lines.cpuLimitMillicores = double(q->milliValue());
        if (const auto q = quantity(r.requests, "memory"))
            lines.memoryRequestBytes = q->value();
        if (const auto q = quantity(r.limits, "memory"))
            lines.memoryLimitBytes = q->value();
        // Kubernetes defaults a missing request to the limit (pkg/apis/core/v1/defaults.go).
        if (lines.cpuRequestMillicores == 0)
            lines.cpuRequestMillicores = lines.cpuLimitMillicores;
        if (lines.memoryRequestBytes == 0)
            lines.memoryRequestBytes = lines.memoryLimitBytes;
        map[c.name] = lines;
    };
    for (const Container &c : pod.spec.initContainers)
        add(c);
    for (const Container &c : pod.spec.containers)
        add(c);
    return map;
}

QColor StatsChart::containerColor(int index)
{
    // Okabe-Ito: distinguishable with colour-blindness, on light and dark backgrounds alike.
    static const QColor colors[]
        = { QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
            QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
            QColor(0x88, 0x88, 0x88) };
    return colors[index % int(std::size(colors))];
}

StatsChart::StatsChart(Metric metric, QGraphicsItem *parent)
    : QChart(parent)
    , m_metric(metric)
    , m_timeAxis(new QDateTimeAxis(this))
    , m_valueAxis(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setMin(0);
    addAxis(m_timeAxis, Qt::AlignBottom);
    addAxis(m_valueAxis, Qt::AlignLeft);
    // The unit in the title too: a small multiple has no room for a long axis title.
    setTitle(metric == Metric::Cpu ? tr("CPU (millicores, 1000m = 1 core)") : tr("Memory (MiB)"));
    m_timeAxis->setTitleText(tr("Time"));
    m_valueAxis->setTitleText(metric == Metric::Cpu ? tr("CPU (millicores)") : tr("Memory (MiB)"));
    legend()->setAlignment(Qt::AlignBottom);

    const struct {
        StatsMarker::Kind kind;
        QScatterSeries::MarkerShape shape;
        QColor color;
        const char *name;
    } kinds[] = {
        { StatsMarker::Kind::Restart, QScatterSeries::MarkerShapeTriangle, QColor(0x00, 0x9E, 0x73),
          QT_TR_NOOP("Restart") },
        { StatsMarker::Kind::Exit, QScatterSeries::MarkerShapeRectangle, QColor(0x88, 0x88, 0x88),
          QT_TR_NOOP("Exit") },
        { StatsMarker::Kind::OomKill, QScatterSeries::MarkerShapeStar, QColor(0xD0, 0x10, 0x10),
          QT_TR_NOOP("OOM kill") },
    };
    for (const auto &k : kinds) {
        auto *series = new QScatterSeries(this);
        series->setName(tr(k.name));
        series->setMarkerShape(k.shape);
        series->setMarkerSize(k.kind == StatsMarker::Kind::OomKill ? 16 : 11);
        series->setColor(k.color);
        series->setBorderColor(k.color.darker(130));
        addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        hideFromLegend(series); // until such an event happens
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
            Q_EMIT hoverTextChanged(state ? markerTooltip(p.x()) : QString());
        });
        m_markers[k.kind] = series;
    }
    // A clean exit (code 0, e.g. a finished init container) is expected, not an alarm: a small
    // hollow dot with a tooltip, never in the legend.
    m_completions = new QScatterSeries(this);
    m_completions->setName(tr("Completed"));
    m_completions->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_completions->setMarkerSize(7);
    m_completions->setColor(Qt::transparent);
    m_completions->setBorderColor(QColor(0x88, 0x88, 0x88));
    addSeries(m_completions);
    m_completions->attachAxis(m_timeAxis);
    m_completions->attachAxis(m_valueAxis);
    hideFromLegend(m_completions);
    connect(m_completions, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
        Q_EMIT hoverTextChanged(state ? markerTooltip(p.x()) : QString());
    });
    // Pod-level sums, drawn when stacked (the pod as a whole against its summed limits).
    m_podLines.limit = addLine(tr("Pod limit"), QColor(0xD0, 0x10, 0x10), Qt::DashLine, false);
    m_podLines.request = addLine(tr("Pod request"), QColor(0x80, 0x80, 0x80), Qt::DotLine, false);
}

QLineSeries *StatsChart::addLine(const QString &name, const QColor &color, Qt::PenStyle style,
                                 bool inLegend)
{
    auto *series = new QLineSeries(this);
    series->setName(name);
    QPen pen(color, style == Qt::SolidLine ? 2.0 : 1.5, style);
    series->setPen(pen);
    addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    if (!inLegend) {
        series->setVisible(false);
        hideFromLegend(series);
    }
    return series;
}

void StatsChart::hideFromLegend(QAbstractSeries *series)
{
    // The legend shows a series' marker again whenever the series becomes visible.
    for (QLegendMarker *marker : legend()->markers(series))
        marker->setVisible(false);
}

StatsChart::ContainerLines &StatsChart::linesFor(const QString &container)
{
    auto it = m_lines.find(container);
    if (it != m_lines.end())
        return it->second;
    ContainerLines lines;
    lines.colorIndex = int(m_lines.size());
    const QColor color
        = m_dark ? containerColor(lines.colorIndex).lighter(140) : containerColor(lines.colorIndex);
    lines.usage = addLine(container, color, Qt::SolidLine, true);
    lines.limit = addLine(tr("%1 limit").arg(container), color, Qt::DashLine, false);
    lines.request = addLine(tr("%1 request").arg(container), color, Qt::DotLine, false);
    connect(lines.usage, &QLineSeries::hovered, this,
            [this, container](const QPointF &p, bool state) {
                Q_EMIT hoverTextChanged(state ? tooltipFor(container, p.x()) : QString());
            });
    for (QLegendMarker *marker : legend()->markers(lines.usage))
        connect(marker, &QLegendMarker::clicked, this,
                [this, container] { Q_EMIT legendClicked(container); });
    return m_lines.emplace(container, lines).first->second;
}

double StatsChart::valueOf(const StatsPoint &point) const
{
    return m_metric == Metric::Cpu ? point.cpuMillicores : double(point.memoryBytes) / MiB;
}

double StatsChart::limitOf(const ResourceLines &r) const
{
    return m_metric == Metric::Cpu ? r.cpuLimitMillicores : double(r.memoryLimitBytes) / MiB;
}

double StatsChart::requestOf(const ResourceLines &r) const
{
    return m_metric == Metric::Cpu ? r.cpuRequestMillicores : double(r.memoryRequestBytes) / MiB;
}

/// Keeps at most `maxPoints`: each bucket of consecutive points becomes its highest one, so a
/// spike survives a 60-minute window on a small chart.
static QList<QPointF> reduced(QList<QPointF> points, int maxPoints)
{
    if (maxPoints <= 0 || points.size() <= maxPoints)
        return points;
    const qsizetype bucket = (points.size() + maxPoints - 1) / maxPoints;
    QList<QPointF> out;
    out.reserve(points.size() / bucket + 1);
    for (qsizetype i = 0; i < points.size(); i += bucket) {
        const auto end = points.begin() + std::min(points.size(), i + bucket);
        out.append(
            *std::max_element(points.begin() + i, end,
                              [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); }));
    }
    return out;
}

void StatsChart::update(const PodStatsHistory &history, const ResourceMap &resources,
                        const Options &options, qint64 nowMsecs)
{
    m_history = &history;
    // The time axis moves in steps of 1/60 of the window (1 s at 1 min, 5 s at 5 min), its end
    // a step ahead of the newest sample: re-laying out the axis labels is most of an update's
    // cost (bench_stats), and a step keeps that to one tick in `step` seconds.
    const qint64 step = std::max<qint64>(1000, options.windowMsecs / 60);
    qint64 axisEnd = m_timeAxis->max().toMSecsSinceEpoch();
    if (nowMsecs > axisEnd || axisEnd - nowMsecs > step
        || m_timeAxis->max().toMSecsSinceEpoch() - m_timeAxis->min().toMSecsSinceEpoch()
            != options.windowMsecs) {
        axisEnd = step > 1000 ? (nowMsecs / step + 1) * step : nowMsecs;
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(axisEnd - options.windowMsecs),
                             QDateTime::fromMSecsSinceEpoch(axisEnd));
    }
    const qint64 since = axisEnd - options.windowMsecs;
    const qint64 firstMsecs
        = since + 1; // (now - window, now]: a window holds window/interval points
    const QStringList containers = history.containers();
    double top = 0;

    // Stacked: each tick sums the visible containers so far. Ticks are aligned the way
    // PodStatsHistory::podTotal aligns them (readings of one stats object are ms apart).
    std::vector<std::pair<qint64, double>> level; // the stack so far, by time
    const auto levelAt = [&level](qint64 msecs) {
        auto it = std::lower_bound(level.begin(), level.end(), msecs - 500,
                                   [](const auto &p, qint64 t) { return p.first < t; });
        return it != level.end() && it->first - msecs <= 500 ? it->second : 0.0;
    };

    for (const QString &name : containers) {
        ContainerLines &lines = linesFor(name);
        const bool visible = !options.hidden.contains(name);
        QList<QPointF> points;
        std::vector<std::pair<qint64, double>> nextLevel;
        if (const StatsSeries *series = history.series(name)) {
            points.reserve(series->size() - series->lowerBound(firstMsecs));
            series->forEachSince(firstMsecs, [&](const StatsPoint &p) {
                double y = valueOf(p);
                if (options.stacked && visible) {
                    y += levelAt(p.msecs);
                    nextLevel.emplace_back(p.msecs, y);
                }
                points.append(QPointF(qreal(p.msecs), y));
                if (visible)
                    top = std::max(top, y);
            });
        }
        if (options.stacked && visible) {
            // Ticks where this container has no reading keep the level below it.
            std::vector<std::pair<qint64, double>> kept;
            for (const auto &entry : level) {
                const auto pos
                    = std::lower_bound(nextLevel.begin(), nextLevel.end(), entry.first - 500,
                                       [](const auto &p, qint64 t) { return p.first < t; });
                if (pos == nextLevel.end() || pos->first - entry.first > 500)
                    kept.push_back(entry);
            }
            level.clear();
            std::merge(nextLevel.begin(), nextLevel.end(), kept.begin(), kept.end(),
                       std::back_inserter(level),
                       [](const auto &a, const auto &b) { return a.first < b.first; });
        }
        lines.usage->replace(reduced(std::move(points), options.maxPoints));
        if (lines.shown != visible || !lines.styled) {
            // Hiding a series hides its legend marker; keep it, dimmed, so it can be clicked
            // back on. Touching the legend relayouts it, so only on a change.
            lines.usage->setVisible(visible);
            for (QLegendMarker *marker : legend()->markers(lines.usage)) {
                marker->setVisible(true);
                QColor label = m_textColor.isValid() ? m_textColor : QColor(Qt::black);
                label.setAlphaF(visible ? 1.0 : 0.4);
                marker->setLabelBrush(label);
            }
            lines.shown = visible;
            lines.styled = true;
        }

        const auto it = resources.find(name);
        const ResourceLines r = it == resources.end() ? ResourceLines {} : it->second;
        const double limit = limitOf(r);
        const double request = requestOf(r);
        setFlatLine(lines.limit, !options.stacked && visible ? limit : 0);
        setFlatLine(lines.request, !options.stacked && visible ? request : 0);
        if (!options.stacked && visible)
            top = std::max({ top, limit, request });
    }

    // The pod's limit when stacked: the sum, if every visible container sets one.
    double podLimit = 0;
    double podRequest = 0;
    bool allLimited = true;
    for (const QString &name : containers) {
        if (options.hidden.contains(name))
            continue;
        const auto it = resources.find(name);
        const ResourceLines r = it == resources.end() ? ResourceLines {} : it->second;
        allLimited = allLimited && limitOf(r) > 0;
        podLimit += limitOf(r);
        podRequest += requestOf(r);
    }
    if (!allLimited)
        podLimit = 0;
    setFlatLine(m_podLines.limit, options.stacked ? podLimit : 0);
    setFlatLine(m_podLines.request, options.stacked ? podRequest : 0);
    if (options.stacked)
        top = std::max({ top, podLimit, podRequest });

    // A little headroom, never a zero-height axis (idle containers use ~0). The range changes
    // only when the data outgrows it or shrinks to less than half: steadier to read, and
    // re-laying out the axis labels is the costly part of an update.
    const double wanted = std::max(m_metric == Metric::Cpu ? 100.0 : 16.0, top * 1.15);
    if (wanted > m_valueAxis->max() || wanted < m_valueAxis->max() * 0.5) {
        // applyNiceNumbers() picks its own tick count; start it from the wanted one.
        m_valueAxis->setTickCount(m_valueTicks);
        m_valueAxis->setRange(0, wanted);
        m_valueAxis->applyNiceNumbers();
    }
    const QString format = options.windowMsecs > 5 * 60 * 1000 ? QStringLiteral("HH:mm")
                                                               : QStringLiteral("HH:mm:ss");
    if (m_timeAxis->format() != format)
        m_timeAxis->setFormat(format);

    // Markers ride along the top of the plot, where no line hides them.
    const qreal markerY = m_valueAxis->max() * 0.96;
    std::map<StatsMarker::Kind, QList<QPointF>> markerPoints;
    QList<QPointF> completions;
    for (const StatsMarker &m : history.markersSince(firstMsecs)) {
        if (options.hidden.contains(m.container) || m.msecs > nowMsecs)
            continue;
        if (m.kind == StatsMarker::Kind::Exit && m.exitCode == 0)
            completions.append(QPointF(qreal(m.msecs), markerY));
        else
            markerPoints[m.kind].append(QPointF(qreal(m.msecs), markerY));
    }
    if (m_completions->points() != completions) {
        m_completions->replace(completions);
        hideFromLegend(m_completions);
    }
    for (auto &[kind, series] : m_markers) {
        const QList<QPointF> &wantedPoints = markerPoints[kind];
        if (series->points() != wantedPoints) {
            series->replace(wantedPoints);
            const bool any = !wantedPoints.isEmpty();
            for (QLegendMarker *marker : legend()->markers(series))
                marker->setVisible(any && !options.compact);
        }
    }

    if (legend()->isVisible() == options.compact) {
        legend()->setVisible(!options.compact);
        m_timeAxis->setTitleVisible(!options.compact);
        m_valueAxis->setTitleVisible(!options.compact);
    }
}

void StatsChart::setFlatLine(QLineSeries *line, double value)
{
    // The line spans the visible window and a window either side, and follows the axis. It
    // must not span "all time": QPainter silently drops a line billions of pixels long, so a
    // line from 1970 to 2100 was never drawn at a 1-minute window.
    const qreal min = qreal(m_timeAxis->min().toMSecsSinceEpoch());
    const qreal max = qreal(m_timeAxis->max().toMSecsSinceEpoch());
    const qreal span = max - min;
    const QList<QPointF> points { QPointF(min - span, value), QPointF(max + span, value) };
    const bool show = value > 0;
    if (show && line->points() != points)
        line->replace(points);
    if (line->isVisible() != show) {
        line->setVisible(show);
        hideFromLegend(line);
    }
}

void StatsChart::setTickCounts(int timeTicks, int valueTicks)
{
    if (m_timeAxis->tickCount() != timeTicks)
        m_timeAxis->setTickCount(timeTicks);
    if (m_valueTicks == valueTicks)
        return;
    m_valueTicks = valueTicks;
    m_valueAxis->setTickCount(valueTicks);
    m_valueAxis->applyNiceNumbers();
}

void StatsChart::clearContainers()
{
    for (auto &[name, lines] : m_lines) {
        for (QLineSeries *series : { lines.usage, lines.limit, lines.request }) {
            removeSeries(series);
            delete series;
        }
    }
    m_lines.clear();
    m_history = nullptr;
}

void StatsChart::applyPalette(const QPalette &palette)
{
    m_textColor = palette.color(QPalette::Text);
    setBackgroundBrush(palette.base());
    setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    setTitleBrush(m_textColor);
    legend()->setLabelColor(m_textColor);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlphaF(0.5);
    for (QAbstractAxis *axis :
         { static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis) }) {
        axis->setLabelsColor(m_textColor);
        axis->setTitleBrush(m_textColor);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
    // The darker Okabe-Ito colours get lost on a dark base: lighten the lines there.
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    for (auto &[name, lines] : m_lines) {
        const QColor color = m_dark ? containerColor(lines.colorIndex).lighter(140)
                                    : containerColor(lines.colorIndex);
        for (QLineSeries *series : { lines.usage, lines.limit, lines.request }) {
            QPen pen = series->pen();
            pen.setColor(color);
            series->setPen(pen);
        }
    }
}

QLineSeries *StatsChart::containerSeries(const QString &container) const
{
    const auto it = m_lines.find(container);
    return it == m_lines.end() ? nullptr : it->second.usage;
}

QLineSeries *StatsChart::limitLine(const QString &container) const
{
    if (container.isEmpty())
        return m_podLines.limit->isVisible() ? m_podLines.limit : nullptr;
    const auto it = m_lines.find(container);
    return it != m_lines.end() && it->second.limit->isVisible() ? it->second.limit : nullptr;
}

QLineSeries *StatsChart::requestLine(const QString &container) const
{
    if (container.isEmpty())
        return m_podLines.request->isVisible() ? m_podLines.request : nullptr;
    const auto it = m_lines.find(container);
    return it != m_lines.end() && it->second.request->isVisible() ? it->second.request : nullptr;
}

QScatterSeries *StatsChart::markerSeries(StatsMarker::Kind kind) const
{
    return m_markers.at(kind);
}

QString StatsChart::formatValue(double value) const
{
    return m_metric == Metric::Cpu ? tr("%1m").arg(value, 0, 'f', 1)
                                   : tr("%1 MiB").arg(value, 0, 'f', 1);
}

QString StatsChart::tooltipFor(const QString &container, qreal msecs) const
{
    const StatsSeries *series = m_history ? m_history->series(container) : nullptr;
    if (!series || series->isEmpty())
        return {};
    int i = std::min(series->lowerBound(qint64(msecs)), series->size() - 1);
    if (i > 0 && std::abs(series->at(i - 1).msecs - msecs) < std::abs(series->at(i).msecs - msecs))
        --i;
    const StatsPoint &p = series->at(i);
    const QString time
        = QDateTime::fromMSecsSinceEpoch(p.msecs).toString(QStringLiteral("HH:mm:ss"));
    return m_metric == Metric::Cpu
        ? tr("%1 at %2\nCPU: %3 (%4 of a core)")
              .arg(container, time, formatValue(p.cpuMillicores))
              .arg(QStringLiteral("%1%").arg(p.cpuMillicores / 10.0, 0, 'f', 1))
        : tr("%1 at %2\nMemory: %3 (%4 bytes)")
              .arg(container, time, formatValue(valueOf(p)))
              .arg(p.memoryBytes);
}

QString StatsChart::markerTooltip(qreal msecs) const
{
    if (!m_history || m_history->markers().empty())
        return {};
    const auto &markers = m_history->markers();
    const auto nearest = std::min_element(
        markers.begin(), markers.end(), [msecs](const StatsMarker &a, const StatsMarker &b) {
            return std::abs(a.msecs - msecs) < std::abs(b.msecs - msecs);
        });
    const QString time
        = QDateTime::fromMSecsSinceEpoch(nearest->msecs).toString(QStringLiteral("HH:mm:ss"));
    if (nearest->kind == StatsMarker::Kind::Exit && nearest->exitCode == 0)
        return tr("%1 completed at %2").arg(nearest->container, time);
    switch (nearest->kind) {
    case StatsMarker::Kind::Restart: return tr("%1 restarted at %2").arg(nearest->container, time);
    case StatsMarker::Kind::OomKill:
        return tr("%1 was killed for using more memory than its limit (OOMKilled) at %2")
            .arg(nearest->container, time);
    case StatsMarker::Kind::Exit:
        return tr("%1 exited with code %2 at %3")
            .arg(nearest->container)
            .arg(nearest->exitCode)
            .arg(time);
    }
    return {};
}

} // namespace podwright::gui
