#include "podstatshistory.h"

#include <QBuffer>
#include <QDateTime>
#include <QTextStream>

#include <algorithm>

namespace podwright {

QString StatsMarker::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Restart: return QStringLiteral("restart");
    case Kind::Exit: return QStringLiteral("exit");
    case Kind::OomKill: return QStringLiteral("oom-kill");
    }
    return {};
}

PodStatsHistory::PodStatsHistory(const QString &podName, int capacity)
    : m_podName(podName)
    , m_capacity(capacity)
{ }

void PodStatsHistory::addSample(const StatsSample &sample)
{
    auto it = m_series.find(sample.container);
    if (it == m_series.end()) {
        it = m_series.emplace(sample.container, StatsSeries(m_capacity)).first;
        m_order.append(sample.container);
    }
    if (it->second.append(sample))
        m_latestMsecs = std::max(m_latestMsecs, sample.time.toMSecsSinceEpoch());
}

bool PodStatsHistory::addEvent(const RuntimeEvent &event)
{
    if (event.container.isEmpty())
        return false;
    StatsMarker marker { event.time.toMSecsSinceEpoch(), event.container, StatsMarker::Kind::Exit,
                         event.exitCode };
    if (event.action == QLatin1String("died")) {
        m_diedContainers.append(event.container);
        if (isLikelyOomKill(event))
            addMarker(
                StatsMarker { marker.msecs, event.container, StatsMarker::Kind::OomKill, 137 });
    } else if (event.action == QLatin1String("oom")) {
        marker.kind = StatsMarker::Kind::OomKill;
    } else if (event.action == QLatin1String("restart")
               || (event.action == QLatin1String("start")
                   && m_diedContainers.contains(event.container))) {
        // Podman's restart policy starts the same container again and says only "start"; a
        // start that follows a death of the same container is what Kubernetes counts as a
        // restart.
        m_diedContainers.removeAll(event.container);
        marker.kind = StatsMarker::Kind::Restart;
    } else {
        return false;
    }
    addMarker(marker);
    return true;
}

bool PodStatsHistory::isLikelyOomKill(const RuntimeEvent &died) const
{
    // Podman 4.3 with runc on a cgroups v1 (hybrid) host sends no "oom" event and inspect says
    // OOMKilled=false, although the kernel's memcg OOM killer did it (dmesg: "Memory cgroup out
    // of memory: Killed process"). What remains is a SIGKILL exit (137) while the container's
    // memory was close to its limit, so that is taken as the OOM kill. The peak of the last
    // 10 s counts, at half the limit or more: samples come once a second at best (a stream
    // re-subscribing can miss a few), and a fast-growing container is killed between two.
    if (died.exitCode != 137)
        return false;
    const qint64 diedAt = died.time.toMSecsSinceEpoch();
    for (auto it = m_markers.rbegin(); it != m_markers.rend() && diedAt - it->msecs < 5000; ++it) {
        if (it->container == died.container && it->kind == StatsMarker::Kind::OomKill)
            return false; // Podman said so already
    }
    const StatsSeries *s = series(died.container);
    if (!s || s->isEmpty() || s->memoryLimitBytes() <= 0)
        return false;
    qint64 peak = 0;
    for (const StatsPoint &point : s->window(diedAt - 10000))
        peak = std::max(peak, point.memoryBytes);
    return peak * 2 >= s->memoryLimitBytes();
}

void PodStatsHistory::addMarker(const StatsMarker &marker)
{
    // Events can arrive slightly out of order with samples; keep markers sorted by time.
    const auto pos = std::upper_bound(
        m_markers.begin(), m_markers.end(), marker.msecs,
        [](qint64 msecs, const StatsMarker &other) { return msecs < other.msecs; });
    m_markers.insert(pos, marker);
}

void PodStatsHistory::clear()
{
    m_series.clear();
    m_order.clear();
    m_markers.clear();
    m_diedContainers.clear();
    m_latestMsecs = 0;
}

const StatsSeries *PodStatsHistory::series(const QString &container) const
{
    const auto it = m_series.find(container);
    return it == m_series.end() ? nullptr : &it->second;
}

