#pragma once

#include "metrics/podstatshistory.h"

#include <QChart>
#include <QColor>
#include <QPalette>
#include <QSet>

#include <map>

class QAbstractSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace podwright {
struct Pod;
}

namespace podwright::gui {

/// A container's requests and limits as numbers; 0 = not set.
struct ResourceLines {
    double cpuRequestMillicores = 0;
    double cpuLimitMillicores = 0;
    qint64 memoryRequestBytes = 0;
    qint64 memoryLimitBytes = 0;
};
using ResourceMap = std::map<QString, ResourceLines>;

/// The requests and limits of every container (init containers included) of a pod spec.
ResourceMap resourceLinesOf(const Pod &pod);

/**
 * One metric (CPU in millicores or memory in MiB) of one pod over time: a line per container,
 * dashed lines at limits and dotted ones at requests, scatter markers for restarts, exits and
 * OOM kills. It draws a PodStatsHistory it does not own; update() replaces every series' points
 * in one call, so an update costs one geometry pass per series, whatever the point count.
 */
class StatsChart : public QChart
{
    Q_OBJECT
public:
    enum class Metric { Cpu, Memory };

    struct Options {
        qint64 windowMsecs = 5 * 60 * 1000;
        bool stacked = false; ///< each container's line on top of the previous ones
        bool compact = false; ///< small multiple: no legend, no axis titles
        QSet<QString> hidden; ///< containers toggled off in the legend
        int maxPoints = 1200; ///< per series; more are reduced keeping each bucket's peak
    };

    explicit StatsChart(Metric metric, QGraphicsItem *parent = nullptr);

    Metric metric() const { return m_metric; }
    /// Redraws from `history` for the window ending at `nowMsecs`.
    void update(const PodStatsHistory &history, const ResourceMap &resources,
                const Options &options, qint64 nowMsecs);
    /// Drops every container's lines (another pod is about to be drawn).
    void clearContainers();
    /// Axis ticks to aim for: fewer on a small chart, so every label keeps room to be read.
    void setTickCounts(int timeTicks, int valueTicks);
    /// Colours and backgrounds that read well on the palette (light or dark).
    void applyPalette(const QPalette &palette);

    QLineSeries *containerSeries(const QString &container) const;
    /// The dashed limit / dotted request line of a container, or of the whole pod when stacked
    /// (container empty). Null when there is none.
    QLineSeries *limitLine(const QString &container) const;
    QLineSeries *requestLine(const QString &container) const;
    /// Restarts, OOM kills and exits with a non-zero (or unknown) code.
    QScatterSeries *markerSeries(StatsMarker::Kind kind) const;
    /// Clean exits (code 0): a subtle dot outside the legend.
    QScatterSeries *completionSeries() const { return m_completions; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

    /// The tooltip for a point of a container's line: the exact sample nearest in time.
    QString tooltipFor(const QString &container, qreal msecs) const;
    /// The tooltip for the marker nearest in time.
    QString markerTooltip(qreal msecs) const;
    static QColor containerColor(int index);

Q_SIGNALS:
    /// The legend marker of a container was clicked.
    void legendClicked(const QString &container);
    /// Hover over a line or marker: the text to show, empty when the pointer left.
    void hoverTextChanged(const QString &text);

private:
    struct ContainerLines {
        QLineSeries *usage = nullptr;
        QLineSeries *limit = nullptr;
        QLineSeries *request = nullptr;
        int colorIndex = 0;
        bool shown = true; ///< visibility applied to the line and its legend marker
        bool styled = false; ///< legend marker styled once
    };
    ContainerLines &linesFor(const QString &container);
    void hideFromLegend(QAbstractSeries *series);
    /// A dashed/dotted line at `value` (0 hides it).
    void setFlatLine(QLineSeries *line, double value);
    QLineSeries *addLine(const QString &name, const QColor &color, Qt::PenStyle style,
                         bool inLegend);
    double valueOf(const StatsPoint &point) const;
    double limitOf(const ResourceLines &r) const;
    double requestOf(const ResourceLines &r) const;
    QString formatValue(double value) const;

    Metric m_metric;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    std::map<QString, ContainerLines> m_lines;
    ContainerLines m_podLines; ///< sums, shown when stacked
    std::map<StatsMarker::Kind, QScatterSeries *> m_markers;
    QScatterSeries *m_completions = nullptr;
    const PodStatsHistory *m_history = nullptr;
    QColor m_textColor;
    int m_valueTicks = 5;
    bool m_dark = false;
};

} // namespace podwright::gui
