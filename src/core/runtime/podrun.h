#pragma once

#include "podmanclient.h"
#include "runplan.h"
#include "runtimetypes.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace podwright {

/**
 * One pod this process runs: Podwright sequences its start itself instead of letting
 * `podman kube play` do it, because Podman 4.3 stalls ~20 s after each init container and
 * never gets past a native sidecar (see docs and PODMAN.md).
 *
 * Like the kubelet it starts init containers one by one, waits for each one's exit, restarts
 * what the restartPolicy says with a back-off, then starts the app containers; and it derives
 * the Kubernetes phase and container states from what it did and what Podman reported.
 */
class PodRun : public QObject
{
    Q_OBJECT
public:
    PodRun(const RunPlan &plan, PodmanClient *client, QObject *parent = nullptr);

    const RunPlan &plan() const { return m_plan; }
    const PodRuntimeStatus &status() const { return m_status; }
    QString podId() const { return m_status.id; }
    bool isStopping() const { return m_stopping; }

    void setClient(PodmanClient *client);
    /// Where to read what the Podman service logged (errors since a time), when it is at hand.
    void setServiceLog(std::function<QStringList(const QDateTime &)> log)
    {
        m_serviceLog = std::move(log);
    }
    /// The pod exists in Podman (created with start=false): start the sequence.
    void begin(const QString &podId);
    /// The creation failed: the pod is Failed with Podman's message, and `container` (when
    /// known) waits with `reason` ("ErrImagePull", "CreateContainerError"), as kubectl shows.
    void failCreation(const QString &message, const QString &container = {},
                      const QString &reason = {});
    /// A container event from the stream (action "start", "died", "oom"...), already matched to
    /// this pod.
    void onContainerEvent(const QString &container, const QString &action, int exitCode,
                          qint64 timeMs);
    /// Asks Podman for every container's state again (after a reconnect).
    void resync();
    /// SIGTERM to every container, SIGKILL after `graceSeconds`; stopped() when all have exited.
    void stop(int graceSeconds);
    /// Someone else stopped the pod or one of its containers (Podman's "stop" event, e.g.
    /// `podwright stop` from another terminal): a stop on request, not a crash, so nothing is
    /// restarted and stopped() follows once every container has exited.
    void onStopRequested();
    /// No more restarts or starts: the pod is about to be removed.
    void abandon();

Q_SIGNALS:
    void changed(const podwright::PodRuntimeStatus &status);
    void errorOccurred(const podwright::RuntimeError &error);
    void stopped(qint64 elapsedMs);

private:
    struct Track {
        QString name;
        bool init = false;
        bool sidecar = false;
        bool started = false; ///< a start was requested at least once
        bool starting = false; ///< the start request is in flight
        qint64 startRequestedAt = 0;
        std::unique_ptr<QTimer> backoff;
    };

    ContainerRuntimeState &state(int index) { return m_status.containers[size_t(index)]; }
    /// A handler for a Podman call that runs `f` only while this run still exists:
    /// PodmanRuntime deletes a run that is replaced or removed while Podman's answers to it
    /// are still on their way (a relist's answer once crashed into a removed run).
    PodmanHandler guarded(std::function<void(const PodmanResponse &)> f);
    int indexOf(const QString &container) const;
    void advance();
    /// Starts the pod's infra container before any other (see the .cpp), then advance().
    void startInfra(const QString &infraId);
    void startContainer(int index);
    /// Podman's answer to a failed start, with what its service logged when the answer is
    /// only "internal libpod error".
    QString startFailureDetail(const PodmanResponse &response, qint64 requestedAtMs) const;
    /// A start failed: explain it, or wait for the starts on their way when it is a
    /// consequence of another container's failure (explainDeferredStartFailure()).
    void onStartFailed(const QString &container, const QString &detail);
    void explainDeferredStartFailure();
    bool anyStartInFlight() const;
    /// A start failed: report it (naming a host port another program holds) and fail the pod.
    /// An empty `container`: the pod's infra container, which holds its network and ports.
    void explainStartFailure(const QString &container, const QString &detail);
    void onExited(int index, int exitCode, qint64 reportedAtMs, bool oom = false);
    void scheduleRestart(int index);
    /// Every regular container has terminated for good (no restart pending).
    bool appContainersDone() const;
    /// Stops the running native sidecars (grace period applies) and restarts none.
    void endSidecars();
    bool anySidecarRunning() const;
    void relist();
    void updatePorts(const QJsonArray &ports);
    void updateRelist();
    void fail(const QString &message);
    const PublishedPort *busyHostPort() const;
    void publish();
    void finishExternalStop();
    QString computePhase() const;

    RunPlan m_plan;
    QPointer<PodmanClient> m_client;
    PodRuntimeStatus m_status;
    std::vector<Track> m_tracks; ///< same order as m_status.containers: init containers first
    bool m_begun = false;
    bool m_failed = false;
    bool m_stopping = false;
    bool m_stopped = false;
    bool m_stoppedElsewhere = false;
    bool m_endingSidecars = false;
    /// A container's start failed and the run is failing because of it: what fails to start
    /// from here on (siblings whose start was in flight while the pod is removed) is a
    /// consequence, not the cause to report.
    bool m_startFailed = false;
    /// A start failure that may be another's consequence: container and detail (onStartFailed).
    std::pair<QString, QString> m_deferredStartFailure;
    QString m_pendingFailure; ///< why the pod fails once its sidecars have exited
    QElapsedTimer m_stopClock;
    bool m_relistInFlight = false;
    QTimer m_relist;
    std::function<QStringList(const QDateTime &)> m_serviceLog;
};

} // namespace podwright
