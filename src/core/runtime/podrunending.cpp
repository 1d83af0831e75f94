// PodRun, continued: how a run ends. Stops (asked here or elsewhere), the native sidecars
// after the app containers, and start failures explained.
#include "podmanclient.h"
#include "podrun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>

#include <algorithm>
#include <map>

namespace podwright {

void PodRun::onStartFailed(const QString &container, const QString &detail)
{
    // When a container fails to start, Podman stops the pod's infra container, and a sibling
    // whose start was on its way fails with "cannot get namespace path unless container ... is
    // running", which may be answered first. That is a consequence: wait for the starts still
    // on their way, and explain the one that failed on its own.
    const bool consequence = detail.contains(QLatin1String("cannot get namespace path"));
    if (consequence && anyStartInFlight()) {
        if (m_deferredStartFailure.first.isEmpty())
            m_deferredStartFailure = { container, detail };
        return;
    }
    explainStartFailure(container, detail);
}

QString PodRun::startFailureDetail(const PodmanResponse &response, qint64 requestedAtMs) const
{
    QString detail = response.errorMessage;
    // Podman 4.3 answers only "internal libpod error" and logs the cause.
    const QStringList logged
        = m_serviceLog && detail.contains(QLatin1String("internal libpod error"))
        ? m_serviceLog(QDateTime::fromMSecsSinceEpoch(requestedAtMs, Qt::UTC))
        : QStringList();
    if (!logged.isEmpty())
        detail += QLatin1String("; Podman's log: ") + logged.join(QLatin1String("; "));
    return detail;
}

bool PodRun::anyStartInFlight() const
{
    return std::any_of(m_tracks.begin(), m_tracks.end(), [](const Track &t) { return t.starting; });
}

void PodRun::explainDeferredStartFailure()
{
    if (m_deferredStartFailure.first.isEmpty() || anyStartInFlight())
        return;
    const auto [container, detail] = std::exchange(m_deferredStartFailure, {});
    explainStartFailure(container, detail); // nothing else failed: it is the cause after all
}

void PodRun::explainStartFailure(const QString &container, const QString &detail)
{
    if (m_failed || m_startFailed)
        return; // e.g. "no such container" for a sibling as the failed pod is being removed
    m_startFailed = true;
    auto report = [this, container, detail](const PublishedPort *busy, const QString &holder) {
        const QString culprit = busy ? busy->container : container;
        if (container.isEmpty()) {
            // The infra container failed: no container was created or started, apart from the
            // one whose host port is taken.
            for (ContainerRuntimeState &s : m_status.containers) {
                if (s.state == ContainerRuntimeState::State::Waiting)
                    s.reason = s.name == culprit ? QStringLiteral("RunContainerError") : QString();
            }
        }
        const QString byWhom = holder.isEmpty()
            ? QStringLiteral("another program")
            : QStringLiteral("pod %1 (on Podman; stop it, or change one of the host ports)")
                  .arg(holder);
        const QString message = busy
            ? QStringLiteral("Host port %1 of container %2 (pod %3) is already in use by %4")
                  .arg(busy->hostPort)
                  .arg(busy->container, m_plan.podName, byWhom)
            : !container.isEmpty()
            ? QStringLiteral("Container %1 of pod %2 could not start")
                  .arg(container, m_plan.podName)
            : QStringLiteral("Pod %1 could not start its infra container, which holds the pod's "
                             "network and ports")
                  .arg(m_plan.podName);
        auto emitAndFail = [this, culprit, message, detail] {
            Q_EMIT errorOccurred({ m_plan.podName, culprit, message, detail });
            fail(message + QLatin1String(": ") + detail);
        };
        // Nothing of the pod ever ran: Podman keeps it as "Created", which a listing shows as
        // Pending; remove it (before Failed, on which `podwright run` exits). Once something
        // ran, its logs are worth keeping.
        bool anyRan = false;
        for (const ContainerRuntimeState &c : m_status.containers)
            anyRan |= c.state != ContainerRuntimeState::State::Waiting || c.restartCount > 0;
        if (anyRan || !m_client)
            return emitAndFail();
        m_client->removePod(m_plan.podName, true,
                            guarded([this, emitAndFail](const PodmanResponse &) {
                                m_status.id.clear(); // no longer on Podman
                                emitAndFail();
                            }));
    };
    // Podman 4.3 answers only "internal libpod error" when a host port is taken (the real cause
    // goes to the service's log), so find out which port it was. Any other answer says what
    // went wrong itself (a command not found...). The pod's infra container holds its ports:
    // while it runs (or is being started for a sibling container), a busy port is the pod's
    // own.
    // A port held by another pod on Podman is held by that pod's infra container: name the pod.
    // The infra container's own failure (PodRun::startInfra) is where a taken port shows first.
    if (!m_client
        || (!container.isEmpty() && !detail.contains(QLatin1String("internal libpod error"))))
        return report(nullptr, {});
    m_client->listContainers(
        {}, guarded([this, report](const PodmanResponse &response) {
            bool infraRunning = false;
            std::map<int, QString> heldByPods; // host port -> pod
            for (const QJsonValue &value : response.json.array()) {
                const QJsonObject c = value.toObject();
                if (!c.value(QLatin1String("IsInfra")).toBool()
                    || c.value(QLatin1String("State")).toString() != QLatin1String("running"))
                    continue;
                const QString pod = c.value(QLatin1String("PodName")).toString();
                if (pod == m_plan.podName) {
                    infraRunning = true;
                    continue;
                }
                for (const QJsonValue &port : c.value(QLatin1String("Ports")).toArray())
                    heldByPods[port.toObject().value(QLatin1String("host_port")).toInt()] = pod;
            }
            const PublishedPort *busy = infraRunning ? nullptr : busyHostPort();
            const auto holder = busy ? heldByPods.find(busy->hostPort) : heldByPods.end();
            report(busy, holder == heldByPods.end() ? QString() : holder->second);
        }));
}

const PublishedPort *PodRun::busyHostPort() const
{
    // m_status.ports: what Podman publishes (read at begin()), not only the hostPorts asked for.
    for (const PublishedPort &port : m_status.ports) {
        if (port.protocol.compare(QLatin1String("TCP"), Qt::CaseInsensitive) != 0)
            continue;
        QTcpServer probe;
        const QHostAddress address
            = port.hostIp.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(port.hostIp);
        if (!probe.listen(address, quint16(port.hostPort))
            && probe.serverError() == QAbstractSocket::AddressInUseError)
            return &port;
    }
    return nullptr;
}

void PodRun::onStopRequested()
{
    if (m_stopping || !m_begun)
        return;
    m_stopping = true;
    m_stoppedElsewhere = true;
    m_stopClock.start();
    for (Track &track : m_tracks)
        track.backoff.reset();
    // Podman 4.3 sends the pod's "stop" before its containers' "died": keep relisting until
    // every container has exited.
    updateRelist();
    finishExternalStop();
}

void PodRun::finishExternalStop()
{
    if (!m_stoppedElsewhere || m_stopped)
        return;
    for (const ContainerRuntimeState &s : m_status.containers) {
        if (s.state == ContainerRuntimeState::State::Running)
            return publish();
    }
    m_stopped = true;
    m_relist.stop();
    publish();
    Q_EMIT stopped(m_stopClock.elapsed());
}

bool PodRun::appContainersDone() const
{
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].init)
            continue;
        if (m_status.containers[i].state != ContainerRuntimeState::State::Terminated
            || (m_tracks[i].backoff && m_tracks[i].backoff->isActive()))
            return false;
    }
    return true;
}

