#pragma once

#include "metrics/libpodstatsparser.h"
#include "metrics/podstatshistory.h"
#include "runtime/httpclient.h"
#include "runtime/runtimetypes.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

namespace podwright {

class PodRuntime;
class PodmanRuntime;

/**
 * Samples CPU and memory of every container of the watched pods over ONE streaming connection
 * to Podman (`GET /libpod/containers/stats?stream=true&interval=N&containers=...`), keeps each
 * pod's history and reports new samples. Everything is asynchronous on the caller's event loop.
 *
 * The set of containers follows the pods: updatePod() after a status change, removePod() when a
 * pod goes away. A changed set re-subscribes (a burst of changes coalesces into one request).
 * A stopped or restarting container stays in the stream (Podman reports it as zeros until it
 * runs again), so samples keep flowing across restarts. When Podman ends the stream (a container
 * of the set was removed) the monitor drops the containers that no longer exist and subscribes
 * again.
 */
class StatsMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StatsMonitor(QObject *parent = nullptr);
    ~StatsMonitor() override;

    /// The Podman API socket to read from; re-subscribes when it changes.
    void setSocketPath(const QString &socketPath);
    QString socketPath() const { return m_socketPath; }
    /// Follows a PodmanRuntime: its socket once Ready (then asks it for a listing), its pods
    /// (podChanged, podRemoved, refreshed) and its events (markers for restarts, exits, OOM
    /// kills).
    void setRuntime(PodmanRuntime *runtime);

    /// Seconds between samples (Podman's `interval`), 1 by default.
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    /// Samples kept per container (default: an hour at 1 s). Applies to pods seen afterwards.
    void setHistoryCapacity(int samples) { m_capacity = samples; }

    QStringList pods() const; ///< pods with a history, watched or not
    bool isWatching(const QString &pod) const { return m_watched.count(pod) > 0; }
    const PodStatsHistory *history(const QString &pod) const;
    /// The container names currently subscribed ("<pod>/<container>"), for tests and tooltips.
    QStringList subscribedContainers() const;
    bool isStreaming() const { return m_reply != nullptr; }
    qint64 subscriptions() const { return m_subscriptions; }

public Q_SLOTS:
    /// Starts or keeps watching a pod's existing containers. A pod that is not running keeps its
    /// containers in the stream (they report nothing while stopped).
    void updatePod(const podwright::PodRuntimeStatus &status);
    /// Stops sampling the pod; its history stays until clearHistory().
    void removePod(const QString &name);
    void clearHistory(const QString &pod);
    /// Records samples from elsewhere (another source, a replay) as if they had been streamed.
    void addSamples(const std::vector<podwright::StatsSample> &samples);
    /// A lifecycle event: becomes a marker in the pod's history.
    void addEvent(const podwright::RuntimeEvent &event);
    /// Closes the stream and forgets every watched pod (histories stay).
    void stop();

Q_SIGNALS:
    /// The samples of one sampling tick (all containers read in it), already in the histories.
    void samplesReceived(const std::vector<podwright::StatsSample> &samples);
    void markerAdded(const QString &pod, const podwright::StatsMarker &marker);
    void podWatched(const QString &pod);
    void podUnwatched(const QString &pod);
    void streamingChanged(bool streaming);
    /// The stream could not be opened or broke; sampling is retried.
    void errorOccurred(const QString &message);

private:
    struct Watched {
        PodRuntimeStatus status;
        QStringList containerRefs; ///< what the stats query names: Podman ids or names
    };
    static QString queryRef(const QString &pod, const ContainerRuntimeState &container);
    PodStatsHistory &historyFor(const QString &pod);
    QStringList wantedRefs() const;
    void scheduleSubscribe(int delayMs = 50);
    void subscribe();
    void closeStream();
    void onData(const QByteArray &data);
    void onFinished(HttpReply *reply);
    void pruneMissingThenResubscribe();

    QString m_socketPath;
    std::unique_ptr<HttpClient> m_http;
    QPointer<HttpReply> m_reply;
    QStringList m_subscribedRefs;
    LibpodStatsParser m_parser;
    std::map<QString, Watched> m_watched;
    std::map<QString, std::unique_ptr<PodStatsHistory>> m_histories;
    QTimer m_subscribeTimer;
    int m_intervalSeconds = 1;
    int m_capacity = StatsSeries::DefaultCapacity;
    int m_retryDelayMs = 500;
    bool m_gotDataSinceSubscribe = false;
    qint64 m_subscriptions = 0;
};

} // namespace podwright
