#pragma once

// Stats samples for the offscreen chart tests, fed in instead of Podman's stream.
#include "runtime/runtimetypes.h"

namespace statssamples {

constexpr qint64 T0 = 1795237800000; // a fixed instant, ms since the epoch

inline podwright::StatsSample sample(const QString &pod, const QString &container, qint64 msecs,
                                     double cpu, qint64 memory, qint64 memoryLimit = 0)
{
    podwright::StatsSample s;
    s.time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    s.pod = pod;
    s.container = container;
    s.cpuMillicores = cpu;
    s.memoryBytes = memory;
    s.memoryLimitBytes = memoryLimit;
    s.pids = 1;
    return s;
}

} // namespace statssamples
