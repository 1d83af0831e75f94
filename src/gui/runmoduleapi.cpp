// The run module's table (RunModuleApi): the entry points to everything that needs Qt Network
// or Qt Charts. Built into podwright-run.so, and linked directly by the tests.
#include "cli.h"
#include "commands.h"
#include "metrics/statsmonitor.h"
#include "runmodule.h"
#include "runtime/podmanruntime.h"
#include "sendrequestdialog.h"
#include "statspanel.h"

#include <QUrl>

namespace podwright {

namespace {

PodRuntime *createPodmanRuntime(QObject *parent)
{
    return new PodmanRuntime({}, parent);
}

StatsMonitor *createStatsMonitor(QObject *parent, RunModuleApi::SamplesCallback onSamples)
{
    auto *monitor = new StatsMonitor(parent);
    if (onSamples)
        QObject::connect(monitor, &StatsMonitor::samplesReceived, parent ? parent : monitor,
                         std::move(onSamples));
    return monitor;
}

void followRuntime(StatsMonitor *monitor, PodRuntime *runtime)
{
    if (auto *podman = qobject_cast<PodmanRuntime *>(runtime))
        monitor->setRuntime(podman);
}

gui::StatsView *createStatsPanel(StatsMonitor *monitor, QWidget *parent)
{
    auto *panel = new gui::StatsPanel(parent);
    panel->setMonitor(monitor);
    return panel;
}

void showSendRequest(const QUrl &url, QWidget *parent)
{
    auto *dialog = new gui::SendRequestDialog(url, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->send();
}

int runCommand(const QString &name, const QStringList &args, cli::CommandIo &io)
{
    static const std::pair<const char *, cli::CommandFunction> commands[] = {
        { "run", cli::runRun },   { "ps", cli::runPs }, { "logs", cli::runLogs },
        { "stop", cli::runStop }, { "rm", cli::runRm }, { "top", cli::runTop },
    };
    for (const auto &[commandName, run] : commands) {
        if (name == QLatin1String(commandName))
            return run(args, io);
    }
    io.err << "podwright: the run module has no command '" << name << "'\n";
    return 2;
}

} // namespace

const RunModuleApi &runModuleApi()
{
    static const RunModuleApi api = {
        RunModuleApi::Version, sizeof(RunModuleApi), createPodmanRuntime, createStatsMonitor,
        followRuntime,         createStatsPanel,     showSendRequest,     runCommand,
    };
    return api;
}

} // namespace podwright
