#include "statsmonitor.h"

#include "runtime/httpclient.h"
#include "runtime/podmanclient.h"
#include "runtime/podmanruntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace podwright {

static constexpr int MaxRetryDelayMs = 5000;

StatsMonitor::StatsMonitor(QObject *parent)
    : QObject(parent)
{
    m_subscribeTimer.setSingleShot(true);
    connect(&m_subscribeTimer, &QTimer::timeout, this, &StatsMonitor::subscribe);
}

StatsMonitor::~StatsMonitor()
{
    closeStream();
}

void StatsMonitor::setSocketPath(const QString &socketPath)
{
    if (socketPath == m_socketPath && m_http)
        return;
    closeStream();
    m_socketPath = socketPath;
    m_http = socketPath.isEmpty() ? nullptr : std::make_unique<HttpClient>(socketPath);
    scheduleSubscribe();
}

void StatsMonitor::setRuntime(PodmanRuntime *runtime)
{
    const auto syncPods = [this, runtime] {
        QSet<QString> listed;
        for (const PodRuntimeStatus &pod : runtime->pods()) {
            listed.insert(pod.name);
            updatePod(pod);
        }
        for (const QString &name : pods()) {
            if (isWatching(name) && !listed.contains(name))
                removePod(name);
        }
    };
    const auto onAvailability = [this, runtime, syncPods](PodRuntime::Availability availability) {
        if (availability == PodRuntime::Availability::Ready && runtime->client()) {
            setSocketPath(runtime->client()->socketPath());
            syncPods();
            // Pods running since before this process (or started by the CLI) are only known
            // after a listing; refreshed() brings them in.
            runtime->refresh();
        }
    };
    connect(runtime, &PodRuntime::availabilityChanged, this, onAvailability);
    connect(runtime, &PodRuntime::podChanged, this, &StatsMonitor::updatePod);
    connect(runtime, &PodRuntime::podRemoved, this, &StatsMonitor::removePod);
    connect(runtime, &PodRuntime::eventReceived, this, &StatsMonitor::addEvent);
    connect(runtime, &PodRuntime::refreshed, this, syncPods);
    onAvailability(runtime->availability());
}

void StatsMonitor::setIntervalSeconds(int seconds)
{
    seconds = std::max(1, seconds);
    if (seconds == m_intervalSeconds)
        return;
    m_intervalSeconds = seconds;
    // The interval is part of the query: the stream must be opened again.
    m_subscribedRefs.clear();
    scheduleSubscribe();
}

QStringList StatsMonitor::pods() const
{
    QStringList names;
    for (const auto &[name, history] : m_histories)
        names << name;
    for (const auto &[name, watched] : m_watched) {
        if (!m_histories.count(name))
            names << name;
    }
    return names;
}

const PodStatsHistory *StatsMonitor::history(const QString &pod) const
{
    const auto it = m_histories.find(pod);
    return it == m_histories.end() ? nullptr : it->second.get();
}

PodStatsHistory &StatsMonitor::historyFor(const QString &pod)
{
    auto &slot = m_histories[pod];
    if (!slot)
        slot = std::make_unique<PodStatsHistory>(pod, m_capacity);
    return *slot;
}

QStringList StatsMonitor::subscribedContainers() const
{
    QStringList names;
    for (const auto &[pod, watched] : m_watched) {
        for (const ContainerRuntimeState &c : watched.status.containers) {
            if (m_subscribedRefs.contains(queryRef(pod, c)))
                names << pod + QLatin1Char('/') + c.name;
        }
    }
    return names;
}

QString StatsMonitor::queryRef(const QString &pod, const ContainerRuntimeState &c)
{
    // Only containers Podman has created can be named in the query: one that does not exist
    // makes Podman end the whole stream at once. The id may come later than the first
    // "Running" status; Podman also knows a kube-play container as "<pod>-<container>".
    if (!c.id.isEmpty())
        return c.id;
    if (c.state == ContainerRuntimeState::State::Running
        || c.state == ContainerRuntimeState::State::Terminated)
        return pod + QLatin1Char('-') + c.name;
    return {};
}

void StatsMonitor::updatePod(const PodRuntimeStatus &status)
{
    if (status.name.isEmpty())
        return;
    QStringList refs;
    for (const ContainerRuntimeState &c : status.containers) {
        const QString ref = queryRef(status.name, c);
        if (!ref.isEmpty())
            refs << ref;
    }
    const bool isNew = !m_watched.count(status.name);
    Watched &watched = m_watched[status.name];
    watched.status = status;
    watched.containerRefs = refs;
    m_parser.setPods({ status });
    if (isNew) {
        historyFor(status.name);
        Q_EMIT podWatched(status.name);
    }
    scheduleSubscribe();
}

void StatsMonitor::removePod(const QString &name)
{
    const auto it = m_watched.find(name);
    if (it == m_watched.end())
        return;
    for (const QString &ref : it->second.containerRefs)
        m_parser.forgetContainer(ref);
    m_watched.erase(it);
    Q_EMIT podUnwatched(name);
    // At once, not coalesced: the pod's containers are being removed and Podman would end the
    // stream on its own anyway.
    scheduleSubscribe(0);
}

void StatsMonitor::clearHistory(const QString &pod)
{
    if (const auto it = m_histories.find(pod); it != m_histories.end())
        it->second->clear();
}