std::vector<StatsMarker> PodStatsHistory::markersSince(qint64 sinceMsecs) const
{
    std::vector<StatsMarker> result;
    std::copy_if(m_markers.begin(), m_markers.end(), std::back_inserter(result),
                 [sinceMsecs](const StatsMarker &m) { return m.msecs >= sinceMsecs; });
    return result;
}

std::vector<StatsPoint> PodStatsHistory::podTotal(qint64 sinceMsecs, qint64 bucketMsecs) const
{
    struct Tagged {
        StatsPoint point;
        int container;
    };
    std::vector<Tagged> all;
    int index = 0;
    for (const auto &[name, series] : m_series) {
        series.forEachSince(sinceMsecs, [&](const StatsPoint &p) { all.push_back({ p, index }); });
        ++index;
    }
    std::stable_sort(all.begin(), all.end(), [](const Tagged &a, const Tagged &b) {
        return a.point.msecs < b.point.msecs;
    });

    std::vector<StatsPoint> totals;
    std::vector<bool> seen(size_t(index), false);
    qint64 groupStart = 0;
    for (const Tagged &t : all) {
        // A new tick starts after half an interval, or when a container repeats (two of its
        // readings never belong to the same tick).
        const bool newTick = totals.empty() || t.point.msecs - groupStart >= bucketMsecs / 2
            || seen[size_t(t.container)];
        if (newTick) {
            totals.push_back(StatsPoint { t.point.msecs, 0, 0, 0 });
            std::fill(seen.begin(), seen.end(), false);
            groupStart = t.point.msecs;
        }
        StatsPoint &total = totals.back();
        total.cpuMillicores += t.point.cpuMillicores;
        total.memoryBytes += t.point.memoryBytes;
        total.pids += t.point.pids;
        seen[size_t(t.container)] = true;
    }
    return totals;
}

StatsPoint PodStatsHistory::latestTotal() const
{
    StatsPoint total { m_latestMsecs, 0, 0, 0 };
    for (const auto &[name, series] : m_series) {
        if (series.isEmpty())
            continue;
        const StatsPoint &p = series.latest();
        // A container that stopped reporting (exited) no longer uses anything; a few seconds of
        // slack cover the usual 1 s interval and a late reading.
        if (m_latestMsecs - p.msecs > 3000)
            continue;
        total.cpuMillicores += p.cpuMillicores;
        total.memoryBytes += p.memoryBytes;
        total.pids += p.pids;
    }
    return total;
}

void PodStatsHistory::writeCsv(QIODevice *device, qint64 sinceMsecs) const
{
    struct Row {
        qint64 msecs;
        QString line;
    };
    std::vector<Row> rows;
    const auto timeText = [](qint64 msecs) {
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    // Container names come from the manifest (DNS labels), so no CSV quoting is ever needed.
    for (const QString &name : m_order) {
        m_series.at(name).forEachSince(sinceMsecs, [&](const StatsPoint &p) {
            rows.push_back({ p.msecs,
                             QStringLiteral("%1,%2,%3,%4,%5,%6,%7,")
                                 .arg(timeText(p.msecs), m_podName, name)
                                 .arg(p.cpuMillicores, 0, 'f', 1)
                                 .arg(p.memoryBytes)
                                 .arg(double(p.memoryBytes) / (1024.0 * 1024.0), 0, 'f', 2)
                                 .arg(p.pids) });
        });
    }
    for (const StatsMarker &m : markersSince(sinceMsecs)) {
        QString event = StatsMarker::kindName(m.kind);
        if (m.kind == StatsMarker::Kind::Exit && m.exitCode >= 0)
            event += QStringLiteral("(%1)").arg(m.exitCode);
        rows.push_back({ m.msecs,
                         QStringLiteral("%1,%2,%3,,,,,%4")
                             .arg(timeText(m.msecs), m_podName, m.container, event) });
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.msecs < b.msecs; });

    QTextStream out(device);
    out << "time,pod,container,cpu_millicores,memory_bytes,memory_mib,pids,event\n";
    for (const Row &row : rows)
        out << row.line << '\n';
}

QByteArray PodStatsHistory::toCsv(qint64 sinceMsecs) const
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    writeCsv(&buffer, sinceMsecs);
    return data;
}

} // namespace podwright
