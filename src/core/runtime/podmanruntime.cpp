#include "podmanruntime.h"

#include "podmanclient.h"
#include "podmanlisting.h"
#include "podrun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace podwright {

PodmanRuntime::PodmanRuntime(const PodmanService::Options &options, QObject *parent)
    : PodRuntime(parent)
    , m_service(new PodmanService(options, this))
{
    connect(m_service, &PodmanService::ready, this, &PodmanRuntime::onServiceReady);
    connect(m_service, &PodmanService::failed, this, &PodmanRuntime::onServiceFailed);
    connect(m_service, &PodmanService::serviceLost, this, &PodmanRuntime::onConnectionLost);
}

PodmanRuntime::~PodmanRuntime()
{
    if (m_events)
        m_events->disconnect(this);
    for (auto &[id, reply] : m_logs)
        reply->disconnect(this);
}

std::vector<PodRuntimeStatus> PodmanRuntime::pods() const
{
    std::vector<PodRuntimeStatus> all;
    for (const auto &[name, run] : m_runs)
        all.push_back(run->status());
    for (const auto &[name, status] : m_listed) {
        if (!m_runs.count(name))
            all.push_back(status);
    }
    return all;
}

std::optional<PodRuntimeStatus> PodmanRuntime::pod(const QString &name) const
{
    if (auto it = m_runs.find(name); it != m_runs.end())
        return it->second->status();
    if (auto it = m_listed.find(name); it != m_listed.end())
        return it->second;
    return std::nullopt;
}

void PodmanRuntime::setAvailability(Availability availability, const QString &message)
{
    m_availability = availability;
    m_message = message;
    Q_EMIT availabilityChanged(availability, message);
}

void PodmanRuntime::connectToRuntime()
{
    if (m_availability == Availability::Connecting || m_availability == Availability::Ready)
        return;
    setAvailability(Availability::Connecting, QStringLiteral("Looking for the Podman service…"));
    // Queued, like every long operation here: the caller's slot returns before any work starts.
    QMetaObject::invokeMethod(m_service, &PodmanService::start, Qt::QueuedConnection);
}

void PodmanRuntime::whenReady(std::function<void()> action)
{
    if (m_availability == Availability::Ready) {
        QMetaObject::invokeMethod(this, std::move(action), Qt::QueuedConnection);
        return;
    }
    m_pending.push_back(std::move(action));
    if (m_availability != Availability::Connecting)
        connectToRuntime();
}

void PodmanRuntime::onServiceReady(const QString &socketPath)
{
    const bool reconnected = m_client != nullptr;
    m_reconnectAttempts = 0;
    if (m_client)
        m_client->deleteLater();
    m_client = new PodmanClient(socketPath, this);
    openEvents();
    for (auto &[name, run] : m_runs) {
        run->setClient(m_client);
        if (reconnected)
            run->resync();
    }
    setAvailability(Availability::Ready,
                    m_service->ownsService()
                        ? QStringLiteral("Connected to a Podman service started by Podwright (%1)")
                              .arg(socketPath)
                        : QStringLiteral("Connected to Podman at %1").arg(socketPath));
    for (auto &action : std::exchange(m_pending, {}))
        action();
}

void PodmanRuntime::onServiceFailed(const QString &message, bool notInstalled)
{
    // After a loss, a service run by someone else (systemd socket activation, the user) may
    // take a while to come back: keep knocking for a while before giving up.
    if (m_reconnectAttempts > 0 && m_reconnectAttempts < kMaxReconnectAttempts && !notInstalled) {
        ++m_reconnectAttempts;
        setAvailability(Availability::Connecting,
                        QStringLiteral("Podman is not answering; retrying (%1/%2)…")
                            .arg(m_reconnectAttempts)
                            .arg(kMaxReconnectAttempts));
        QTimer::singleShot(1000, m_service, &PodmanService::reconnect);
        return;
    }
    m_reconnectAttempts = 0;
    setAvailability(notInstalled ? Availability::NotInstalled : Availability::Unavailable, message);
    if (!m_pending.empty())
        Q_EMIT errorOccurred({ {}, {}, QStringLiteral("Podman is not available"), message });
    m_pending.clear();
    endResumingLogs(message);
    // Pods waiting for the connection will not run: say why on each of them.
    for (auto &[name, run] : m_runs) {
        if (run->podId().isEmpty())
            run->failCreation(message);
    }
}

