#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

class QDockWidget;
class QCloseEvent;

namespace podwright {
class PodRuntime;
class StatsMonitor;
struct Pod;
} // namespace podwright

namespace podwright::gui {

class ContainerLogView;
class MainWindow;
class PodsPanel;
class RunController;
class StatsView;

/**
 * Everything the window needs to run pods and watch them: the RunController (Podman), the
 * StatsMonitor, and the Pods, Logs and Stats docks, wired to the Run menu and to the canvas
 * cards (state badges, CPU/memory bars).
 *
 * The docks' widgets are built the first time a dock is shown, and the runtime connects on
 * first use, so running costs nothing at start-up. The Podman runtime, the monitor, the Stats
 * panel and the Send request dialog come from the run module (RunModule), loaded the first time
 * one of them is needed.
 */
class RunWorkspace : public QObject
{
    Q_OBJECT
public:
    /// `controller` is taken over; null means a controller on Podman.
    explicit RunWorkspace(MainWindow *window, RunController *controller = nullptr);
    ~RunWorkspace() override;

    RunController *controller() const { return m_controller; }
    /// Built on first use (loads the run module); null when the module cannot be loaded.
    StatsMonitor *monitor();
    QDockWidget *podsDock() const { return m_podsDock; }
    QDockWidget *logsDock() const { return m_logsDock; }
    QDockWidget *statsDock() const { return m_statsDock; }
    PodsPanel *podsPanel();
    ContainerLogView *logView();
    /// The Stats dock's panel (a StatsPanel); null when the run module cannot be loaded.
    StatsView *statsPanel();

    /// The pod Run acts on: the selected one, else the only one; -1 when there is none.
    int podToRun() const;
    /// The name the pod runs under (a workload's template takes the workload's name).
    QString runName(int resource) const;
    /// Call from closeEvent(): false means "do not quit" (asks about pods started here).
    bool confirmQuit();

public Q_SLOTS:
    void runSelectedPod();
    void stopSelectedPod();
    void showLogs(const QString &pod, const QString &container);

private:
    QDockWidget *makeDock(const QString &title, const QString &name);
    void ensureWidget(QDockWidget *dock);
    void connectRuntime();
    /// The monitor follows `runtime` (the real one, once it exists).
    void followRuntime(PodRuntime *runtime);
    void showModuleError(const QString &error);
    void updateActions();
    Pod podForRun(int resource) const;

    MainWindow *m_window;
    RunController *m_controller;
    StatsMonitor *m_monitor = nullptr; ///< a child of this, from the run module
    QDockWidget *m_podsDock;
    QDockWidget *m_logsDock;
    QDockWidget *m_statsDock;
    // Guarded: the window deletes its children in list order, which showing and raising docks
    // rearranges, so a dock (and its panel) may be deleted before or after this object.
    QPointer<PodsPanel> m_pods;
    QPointer<ContainerLogView> m_logs;
    QPointer<StatsView> m_stats;
    std::vector<Pod> m_runSpecs; ///< pods run before the Stats panel was built
    bool m_connected = false;
};

} // namespace podwright::gui
