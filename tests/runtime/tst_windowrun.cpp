// The whole run workflow through the real window, on a real Podman in a private environment
// (PodmanTestEnv): open a pod file, select the pod, Run (the action), watch the canvas badges,
// the Pods panel, the Logs and Stats docks, Stop (the action), then quit removing the pod.
#include "containercard.h"
#include "containerlogview.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "metrics/statsmonitor.h"
#include "podchartview.h"
#include "poddocument.h"
#include "podmantestenv.h"
#include "podscene.h"
#include "podspanel.h"
#include "podview.h"
#include "runcontroller.h"
#include "runmodule.h"
#include "runtime/podmanruntime.h"
#include "runworkspace.h"
#include "selectionmodel.h"
#include "statschart.h"
#include "statspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace podwright;
using namespace podwright::gui;

namespace {

const QString podName = QStringLiteral("window-run");

/// A pod of one container that sleeps for ten minutes.
QByteArray sleeperPod(const QString &name)
{
    return QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %1\nspec:\n"
                          "  containers:\n  - name: app\n    image: localhost/busybox:test\n"
                          "    imagePullPolicy: Never\n    command: [sleep, '600']\n")
        .arg(name)
        .toUtf8();
}

// An init container fills a shared emptyDir, a web server serves it, and a worker ignores
// SIGTERM so that Stop has to wait out the 3 s grace period before SIGKILL.
const char podYaml[] = R"(apiVersion: v1
kind: Pod
metadata:
  name: window-run
spec:
  terminationGracePeriodSeconds: 3
  initContainers:
  - name: prepare
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'echo "<h1>prepared</h1>" > /site/index.html && echo init wrote the page']
    volumeMounts:
    - name: site
      mountPath: /site
  containers:
  - name: server
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [httpd, -f, -p, '8080', -h, /site]
    resources:
      requests:
        cpu: 50m
        memory: 16Mi
      limits:
        cpu: 200m
        memory: 64Mi
    volumeMounts:
    - name: site
      mountPath: /site
  - name: worker
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'trap "" TERM; while true; do sleep 1; done']
    resources:
      limits:
        cpu: 100m
        memory: 32Mi
  volumes:
  - name: site
    emptyDir: {}
)";

} // namespace

class TestWindowRun : public QObject
{
    Q_OBJECT

    PodmanTestEnv m_env;
    QTemporaryDir m_files;
    std::unique_ptr<MainWindow> m_window;
    QElapsedTimer m_clock;

