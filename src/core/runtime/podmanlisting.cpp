#include "podmanlisting.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace podwright {

static ContainerRuntimeState containerState(const QJsonObject &container, const QString &podName)
{
    ContainerRuntimeState state;
    state.id = container.value(QLatin1String("Id")).toString();
    state.name = container.value(QLatin1String("Names"))
                     .toArray()
                     .first()
                     .toString()
                     .mid(podName.size() + 1);
    const QString podmanState = container.value(QLatin1String("State")).toString();
    if (podmanState == QLatin1String("running") || podmanState == QLatin1String("paused")
        || podmanState == QLatin1String("stopping")) {
        state.state = ContainerRuntimeState::State::Running;
        if (podmanState == QLatin1String("stopping"))
            state.reason = QStringLiteral("Terminating");
    } else if (podmanState == QLatin1String("exited") || podmanState == QLatin1String("stopped")) {
        state.state = ContainerRuntimeState::State::Terminated;
        state.exitCode = container.value(QLatin1String("ExitCode")).toInt();
        state.reason = state.exitCode == 0 ? QStringLiteral("Completed") : QStringLiteral("Error");
        state.finishedAt = QDateTime::fromSecsSinceEpoch(
            container.value(QLatin1String("ExitedAt")).toInteger(), Qt::UTC);
    } else {
        state.state = ContainerRuntimeState::State::Waiting;
        state.reason = QStringLiteral("ContainerCreating");
    }
    const qint64 started = container.value(QLatin1String("StartedAt")).toInteger();
    if (started > 0)
        state.startedAt = QDateTime::fromSecsSinceEpoch(started, Qt::UTC);
    return state;
}

/// The time of each pod's last "stop" event, by pod id, in seconds since the epoch.
static std::map<QString, qint64> lastStops(const QByteArray &stopEvents)
{
    std::map<QString, qint64> stops;
    for (const QByteArray &line : stopEvents.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        const QString id
            = event.value(QLatin1String("Actor")).toObject().value(QLatin1String("ID")).toString();
        const QString action = event.value(QLatin1String("Action"))
                                   .toString(event.value(QLatin1String("status")).toString());
        if (id.isEmpty() || action != QLatin1String("stop"))
            continue;
        qint64 &last = stops[id];
        last = qMax(last, qint64(event.value(QLatin1String("time")).toDouble()));
    }
    return stops;
}

bool anyContainerStopping(const QJsonArray &containers)
{
    for (const QJsonValue &c : containers) {
        if (c.toObject().value(QLatin1String("State")).toString() == QLatin1String("stopping"))
            return true;
    }
    return false;
}

QJsonArray podsOfContainers(const QJsonArray &containers)
{
    // The fields of pods/json that podsFromPodman() reads, with Podman's pod status derived
    // from the containers as Podman derives it.
    std::map<QString, QJsonObject> pods;
    std::map<QString, std::pair<int, int>> counts; // running or stopping, exited: by pod id
    for (const QJsonValue &value : containers) {
        const QJsonObject c = value.toObject();
        const QString id = c.value(QLatin1String("Pod")).toString();
        if (id.isEmpty())
            continue;
        QJsonObject &pod = pods[id];
        pod[QLatin1String("Id")] = id;
        pod[QLatin1String("Name")] = c.value(QLatin1String("PodName"));
        if (c.value(QLatin1String("IsInfra")).toBool())
            pod[QLatin1String("Created")] = c.value(QLatin1String("Created"));
        if (c.value(QLatin1String("IsInfra")).toBool())
            continue;
        const QString state = c.value(QLatin1String("State")).toString();
        auto &[live, exited] = counts[id];
        live += state == QLatin1String("running") || state == QLatin1String("stopping")
            || state == QLatin1String("paused");
        exited += state == QLatin1String("exited") || state == QLatin1String("stopped");
    }
    QJsonArray out;
    for (auto &[id, pod] : pods) {
        const auto [live, exited] = counts[id];
        pod[QLatin1String("Status")] = live > 0 ? QStringLiteral("Running")
            : exited > 0                        ? QStringLiteral("Exited")
                                                : QStringLiteral("Created");
        out.append(pod);
    }
    return out;
}

