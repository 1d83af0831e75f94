#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

/**
 * Plain structs that the runtime (Podman client) reports and that the canvas, the Pods panel,
 * the charts and the headless commands consume. Nothing here knows about Podman's JSON.
 */
namespace podwright {

/// One container's state, in Kubernetes' terms (ContainerStatus).
struct ContainerRuntimeState {
    enum class State { Unknown, Waiting, Running, Terminated };
    QString name;
    QString id;
    bool init = false; ///< an init container (sidecars included)
    bool sidecar = false; ///< an init container with restartPolicy: Always
    State state = State::Unknown;
    /// "ContainerCreating", "Completed", "Error", "OOMKilled", "CrashLoopBackOff"...; for a
    /// running container only "Terminating" (stop asked, the grace period running).
    QString reason;
    int exitCode = 0; ///< when Terminated
    int restartCount = 0;
    QDateTime startedAt;
    QDateTime finishedAt;

    /// Still running, but its pod is stopping (the grace period runs): kubectl's Terminating.
    bool isTerminating() const
    {
        return state == State::Running && reason == QLatin1String("Terminating");
    }
};

struct PublishedPort {
    QString container;
    int containerPort = 0;
    int hostPort = 0;
    QString protocol = QStringLiteral("TCP");
    QString hostIp;
};

/// A pod as the runtime sees it, with the phase Kubernetes would show in `kubectl get pods`.
struct PodRuntimeStatus {
    QString name;
    QString id;
    QString phase; ///< "Pending", "Init:N/M", "Running", "Succeeded", "Failed", "Terminating" (stop
                   ///< asked, a container still running), "Stopped", "Unknown"
    QString message; ///< why, when Failed
    bool startedByPodwright = false;
    QDateTime created;
    std::vector<ContainerRuntimeState> containers;
    std::vector<PublishedPort> ports;

    const ContainerRuntimeState *container(const QString &containerName) const
    {
        for (const auto &c : containers) {
            if (c.name == containerName)
                return &c;
        }
        return nullptr;
    }
};

/// A lifecycle event (pod created, container started/died/OOM...), as streamed by the runtime.
struct RuntimeEvent {
    QDateTime time;
    QString pod;
    QString container; ///< empty for pod events
    QString action; ///< "create", "start", "died", "oom", "stop", "remove", ...
    int exitCode = -1;
    QString message;
};

/// One resource-usage sample of one container.
struct StatsSample {
    QDateTime time;
    QString pod;
    QString container;
    double cpuMillicores = 0; ///< 1000 = one full core
    qint64 memoryBytes = 0;
    qint64 memoryLimitBytes = 0; ///< 0 = none
    qint64 pids = 0;
};

/// One line of a container's output.
struct LogLine {
    QString pod;
    QString container;
    bool stderrStream = false;
    QDateTime time; ///< set when timestamps were asked for
    QString text;
    /// Whether `time` came with a sub-second part: Podman 4.3 gives whole seconds, which are
    /// shown as such rather than with made-up milliseconds.
    bool subSecondTime = false;
};

/// What a log request asks for.
struct LogOptions {
    bool follow = false;
    bool timestamps = false;
    int tail = -1; ///< last N lines; -1 = all
};

/// An error from the runtime, said so that a learner knows which pod and container it concerns.
struct RuntimeError {
    QString pod;
    QString container;
    QString message; ///< one sentence
    QString detail; ///< Podman's full text
};

} // namespace podwright