bool PodRun::anySidecarRunning() const
{
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].sidecar
            && m_status.containers[i].state == ContainerRuntimeState::State::Running)
            return true;
    }
    return false;
}

void PodRun::endSidecars()
{
    // As the kubelet does once every regular container has terminated (or the pod failed):
    // the native sidecars get their stop signal and grace period; the pod is Succeeded or
    // Failed only once they have exited.
    m_endingSidecars = true;
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        Track &track = m_tracks[i];
        if (!track.sidecar)
            continue;
        track.backoff.reset();
        if (m_status.containers[i].state != ContainerRuntimeState::State::Running || !m_client)
            continue;
        m_client->stopContainer(m_plan.podmanName(track.name), m_plan.terminationGracePeriodSeconds,
                                guarded([this](const PodmanResponse &response) {
                                    // A sidecar that cannot be stopped must not hold back the pod's
                                    // Failed for good.
                                    if (!response.ok && response.status != 304
                                        && !m_pendingFailure.isEmpty())
                                        fail(std::exchange(m_pendingFailure, {}));
                                    relist(); // collect the exit code now
                                }));
    }
}

void PodRun::stop(int graceSeconds)
{
    m_stopping = true;
    for (Track &track : m_tracks)
        track.backoff.reset();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    if (!m_client)
        return;
    m_client->stopPod(
        m_plan.podName, graceSeconds, guarded([this, timer](const PodmanResponse &response) {
            if (!response.ok)
                Q_EMIT errorOccurred(
                    { m_plan.podName,
                      {},
                      QStringLiteral("Pod %1 could not be stopped").arg(m_plan.podName),
                      response.errorMessage });
            const qint64 elapsed = timer->elapsed();
            m_stopped = true;
            // The stop answer comes once every container has exited; collect their exit codes.
            m_client->listContainers(
                m_plan.podName, guarded([this, elapsed](const PodmanResponse &list) {
                    for (const QJsonValue &value : list.json.array()) {
                        const QJsonObject container = value.toObject();
                        const QString name
                            = container.value(QLatin1String("Names")).toArray().first().toString();
                        const int index = indexOf(name.mid(m_plan.podName.size() + 1));
                        const QString podmanState
                            = container.value(QLatin1String("State")).toString();
                        if (index < 0 || state(index).state != ContainerRuntimeState::State::Running
                            || (podmanState != QLatin1String("exited")
                                && podmanState != QLatin1String("stopped")))
                            continue; // what still runs is not reported as exited
                        ContainerRuntimeState &s = state(index);
                        s.state = ContainerRuntimeState::State::Terminated;
                        s.exitCode = container.value(QLatin1String("ExitCode")).toInt();
                        s.reason = s.exitCode == 0 ? QStringLiteral("Completed")
                                                   : QStringLiteral("Error");
                        s.finishedAt = QDateTime::currentDateTimeUtc();
                    }
                    m_relist.stop();
                    publish();
                    Q_EMIT stopped(elapsed);
                }));
        }));
    publish();
}

void PodRun::abandon()
{
    m_stopping = true;
    m_stopped = true;
    m_relist.stop();
    for (Track &track : m_tracks)
        track.backoff.reset();
}

void PodRun::fail(const QString &message)
{
    m_failed = true;
    if (m_status.message.isEmpty())
        m_status.message = message;
    publish();
}

} // namespace podwright
