#include "statsseries.h"

#include <algorithm>

namespace podwright {

StatsSeries::StatsSeries(int capacity)
    : m_points(size_t(std::max(1, capacity)))
{ }

bool StatsSeries::append(const StatsPoint &point)
{
    if (m_size > 0 && point.msecs < latest().msecs)
        return false;
    if (m_size < capacity()) {
        m_points[physical(m_size)] = point;
        ++m_size;
    } else {
        m_points[m_head] = point;
        m_head = physical(1);
    }
    return true;
}

bool StatsSeries::append(const StatsSample &sample)
{
    const bool appended = append(StatsPoint { sample.time.toMSecsSinceEpoch(), sample.cpuMillicores,
                                              sample.memoryBytes, sample.pids });
    if (appended)
        m_memoryLimitBytes = sample.memoryLimitBytes;
    return appended;
}

void StatsSeries::clear()
{
    m_head = 0;
    m_size = 0;
}

int StatsSeries::lowerBound(qint64 msecs) const
{
    int low = 0;
    int high = m_size;
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (at(mid).msecs < msecs)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

std::vector<StatsPoint> StatsSeries::window(qint64 sinceMsecs) const
{
    std::vector<StatsPoint> points;
    const int first = lowerBound(sinceMsecs);
    points.reserve(size_t(m_size - first));
    for (int i = first; i < m_size; ++i)
        points.push_back(at(i));
    return points;
}

} // namespace podwright
