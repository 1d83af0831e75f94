#include "podrun.h"

#include "podmanclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace podwright {

namespace {
// The kubelet backs off 10 s doubling to 5 min; a learner watching a crash loop on their own
// machine is better served by 1 s doubling to 10 s.
constexpr int kBackoffStartMs = 1000;
constexpr int kBackoffMaxMs = 10000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

PodRun::PodRun(const RunPlan &plan, PodmanClient *client, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_client(client)
{
    m_status.name = plan.podName;
    m_status.phase = QStringLiteral("Pending");
    m_status.startedByPodwright = true;
    m_status.created = QDateTime::currentDateTimeUtc();
    m_status.ports = plan.ports;
    for (const auto *list : { &plan.initContainers, &plan.containers }) {
        for (const RunPlan::Step &step : *list) {
            ContainerRuntimeState state;
            state.name = step.name;
            state.init = step.init;
            state.sidecar = step.sidecar;
            state.state = ContainerRuntimeState::State::Waiting;
            state.reason = QStringLiteral("ContainerCreating");
            m_status.containers.push_back(state);
            Track track;
            track.name = step.name;
            track.init = step.init;
            track.sidecar = step.sidecar;
            m_tracks.push_back(std::move(track));
        }
    }
    connect(&m_relist, &QTimer::timeout, this, &PodRun::relist);
}

void PodRun::setClient(PodmanClient *client)
{
    // Requests in flight on the old connection will never answer.
    m_client = client;
    m_relistInFlight = false;
    for (Track &track : m_tracks)
        track.starting = false;
}

int PodRun::indexOf(const QString &container) const
{
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].name == container)
            return int(i);
    }
    return -1;
}

void PodRun::begin(const QString &podId)
{
    m_status.id = podId;
    m_begun = true;
    if (!m_plan.initContainers.empty()) {
        for (auto &c : m_status.containers) {
            if (!c.init)
                c.reason = QStringLiteral("PodInitializing");
        }
    }
    if (!m_client)
        return advance();
    // Podman decides what the pod publishes (4.3 also publishes a containerPort without a
    // hostPort): read it from the infra container before the first start, so that the ports
    // are known once the pod is Running (`podwright run` prints them and exits) and a port
    // taken by another program can be named.
    m_client->listContainers(m_plan.podName, guarded([this](const PodmanResponse &response) {
                                 QString infra;
                                 for (const QJsonValue &value : response.json.array()) {
                                     const QJsonObject container = value.toObject();
                                     if (!container.value(QLatin1String("IsInfra")).toBool())
                                         continue;
                                     updatePorts(container.value(QLatin1String("Ports")).toArray());
                                     infra = container.value(QLatin1String("Id")).toString();
                                 }
                                 startInfra(infra);
                             }));
}

void PodRun::startInfra(const QString &infraId)
{
    // Podman 4.3 *restarts* a dependency that is not running when it starts a container
    // (startDependencies with restart=true). Two containers of a fresh pod started at once could
    // both find the infra container not running: the second then stopped it under the first,
    // whose start failed with "cannot get namespace path unless container ... is running". So,
    // as the kubelet creates a pod's sandbox before its containers, start the infra container
    // first: the containers then find it running and leave it alone.
    if (infraId.isEmpty() || !m_client)
        return advance();
    const qint64 requestedAt = nowMs();
    m_client->startContainer(infraId, guarded([this, requestedAt](const PodmanResponse &response) {
                                 if (!response.ok)
                                     return explainStartFailure(
                                         {}, startFailureDetail(response, requestedAt));
                                 advance();
                             }));
}

void PodRun::failCreation(const QString &message, const QString &container, const QString &reason)
{
    for (ContainerRuntimeState &s : m_status.containers) {
        if (s.name == container)
            s.reason = reason;
        else if (s.state == ContainerRuntimeState::State::Waiting)
            s.reason.clear(); // nothing is being created any more
    }
    fail(message);
}

void PodRun::advance()
{
    if (m_failed || m_stopping || !m_client)
        return;
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        Track &track = m_tracks[i];
        const ContainerRuntimeState &s = state(int(i));
        if (!track.init) {
            if (!track.started)
                startContainer(int(i));
            continue;
        }
        if (track.sidecar) {
            // A native sidecar only has to be started before the next init container runs.
            if (!track.started)
                startContainer(int(i));
            if (s.state != ContainerRuntimeState::State::Running && s.restartCount == 0)
                break;
            continue;
        }
        const bool completed
            = s.state == ContainerRuntimeState::State::Terminated && s.exitCode == 0;
        if (completed)
            continue;
        if (!track.started)
            startContainer(int(i));
        break; // init containers run one at a time, in order
    }
    publish();
}

