#include "runworkspace.h"

#include "containerlogview.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "manifestio.h"
#include "poddocument.h"
#include "podspanel.h"
#include "podview.h"
#include "runcontroller.h"
#include "runmodule.h"
#include "runtime/deferredruntime.h"
#include "selectionmodel.h"
#include "statsview.h"
#include "validator.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace podwright::gui {

RunWorkspace::RunWorkspace(MainWindow *window, RunController *controller)
    : QObject(window)
    , m_window(window)
    , m_controller(controller ? controller : RunController::createForPodman(this))
    , m_podsDock(makeDock(tr("Pods"), QStringLiteral("podsDock")))
    , m_logsDock(makeDock(tr("Logs"), QStringLiteral("logsDock")))
    , m_statsDock(makeDock(tr("Stats"), QStringLiteral("statsDock")))
{
    m_controller->setParent(this);
    m_controller->setYamlProvider([this](const QString &name) -> QByteArray {
        const PodDocument *doc = m_window->document();
        for (int index : doc->manifest().podResourceIndices()) {
            if (runName(index) == name)
                return writePod(podForRun(index));
        }
        return {};
    });
    PodRuntime *runtime = m_controller->runtime();
    // The monitor follows the real runtime from its start: the Podman one from the run module
    // once running is first used, or one given (tests) now.
    if (auto *deferred = qobject_cast<DeferredRuntime *>(runtime))
        connect(deferred, &DeferredRuntime::targetCreated, this, &RunWorkspace::followRuntime);
    else
        followRuntime(runtime);

    connect(runtime, &PodRuntime::podChanged, m_window, [this](const PodRuntimeStatus &status) {
        m_window->podView()->setRuntimeStatus(status.name, status);
    });
    // Pods listed rather than reported (left running by an earlier session) reach the cards as
    // they reach the Pods panel.
    connect(runtime, &PodRuntime::refreshed, m_window, [this, runtime] {
        for (const PodRuntimeStatus &status : runtime->pods())
            m_window->podView()->setRuntimeStatus(status.name, status);
    });
    connect(runtime, &PodRuntime::podRemoved, m_window, [this](const QString &name) {
        PodRuntimeStatus gone;
        gone.name = name;
        m_window->podView()->setRuntimeStatus(name, gone);
    });
    connect(m_controller, &RunController::statusMessage, m_window,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 8000); });

    MainWindowActions *actions = m_window->actions();
    actions->runPod->setToolTip(tr("Run the selected pod on this machine with Podman"));
    actions->stopPod->setToolTip(tr("Stop the selected pod, honouring its grace period"));
    connect(actions->runPod, &QAction::triggered, this, &RunWorkspace::runSelectedPod);
    connect(actions->stopPod, &QAction::triggered, this, &RunWorkspace::stopSelectedPod);
    actions->runMenu->addSeparator();
    for (QDockWidget *dock : { m_podsDock, m_logsDock, m_statsDock })
        actions->runMenu->addAction(dock->toggleViewAction());
    connect(m_window->document(), &PodDocument::changed, this, &RunWorkspace::updateActions);
    connect(m_window->selectionModel(), &SelectionModel::currentChanged, this,
            &RunWorkspace::updateActions);
    updateActions();
    // Podman is looked for (and its service maybe started) only when running is first used:
    // Run, or the Pods/Stats dock shown. A learner who only designs never starts a service.
}

RunWorkspace::~RunWorkspace()
{
    // The panels use the runtime owned here: those whose dock still exists go first.
    delete m_logs;
    delete m_pods;
    delete m_stats;
}

QDockWidget *RunWorkspace::makeDock(const QString &title, const QString &name)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_window->tabifyDockWidget(m_window->problemsDock(), dock);
    m_window->problemsDock()->raise();
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (visible)
            ensureWidget(dock);
    });
    return dock;
}

void RunWorkspace::ensureWidget(QDockWidget *dock)
{
    if (dock == m_podsDock)
        podsPanel();
    else if (dock == m_logsDock)
        logView();
    if (dock == m_logsDock)
        return;
    // The Stats panel and the runtime need the run module (Qt Network, Qt Charts: ~5 ms to
    // load) and ask Podman for its pods, whose answer comes later anyway. A layout restored
    // with these docks in front gets them right after the window's first paint, not before it.
    auto build = [this, dock] {
        if (dock == m_statsDock)
            statsPanel();
        connectRuntime();
    };
    if (m_window->hasPainted())
        build();
    else
        m_window->afterFirstPaint(build);
}

PodsPanel *RunWorkspace::podsPanel()
{
    if (!m_pods) {
        m_pods = new PodsPanel(m_controller, m_podsDock);
        connect(m_pods, &PodsPanel::logsRequested, this, &RunWorkspace::showLogs);
        connect(m_pods, &PodsPanel::sendRequestRequested, m_window, [this](const QUrl &url) {
            QString error;
            if (const RunModuleApi *api = RunModule::api(&error))
                api->showSendRequest(url, m_window);
            else
                showModuleError(error);
        });
        m_podsDock->setWidget(m_pods);
    }
    return m_pods;
}

ContainerLogView *RunWorkspace::logView()
{
    if (!m_logs) {
        m_logs = new ContainerLogView(m_controller->runtime(), m_logsDock);
        m_logsDock->setWidget(m_logs);
    }
    return m_logs;
}

