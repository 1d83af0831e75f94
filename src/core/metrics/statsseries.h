#pragma once

#include "runtime/runtimetypes.h"

#include <QtGlobal>

#include <vector>

namespace podwright {

/// One point of a container's usage history; compact because an hour at 1 s is 3600 of them.
struct StatsPoint {
    qint64 msecs = 0; ///< milliseconds since the epoch, UTC
    double cpuMillicores = 0;
    qint64 memoryBytes = 0;
    qint64 pids = 0;
};

/**
 * The usage history of one container: a fixed-capacity ring buffer of StatsPoints, oldest
 * first. Appending is O(1) and never allocates once the buffer is full; the oldest point is
 * dropped. Points are kept in time order, so a time window ("the last 5 minutes") is found by
 * binary search in O(log n).
 */
class StatsSeries
{
public:
    static constexpr int DefaultCapacity = 3600; ///< one hour at one sample per second

    explicit StatsSeries(int capacity = DefaultCapacity);

    /// Appends a point. A point older than the newest one is dropped (returns false): a
    /// re-subscribed stream may repeat a reading, and the window search relies on the order.
    bool append(const StatsPoint &point);
    bool append(const StatsSample &sample);
    void clear();

    int size() const { return m_size; }
    int capacity() const { return int(m_points.size()); }
    bool isEmpty() const { return m_size == 0; }
    /// The i-th point, 0 = oldest kept.
    const StatsPoint &at(int index) const { return m_points[physical(index)]; }
    const StatsPoint &latest() const { return at(m_size - 1); }

    /// Index of the first point at or after `msecs` (size() when there is none).
    int lowerBound(qint64 msecs) const;
    /// The points at or after `sinceMsecs`, oldest first.
    std::vector<StatsPoint> window(qint64 sinceMsecs) const;

    /// The limit Podman reported with the latest sample (0 = none / the machine's memory).
    qint64 memoryLimitBytes() const { return m_memoryLimitBytes; }

    /// Calls f(const StatsPoint &) for every point at or after `sinceMsecs`, without copying.
    template<typename F>
    void forEachSince(qint64 sinceMsecs, F &&f) const
    {
        for (int i = lowerBound(sinceMsecs); i < m_size; ++i)
            f(at(i));
    }

private:
    int physical(int index) const
    {
        const int p = m_head + index;
        return p >= capacity() ? p - capacity() : p;
    }

    std::vector<StatsPoint> m_points;
    int m_head = 0; ///< physical index of the oldest point
    int m_size = 0;
    qint64 m_memoryLimitBytes = 0;
};

} // namespace podwright
