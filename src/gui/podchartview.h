#pragma once

#include "statschart.h"

#include <QImage>
#include <QWidget>

class QBoxLayout;
class QChartView;
class QLabel;

namespace podwright::gui {

/**
 * One pod's live charts: CPU (millicores) above memory (MiB), over a time window, one line per
 * container. It draws a PodStatsHistory owned by the StatsMonitor and redraws on refresh().
 * Legend clicks toggle a container in both charts; hovering a line or marker shows the exact
 * values in a tooltip.
 */
class PodChartView : public QWidget
{
    Q_OBJECT
public:
    explicit PodChartView(QWidget *parent = nullptr);

    /// The history to draw (not owned; null clears the charts).
    void setHistory(const PodStatsHistory *history);
    const PodStatsHistory *history() const { return m_history; }
    QString podName() const { return m_history ? m_history->podName() : QString(); }

    /// Requests and limits per container, drawn as dotted and dashed lines.
    void setResources(const ResourceMap &resources);
    const ResourceMap &resources() const { return m_resources; }

    void setWindowMinutes(int minutes);
    int windowMinutes() const { return int(m_options.windowMsecs / 60000); }
    void setStacked(bool stacked);
    bool isStacked() const { return m_options.stacked; }
    /// Paused: refresh() keeps the picture; the monitor keeps recording.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Small multiple: smaller, no legend, no axis titles.
    void setCompact(bool compact);
    void setContainerVisible(const QString &container, bool visible);
    bool isContainerVisible(const QString &container) const;

    StatsChart *cpuChart() const { return m_cpu; }
    StatsChart *memoryChart() const { return m_memory; }
    /// Both charts as one picture, at the widget's size.
    QImage renderImage();
    bool exportPng(const QString &path, QString *error = nullptr);
    /// The pod's whole history (every container, every marker) as CSV.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    /// Wall time of the last refresh that redrew, in microseconds (for the benchmark).
    qint64 lastRefreshMicroseconds() const { return m_lastRefreshUs; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void containerVisibilityChanged(const QString &container, bool visible);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showHover(const QString &text);
    /// Side by side when wide and short, fewer ticks and tighter margins when small.
    void adaptToSize(QSize size);

    const PodStatsHistory *m_history = nullptr;
    ResourceMap m_resources;
    StatsChart::Options m_options;
    bool m_paused = false;
    StatsChart *m_cpu;
    StatsChart *m_memory;
    QChartView *m_cpuView;
    QChartView *m_memoryView;
    QBoxLayout *m_layout;
    qint64 m_lastRefreshUs = 0;
};

} // namespace podwright::gui
