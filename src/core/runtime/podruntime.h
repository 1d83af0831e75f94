#pragma once

#include "runtimetypes.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace podwright {

/**
 * Runs pods and reports their life: the interface between the runtime backend (Podman) and
 * its users (the window's panels, the headless commands). Every slot returns at once; the
 * work happens on the event loop and its outcome comes back through the signals as plain
 * structs. The GUI tests drive a fake implementation; the Podman one is tested against a real
 * Podman.
 */
class PodRuntime : public QObject
{
    Q_OBJECT
public:
    enum class Availability {
        Unknown, ///< connect() not called yet
        Connecting, ///< looking for or starting the service, or reconnecting after a loss
        Ready,
        NotInstalled, ///< the runtime's program is missing: see availabilityMessage()
        Unavailable, ///< installed but no service could be reached or started
    };
    Q_ENUM(Availability)

    using QObject::QObject;

    virtual Availability availability() const = 0;
    /// What to tell the learner, e.g. "Podman is not installed. Install it with: sudo apt install
    /// podman".
    virtual QString availabilityMessage() const = 0;
    /// Pods seen, those this runtime started and the others listed by refresh().
    virtual std::vector<PodRuntimeStatus> pods() const = 0;
    virtual std::optional<PodRuntimeStatus> pod(const QString &name) const = 0;

public Q_SLOTS:
    /// Finds (or starts) the service; availabilityChanged() tells the outcome.
    virtual void connectToRuntime() = 0;
    /// Creates the pod from its YAML and starts it, init containers first. An existing pod of
    /// the same name is removed first (Re-run). Waits for the connection if needed.
    virtual void runPod(const QByteArray &yaml) = 0;
    /// SIGTERM, then SIGKILL after `graceSeconds` (< 0: the pod's terminationGracePeriodSeconds).
    virtual void stopPod(const QString &name, int graceSeconds = -1) = 0;
    /// Stops (immediately) and removes the pod and its containers.
    virtual void removePod(const QString &name) = 0;
    /// Lists the pods the runtime holds (including ones this process did not start).
    virtual void refresh() = 0;
    /// Streams a container's output through logLine(); returns a request id.
    virtual int requestLogs(const QString &pod, const QString &container, const LogOptions &options)
        = 0;
    virtual void cancelLogs(int requestId) = 0;

Q_SIGNALS:
    void availabilityChanged(podwright::PodRuntime::Availability availability,
                             const QString &message);
    /// Any change of a pod's phase or of one of its containers.
    void podChanged(const podwright::PodRuntimeStatus &status);
    void podRemoved(const QString &name);
    /// A stop finished: every container has exited; `elapsedMs` from the request.
    void podStopped(const QString &name, qint64 elapsedMs);
    void refreshed();
    void eventReceived(const podwright::RuntimeEvent &event);
    void errorOccurred(const podwright::RuntimeError &error);
    void logLine(int requestId, const podwright::LogLine &line);
    /// The log stream ended (container gone, not following, cancelled); `error` empty if fine.
    void logsFinished(int requestId, const QString &error);
};

} // namespace podwright
