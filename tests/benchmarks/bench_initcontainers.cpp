// Time-to-Running of a pod with one init container: Podwright's own sequenced start (create
// with start=false, start the init container, watch for its exit, start the app) against
// `podman kube play` of the same YAML, side by side in one private Podman environment.
// Not a test: prints the figures for docs/benchmarks.md.
#include "podmantestenv.h"
#include "runtime/podmanruntime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace podwright;

static const char *const kPod = R"(apiVersion: v1
kind: Pod
metadata:
  name: bench
spec:
  initContainers:
  - name: prepare
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'echo ready > /work/state']
    volumeMounts: [{name: work, mountPath: /work}]
  containers:
  - name: app
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sleep, '600']
    volumeMounts: [{name: work, mountPath: /work}]
  volumes: [{name: work, emptyDir: {}}]
)";

static double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
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
    const QString yamlPath = env.dir() + QLatin1String("/bench.yaml");
    QFile file(yamlPath);
    file.open(QIODevice::WriteOnly);
    file.write(kPod);
    file.close();

    PodmanRuntime runtime(env.serviceOptions());
    runtime.connectToRuntime();
    if (!QTest::qWaitFor([&] { return runtime.availability() == PodRuntime::Availability::Ready; },
                         20000)) {
        std::fprintf(stderr, "no connection: %s\n", qPrintable(runtime.availabilityMessage()));
        return 1;
    }

    std::vector<double> podwright;
    std::vector<double> kubePlay;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        runtime.runPod(kPod);
        const bool running = QTest::qWaitFor(
            [&] {
                const auto pod = runtime.pod(QStringLiteral("bench"));
                return pod && pod->phase == QLatin1String("Running");
            },
            60000);
        podwright.push_back(timer.elapsed() / 1000.0);
        std::printf("podwright run %d: %.2f s%s\n", i + 1, podwright.back(),
                    running ? "" : " (not Running!)");
        QSignalSpy removed(&runtime, &PodRuntime::podRemoved);
        runtime.removePod(QStringLiteral("bench"));
        removed.wait(30000);

        // `podman kube play` returns once it has started the pod: that is its time-to-Running.
        timer.restart();
        QByteArray output;
        const int code
            = env.podman({ QStringLiteral("kube"), QStringLiteral("play"), yamlPath }, &output);
        kubePlay.push_back(timer.elapsed() / 1000.0);
        QByteArray state;
        env.podman({ QStringLiteral("ps"), QStringLiteral("--filter"),
                     QStringLiteral("name=bench-app"), QStringLiteral("--format"),
                     QStringLiteral("{{.State}}") },
                   &state);
        std::printf("podman kube play %d: %.2f s (exit %d, app %s)\n", i + 1, kubePlay.back(), code,
                    state.trimmed().constData());
        env.podman({ QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("--force"),
                     QStringLiteral("--time=0"), QStringLiteral("bench") });
    }
    QByteArray version;
    env.podman({ QStringLiteral("version"), QStringLiteral("--format"),
                 QStringLiteral("{{.Client.Version}}") },
               &version);
    std::printf(
        "\nPodman %s, %d repetitions, median time-to-Running of a pod with one init container:\n",
        version.trimmed().constData(), repetitions);
    std::printf("| method | median | min | max |\n|---|---|---|---|\n");
    std::printf(
        "| Podwright (play kube start=false + sequenced start) | %.2f s | %.2f s | %.2f s |\n",
        median(podwright), *std::min_element(podwright.begin(), podwright.end()),
        *std::max_element(podwright.begin(), podwright.end()));
    std::printf("| `podman kube play` | %.2f s | %.2f s | %.2f s |\n", median(kubePlay),
                *std::min_element(kubePlay.begin(), kubePlay.end()),
                *std::max_element(kubePlay.begin(), kubePlay.end()));
    std::printf("ratio: %.1fx faster\n", median(kubePlay) / median(podwright));
    return 0;
}