    RunWorkspace *workspace() const { return m_window->runWorkspace(); }
    ContainerCard *card(ElementRef::Lane lane, int index) const
    {
        return m_window->podView()->podScene()->cardFor(ElementRef::container(0, lane, index));
    }
    QTreeWidgetItem *podRow() const
    {
        const auto rows = workspace()->podsPanel()->tree()->findItems(podName, Qt::MatchExactly);
        return rows.isEmpty() ? nullptr : rows.first();
    }
    QTreeWidgetItem *containerRow(const QString &container) const
    {
        QTreeWidgetItem *pod = podRow();
        for (int i = 0; pod && i < pod->childCount(); ++i) {
            if (pod->child(i)->text(0).startsWith(container))
                return pod->child(i);
        }
        return nullptr;
    }
    void mark(const char *step) { qInfo("%6lld ms  %s", m_clock.elapsed(), step); }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = PodmanTestEnv::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodwrightTest"));
        // Start from the defaults, not from the layout or recent files an earlier run left.
        QSettings().clear();
        // The monitor and the Stats panel come from the run module's code, linked in here.
        RunModule::useStatic(&runModuleApi());
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
        m_clock.start();
    }

    void cleanupTestCase()
    {
        if (m_window) { // a failed step left the window open: answer the quit question
            m_window->runWorkspace()->controller()->setQuitPrompt(
                [](const QStringList &, QWidget *) {
                    return RunController::QuitChoice::RemovePods;
                });
            m_window.reset();
        }
        m_env.tearDown();
    }

    void openThePodInTheRealWindow()
    {
        // The way the application finds Podman: $CONTAINER_HOST, without starting a service.
        qputenv("CONTAINER_HOST", (QLatin1String("unix://") + m_env.socketPath()).toLocal8Bit());
        PodmanService::Options options;
        options.startServiceIfNeeded = false;
        auto *runtime = new PodmanRuntime(options);
        m_window = std::make_unique<MainWindow>(new RunController(runtime));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        const QString path = m_files.filePath(QStringLiteral("window-run.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(podYaml);
        file.close();
        QVERIFY(m_window->openFile(path));
        QCOMPARE(m_window->document()->manifest().podResourceIndices().size(), size_t(1));
        // Errors would make Run ask a question first; this pod must have none.
        for (const ValidationFinding &finding : m_window->document()->findings())
            QVERIFY2(finding.severity != Severity::Error, qPrintable(finding.message));
        QVERIFY(card(ElementRef::Lane::Init, 0));
        QVERIFY(card(ElementRef::Lane::App, 0));
        QVERIFY(card(ElementRef::Lane::App, 1));
        QVERIFY(card(ElementRef::Lane::App, 0)->badgeText().isEmpty()); // not running yet
    }

    void runActionStartsThePod()
    {
        QVERIFY(m_window);
        m_window->selectionModel()->setCurrent(ElementRef::pod(0));
        QAction *run = m_window->actions()->runPod;
        QVERIFY(run->isEnabled());
        QElapsedTimer timer;
        timer.start();
        run->trigger();
        mark("Run triggered");
        QVERIFY(workspace()->podsDock()->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(
            card(ElementRef::Lane::App, 0)->badgeText() == QLatin1String("running")
                && card(ElementRef::Lane::App, 1)->badgeText() == QLatin1String("running"),
            20000);
        qInfo("Run to both app cards \"running\": %lld ms", timer.elapsed());
        mark("cards running");
        QCOMPARE(card(ElementRef::Lane::Init, 0)->badgeText(), QStringLiteral("terminated (0)"));

        auto *podman = qobject_cast<PodmanRuntime *>(workspace()->controller()->runtime());
        QCOMPARE(podman->service()->socketPath(), m_env.socketPath());
        QVERIFY(!podman->service()->ownsService());
        QCOMPARE(workspace()->controller()->startedPods(), QStringList { podName });
    }

    void podsPanelListsThePodRunning()
    {
        QVERIFY(m_window);
        QTRY_VERIFY_WITH_TIMEOUT(podRow() && podRow()->text(1) == QLatin1String("Running"), 10000);
        QVERIFY(containerRow(QStringLiteral("prepare")));
        QCOMPARE(containerRow(QStringLiteral("prepare"))->text(0),
                 QStringLiteral("prepare (init)"));
        QVERIFY2(containerRow(QStringLiteral("prepare"))->text(1).contains(QLatin1String("exit 0"))
                     || containerRow(QStringLiteral("prepare"))
                            ->text(1)
                            .contains(QLatin1String("Completed")),
                 qPrintable(containerRow(QStringLiteral("prepare"))->text(1)));
        QCOMPARE(containerRow(QStringLiteral("server"))->text(1), QStringLiteral("Running"));
        QCOMPARE(containerRow(QStringLiteral("worker"))->text(1), QStringLiteral("Running"));
    }

    void logsOfTheInitContainer()
    {
        QVERIFY(m_window);
        // As a user: pick the init container's row in the Pods panel, then its Logs button.
        PodsPanel *panel = workspace()->podsPanel();
        panel->tree()->setCurrentItem(containerRow(QStringLiteral("prepare")));
        QCOMPARE(panel->currentContainer(), QStringLiteral("prepare"));
        panel->showLogsOfCurrent();
        QVERIFY(workspace()->logsDock()->isVisible());
        ContainerLogView *logs = workspace()->logView();
        QCOMPARE(logs->container(), QStringLiteral("prepare"));
        QTRY_VERIFY_WITH_TIMEOUT(
            logs->text()->toPlainText().contains(QLatin1String("init wrote the page")), 10000);
        mark("init logs shown");
    }

    void statsDockReceivesSamples()
    {
        QVERIFY(m_window);
        QDockWidget *dock = workspace()->statsDock();
        dock->show();
        dock->raise();
        QTRY_VERIFY(dock->widget() != nullptr);
        StatsMonitor *monitor = workspace()->statsPanel()->monitor();
        QCOMPARE(monitor, workspace()->monitor());
        QTRY_VERIFY_WITH_TIMEOUT(monitor->history(podName) != nullptr
                                     && monitor->history(podName)->series(QStringLiteral("server"))
                                     && monitor->history(podName)->series(QStringLiteral("worker")),
                                 15000);
        const PodStatsHistory *history = monitor->history(podName);
        const int before = history->series(QStringLiteral("server"))->size();
        QTRY_VERIFY_WITH_TIMEOUT(history->series(QStringLiteral("server"))->size() >= before + 2,
                                 10000);
        mark("stats flowing");
        // The cards' bars, relative to the limits set on the cards.
        for (int i : { 0, 1 }) {
            QTRY_VERIFY_WITH_TIMEOUT(card(ElementRef::Lane::App, i)->cpuFraction() >= 0, 5000);
            QVERIFY(card(ElementRef::Lane::App, i)->memoryFraction() >= 0);
            QVERIFY2(card(ElementRef::Lane::App, i)->memoryFraction() < 1,
                     qPrintable(QString::number(card(ElementRef::Lane::App, i)->memoryFraction())));
        }
        QVERIFY(workspace()->statsPanel()->isVisible());

        // The panel was built after Run: the limits of the pod that ran still reach its charts.
        auto *panel = static_cast<StatsPanel *>(workspace()->statsPanel());
        panel->showPod(podName);
        panel->refreshNow();
        QCOMPARE(panel->currentPod(), podName);
        QLineSeries *cpuLimit = panel->detail()->cpuChart()->limitLine(QStringLiteral("server"));
        QVERIFY(cpuLimit);
        QCOMPARE(cpuLimit->at(0).y(), 200.0);
        QLineSeries *memoryLimit
            = panel->detail()->memoryChart()->limitLine(QStringLiteral("worker"));
        QVERIFY(memoryLimit);
        QCOMPARE(memoryLimit->at(0).y(), 32.0); // MiB
        QVERIFY(panel->detail()->cpuChart()->containerSeries(QStringLiteral("server"))->count()
                > 0);
    }

    void stopActionHonoursTheGracePeriod()
    {
        QVERIFY(m_window);
        PodRuntime *runtime = workspace()->controller()->runtime();
        QSignalSpy stopped(runtime, &PodRuntime::podStopped);
        QAction *stop = m_window->actions()->stopPod;
        QVERIFY(stop->isEnabled());
        stop->trigger();
        QVERIFY(stopped.wait(20000));
        const qint64 elapsed = stopped.first().at(1).toLongLong();
        qInfo("Stop took %lld ms with a 3 s grace period", elapsed);
        mark("stopped");
        QVERIFY2(elapsed >= 2500 && elapsed < 8000, qPrintable(QString::number(elapsed)));
        // The worker ignored SIGTERM: it was killed when the grace period ran out.
        QTRY_COMPARE_WITH_TIMEOUT(card(ElementRef::Lane::App, 1)->badgeText(),
                                  QStringLiteral("terminated (137)"), 5000);
        QVERIFY(
            card(ElementRef::Lane::App, 0)->badgeText().startsWith(QLatin1String("terminated")));
        QTRY_VERIFY_WITH_TIMEOUT(podRow() && podRow()->text(1) == QLatin1String("Stopped"), 5000);
    }

    void quittingAsksAndRemovesThePod()
    {
        QVERIFY(m_window);
        QStringList asked;
        workspace()->controller()->setQuitPrompt([&asked](const QStringList &pods, QWidget *) {
            asked = pods;
            return RunController::QuitChoice::RemovePods;
        });
        QVERIFY(m_window->close());
        QCOMPARE(asked, QStringList { podName });
        mark("window closed");
        m_window.reset();
        QCOMPARE(m_env.leftovers(), QStringList());
    }

    void quitDoesNotAskAboutPodsThatNeverRan()
    {
        // "Podwright started these pods, which are still on Podman" must not list a pod that
        // Podman never created (Podman missing, an image missing) or removed at once.
        PodmanService::Options missing;
        missing.candidates = {};
        missing.program = QStringLiteral("/nonexistent/podman");
        auto *withoutPodman = new PodmanRuntime(missing);
        RunController noPodman(withoutPodman);
        noPodman.runPod(sleeperPod(QStringLiteral("never-created")));
        QTRY_VERIFY_WITH_TIMEOUT(withoutPodman->pod(QStringLiteral("never-created"))
                                     && withoutPodman->pod(QStringLiteral("never-created"))->phase
                                         == QLatin1String("Failed"),
                                 10000);
        QStringList asked;
        auto prompt = [&asked](const QStringList &pods, QWidget *) {
            asked = pods;
            return RunController::QuitChoice::LeavePods;
        };
        noPodman.setQuitPrompt(prompt);
        QVERIFY(noPodman.confirmQuit(nullptr));
        QVERIFY2(asked.isEmpty(), qPrintable(asked.join(QLatin1Char(' '))));

        auto *runtime = new PodmanRuntime(m_env.serviceOptions());
        RunController controller(runtime);
        controller.runPod(R"(apiVersion: v1
kind: Pod
metadata:
  name: no-image
spec:
  containers:
  - name: app
    image: localhost/does-not-exist:1
    imagePullPolicy: Never
)");
        QTRY_VERIFY_WITH_TIMEOUT(runtime->pod(QStringLiteral("no-image"))
                                     && runtime->pod(QStringLiteral("no-image"))->phase
                                         == QLatin1String("Failed"),
                                 20000);
        controller.setQuitPrompt(prompt);
        QVERIFY(controller.confirmQuit(nullptr));
        QVERIFY2(asked.isEmpty(), qPrintable(asked.join(QLatin1Char(' '))));
        // Re-run still has the YAML that was sent.
        QVERIFY(!controller.lastYaml(QStringLiteral("no-image")).isEmpty());
        QCOMPARE(m_env.leftovers(), QStringList());
    }

    void logsFollowACrashLoopAcrossRestarts()
    {
        // A learner follows the logs of a crash-looping container to see why it fails: with
        // Follow on, the view must go on after each restart, not stop at the first exit.
        PodmanRuntime runtime(m_env.serviceOptions());
        ContainerLogView logs(&runtime);
        runtime.runPod(R"(apiVersion: v1
kind: Pod
metadata:
  name: crashloop
spec:
  containers:
  - name: app
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'echo starting; sleep 1; echo giving up; exit 1']
)");
        QTRY_VERIFY_WITH_TIMEOUT(runtime.pod(QStringLiteral("crashloop"))
                                     && runtime.pod(QStringLiteral("crashloop"))->phase
                                         == QLatin1String("Running"),
                                 20000);
        logs.showContainer(QStringLiteral("crashloop"), QStringLiteral("app"));
        QTRY_VERIFY_WITH_TIMEOUT(
            runtime.pod(QStringLiteral("crashloop"))->container(QStringLiteral("app"))->restartCount
                >= 2,
            20000);
        // The output of the runs after the first one arrives too.
        QTRY_VERIFY2_WITH_TIMEOUT(logs.text()->toPlainText().count(QLatin1String("giving up")) >= 2,
                                  qPrintable(logs.text()->toPlainText()), 10000);
        QSignalSpy removed(&runtime, &PodRuntime::podRemoved);
        runtime.removePod(QStringLiteral("crashloop"));
        QVERIFY(removed.wait(30000));
        QCOMPARE(m_env.leftovers(), QStringList());
    }

    void runAsksBeforeReplacingAPodItDidNotStart()
    {
        // Podman runs a pod by replacing any pod of its name: one made elsewhere (here as in a
        // terminal) is only replaced when the learner says so.
        QCOMPARE(m_env.podman({ QStringLiteral("pod"), QStringLiteral("create"),
                                QStringLiteral("--name"), QStringLiteral("taken") }),
                 0);
        auto *runtime = new PodmanRuntime(m_env.serviceOptions());
        RunController controller(runtime);
        QStringList asked;
        bool replace = false;
        controller.setReplacePrompt([&](const PodRuntimeStatus &existing, QWidget *) {
            asked << existing.name + QLatin1Char(' ') + existing.phase;
            return replace;
        });
        QStringList messages;
        connect(&controller, &RunController::statusMessage, this,
                [&messages](const QString &text) { messages << text; });
        const QByteArray yaml = sleeperPod(QStringLiteral("taken"));
        controller.askToRun(yaml, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(asked, QStringList { QStringLiteral("taken Pending") }, 15000);
        QTRY_VERIFY(
            messages.contains(QStringLiteral("Pod taken left as it was: nothing was run.")));
        QVERIFY(controller.startedPods().isEmpty());
        QByteArray containers;
        m_env.podman({ QStringLiteral("pod"), QStringLiteral("inspect"), QStringLiteral("--format"),
                       QStringLiteral("{{.NumContainers}}"), QStringLiteral("taken") },
                     &containers);
        QCOMPARE(containers.trimmed(), QByteArray("1")); // its infra container only, untouched

        replace = true;
        controller.askToRun(yaml, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(runtime->pod(QStringLiteral("taken"))
                                     && runtime->pod(QStringLiteral("taken"))->phase
                                         == QLatin1String("Running"),
                                 30000);
        QCOMPARE(controller.startedPods(), QStringList { QStringLiteral("taken") });
        // Its own pod again: a re-run, which asks nothing.
        QSignalSpy changed(runtime, &PodRuntime::podChanged);
        controller.askToRun(yaml, nullptr);
        QVERIFY(!changed.isEmpty()); // run at once: no listing awaited, no question
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.begin(), changed.end(),
                                             [](const QList<QVariant> &args) {
                                                 return args.at(0).value<PodRuntimeStatus>().phase
                                                     == QLatin1String("Running");
                                             }),
                                 30000); // the re-run is up before it is removed

        QSignalSpy removed(runtime, &PodRuntime::podRemoved);
        runtime->removePod(QStringLiteral("taken"));
        QVERIFY(removed.wait(30000));
        QCOMPARE(m_env.leftovers(), QStringList());
    }
};

QTEST_MAIN(TestWindowRun)
#include "tst_windowrun.moc"
