#pragma once

#include "metrics/statsseries.h"
#include "runtime/runtimetypes.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace podwright {

/// A moment worth marking on a chart: a container restarted, exited or was OOM-killed.
struct StatsMarker {
    enum class Kind { Restart, Exit, OomKill };
    qint64 msecs = 0;
    QString container;
    Kind kind = Kind::Exit;
    int exitCode = -1; ///< for Exit, when known

    /// "restart", "exit", "oom-kill": stable words for CSV and tests.
    static QString kindName(Kind kind);
};

/**
 * Everything measured for one pod: a StatsSeries per container, the lifecycle markers, and the
 * pod's total (the sum over its containers, like `kubectl top pod`).
 */
class PodStatsHistory
{
public:
    explicit PodStatsHistory(const QString &podName = {},
                             int capacity = StatsSeries::DefaultCapacity);

    QString podName() const { return m_podName; }

    /// Adds a sample of one of this pod's containers (the pod name in it is not checked).
    void addSample(const StatsSample &sample);
    /// Turns a lifecycle event into a marker: "died" -> Exit, "oom" -> OomKill, "restart" or a
    /// "start" after a "died" -> Restart. A "died" with exit code 137 while memory was at 75 %
    /// of its limit or more also gets an OomKill marker (see isLikelyOomKill). Returns whether a
    /// marker was added.
    bool addEvent(const RuntimeEvent &event);
    void addMarker(const StatsMarker &marker);
    void clear();

    /// Container names in the order they were first seen.
    QStringList containers() const { return m_order; }
    const StatsSeries *series(const QString &container) const;
    const std::vector<StatsMarker> &markers() const { return m_markers; }
    std::vector<StatsMarker> markersSince(qint64 sinceMsecs) const;
    /// Newest sample time over all containers (0 when empty).
    qint64 latestMsecs() const { return m_latestMsecs; }

    /// The pod's total at each sampling tick since `sinceMsecs`: samples of different containers
    /// within `bucketMsecs` of each other count as one tick (Podman reads the containers of one
    /// stats object a few milliseconds apart).
    std::vector<StatsPoint> podTotal(qint64 sinceMsecs, qint64 bucketMsecs = 1000) const;
    /// The latest total: the newest point of each container that is still reporting.
    StatsPoint latestTotal() const;

    /// Writes the samples and markers as CSV, oldest first (see docs: one row per sample or
    /// marker; columns time,pod,container,cpu_millicores,memory_bytes,memory_mib,pids,event).
    void writeCsv(QIODevice *device, qint64 sinceMsecs = 0) const;
    QByteArray toCsv(qint64 sinceMsecs = 0) const;

private:
    bool isLikelyOomKill(const RuntimeEvent &died) const;

    QString m_podName;
    int m_capacity;
    std::map<QString, StatsSeries> m_series;
    QStringList m_order;
    std::vector<StatsMarker> m_markers;
    QStringList m_diedContainers; ///< died and not started since: the next start is a restart
    qint64 m_latestMsecs = 0;
};

} // namespace podwright
