// Start-up benchmark (not a test): time from process start to the first painted main window,
// and peak memory, for podwright and for a bare Qt Widgets window, run alternately many times.
//
//   bench_startup <podwright> <bench_barewindow> [runs] [manifest podwright opens]
//
// Run it under a display (docs/benchmarks.md uses `xvfb-run -a`). Each child prints its
// CLOCK_MONOTONIC time and its CPU time at first paint (FirstPaintReporter,
// PODWRIGHT_REPORT_FIRST_PAINT=exit) and exits; the time before fork() is the start. Peak memory
// is the child's ru_maxrss. Runs are 200 ms apart (BENCH_SETTLE_MS) so that each one meets an idle
// display server, as a double-click does: back to back, the X server was still tearing down the
// previous client while the next one connected, which added up to 10 ms to whichever program ran
// second, and the bare window always followed podwright.
#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

long long monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

struct Stage {
    std::string name;
    double milliseconds; ///< since fork()
    double cpuMilliseconds;
};

struct Sample {
    double milliseconds = -1;
    double cpuMilliseconds = -1;
    long peakKiB = 0;
    std::vector<Stage> stages; ///< FirstPaintReporter::markStage() lines, in order
};

Sample runOnce(const std::string &program, const std::string &argument)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    const long long start = monotonicNs();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[1], STDERR_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        if (argument.empty())
            execl(program.c_str(), program.c_str(), static_cast<char *>(nullptr));
        else
            execl(program.c_str(), program.c_str(), argument.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    close(pipeFds[1]);
    std::string output;
    char buffer[4096];
    ssize_t n;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        output.append(buffer, static_cast<std::size_t>(n));
    close(pipeFds[0]);
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    Sample sample;
    sample.peakKiB = usage.ru_maxrss;
    const std::string key = "first-paint-monotonic-ns ";
    if (const auto at = output.find(key); at != std::string::npos)
        sample.milliseconds = (std::stoll(output.substr(at + key.size())) - start) / 1e6;
    else
        std::fprintf(stderr, "%s printed no first paint:\n%s\n", program.c_str(), output.c_str());
    const std::string cpuKey = "first-paint-cpu-ns ";
    if (const auto at = output.find(cpuKey); at != std::string::npos)
        sample.cpuMilliseconds = std::stoll(output.substr(at + cpuKey.size())) / 1e6;
    const std::string stageKey = "startup-stage ";
    for (auto at = output.find(stageKey); at != std::string::npos;
         at = output.find(stageKey, at + 1)) {
        char name[64];
        long long wall = 0;
        long long cpu = 0;
        if (std::sscanf(output.c_str() + at + stageKey.size(), "%63s %lld %lld", name, &wall, &cpu)
            == 3)
            sample.stages.push_back({ name, (wall - start) / 1e6, cpu / 1e6 });
    }
    return sample;
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? T() : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s <podwright> <bench_barewindow> [runs] [manifest]\n",
                     argv[0]);
        return 2;
    }
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 21;
    const char *settle = std::getenv("BENCH_SETTLE_MS");
    const useconds_t settleMicroseconds = 1000 * (settle ? std::atoi(settle) : 200);
    // A fresh profile: no remembered layout, recent files or autosaves to recover.
    QTemporaryDir profile;
    setenv("XDG_CONFIG_HOME", qPrintable(profile.filePath(QStringLiteral("config"))), 1);
    setenv("XDG_DATA_HOME", qPrintable(profile.filePath(QStringLiteral("data"))), 1);
    setenv("PODWRIGHT_REPORT_FIRST_PAINT", "exit", 1);

    const std::string programs[2] = { argv[1], argv[2] };
    // Only podwright opens the manifest: the bare window has no document to show.
    const std::string arguments[2] = { argc > 4 ? argv[4] : "", "" };
    std::vector<double> times[2];
    std::vector<double> cpuTimes[2];
    std::vector<long> memory[2];
    std::vector<std::vector<Stage>> stages[2];
    runOnce(programs[0], arguments[0]); // warm the page cache for both before measuring
    runOnce(programs[1], arguments[1]);
    for (int i = 0; i < runs; ++i) {
        for (int p = 0; p < 2; ++p) { // alternate, so drift hits both alike
            // Let the display server finish with the previous client (its windows, shared
            // memory, disconnect) first: otherwise each run pays for the one before it, and the
            // bare window, which always follows podwright, pays more.
            usleep(settleMicroseconds);
            const Sample s = runOnce(programs[p], arguments[p]);
            if (s.milliseconds < 0)
                return 1;
            times[p].push_back(s.milliseconds);
            cpuTimes[p].push_back(s.cpuMilliseconds);
            memory[p].push_back(s.peakKiB);
            stages[p].push_back(s.stages);
        }
    }
    const double t[2] = { median(times[0]), median(times[1]) };
    const double c[2] = { median(cpuTimes[0]), median(cpuTimes[1]) };
    const long m[2] = { median(memory[0]), median(memory[1]) };
    std::printf("runs: %d each, alternating; medians%s%s\n", runs,
                arguments[0].empty() ? "" : "; podwright opens ", arguments[0].c_str());
    std::printf("| | first paint (ms) | CPU to first paint (ms) | peak RSS (MiB) |\n"
                "|---|---:|---:|---:|\n");
    std::printf("| podwright | %.1f | %.1f | %.1f |\n", t[0], c[0], m[0] / 1024.0);
    std::printf("| bare Qt window | %.1f | %.1f | %.1f |\n", t[1], c[1], m[1] / 1024.0);
    std::printf("| ratio | %.2f× | %.2f× | %.2f× |\n", t[0] / t[1], c[0] / c[1],
                static_cast<double>(m[0]) / m[1]);
    std::printf("min/max podwright %.1f/%.1f ms, bare %.1f/%.1f ms\n",
                *std::min_element(times[0].begin(), times[0].end()),
                *std::max_element(times[0].begin(), times[0].end()),
                *std::min_element(times[1].begin(), times[1].end()),
                *std::max_element(times[1].begin(), times[1].end()));
    // Where the time goes: each stage's median wall time since fork() and CPU time.
    const char *names[2] = { "podwright", "bare Qt window" };
    for (int p = 0; p < 2; ++p) {
        if (stages[p].empty() || stages[p].front().empty())
            continue;
        std::printf("\n%s, stages (median ms since fork / CPU ms):\n", names[p]);
        for (std::size_t k = 0; k < stages[p].front().size(); ++k) {
            std::vector<double> wall;
            std::vector<double> cpu;
            for (const std::vector<Stage> &run : stages[p]) {
                if (k < run.size()) {
                    wall.push_back(run[k].milliseconds);
                    cpu.push_back(run[k].cpuMilliseconds);
                }
            }
            std::printf("  %-18s %7.1f %7.1f\n", stages[p].front()[k].name.c_str(), median(wall),
                        median(cpu));
        }
        std::printf("  %-18s %7.1f %7.1f\n", "first-paint", t[p], c[p]);
    }
    return 0;
}