StatsMonitor *RunWorkspace::monitor()
{
    if (!m_monitor) {
        QString error;
        const RunModuleApi *api = RunModule::api(&error);
        if (!api) {
            showModuleError(error);
            return nullptr;
        }
        m_monitor = api->createStatsMonitor(this, [this](const std::vector<StatsSample> &samples) {
            for (const StatsSample &s : samples)
                m_window->podView()->setContainerUsage(s.pod, s.container, s.cpuMillicores,
                                                       s.memoryBytes);
        });
    }
    return m_monitor;
}

void RunWorkspace::followRuntime(PodRuntime *runtime)
{
    if (StatsMonitor *stats = monitor())
        RunModule::api()->followRuntime(stats, runtime);
}

void RunWorkspace::showModuleError(const QString &error)
{
    m_window->statusBar()->showMessage(error);
}

StatsView *RunWorkspace::statsPanel()
{
    if (!m_stats) {
        QString error;
        const RunModuleApi *api = RunModule::api(&error);
        StatsMonitor *stats = api ? monitor() : nullptr;
        if (!stats) {
            // Say so where the charts would be.
            if (!m_statsDock->widget()) {
                auto *label = new QLabel(tr("The stats charts are not available.\n%1").arg(error),
                                         m_statsDock);
                label->setWordWrap(true);
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);
                label->setAlignment(Qt::AlignCenter);
                m_statsDock->setWidget(label);
            }
            showModuleError(error);
            return nullptr;
        }
        delete m_statsDock->widget(); // a message from an earlier attempt
        m_stats = api->createStatsPanel(stats, m_statsDock);
        for (int index : m_window->document()->manifest().podResourceIndices())
            m_stats->setPodSpec(podForRun(index));
        for (const Pod &pod : m_runSpecs) // what ran, if the design changed since
            m_stats->setPodSpec(pod);
        m_runSpecs.clear();
        m_statsDock->setWidget(m_stats);
    }
    return m_stats;
}

void RunWorkspace::connectRuntime()
{
    if (m_connected)
        return;
    m_connected = true;
    m_controller->refresh();
}

int RunWorkspace::podToRun() const
{
    const PodDocument *doc = m_window->document();
    const ElementRef current = m_window->selectionModel()->current();
    if (current.isValid() && doc->isValidPodIndex(current.resource))
        return current.resource;
    const std::vector<int> pods = doc->manifest().podResourceIndices();
    return pods.size() == 1 ? pods.front() : -1;
}

QString RunWorkspace::runName(int resource) const
{
    return podForRun(resource).metadata.name;
}

Pod RunWorkspace::podForRun(int resource) const
{
    const ManifestResource &r = m_window->document()->resource(resource);
    Pod pod = r.pod;
    pod.apiVersion = QStringLiteral("v1");
    pod.kind = QStringLiteral("Pod");
    if (pod.metadata.name.isEmpty() && r.kind == ManifestResource::Kind::Workload) {
        // A template has no name of its own; Kubernetes names its pods after the workload.
        const YamlNode *meta = r.node.find(QStringLiteral("metadata"));
        const YamlNode *name = meta ? meta->find(QStringLiteral("name")) : nullptr;
        pod.metadata.name = name ? name->text() : QStringLiteral("pod");
    }
    return pod;
}

void RunWorkspace::updateActions()
{
    MainWindowActions *actions = m_window->actions();
    const bool canRun = podToRun() >= 0;
    actions->runPod->setEnabled(canRun);
    actions->stopPod->setEnabled(canRun);
}

void RunWorkspace::runSelectedPod()
{
    const int resource = podToRun();
    if (resource < 0) {
        m_window->statusBar()->showMessage(tr("Select the pod to run first."), 5000);
        return;
    }
    const Pod pod = podForRun(resource);
    int errors = 0;
    for (const ValidationFinding &finding : m_window->document()->findings()) {
        if (finding.resourceIndex == resource && finding.severity == Severity::Error)
            ++errors;
    }
    if (errors > 0) {
        const auto answer = QMessageBox::question(
            m_window, tr("Run Pod With Errors?"),
            tr("Pod “%1” has %2 error(s) that a Kubernetes cluster would reject (see the "
               "Problems list). Podman may still run it. Run it anyway?")
                .arg(pod.metadata.name)
                .arg(errors),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    connectRuntime();
    // Building the Stats panel here would cost the window its small bottom area (the charts
    // need height) before the learner asks for charts: the limits wait for its first show.
    if (m_stats)
        m_stats->setPodSpec(pod);
    else
        m_runSpecs.push_back(pod);
    m_controller->askToRun(writePod(pod), m_window);
    m_podsDock->show();
    m_podsDock->raise();
}

void RunWorkspace::stopSelectedPod()
{
    const int resource = podToRun();
    if (resource >= 0)
        m_controller->stopPod(runName(resource));
}

void RunWorkspace::showLogs(const QString &pod, const QString &container)
{
    logView()->showContainer(pod, container);
    m_logsDock->show();
    m_logsDock->raise();
}

bool RunWorkspace::confirmQuit()
{
    return m_controller->confirmQuit(m_window);
}

} // namespace podwright::gui
