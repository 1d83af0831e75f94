// Start-up benchmark (not a test): time from process start to the first painted main window,
// and peak memory, for podwright and for a bare Qt Widgets window, run alternately many times.
//
//   bench_startup <podwright> <bench_barewindow> [runs]
//
// Run it under a display (docs/benchmarks.md uses `xvfb-run -a`). Each child prints its
// CLOCK_MONOTONIC time at first paint (FirstPaintReporter, PODWRIGHT_REPORT_FIRST_PAINT=exit)
// and exits; the time before fork() is the start. Peak memory is the child's ru_maxrss.
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

struct Sample {
    double milliseconds = -1;
    long peakKiB = 0;
};

Sample runOnce(const std::string &program)
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
        execl(program.c_str(), program.c_str(), static_cast<char *>(nullptr));
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
        std::fprintf(stderr, "usage: %s <podwright> <bench_barewindow> [runs]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 21;
    // A fresh profile: no remembered layout, recent files or autosaves to recover.
    QTemporaryDir profile;
    setenv("XDG_CONFIG_HOME", qPrintable(profile.filePath(QStringLiteral("config"))), 1);
    setenv("XDG_DATA_HOME", qPrintable(profile.filePath(QStringLiteral("data"))), 1);
    setenv("PODWRIGHT_REPORT_FIRST_PAINT", "exit", 1);

    const std::string programs[2] = { argv[1], argv[2] };
    std::vector<double> times[2];
    std::vector<long> memory[2];
    runOnce(programs[0]); // warm the page cache for both before measuring
    runOnce(programs[1]);
    for (int i = 0; i < runs; ++i) {
        for (int p = 0; p < 2; ++p) { // alternate, so drift hits both alike
            const Sample s = runOnce(programs[p]);
            if (s.milliseconds < 0)
                return 1;
            times[p].push_back(s.milliseconds);
            memory[p].push_back(s.peakKiB);
        }
    }
    const double t[2] = { median(times[0]), median(times[1]) };
    const long m[2] = { median(memory[0]), median(memory[1]) };
    std::printf("runs: %d each, alternating; medians\n", runs);
    std::printf("| | first paint (ms) | peak RSS (MiB) |\n|---|---:|---:|\n");
    std::printf("| podwright | %.1f | %.1f |\n", t[0], m[0] / 1024.0);
    std::printf("| bare Qt window | %.1f | %.1f |\n", t[1], m[1] / 1024.0);
    std::printf("| ratio | %.2f× | %.2f× |\n", t[0] / t[1], static_cast<double>(m[0]) / m[1]);
    std::printf("min/max podwright %.1f/%.1f ms, bare %.1f/%.1f ms\n",
                *std::min_element(times[0].begin(), times[0].end()),
                *std::max_element(times[0].begin(), times[0].end()),
                *std::min_element(times[1].begin(), times[1].end()),
                *std::max_element(times[1].begin(), times[1].end()));
    return 0;
}
