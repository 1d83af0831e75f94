// Live stats (issue 5): Podwright's own CPU while charting 10 running pods (4 containers each)
// at 1 s, the time of each chart update, and the naive way side by side: running
// `podman pod stats --no-stream` every second (its CPU counted through RUSAGE_CHILDREN).
// The Podman API service's CPU is measured for both, from /proc. One private Podman
// environment (PodmanTestEnv), offscreen window. Not a test: prints the figures for
// docs/benchmarks.md.
//
//   bench_stats [SECONDS]      (default 60 per phase)
#include "metrics/statsmonitor.h"
#include "podchartview.h"
#include "podmantestenv.h"
#include "runtime/podmanruntime.h"
#include "statsoverview.h"
#include "statspanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace podwright;

namespace {

constexpr int Pods = 10;
constexpr int ContainersPerPod = 4;

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// utime + stime of a process from /proc/PID/stat, in seconds.
double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

/// The `podman system service` serving `socketPath` (its command line names the socket).
qint64 servicePid(const QString &socketPath)
{
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(socketPath.toUtf8()))
            return pid;
    }
    return 0;
}

QByteArray podYaml(int index)
{
    QByteArray yaml = QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod%1\n"
                                     "spec:\n  containers:\n")
                          .arg(index, 2, 10, QLatin1Char('0'))
                          .toUtf8();
    for (int c = 0; c < ContainersPerPod; ++c)
        yaml += QStringLiteral("  - name: c%1\n    image: %2\n    imagePullPolicy: Never\n"
                               "    command: [sleep, '100000']\n"
                               "    resources: {limits: {cpu: 200m, memory: 64Mi}}\n")
                    .arg(c)
                    .arg(QLatin1String(PodmanTestEnv::image))
                    .toUtf8();
    return yaml;
}

struct Stats {
    double median = 0, p95 = 0, max = 0;
};