void PodRun::startContainer(int index)
{
    Track &track = m_tracks[size_t(index)];
    track.started = true;
    track.starting = true;
    track.startRequestedAt = nowMs();
    state(index).state = ContainerRuntimeState::State::Waiting;
    state(index).reason = QStringLiteral("ContainerCreating");
    const QString container = track.name;
    m_client->startContainer(
        m_plan.podmanName(container),
        guarded([this, index, container](const PodmanResponse &response) {
            Track &t = m_tracks[size_t(index)];
            t.starting = false;
            ContainerRuntimeState &s = state(index);
            if (!response.ok) {
                s.state = ContainerRuntimeState::State::Waiting;
                s.reason = QStringLiteral("RunContainerError");
                onStartFailed(container, startFailureDetail(response, t.startRequestedAt));
                return explainDeferredStartFailure();
            }
            s.state = ContainerRuntimeState::State::Running;
            s.reason.clear();
            s.startedAt = QDateTime::fromMSecsSinceEpoch(t.startRequestedAt, Qt::UTC);
            updateRelist();
            advance();
            explainDeferredStartFailure();
        }));
}

void PodRun::onContainerEvent(const QString &container, const QString &action, int exitCode,
                              qint64 timeMs)
{
    const int index = indexOf(container);
    if (index < 0)
        return;
    if (action == QLatin1String("died"))
        onExited(index, exitCode, timeMs);
    else if (action == QLatin1String("oom"))
        state(index).reason = QStringLiteral("OOMKilled");
    else if (action == QLatin1String("stop") && !m_endingSidecars)
        onStopRequested(); // not the stops Podwright sends to end the sidecars
}

void PodRun::onExited(int index, int exitCode, qint64 reportedAtMs, bool oom)
{
    Track &track = m_tracks[size_t(index)];
    ContainerRuntimeState &s = state(index);
    // Ignore reports from before the current start (a relist answered late, an old event).
    if (!track.started || track.starting || reportedAtMs < track.startRequestedAt
        || s.state == ContainerRuntimeState::State::Terminated
        || s.state == ContainerRuntimeState::State::Waiting)
        return;
    s.state = ContainerRuntimeState::State::Terminated;
    s.exitCode = exitCode;
    if (oom || s.reason == QLatin1String("OOMKilled"))
        s.reason = QStringLiteral("OOMKilled");
    else
        s.reason = exitCode == 0 ? QStringLiteral("Completed") : QStringLiteral("Error");
    s.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_stoppedElsewhere)
        return finishExternalStop();
    if (m_stopping || m_failed) {
        publish();
        return;
    }
    const QString &policy = m_plan.restartPolicy;
    if (track.sidecar) {
        if (!m_endingSidecars)
            scheduleRestart(index); // a sidecar runs for the whole life of the pod
        else if (!m_pendingFailure.isEmpty() && !anySidecarRunning())
            fail(std::exchange(m_pendingFailure, {}));
    } else if (track.init) {
        if (exitCode == 0)
            advance();
        else if (policy == QLatin1String("Never")) {
            // Failed once the sidecars started before have exited: `podwright run` ends on
            // Failed, and must not leave them running.
            const QString message = QStringLiteral("Init container %1 exited with code %2")
                                        .arg(track.name)
                                        .arg(exitCode);
            endSidecars();
            if (anySidecarRunning())
                m_pendingFailure = message;
            else
                fail(message);
        } else
            scheduleRestart(index);
    } else if (policy == QLatin1String("Always")
               || (policy == QLatin1String("OnFailure") && exitCode != 0)) {
        scheduleRestart(index);
    } else if (appContainersDone()) {
        endSidecars();
    }
    updateRelist();
    publish();
}

void PodRun::scheduleRestart(int index)
{
    Track &track = m_tracks[size_t(index)];
    const int delay = qMin(kBackoffMaxMs, kBackoffStartMs << qMin(state(index).restartCount, 10));
    if (state(index).exitCode != 0 || !track.init)
        state(index).reason = QStringLiteral("CrashLoopBackOff");
    track.backoff = std::make_unique<QTimer>();
    track.backoff->setSingleShot(true);
    connect(track.backoff.get(), &QTimer::timeout, this, [this, index] {
        if (m_stopping || m_failed)
            return;
        state(index).restartCount++;
        startContainer(index);
        publish();
    });
    track.backoff->start(delay);
}

PodmanHandler PodRun::guarded(std::function<void(const PodmanResponse &)> f)
{
    return [self = QPointer<PodRun>(this), f = std::move(f)](const PodmanResponse &response) {
        if (self)
            f(response);
    };
}

void PodRun::updateRelist()
{
    // Podman 4.3 reports a container's exit (the "died" event) only when something makes it
    // look at the container again: the conmon exit command that should do it stalls (podman
    // issue 16343) and `wait` answers ~20 s late. So, like the kubelet's PLEG relist, list the
    // pod's containers while any runs: fast while an init container is due to exit, once a
    // second otherwise. The listing makes Podman emit the "died" event, and carries the exit
    // code itself should the event be missed.
    bool anyRunning = false;
    bool initRunning = false;
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_status.containers[i].state == ContainerRuntimeState::State::Running) {
            anyRunning = true;
            initRunning |= m_tracks[i].init && !m_tracks[i].sidecar;
        }
    }
    if (!anyRunning || m_stopped) {
        m_relist.stop();
        return;
    }
    const int interval = initRunning ? 50 : 1000;
    if (!m_relist.isActive() || m_relist.interval() != interval)
        m_relist.start(interval);
}

