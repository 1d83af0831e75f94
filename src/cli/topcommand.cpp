// podwright top [POD] [--containers]: current CPU and memory of running pods, in the spirit of
// `kubectl top pod`, from the same StatsMonitor the charts use.
#include "commands.h"
#include "metrics/statsmonitor.h"
#include "runtime/podmanclient.h"
#include "runtime/podmanruntime.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

#include <cmath>

namespace podwright::cli {

namespace {

/// kubectl's forms: whole millicores ("250m") and whole mebibytes, rounded down ("64Mi").
QString cpuText(double millicores)
{
    return QStringLiteral("%1m").arg(qint64(std::llround(millicores)));
}

QString memoryText(qint64 bytes)
{
    return QStringLiteral("%1Mi").arg(bytes / (1024 * 1024));
}

/// Left-aligned columns three spaces apart, like kubectl's tabwriter output.
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 3) : row[i];
        out << line << '\n';
    }
}

} // namespace

int runTop(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show the CPU (millicores) and memory (MiB) that running pods use right now."));
    parser.addPositionalArgument(QStringLiteral("POD"),
                                 QStringLiteral("only this pod (default: every running pod)"),
                                 QStringLiteral("[POD]"));
    parser.addOption({ QStringLiteral("containers"),
                       QStringLiteral("one line per container instead of per pod") });
    int exitCode = 0;
    if (!parseCommandLine(parser, QStringLiteral("top"), args, io, &exitCode))
        return exitCode;
    const QString only = parser.positionalArguments().value(0);
    const bool perContainer = parser.isSet(QStringLiteral("containers"));

    PodmanRuntime runtime;
    StatsMonitor monitor;
    QEventLoop loop;
    int code = 0;
    std::vector<PodRuntimeStatus> pods;
    const auto finish = [&](int exitCode) {
        code = exitCode;
        loop.quit();
    };
    // Every running container must have shown one sample: CPU needs two readings a second
    // apart (usage is a difference), which the stream delivers with interval=1.
    const auto complete = [&] {
        for (const PodRuntimeStatus &pod : pods) {
            const PodStatsHistory *history = monitor.history(pod.name);
            for (const ContainerRuntimeState &c : pod.containers) {
                if (c.state == ContainerRuntimeState::State::Running
                    && (!history || !history->series(c.name)))
                    return false;
            }
        }
        return true;
    };
    QTimer deadline;
    deadline.setSingleShot(true);

    QObject::connect(&runtime, &PodRuntime::availabilityChanged, &loop,
                     [&](PodRuntime::Availability a, const QString &message) {
                         if (a == PodRuntime::Availability::Ready)
                             runtime.refresh();
                         else if (a == PodRuntime::Availability::NotInstalled
                                  || a == PodRuntime::Availability::Unavailable) {
                             io.err << message << '\n';
                             finish(3);
                         }
                     });
    QObject::connect(&runtime, &PodRuntime::refreshed, &loop, [&] {
        if (!pods.empty() || !loop.isRunning())
            return;
        for (const PodRuntimeStatus &status : runtime.pods()) {
            const bool running = std::any_of(
                status.containers.begin(), status.containers.end(),
                [](const auto &c) { return c.state == ContainerRuntimeState::State::Running; });
            if ((only.isEmpty() || status.name == only) && running)
                pods.push_back(status);
        }
        if (pods.empty()) {
            if (only.isEmpty()) {
                io.err << "No running pods found.\n";
                finish(0);
            } else {
                io.err << "error: pod \"" << only << "\" is not running or does not exist\n";
                finish(1);
            }
            return;
        }
        monitor.setSocketPath(runtime.client()->socketPath());
        for (const PodRuntimeStatus &status : pods)
            monitor.updatePod(status);
        deadline.start(10000);
    });
    QObject::connect(&monitor, &StatsMonitor::samplesReceived, &loop, [&] {
        if (complete())
            finish(0);
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        io.err << "warning: some containers reported no usage within 10 s\n";
        finish(0);
    });

    QTimer::singleShot(0, &runtime, &PodmanRuntime::connectToRuntime);
    loop.exec();
    monitor.stop();
    if (code != 0 || pods.empty())
        return code;

    QList<QStringList> rows;
    rows.append(perContainer ? QStringList { "POD", "NAME", "CPU(cores)", "MEMORY(bytes)" }
                             : QStringList { "NAME", "CPU(cores)", "MEMORY(bytes)" });
    for (const PodRuntimeStatus &pod : pods) {
        const PodStatsHistory *history = monitor.history(pod.name);
        if (!history)
            continue;
        if (!perContainer) {
            const StatsPoint total = history->latestTotal();
            rows.append({ pod.name, cpuText(total.cpuMillicores), memoryText(total.memoryBytes) });
            continue;
        }
        for (const ContainerRuntimeState &c : pod.containers) {
            const StatsSeries *series = history->series(c.name);
            if (!series || series->isEmpty())
                continue;
            const StatsPoint &p = series->latest();
            rows.append({ pod.name, c.name, cpuText(p.cpuMillicores), memoryText(p.memoryBytes) });
        }
    }
    printTable(io.out, rows);
    return 0;
}

} // namespace podwright::cli