Stats summarize(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return { values[values.size() / 2], values[size_t(double(values.size() - 1) * 0.95)],
             values.back() };
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int duration = argc > 1 ? std::max(5, atoi(argv[1])) : 60;
    if (const QString reason = PodmanTestEnv::unavailableReason(); !reason.isEmpty()) {
        std::fprintf(stderr, "cannot benchmark: %s\n", qPrintable(reason));
        return 1;
    }
    PodmanTestEnv env;
    QString error;
    if (!env.setUp(&error)) {
        std::fprintf(stderr, "cannot set Podman up: %s\n", qPrintable(error));
        return 1;
    }
    for (int i = 0; i < Pods; ++i) {
        const QString path = env.dir() + QStringLiteral("/pod%1.yaml").arg(i);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(podYaml(i));
        file.close();
        QByteArray output;
        if (env.podman({ QStringLiteral("kube"), QStringLiteral("play"), path }, &output) != 0) {
            std::fprintf(stderr, "kube play failed: %s\n", output.constData());
            return 1;
        }
    }
    const qint64 service = servicePid(env.socketPath());

    PodmanRuntime runtime(env.serviceOptions());
    StatsMonitor monitor;
    monitor.setRuntime(&runtime);
    runtime.connectToRuntime();
    if (!QTest::qWaitFor(
            [&] { return monitor.subscribedContainers().size() == Pods * ContainersPerPod; },
            30000)) {
        std::fprintf(stderr, "the monitor subscribed %lld of %d containers\n",
                     qint64(monitor.subscribedContainers().size()), Pods * ContainersPerPod);
        return 1;
    }

    // Phase 1: sampling alone (the stream, parsing, histories), no charts.
    QTest::qWait(3000);
    const double monitorBefore = cpuSeconds(RUSAGE_SELF);
    const double monitorServiceBefore = processCpuSeconds(service);
    QElapsedTimer monitorWall;
    monitorWall.start();
    QTest::qWait(duration * 1000);
    const double monitorSeconds = double(monitorWall.elapsed()) / 1000.0;
    const double monitorCpu = cpuSeconds(RUSAGE_SELF) - monitorBefore;
    const double monitorService = processCpuSeconds(service) - monitorServiceBefore;

    // Phase 2: the same with the panel's overview charting every pod.
    gui::StatsPanel panel;
    panel.resize(1400, 1000);
    panel.setMonitor(&monitor);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        std::fprintf(stderr, "warning: the window was not exposed\n");
    // Let the stream settle and the overview fill before measuring.
    QTest::qWait(3000);

    // Each tick: the time of the update of all 10 pods' sparklines (CPU and memory, 4 lines each).
    std::vector<double> updateMs;
    int ticks = 0;
    // Each tick: redraw the overview (10 pods x CPU and memory sparklines x 4 lines) as the panel
    // does on its own 30 ms after a tick, but timed; Qt paints it afterwards as usual. The
    // panel's own refresh is disconnected so that each tick is drawn exactly once.
    QObject::disconnect(&monitor, &StatsMonitor::samplesReceived, &panel, nullptr);
    QObject::connect(&monitor, &StatsMonitor::samplesReceived, &panel, [&] {
        ++ticks;
        QElapsedTimer timer;
        timer.start();
        panel.overview()->refresh();
        updateMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    });

    const double selfBefore = cpuSeconds(RUSAGE_SELF);
    const double serviceBefore = processCpuSeconds(service);
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(duration * 1000);
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    const double selfCpu = cpuSeconds(RUSAGE_SELF) - selfBefore;
    const double serviceCpu = processCpuSeconds(service) - serviceBefore;
    const Stats update = summarize(updateMs);

    // The detail view of one pod over 60 minutes of history (3600 points per container).
    PodStatsHistory hour(QStringLiteral("hour"));
    for (int s = 0; s < 3600; ++s)
        for (int c = 0; c < ContainersPerPod; ++c) {
            StatsSample sample;
            sample.time = QDateTime::fromMSecsSinceEpoch(1795237800000 + s * 1000);
            sample.pod = hour.podName();
            sample.container = QStringLiteral("c%1").arg(c);
            sample.cpuMillicores = 50 + (s * 7 + c * 13) % 100;
            sample.memoryBytes = qint64(20 + c) << 20;
            hour.addSample(sample);
        }
    gui::PodChartView detail;
    detail.resize(1200, 800);
    detail.setHistory(&hour);
    detail.setWindowMinutes(60);
    detail.show();
    if (!QTest::qWaitForWindowExposed(&detail))
        std::fprintf(stderr, "warning: the detail window was not exposed\n");
    std::vector<double> detailMs;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        detail.refresh();
        detailMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    detail.hide();
    const Stats detailUpdate = summarize(detailMs);

    // The naive way: a `podman pod stats --no-stream` process every second.
    monitor.stop();
    panel.hide();
    QTest::qWait(1500);
    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    const double selfBeforeNaive = cpuSeconds(RUSAGE_SELF);
    const double serviceBeforeNaive = processCpuSeconds(service);
    QElapsedTimer naiveWall;
    naiveWall.start();
    int runs = 0;
    std::vector<double> runMs;
    while (naiveWall.elapsed() < duration * 1000) {
        QElapsedTimer run;
        run.start();
        QProcess podman;
        podman.start(
            QStringLiteral("podman"),
            { QStringLiteral("pod"), QStringLiteral("stats"), QStringLiteral("--no-stream") });
        podman.waitForFinished(60000);
        ++runs;
        runMs.push_back(double(run.elapsed()));
        const qint64 rest = 1000 - run.elapsed();
        if (rest > 0)
            QTest::qWait(int(rest));
    }
    const double naiveWallSeconds = double(naiveWall.elapsed()) / 1000.0;
    const double naiveChildren = cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
    const double naiveSelf = cpuSeconds(RUSAGE_SELF) - selfBeforeNaive;
    const double naiveService = processCpuSeconds(service) - serviceBeforeNaive;
    const Stats naiveRun = summarize(runMs);

    const double ours = 100.0 * selfCpu / wallSeconds;
    const double naive = 100.0 * (naiveChildren + naiveSelf) / naiveWallSeconds;
    std::printf("Live stats: %d pods x %d containers, 1 s interval, %.0f s per phase\n", Pods,
                ContainersPerPod, wallSeconds);
    std::printf("Podwright sampling only (one stream, no charts): %.2f %% of one core; Podman "
                "API service %.2f %%\n",
                100.0 * monitorCpu / monitorSeconds, 100.0 * monitorService / monitorSeconds);
    std::printf("Podwright (one stream + overview charts): %.2f %% of one core "
                "(%.2f s CPU in %.1f s; %d ticks)\n",
                ours, selfCpu, wallSeconds, ticks);
    std::printf("  Podman API service meanwhile:          %.2f %% of one core\n",
                100.0 * serviceCpu / wallSeconds);
    std::printf("  overview update (10 pods x 4 containers x CPU+memory): median %.2f ms, p95 "
                "%.2f ms, max %.2f ms (%zu updates)\n",
                update.median, update.p95, update.max, updateMs.size());
    std::printf("  detail update, 60 min window (4 x 3600 points, reduced to 1200 each): median "
                "%.2f ms, p95 %.2f ms, max %.2f ms\n",
                detailUpdate.median, detailUpdate.p95, detailUpdate.max);
    std::printf("Naive (podman pod stats --no-stream every second): %.2f %% of one core "
                "(children %.2f s + self %.2f s CPU in %.1f s; %d runs, each median %.0f ms, "
                "max %.0f ms)\n",
                naive, naiveChildren, naiveSelf, naiveWallSeconds, runs, naiveRun.median,
                naiveRun.max);
    std::printf("  Podman API service meanwhile:          %.2f %% of one core\n",
                100.0 * naiveService / naiveWallSeconds);
    std::printf("Ratio naive / Podwright: %.1fx (client side); %.1fx (client + service)\n",
                ours > 0 ? naive / ours : 0.0,
                (selfCpu + serviceCpu) > 0
                    ? ((naiveChildren + naiveSelf + naiveService) / naiveWallSeconds)
                        / ((selfCpu + serviceCpu) / wallSeconds)
                    : 0.0);
    return 0;
}
