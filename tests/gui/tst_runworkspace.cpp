// The window's Run menu, Pods/Logs/Stats docks and canvas overlays, wired to a runtime.
// The runtime here is the GUI tests' fake; the Podman one is tested in tests/runtime.
#include "containercard.h"
#include "fakeruntime.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "manifestio.h"
#include "metrics/statsmonitor.h"
#include "poddocument.h"
#include "podscene.h"
#include "podspanel.h"
#include "podview.h"
#include "runcontroller.h"
#include "runmodule.h"
#include "runtime/deferredruntime.h"
#include "runworkspace.h"
#include "selectionmodel.h"
#include "statspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace podwright;
using namespace podwright::gui;

namespace {
const char twoPods[] = R"(apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: docker.io/library/nginx:1.27
    resources:
      limits:
        cpu: 500m
        memory: 128Mi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
      - name: server
        image: docker.io/library/busybox:1.36
)";
} // namespace

class TestRunWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodwrightTest"));
        // Start from the defaults, not from the layout or recent files an earlier run left.
        QSettings().clear();
        // The monitor and the Stats panel come from the run module's code, linked in here.
        RunModule::useStatic(&runModuleApi());
    }

    void init()
    {
        m_runtime = new FakeRuntime;
        m_window = std::make_unique<MainWindow>(new RunController(m_runtime));
        m_window->document()->setManifest(loadManifest(twoPods).manifest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_runtime->removeAnswers = true;
        m_window->runWorkspace()->controller()->setQuitPrompt(
            [](const QStringList &, QWidget *) { return RunController::QuitChoice::LeavePods; });
        m_window.reset();
    }

    void runActsOnTheSelectedPod()
    {
        QAction *run = m_window->actions()->runPod;
        QVERIFY(!run->isEnabled()); // two pods, none selected: which one?
        m_window->selectionModel()->setCurrent(ElementRef::container(0, ElementRef::Lane::App, 0));
        QVERIFY(run->isEnabled());
        run->trigger();
        // After a fresh listing: a pod of this name made elsewhere would be asked about.
        QTRY_COMPARE(m_runtime->calls, QStringList { QStringLiteral("run:web") });
        QVERIFY(m_runtime->lastYaml.contains("kind: Pod"));
        QVERIFY(m_runtime->lastYaml.contains("image: docker.io/library/nginx:1.27"));
        QVERIFY(m_window->runWorkspace()->podsDock()->isVisible());
        QVERIFY(m_window->runWorkspace()->podsDock()->widget() != nullptr);
    }

    void aWorkloadRunsAsAPodNamedAfterIt()
    {
        m_window->selectionModel()->setCurrent(ElementRef::pod(1));
        m_window->actions()->runPod->trigger();
        QTRY_COMPARE(m_runtime->calls, QStringList { QStringLiteral("run:api") });
        QVERIFY(m_runtime->lastYaml.startsWith("apiVersion: v1\nkind: Pod\n"));
        QVERIFY(m_runtime->lastYaml.contains("image: docker.io/library/busybox:1.36"));
    }

    void stopUsesThePodName()
    {
        m_window->selectionModel()->setCurrent(ElementRef::pod(0));
        m_window->actions()->stopPod->trigger();
        QCOMPARE(m_runtime->calls, QStringList { QStringLiteral("stop:web") });
    }

    void runtimeStatusReachesTheCanvasCards()
    {
        PodRuntimeStatus status;
        status.name = QStringLiteral("web");
        status.phase = QStringLiteral("Running");
        ContainerRuntimeState app;
        app.name = QStringLiteral("app");
        app.state = ContainerRuntimeState::State::Running;
        app.restartCount = 1;
        status.containers = { app };
        m_runtime->report(status);
        ContainerCard *card = m_window->podView()->podScene()->cardFor(
            ElementRef::container(0, ElementRef::Lane::App, 0));
        QVERIFY(card);
        QCOMPARE(card->badgeText(), QStringLiteral("running ↻1"));

        // A stop waiting out the grace period: the card says which container holds the pod
        // in Terminating, as the Pods panel does.
        status.phase = QStringLiteral("Terminating");
        status.containers.front().reason = QStringLiteral("Terminating");
        m_runtime->report(status);
        QCOMPARE(card->badgeText(), QStringLiteral("terminating ↻1"));

        Q_EMIT m_runtime->podRemoved(QStringLiteral("web"));
        QVERIFY(card->badgeText().isEmpty());
    }

    void podListedFromAnEarlierSessionReachesTheCanvasCards()
    {
        // Not reported by a run of this session, only listed (refresh): the Pods panel shows
        // it, and so must its card.
        PodRuntimeStatus status;
        status.name = QStringLiteral("web");
        status.phase = QStringLiteral("Running");
        ContainerRuntimeState app;
        app.name = QStringLiteral("app");
        app.state = ContainerRuntimeState::State::Running;
        status.containers = { app };
        m_runtime->statuses[status.name] = status;
        m_runtime->refresh();
        ContainerCard *card = m_window->podView()->podScene()->cardFor(
            ElementRef::container(0, ElementRef::Lane::App, 0));
        QVERIFY(card);
        QCOMPARE(card->badgeText(), QStringLiteral("running"));
        Q_EMIT m_runtime->podRemoved(QStringLiteral("web"));
        QVERIFY(card->badgeText().isEmpty());
    }

    void statsSamplesFillTheCardBarsAndThePanel()
    {
        StatsSample sample;
        sample.time = QDateTime::currentDateTimeUtc();
        sample.pod = QStringLiteral("web");
        sample.container = QStringLiteral("app");
        sample.cpuMillicores = 250;
        sample.memoryBytes = 32 * 1024 * 1024;
        m_window->runWorkspace()->monitor()->addSamples({ sample });
        ContainerCard *card = m_window->podView()->podScene()->cardFor(
            ElementRef::container(0, ElementRef::Lane::App, 0));
        QCOMPARE(card->cpuFraction(), 0.5);
        QCOMPARE(card->memoryFraction(), 0.25);

        QDockWidget *stats = m_window->runWorkspace()->statsDock();
        QVERIFY(stats->widget() == nullptr); // built on first show, not at start-up
        stats->show();
        stats->raise();
        QTRY_VERIFY(stats->widget() != nullptr);
        QCOMPARE(m_window->runWorkspace()->statsPanel()->monitor(),
                 m_window->runWorkspace()->monitor());
    }

    void podsPanelLogsRequestOpensTheLogsDock()
    {
        m_window->runWorkspace()->showLogs(QStringLiteral("web"), QStringLiteral("app"));
        QVERIFY(m_window->runWorkspace()->logsDock()->isVisible());
        QVERIFY(m_runtime->calls.last().startsWith(QStringLiteral("logs:web/app:")));
    }

    void runAsksBeforeReplacingAPodMadeElsewhere()
    {
        // Podman already lists a pod "web" that this window did not start.
        PodRuntimeStatus elsewhere;
        elsewhere.name = QStringLiteral("web");
        elsewhere.phase = QStringLiteral("Running");
        m_runtime->report(elsewhere);
        QStringList asked;
        bool replace = false;
        m_window->runWorkspace()->controller()->setReplacePrompt(
            [&](const PodRuntimeStatus &existing, QWidget *parent) {
                asked << existing.name + QLatin1Char(' ') + existing.phase;
                return parent == m_window.get() && replace;
            });
        m_window->selectionModel()->setCurrent(ElementRef::pod(0));
        m_window->actions()->runPod->trigger();
        QTRY_COMPARE(asked, QStringList { QStringLiteral("web Running") });
        QCOMPARE(m_runtime->calls, QStringList()); // Cancel: nothing run, nothing replaced
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Pod web left as it was: nothing was run."));
        replace = true;
        m_window->actions()->runPod->trigger();
        QTRY_COMPARE(m_runtime->calls, QStringList { QStringLiteral("run:web") });
        // Now it is this window's pod: running it again replaces it without a question.
        m_window->actions()->runPod->trigger();
        QCOMPARE(m_runtime->calls,
                 (QStringList { QStringLiteral("run:web"), QStringLiteral("run:web") }));
        QCOMPARE(asked.size(), 2);
    }

    void quittingAsksAboutPodsStartedHere()
    {
        m_window->selectionModel()->setCurrent(ElementRef::pod(0));
        m_window->actions()->runPod->trigger();
        QTRY_COMPARE(m_runtime->calls, QStringList { QStringLiteral("run:web") });
        PodRuntimeStatus status;
        status.name = QStringLiteral("web");
        status.phase = QStringLiteral("Running");
        m_runtime->report(status);
        QStringList asked;
        m_window->runWorkspace()->controller()->setQuitPrompt(
            [&asked](const QStringList &pods, QWidget *) {
                asked = pods;
                return RunController::QuitChoice::Cancel;
            });
        QVERIFY(!m_window->close());
        QCOMPARE(asked, QStringList { QStringLiteral("web") });
        QVERIFY(m_window->isVisible());
    }

    void runDocksStayTabbedBehindProblemsAcrossRestarts()
    {
        for (int round = 0; round < 2; ++round) {
            RunWorkspace *run = m_window->runWorkspace();
            const QList<QDockWidget *> tabs
                = m_window->tabifiedDockWidgets(m_window->problemsDock());
            QVERIFY(tabs.contains(run->podsDock()));
            QVERIFY(tabs.contains(run->statsDock()));
            // Nothing about running is built until it is used.
            QVERIFY(run->podsDock()->widget() == nullptr);
            QVERIFY(run->statsDock()->widget() == nullptr);
            QVERIFY(m_window->close()); // saves the layout
            cleanup();
            init();
        }
    }

    void aRestoredStatsDockWaitsForTheFirstPaint()
    {
        // A layout saved with the Stats dock in front: its panel and the runtime need the run
        // module and Podman, which must not hold up the window's first paint.
        m_window->runWorkspace()->statsDock()->raise();
        QTRY_VERIFY(m_window->runWorkspace()->statsDock()->widget());
        QVERIFY(m_window->close()); // saves the layout
        cleanup();

        int built = 0;
        auto *deferred = new DeferredRuntime([&](QString *) -> PodRuntime * {
            ++built;
            return new FakeRuntime;
        });
        MainWindow window(new RunController(deferred));
        window.document()->setManifest(loadManifest(twoPods).manifest);
        RunWorkspace *run = window.runWorkspace();
        window.show(); // shows the restored Stats dock at once
        QVERIFY(run->statsDock()->isVisible());
        QCOMPARE(built, 0);
        QVERIFY(!run->statsDock()->widget());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(built, 1);
        QTRY_VERIFY(run->statsDock()->widget());

        QSettings().clear(); // the other tests start from the default layout
        init();
    }

    void theRuntimeIsBuiltOnFirstRun()
    {
        // The window's own runtime comes from the run module through a DeferredRuntime.
        int built = 0;
        FakeRuntime *fake = nullptr;
        auto *deferred = new DeferredRuntime([&](QString *) -> PodRuntime * {
            ++built;
            fake = new FakeRuntime;
            return fake;
        });
        MainWindow window(new RunController(deferred));
        window.document()->setManifest(loadManifest(twoPods).manifest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(built, 0);
        QCOMPARE(deferred->availability(), PodRuntime::Availability::Unknown);

        window.selectionModel()->setCurrent(ElementRef::pod(0));
        window.actions()->runPod->trigger();
        QCOMPARE(built, 1);
        QCOMPARE(deferred->target(), fake);
        QTRY_COMPARE(fake->calls, QStringList { QStringLiteral("run:web") });
        // Its signals reach the canvas through the deferred one.
        PodRuntimeStatus status;
        status.name = QStringLiteral("web");
        status.phase = QStringLiteral("Running");
        ContainerRuntimeState app;
        app.name = QStringLiteral("app");
        app.state = ContainerRuntimeState::State::Running;
        status.containers = { app };
        fake->report(status);
        ContainerCard *card = window.podView()->podScene()->cardFor(
            ElementRef::container(0, ElementRef::Lane::App, 0));
        QCOMPARE(card->badgeText(), QStringLiteral("running"));
        QCOMPARE(deferred->pod(QStringLiteral("web"))->phase, QStringLiteral("Running"));

        window.actions()->stopPod->trigger();
        QCOMPARE(built, 1);
        QCOMPARE(fake->calls.last(), QStringLiteral("stop:web"));
        window.runWorkspace()->controller()->setQuitPrompt(
            [](const QStringList &, QWidget *) { return RunController::QuitChoice::LeavePods; });
    }

    void aRuntimeThatCannotBeBuiltIsExplained()
    {
        const QString why = QStringLiteral("podwright-run.so was not found in /nowhere");
        auto *deferred = new DeferredRuntime([&](QString *error) -> PodRuntime * {
            *error = why;
            return nullptr;
        });
        MainWindow window(new RunController(deferred));
        window.document()->setManifest(loadManifest(twoPods).manifest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectionModel()->setCurrent(ElementRef::pod(0));
        window.actions()->runPod->trigger(); // no crash, and says why
        QCOMPARE(deferred->availability(), PodRuntime::Availability::Unavailable);
        QCOMPARE(window.statusBar()->currentMessage(), why);
        QDockWidget *pods = window.runWorkspace()->podsDock();
        QVERIFY(pods->isVisible());
        bool shown = false;
        for (const QLabel *label : pods->findChildren<QLabel *>())
            shown = shown || (label->isVisible() && label->text().contains(why));
        QVERIFY(shown);
        window.runWorkspace()->controller()->setQuitPrompt(
            [](const QStringList &, QWidget *) { return RunController::QuitChoice::LeavePods; });
    }

private:
    FakeRuntime *m_runtime = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestRunWorkspace)
#include "tst_runworkspace.moc"