void PodRun::relist()
{
    if (!m_client || m_relistInFlight)
        return;
    m_relistInFlight = true;
    const qint64 sentAt = nowMs();
    m_client->listContainers(
        m_plan.podName, guarded([this, sentAt](const PodmanResponse &response) {
            m_relistInFlight = false;
            if (!response.ok)
                return;
            for (const QJsonValue &value : response.json.array()) {
                const QJsonObject container = value.toObject();
                const QString name
                    = container.value(QLatin1String("Names")).toArray().first().toString();
                if (container.value(QLatin1String("IsInfra")).toBool()) {
                    updatePorts(container.value(QLatin1String("Ports")).toArray());
                    continue;
                }
                const QString prefix = m_plan.podName + QLatin1Char('-');
                if (!name.startsWith(prefix))
                    continue;
                const int index = indexOf(name.mid(prefix.size()));
                if (index < 0)
                    continue;
                state(index).id = container.value(QLatin1String("Id")).toString();
                const QString podmanState = container.value(QLatin1String("State")).toString();
                if (podmanState == QLatin1String("exited")
                    || podmanState == QLatin1String("stopped"))
                    onExited(index, container.value(QLatin1String("ExitCode")).toInt(), sentAt);
            }
            updateRelist();
        }));
}

void PodRun::updatePorts(const QJsonArray &ports)
{
    // What Podman really publishes: 4.3 also publishes containerPorts without a hostPort.
    std::vector<PublishedPort> published;
    for (const QJsonValue &value : ports) {
        const QJsonObject port = value.toObject();
        PublishedPort p;
        p.containerPort = port.value(QLatin1String("container_port")).toInt();
        p.hostPort = port.value(QLatin1String("host_port")).toInt();
        p.protocol = port.value(QLatin1String("protocol")).toString().toUpper();
        p.hostIp = port.value(QLatin1String("host_ip")).toString();
        for (const auto &[number, owner] : m_plan.containerPorts) {
            if (number == p.containerPort)
                p.container = owner;
        }
        published.push_back(p);
    }
    if (!published.empty())
        m_status.ports = published;
}

void PodRun::resync()
{
    relist();
}

QString PodRun::computePhase() const
{
    if (m_failed)
        return QStringLiteral("Failed");
    if (m_stopped || m_stopping) {
        // As kubectl shows a pod being deleted: Terminating while a container still runs out
        // its grace period, Stopped once all have exited.
        for (const ContainerRuntimeState &s : m_status.containers) {
            if (!m_stopped && s.state == ContainerRuntimeState::State::Running)
                return QStringLiteral("Terminating");
        }
        return QStringLiteral("Stopped");
    }
    if (!m_begun)
        return QStringLiteral("Pending");
    int initDone = 0;
    int initCount = 0;
    bool anyStarted = false;
    bool allTerminated = true;
    bool allSucceeded = true;
    bool restarting = false;
    bool sidecarRunning = false;
    for (size_t i = 0; i < m_tracks.size(); ++i) {
        const ContainerRuntimeState &s = m_status.containers[i];
        if (m_tracks[i].init) {
            ++initCount;
            const bool done = m_tracks[i].sidecar
                ? (s.state == ContainerRuntimeState::State::Running || s.restartCount > 0
                   || m_endingSidecars)
                : (s.state == ContainerRuntimeState::State::Terminated && s.exitCode == 0);
            initDone += done ? 1 : 0;
            sidecarRunning
                |= m_tracks[i].sidecar && s.state == ContainerRuntimeState::State::Running;
            continue;
        }
        anyStarted |= s.state == ContainerRuntimeState::State::Running || s.restartCount > 0
            || s.state == ContainerRuntimeState::State::Terminated;
        allTerminated &= s.state == ContainerRuntimeState::State::Terminated;
        allSucceeded &= s.state == ContainerRuntimeState::State::Terminated && s.exitCode == 0;
        restarting |= m_tracks[i].backoff && m_tracks[i].backoff->isActive();
    }
    if (initDone < initCount)
        return QStringLiteral("Init:%1/%2").arg(initDone).arg(initCount);
    // Until its sidecars have exited, a pod whose app containers all ended is still Running.
    if (allTerminated && !restarting && !sidecarRunning)
        return allSucceeded ? QStringLiteral("Succeeded") : QStringLiteral("Failed");
    // Kubernetes keeps a pod Running through its containers' restarts.
    if (anyStarted)
        return QStringLiteral("Running");
    return QStringLiteral("Pending");
}

void PodRun::publish()
{
    m_status.phase = computePhase();
    // The canvas badges say which containers hold the pod in Terminating.
    const bool terminating = m_status.phase == QLatin1String("Terminating");
    for (ContainerRuntimeState &s : m_status.containers) {
        if (s.state == ContainerRuntimeState::State::Running)
            s.reason = terminating ? QStringLiteral("Terminating") : QString();
    }
    Q_EMIT changed(m_status);
}

} // namespace podwright
