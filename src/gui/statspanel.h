#pragma once

#include "metrics/statsmonitor.h"
#include "statschart.h"
#include "statsview.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QStackedWidget;
class QToolBar;

namespace podwright {
struct Pod;
}

namespace podwright::gui {

class PodChartView;
class StatsOverview;

/**
 * The live stats panel: an overview of every watched pod (small multiples) and one pod's detail
 * charts, with a toolbar for the pod, the time window (1, 5, 15, 60 min), stacked/overlaid,
 * pause and export (CSV, PNG). It follows a StatsMonitor: pods appear when the monitor watches
 * them and charts redraw once per sampling tick, only while the panel is visible.
 *
 * Wiring in the main window: `panel->setMonitor(monitor)`, and `panel->setPodSpec(pod)` whenever
 * a pod is run (for its request and limit lines).
 */
class StatsPanel : public StatsView
{
    Q_OBJECT
public:
    explicit StatsPanel(QWidget *parent = nullptr);

    void setMonitor(StatsMonitor *monitor);
    StatsMonitor *monitor() const override { return m_monitor; }

    StatsOverview *overview() const { return m_overview; }
    PodChartView *detail() const { return m_detail; }
    /// The pod shown in detail, empty while the overview shows.
    QString currentPod() const;
    int windowMinutes() const { return m_windowMinutes; }

    QAction *stackedAction() const { return m_stacked; }
    QAction *pauseAction() const { return m_pause; }
    QComboBox *windowBox() const { return m_window; }

    /// Writes the shown pod's data (or, in the overview, every pod's) as CSV.
    bool exportCsvTo(const QString &path, QString *error = nullptr);
    /// Writes the shown charts as PNG.
    bool exportPngTo(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    void addPod(const QString &pod);
    void removePod(const QString &pod);
    void showPod(const QString &pod) override;
    void showOverview();
    /// Request and limit lines for the pod named in `pod.metadata.name`.
    void setPodSpec(const podwright::Pod &pod) override;
    void setWindowMinutes(int minutes) override;
    void setStacked(bool stacked);
    void setPaused(bool paused);
    /// Redraws what is visible now (normally driven by the monitor's samples).
    void refreshNow() override;
    void exportCsv(); ///< asks for a file name
    void exportPng(); ///< asks for a file name

private:
    void scheduleRefresh();

    QPointer<StatsMonitor> m_monitor;
    QToolBar *m_toolBar;
    QComboBox *m_pods;
    QComboBox *m_window;
    QAction *m_stacked;
    QAction *m_pause;
    QStackedWidget *m_stack;
    StatsOverview *m_overview;
    PodChartView *m_detail;
    std::map<QString, ResourceMap> m_resources;
    QSet<QString> m_known; ///< pods in the selector and the overview
    QTimer m_refreshTimer;
    int m_windowMinutes = 5;
};

} // namespace podwright::gui
