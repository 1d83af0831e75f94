// podwright_runscreenshots: the user guide's pictures of a running pod (Pods panel, logs,
// charts), taken from the real window on a real Podman in a private environment
// (PodmanTestEnv), like tst_windowrun. Run by docs/screenshots/take-run-screenshots.sh:
//
//   podwright_runscreenshots OUTPUT_DIR
#include "containerlogview.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "metrics/statsmonitor.h"
#include "podmantestenv.h"
#include "podspanel.h"
#include "runcontroller.h"
#include "runtime/podmanruntime.h"
#include "runworkspace.h"
#include "selectionmodel.h"
#include "statspanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>
#include <functional>

using namespace podwright;
using namespace podwright::gui;

namespace {

// The user guide's example pod, on the locally built busybox image: the web server writes
// an access log into the shared emptyDir, the sidecar prints it; a worker keeps a CPU limit
// busy so that the charts have something to show.
const char podYaml[] = R"(apiVersion: v1
kind: Pod
metadata:
  name: web-with-log-shipper
  labels:
    app: web
spec:
  terminationGracePeriodSeconds: 2
  initContainers:
  - name: prepare
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'echo "<h1>hello</h1>" > /site/index.html && echo wrote the page']
    volumeMounts:
    - name: site
      mountPath: /site
  containers:
  - name: web
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'httpd -f -v -p 8080 -h /site 2>> /logs/access.log']
    resources:
      requests: {cpu: 50m, memory: 16Mi}
      limits: {cpu: 250m, memory: 64Mi}
    volumeMounts:
    - {name: site, mountPath: /site}
    - {name: logs, mountPath: /logs}
  - name: log-shipper
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'touch /logs/access.log; while true; do wget -q -O /dev/null http://localhost:8080/; cat /logs/access.log; : > /logs/access.log; sleep 2; done']
    resources:
      limits: {cpu: 100m, memory: 32Mi}
    volumeMounts:
    - {name: logs, mountPath: /logs, readOnly: false}
  - name: worker
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'while true; do :; done']
    resources:
      requests: {cpu: 100m, memory: 8Mi}
      limits: {cpu: 300m, memory: 32Mi}
  volumes:
  - name: site
    emptyDir: {}
  - name: logs
    emptyDir: {}
)";

bool waitFor(const std::function<bool()> &condition, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(100);
    }
    return true;
}

bool fail(const char *what)
{
    std::fprintf(stderr, "podwright_runscreenshots: %s\n", what);
    return false;
}

bool shoot(QWidget *window, const QString &path)
{
    QTest::qWait(300);
    if (!window->grab().save(path))
        return fail("cannot write a screenshot");
    std::printf("saved %s\n", qPrintable(path));
    return true;
}

void progress(const char *step)
{
    std::fprintf(stderr, "podwright_runscreenshots: %s\n", step);
}

bool takeScreenshots(const QString &outputDir, PodmanTestEnv &env)
{
    qputenv("CONTAINER_HOST", (QLatin1String("unix://") + env.socketPath()).toLocal8Bit());
    PodmanService::Options options;
    options.startServiceIfNeeded = false;
    MainWindow window(new RunController(new PodmanRuntime(options)));
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("the window did not show");
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("web-with-log-shipper.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(podYaml) < 0)
        return fail("cannot write the pod file");
    file.close();
    if (!window.openFile(path))
        return fail("cannot open the pod file");

    progress("running the pod");
    RunWorkspace *workspace = window.runWorkspace();
    window.selectionModel()->setCurrent(ElementRef::pod(0));
    window.actions()->runPod->trigger();
    QTreeWidget *tree = workspace->podsPanel()->tree();
    const auto podRow = [tree]() -> QTreeWidgetItem * {
        const auto rows = tree->findItems(QStringLiteral("web-with-log-shipper"), Qt::MatchExactly);
        return rows.isEmpty() ? nullptr : rows.first();
    };
    if (!waitFor([&] { return podRow() && podRow()->text(1) == QLatin1String("Running"); }, 30000))
        return fail("the pod did not reach Running");
    tree->expandAll();
    for (int i = 0; i < podRow()->childCount(); ++i) {
        if (podRow()->child(i)->text(0).startsWith(QLatin1String("web")))
            tree->setCurrentItem(podRow()->child(i));
    }
    if (!shoot(&window, QDir(outputDir).filePath(QStringLiteral("run-pods.png"))))
        return false;

    progress("waiting for log lines");
    workspace->showLogs(QStringLiteral("web-with-log-shipper"), QStringLiteral("log-shipper"));
    ContainerLogView *logs = workspace->logView();
    if (!waitFor([&] { return logs->text()->toPlainText().count(QLatin1Char('\n')) >= 6; }, 30000))
        return fail("the sidecar printed no log lines");
    if (!shoot(&window, QDir(outputDir).filePath(QStringLiteral("run-logs.png"))))
        return false;

    QDockWidget *stats = workspace->statsDock();
    stats->show();
    stats->raise();
    StatsPanel *panel = workspace->statsPanel();
    panel->setWindowMinutes(1);
    panel->showPod(QStringLiteral("web-with-log-shipper"));
    StatsMonitor *monitor = workspace->monitor();
    progress("collecting half a minute of samples");
    // Half a minute of samples: enough for lines, not so long that the docs wait for it.
    if (!waitFor(
            [&] {
                const PodStatsHistory *history
                    = monitor->history(QStringLiteral("web-with-log-shipper"));
                const StatsSeries *worker
                    = history ? history->series(QStringLiteral("worker")) : nullptr;
                return worker && worker->size() >= 30;
            },
            60000))
        return fail("no CPU and memory samples arrived");
    // The charts get the room of the whole bottom area for this picture.
    window.resizeDocks({ stats }, { 520 }, Qt::Vertical);
    window.resizeDocks({ window.yamlDock() }, { 360 }, Qt::Horizontal);
    panel->refreshNow();
    if (!shoot(&window, QDir(outputDir).filePath(QStringLiteral("run-charts.png"))))
        return false;

    workspace->controller()->setQuitPrompt(
        [](const QStringList &, QWidget *) { return RunController::QuitChoice::RemovePods; });
    window.close();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodwrightScreenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "Usage: podwright_runscreenshots OUTPUT_DIR\n");
        return 2;
    }
    if (const QString reason = PodmanTestEnv::unavailableReason(); !reason.isEmpty()) {
        std::fprintf(stderr, "podwright_runscreenshots: %s\n", qPrintable(reason));
        return 77;
    }
    PodmanTestEnv env;
    QString error;
    progress("starting a private Podman");
    if (!env.setUp(&error)) {
        std::fprintf(stderr, "podwright_runscreenshots: %s\n", qPrintable(error));
        return 1;
    }
    const bool ok = takeScreenshots(args.at(1), env);
    env.tearDown();
    return ok ? 0 : 1;
}