void PodmanRuntime::onConnectionLost(const QString &message)
{
    if (m_availability != Availability::Ready)
        return;
    if (m_events) {
        m_events->disconnect(this);
        m_events->abort();
        m_events = nullptr;
    }
    setAvailability(Availability::Connecting,
                    QStringLiteral("Lost the connection to Podman; reconnecting…"));
    Q_EMIT errorOccurred(
        { {}, {}, QStringLiteral("Lost the connection to Podman; reconnecting"), message });
    // Give a service that is restarting (or ours, after a crash) a moment before knocking.
    m_reconnectAttempts = 1;
    QTimer::singleShot(300, m_service, &PodmanService::reconnect);
}

void PodmanRuntime::openEvents()
{
    m_eventDecoder = std::make_unique<StreamDecoder>(StreamDecoder::Mode::Lines);
    m_events = m_client->events();
    connect(m_events, &HttpReply::dataReceived, this, [this](const QByteArray &data) {
        for (const StreamDecoder::Line &line : m_eventDecoder->feed(data))
            handleEvent(line.text);
    });
    HttpReply *reply = m_events;
    connect(m_events, &HttpReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_events)
            return;
        m_events = nullptr;
        const QString why = reply->errorString().isEmpty()
            ? QStringLiteral("Podman closed its event stream")
            : QStringLiteral("Podman's event stream broke: %1").arg(reply->errorString());
        onConnectionLost(why);
    });
}

void PodmanRuntime::handleEvent(const QByteArray &line)
{
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    const QString type = event.value(QLatin1String("Type")).toString();
    if (type != QLatin1String("container") && type != QLatin1String("pod"))
        return;
    const QJsonObject attributes = event.value(QLatin1String("Actor"))
                                       .toObject()
                                       .value(QLatin1String("Attributes"))
                                       .toObject();
    RuntimeEvent out;
    out.time = QDateTime::fromMSecsSinceEpoch(
        qint64(event.value(QLatin1String("timeNano")).toDouble() / 1e6), Qt::UTC);
    out.action = event.value(QLatin1String("Action")).toString();
    if (out.action.isEmpty())
        out.action = event.value(QLatin1String("status")).toString();
    const QString name = attributes.value(QLatin1String("name")).toString();
    if (type == QLatin1String("pod")) {
        out.pod = name;
        // Matched by id: a pod of the same name may be an older run being replaced. "kill":
        // how PodmanClient::stopPod stops a pod that Podman's pod stop will not.
        if (out.action == QLatin1String("stop") || out.action == QLatin1String("kill")) {
            if (PodRun *run = runById(event.value(QLatin1String("Actor"))
                                          .toObject()
                                          .value(QLatin1String("ID"))
                                          .toString()))
                run->onStopRequested();
        }
    } else {
        PodRun *run = runById(attributes.value(QLatin1String("podId")).toString());
        if (!run && !attributes.contains(QLatin1String("podId")))
            return;
        out.exitCode = attributes.value(QLatin1String("containerExitCode")).toString().toInt();
        if (run) {
            out.pod = run->plan().podName;
            if (!name.startsWith(out.pod + QLatin1Char('-')))
                return; // the infra container
            out.container = name.mid(out.pod.size() + 1);
            run->onContainerEvent(out.container, out.action, out.exitCode,
                                  out.time.toMSecsSinceEpoch());
        } else {
            out.container = name;
        }
    }
    Q_EMIT eventReceived(out);
}

PodRun *PodmanRuntime::runById(const QString &podId) const
{
    if (podId.isEmpty())
        return nullptr;
    for (const auto &[name, run] : m_runs) {
        if (run->podId() == podId)
            return run;
    }
    return nullptr;
}

void PodmanRuntime::forgetRun(const QString &name)
{
    if (auto it = m_runs.find(name); it != m_runs.end()) {
        it->second->abandon();
        it->second->disconnect(this);
        it->second->deleteLater();
        m_runs.erase(it);
    }
}