void StatsMonitor::addEvent(const RuntimeEvent &original)
{
    RuntimeEvent event = original;
    if (event.pod.isEmpty()) {
        // Podman 4.3 sends container events of kube-play pods with an empty "podId", so the
        // runtime may not know the pod: Podman's "<pod>-<container>" name still tells.
        for (const auto &[pod, watched] : m_watched) {
            const QString prefix = pod + QLatin1Char('-');
            if (event.container.startsWith(prefix)
                && watched.status.container(event.container.mid(prefix.size()))) {
                event.pod = pod;
                event.container = event.container.mid(prefix.size());
                break;
            }
        }
    }
    if (event.pod.isEmpty() || event.container.isEmpty())
        return;
    if (!m_watched.count(event.pod) && !m_histories.count(event.pod))
        return;
    PodStatsHistory &history = historyFor(event.pod);
    if (!history.addEvent(event))
        return;
    const qint64 msecs = event.time.toMSecsSinceEpoch();
    for (const StatsMarker &marker : history.markers()) {
        if (marker.msecs == msecs && marker.container == event.container) {
            Q_EMIT markerAdded(event.pod, marker);
            break;
        }
    }
}

void StatsMonitor::stop()
{
    m_subscribeTimer.stop();
    const auto watched = std::exchange(m_watched, {});
    closeStream();
    for (const auto &[name, w] : watched)
        Q_EMIT podUnwatched(name);
}

QStringList StatsMonitor::wantedRefs() const
{
    QStringList refs;
    for (const auto &[pod, watched] : m_watched)
        refs += watched.containerRefs;
    return refs;
}

void StatsMonitor::scheduleSubscribe(int delayMs)
{
    // Coalesces bursts (a pod start changes several containers within milliseconds).
    if (!m_subscribeTimer.isActive() || delayMs < m_subscribeTimer.remainingTime())
        m_subscribeTimer.start(delayMs);
}

void StatsMonitor::subscribe()
{
    const QStringList refs = wantedRefs();
    if (refs.isEmpty() || !m_http) {
        closeStream();
        return;
    }
    if (m_reply && refs == m_subscribedRefs)
        return;
    closeStream();

    QByteArray target = "/v4.0.0/libpod/containers/stats?stream=true&interval="
        + QByteArray::number(m_intervalSeconds);
    for (const QString &ref : refs)
        target += "&containers=" + QUrl::toPercentEncoding(ref);
    HttpRequest request;
    request.target = target;
    request.streaming = true;
    request.timeoutMs = 15000; // until the headers: Podman answers them with the first reading
    m_subscribedRefs = refs;
    m_gotDataSinceSubscribe = false;
    ++m_subscriptions;
    HttpReply *reply = m_http->send(request);
    m_reply = reply;
    connect(reply, &HttpReply::dataReceived, this, &StatsMonitor::onData);
    connect(reply, &HttpReply::finished, this, [this, reply] { onFinished(reply); });
    Q_EMIT streamingChanged(true);
}

void StatsMonitor::closeStream()
{
    if (!m_reply)
        return;
    HttpReply *reply = m_reply;
    m_reply = nullptr;
    m_subscribedRefs.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    Q_EMIT streamingChanged(false);
}

void StatsMonitor::onData(const QByteArray &data)
{
    std::vector<StatsSample> samples = m_parser.feed(data);
    m_parser.takeError(); // an error object ends the stream; onFinished() handles it
    if (!samples.empty())
        m_gotDataSinceSubscribe = true;
    // Samples of a pod no longer watched can still be in flight: drop them.
    std::erase_if(samples, [this](const StatsSample &s) { return !m_watched.count(s.pod); });
    addSamples(samples);
}

void StatsMonitor::addSamples(const std::vector<StatsSample> &samples)
{
    if (samples.empty())
        return;
    for (const StatsSample &sample : samples)
        historyFor(sample.pod).addSample(sample);
    Q_EMIT samplesReceived(samples);
}

void StatsMonitor::onFinished(HttpReply *reply)
{
    if (reply != m_reply)
        return;
    const QString error
        = reply->error() == HttpReply::Error::None ? QString() : reply->errorString();
    m_reply = nullptr;
    m_subscribedRefs.clear();
    reply->deleteLater();
    Q_EMIT streamingChanged(false);
    if (m_watched.empty())
        return;
    if (!error.isEmpty())
        Q_EMIT errorOccurred(tr("Live stats were interrupted: %1").arg(error));
    // Back off while nothing comes through, so a service that is gone is not hammered.
    m_retryDelayMs = m_gotDataSinceSubscribe ? 500 : std::min(MaxRetryDelayMs, m_retryDelayMs * 2);
    QTimer::singleShot(m_retryDelayMs, this, &StatsMonitor::pruneMissingThenResubscribe);
}

void StatsMonitor::pruneMissingThenResubscribe()
{
    if (m_reply || m_watched.empty() || !m_http)
        return;
    // Podman ends the stream without saying which container vanished: ask which still exist.
    HttpRequest request;
    request.target = "/v4.0.0/libpod/containers/json?all=true";
    HttpReply *reply = m_http->send(request);
    connect(reply, &HttpReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != HttpReply::Error::None || reply->statusCode() != 200) {
            Q_EMIT errorOccurred(tr("Podman does not answer: %1").arg(reply->errorString()));
            m_retryDelayMs = std::min(MaxRetryDelayMs, m_retryDelayMs * 2);
            QTimer::singleShot(m_retryDelayMs, this, &StatsMonitor::pruneMissingThenResubscribe);
            return;
        }
        QSet<QString> existing;
        for (const QJsonValue &value : QJsonDocument::fromJson(reply->body()).array()) {
            const QJsonObject c = value.toObject();
            existing.insert(c.value(QLatin1String("Id")).toString());
            for (const QJsonValue &name : c.value(QLatin1String("Names")).toArray())
                existing.insert(name.toString());
        }
        for (auto &[pod, watched] : m_watched)
            watched.containerRefs.removeIf(
                [&](const QString &ref) { return !existing.contains(ref); });
        scheduleSubscribe(0);
    });
}

} // namespace podwright
