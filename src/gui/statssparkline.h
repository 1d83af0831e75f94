#pragma once

#include "statschart.h"

#include <QPointF>
#include <QWidget>

#include <vector>

namespace podwright::gui {

/**
 * One metric of one pod as a small custom-painted chart, for the overview's small multiples:
 * a line per container (or the pod's total when stacked), its limit dashed, the newest value
 * and the scale as text. A QChart per cell cost more than the sampling itself (bench_stats);
 * this widget keeps only each window's points, reduced to one minimum and maximum per pixel
 * column, and paints them as polylines. Hovering shows the exact values; a click emits
 * activated().
 */
class StatsSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit StatsSparkline(StatsChart::Metric metric, QWidget *parent = nullptr);

    StatsChart::Metric metric() const { return m_metric; }
    /// The history to draw (not owned; null draws nothing).
    void setHistory(const PodStatsHistory *history);
    const PodStatsHistory *history() const { return m_history; }
    void setResources(const ResourceMap &resources);
    void setWindowMsecs(qint64 msecs);
    /// Stacked: one line for the pod's total against the sum of the limits.
    void setStacked(bool stacked);

    /// Rebuilds the lines from the history (the window ends at its newest sample) and schedules
    /// one repaint.
    void refresh();

    /// The drawn lines' names: container names, or the pod name when stacked.
    QStringList lineNames() const;
    /// Points kept for a line after the per-pixel reduction (x in msecs, y in the metric's unit).
    const std::vector<QPointF> &linePoints(const QString &name) const;
    /// The limit drawn for a line; 0 = none.
    double lineLimit(const QString &name) const;
    /// The top of the value scale.
    double scaleTop() const { return m_top; }
    /// The hover text at a position in the widget: each line's sample nearest in time.
    QString tooltipAt(const QPoint &pos) const;

    QSize sizeHint() const override { return { 320, 90 }; }
    QSize minimumSizeHint() const override { return { 120, 60 }; }

Q_SIGNALS:
    void activated();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Line {
        QString name;
        int colorIndex = 0;
        std::vector<QPointF> points;
        double limit = 0;
        double latest = 0;
    };
    QRectF plotRect() const;
    double valueOf(const StatsPoint &point) const;
    QString formatValue(double value) const;

    StatsChart::Metric m_metric;
    const PodStatsHistory *m_history = nullptr;
    ResourceMap m_resources;
    qint64 m_windowMsecs = 5 * 60 * 1000;
    bool m_stacked = false;
    std::vector<Line> m_lines;
    qint64 m_since = 0;
    double m_top = 1;
};

} // namespace podwright::gui