void PodmanRuntime::runPod(const QByteArray &yaml)
{
    QString error;
    const std::optional<RunPlan> plan = RunPlan::fromYaml(yaml, &error);
    if (!plan) {
        Q_EMIT errorOccurred({ {}, {}, QStringLiteral("The pod cannot be run"), error });
        return;
    }
    forgetRun(plan->podName);
    auto *run = new PodRun(*plan, m_client, this);
    run->setServiceLog(
        [this](const QDateTime &since) { return m_service->loggedErrorsSince(since); });
    m_runs[plan->podName] = run;
    connect(run, &PodRun::changed, this, &PodRuntime::podChanged);
    connect(run, &PodRun::errorOccurred, this, &PodRuntime::errorOccurred);
    const QString name = plan->podName;
    connect(run, &PodRun::stopped, this,
            [this, name](qint64 elapsed) { Q_EMIT podStopped(name, elapsed); });
    Q_EMIT podChanged(run->status());
    whenReady([this, plan = *plan] { startRun(plan); });
}

void PodmanRuntime::startRun(const RunPlan &plan)
{
    // Re-run: whatever holds the name goes first. SIGKILL before removing, as a pod removal
    // would otherwise wait out each container's grace period.
    m_client->killPod(plan.podName, QStringLiteral("KILL"), [this, plan](const PodmanResponse &) {
        m_client->removePod(plan.podName, true,
                            [this, plan](const PodmanResponse &) { playRun(plan); });
    });
}

QString PodmanRuntime::containerInMessage(const RunPlan &plan, const QString &message)
{
    for (const auto *list : { &plan.initContainers, &plan.containers }) {
        for (const RunPlan::Step &step : *list) {
            if (message.contains(plan.podmanName(step.name))
                || (!step.image.isEmpty() && message.contains(step.image)))
                return step.name;
        }
    }
    return {};
}

void PodmanRuntime::playRun(const RunPlan &plan)
{
    PodRun *run = m_runs.count(plan.podName) ? m_runs.at(plan.podName) : nullptr;
    if (!run || run->plan().yaml != plan.yaml)
        return; // replaced or removed meanwhile
    run->setClient(m_client);
    m_client->playKube(
        plan.yamlForPodman(), false, [this, plan, run](const PodmanResponse &response) {
            if (!m_runs.count(plan.podName) || m_runs.at(plan.podName) != run)
                return;
            const QJsonObject pod
                = response.json.object().value(QLatin1String("Pods")).toArray().first().toObject();
            if (!response.ok || pod.value(QLatin1String("ID")).toString().isEmpty()) {
                const QString detail = response.errorMessage.isEmpty()
                    ? QString::fromUtf8(response.body)
                    : response.errorMessage;
                const QString container = containerInMessage(plan, detail);
                const QString message = container.isEmpty()
                    ? QStringLiteral("Podman could not create pod %1").arg(plan.podName)
                    : QStringLiteral("Podman could not create container %1 of pod %2")
                          .arg(container, plan.podName);
                const RunPlan::Step *step = plan.step(container);
                const QString reason
                    = step && !step->image.isEmpty() && detail.contains(step->image)
                    ? QStringLiteral("ErrImagePull")
                    : QStringLiteral("CreateContainerError");
                // Podman leaves a half-made pod (its infra container) behind, which a listing
                // would show as Pending: remove it before saying Failed, so that `podwright run`,
                // which exits on Failed, leaves nothing behind.
                m_client->removePod(plan.podName, true, [=, this](const PodmanResponse &) {
                    Q_EMIT errorOccurred({ plan.podName, container, message, detail });
                    if (!m_runs.count(plan.podName) || m_runs.at(plan.podName) != run)
                        return; // replaced or removed meanwhile
                    run->failCreation(message + QLatin1String(": ") + detail, container, reason);
                });
                return;
            }
            run->begin(pod.value(QLatin1String("ID")).toString());
        });
}

