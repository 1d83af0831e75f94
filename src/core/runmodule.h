#pragma once

#include <QMetaObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <vector>

class QObject;

class QUrl;
class QWidget;

namespace podwright {

class PodRuntime;
class StatsMonitor;
struct StatsSample;

namespace cli {
struct CommandIo;
}
namespace gui {
class StatsView;
}

/**
 * What the run module (podwright-run.so) offers: everything that needs Qt Network or Qt Charts.
 * The executable never links those libraries (loading them costs start-up time, docs/
 * benchmarks.md), so it reaches this code only through these functions. The module uses the
 * executable's own core and GUI classes (it links against the executable), so objects cross
 * freely. Bump Version whenever a member changes.
 */
struct RunModuleApi {
    static constexpr int Version = 1;
    using SamplesCallback = std::function<void(const std::vector<StatsSample> &samples)>;

    int version;
    std::size_t size; ///< sizeof(RunModuleApi) as the module was built
    /// A runtime on Podman (socket discovery, private service when needed).
    PodRuntime *(*createPodmanRuntime)(QObject *parent);
    /// A stats monitor; `onSamples` is called (in `parent`'s context) with every tick.
    StatsMonitor *(*createStatsMonitor)(QObject *parent, SamplesCallback onSamples);
    /// The monitor follows `runtime` when it is a Podman one (its socket, pods and events).
    void (*followRuntime)(StatsMonitor *monitor, PodRuntime *runtime);
    /// The Stats dock's panel (charts) on `monitor`.
    gui::StatsView *(*createStatsPanel)(StatsMonitor *monitor, QWidget *parent);
    /// Opens the "Send request" dialog on `url` and sends the request.
    void (*showSendRequest)(const QUrl &url, QWidget *parent);
    /// Runs a headless runtime command (run, ps, logs, stop, rm, top); returns the exit code.
    int (*runCommand)(const QString &name, const QStringList &args, cli::CommandIo &io);
};

/**
 * Finds the run module when first needed and hands out its functions. Looks in
 * $PODWRIGHT_MODULE_DIR when set (only there), else beside the executable (build tree), then in
 * the installed location (<libdir>/podwright).
 */
class RunModule
{
public:
    /// The module's functions, loading it on the first call; null (with `*error` saying which
    /// file failed and why) when it cannot be loaded.
    static const RunModuleApi *api(QString *error = nullptr);
    /// Uses `api` instead of loading anything: tests and tools that link the module's code
    /// statically (podwright_run) call this with runModuleApi().
    static void useStatic(const RunModuleApi *api);
    static QString fileName(); ///< "podwright-run.so"
    /// Where the module is looked for, in order.
    static QStringList searchDirectories();
};

/// The module's table; defined by the module's code (src/gui/runmoduleapi.cpp).
const RunModuleApi &runModuleApi();

} // namespace podwright