std::vector<PodRuntimeStatus> podsFromPodman(const QJsonArray &pods, const QJsonArray &containers,
                                             const QByteArray &stopEvents)
{
    const std::map<QString, qint64> stops = lastStops(stopEvents);
    std::vector<PodRuntimeStatus> out;
    for (const QJsonValue &value : pods) {
        const QJsonObject pod = value.toObject();
        PodRuntimeStatus status;
        status.name = pod.value(QLatin1String("Name")).toString();
        status.id = pod.value(QLatin1String("Id")).toString();
        status.created = QDateTime::fromString(pod.value(QLatin1String("Created")).toString(),
                                               Qt::ISODateWithMs);
        bool allSucceeded = true;
        bool allTerminated = true;
        qint64 lastStart = 0;
        bool terminating = false;
        for (const QJsonValue &c : containers) {
            const QJsonObject container = c.toObject();
            if (container.value(QLatin1String("Pod")).toString() != status.id)
                continue;
            if (container.value(QLatin1String("IsInfra")).toBool()) {
                for (const QJsonValue &p : container.value(QLatin1String("Ports")).toArray()) {
                    const QJsonObject port = p.toObject();
                    PublishedPort published;
                    published.containerPort = port.value(QLatin1String("container_port")).toInt();
                    published.hostPort = port.value(QLatin1String("host_port")).toInt();
                    published.protocol = port.value(QLatin1String("protocol")).toString().toUpper();
                    published.hostIp = port.value(QLatin1String("host_ip")).toString();
                    status.ports.push_back(published);
                }
                continue;
            }
            // Podman's "stopping": the container got its stop signal and runs out its grace
            // period (any process may have asked, `podwright stop` in another terminal too).
            terminating
                |= container.value(QLatin1String("State")).toString() == QLatin1String("stopping");
            status.containers.push_back(containerState(container, status.name));
            const ContainerRuntimeState &s = status.containers.back();
            allSucceeded &= s.state == ContainerRuntimeState::State::Terminated && s.exitCode == 0;
            allTerminated &= s.state == ContainerRuntimeState::State::Terminated;
            if (s.startedAt.isValid())
                lastStart = qMax(lastStart, s.startedAt.toSecsSinceEpoch());
        }
        QString podmanStatus = pod.value(QLatin1String("Status")).toString();
        // Podman says "Degraded" (or "Running") while the infra container runs, even when every
        // container of the pod has exited: for Kubernetes such a pod has ended.
        if (allTerminated && !status.containers.empty()
            && (podmanStatus == QLatin1String("Running")
                || podmanStatus == QLatin1String("Degraded")))
            podmanStatus = QStringLiteral("Exited");
        if (terminating)
            status.phase = QStringLiteral("Terminating");
        else if (podmanStatus == QLatin1String("Running")
                 || podmanStatus == QLatin1String("Degraded"))
            status.phase = QStringLiteral("Running");
        else if (podmanStatus == QLatin1String("Created"))
            status.phase = QStringLiteral("Pending");
        else if (podmanStatus == QLatin1String("Exited") && stops.count(status.id)
                 && stops.at(status.id) >= lastStart)
            status.phase = QStringLiteral("Stopped");
        else if (podmanStatus == QLatin1String("Exited"))
            status.phase = allSucceeded ? QStringLiteral("Succeeded") : QStringLiteral("Failed");
        else if (podmanStatus == QLatin1String("Stopped"))
            status.phase = QStringLiteral("Stopped");
        else
            status.phase = QStringLiteral("Unknown");
        out.push_back(std::move(status));
    }
    return out;
}

} // namespace podwright