void PodmanRuntime::stopPod(const QString &name, int graceSeconds)
{
    whenReady([this, name, graceSeconds] {
        if (auto it = m_runs.find(name); it != m_runs.end()) {
            it->second->stop(graceSeconds >= 0 ? graceSeconds
                                               : it->second->plan().terminationGracePeriodSeconds);
            return;
        }
        if (graceSeconds >= 0) {
            stopListedPod(name, graceSeconds);
            return;
        }
        // Another process ran the pod: its grace period is in the label Podwright added
        // (RunPlan::yamlForPodman); Kubernetes' 30 s, not Podman's 10, when it is missing.
        m_client->listContainers(name, [this, name](const PodmanResponse &response) {
            int grace = -1;
            for (const QJsonValue &value : response.json.array()) {
                bool ok = false;
                const int seconds = value.toObject()
                                        .value(QLatin1String("Labels"))
                                        .toObject()
                                        .value(QLatin1String(RunPlan::kGraceLabel))
                                        .toString()
                                        .toInt(&ok);
                if (ok)
                    grace = qMax(grace, seconds);
            }
            stopListedPod(name, grace >= 0 ? grace : RunPlan().terminationGracePeriodSeconds);
        });
    });
}

void PodmanRuntime::stopListedPod(const QString &name, int graceSeconds)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // The answer comes only once the grace period is over: until then the pod is Terminating,
    // as a pod run by this process is (PodRun::computePhase).
    if (auto it = m_listed.find(name); it != m_listed.end()) {
        for (const ContainerRuntimeState &c : it->second.containers) {
            if (c.state == ContainerRuntimeState::State::Running) {
                it->second.phase = QStringLiteral("Terminating");
                Q_EMIT podChanged(it->second);
                break;
            }
        }
    }
    m_client->stopPod(name, graceSeconds, [this, name, timer](const PodmanResponse &response) {
        if (!response.ok) {
            Q_EMIT errorOccurred({ name,
                                   {},
                                   QStringLiteral("Pod %1 could not be stopped").arg(name),
                                   response.errorMessage });
            return;
        }
        Q_EMIT podStopped(name, timer->elapsed());
        refresh();
    });
}

void PodmanRuntime::removePod(const QString &name)
{
    if (auto it = m_runs.find(name); it != m_runs.end())
        it->second->abandon();
    whenReady([this, name] {
        m_client->killPod(name, QStringLiteral("KILL"), [this, name](const PodmanResponse &) {
            m_client->removePod(name, true, [this, name](const PodmanResponse &response) {
                // A pod that is already gone is as removed as can be.
                if (!response.ok && response.status != 404
                    && !response.errorMessage.contains(QLatin1String("no such pod"))) {
                    Q_EMIT errorOccurred({ name,
                                           {},
                                           QStringLiteral("Pod %1 could not be removed").arg(name),
                                           response.errorMessage });
                    return;
                }
                forgetRun(name);
                m_listed.erase(name);
                Q_EMIT podRemoved(name);
            });
        });
    });
}

void PodmanRuntime::refresh()
{
    whenReady([this] {
        m_client->listContainers({}, [this](const PodmanResponse &containers) {
            // While a pod is stopping, pods/json would answer only once its grace period is
            // over (and so never show it Terminating): list from the containers then.
            auto listed = [this, containers](const PodmanResponse &pods) {
                if (!pods.ok) {
                    Q_EMIT errorOccurred(
                        { {}, {}, QStringLiteral("Could not list the pods"), pods.errorMessage });
                    return;
                }
                // Only the date and time matter here (Podman adds nanoseconds and a zone that
                // ISODate parsing may refuse); a day of slack covers the zone.
                qint64 oldest = QDateTime::currentSecsSinceEpoch();
                for (const QJsonValue &pod : pods.json.array()) {
                    const QDateTime created = QDateTime::fromString(
                        pod.toObject().value(QLatin1String("Created")).toString().left(19),
                        Qt::ISODate);
                    oldest = created.isValid() ? qMin(oldest, created.toSecsSinceEpoch()) : 0;
                }
                oldest = qMax<qint64>(0, oldest - 86400);
                m_client->podStopEvents(
                    oldest, [this, pods, containers](const PodmanResponse &stops) {
                        m_listed.clear();
                        for (PodRuntimeStatus &status : podsFromPodman(
                                 pods.json.array(), containers.json.array(), stops.body)) {
                            const QString name = status.name;
                            m_listed[name] = std::move(status);
                        }
                        Q_EMIT refreshed();
                    });
            };
            if (containers.ok && anyContainerStopping(containers.json.array())) {
                PodmanResponse pods;
                pods.ok = true;
                pods.json = QJsonDocument(podsOfContainers(containers.json.array()));
                listed(pods);
            } else {
                m_client->listPods(listed);
            }
        });
    });
}

} // namespace podwright
