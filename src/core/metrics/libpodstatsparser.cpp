#include "libpodstatsparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace podwright {

static quint64 unsignedField(const QJsonObject &object, QLatin1String key)
{
    // Podman writes Go uint64s; Qt 6 keeps integers up to 2^63 exact (toInteger), which covers
    // nanoseconds since the epoch. Larger ones (never seen) degrade to double.
    const QJsonValue value = object.value(key);
    const qint64 exact = value.toInteger(-1);
    if (exact >= 0)
        return quint64(exact);
    const double approximate = value.toDouble();
    return approximate > 0 ? quint64(approximate) : 0;
}

void LibpodStatsParser::setContainerName(const QString &id, const ContainerName &name)
{
    m_names.insert(id, name);
}

void LibpodStatsParser::setPods(const std::vector<PodRuntimeStatus> &pods)
{
    for (const PodRuntimeStatus &pod : pods) {
        for (const ContainerRuntimeState &c : pod.containers) {
            const ContainerName name { pod.name, c.name };
            if (!c.id.isEmpty())
                m_names.insert(c.id, name);
            m_podmanNames.insert(pod.name + QLatin1Char('-') + c.name, name);
        }
    }
}

LibpodStatsParser::ContainerName LibpodStatsParser::nameFor(const QString &id,
                                                            const QString &podmanName) const
{
    if (const auto it = m_names.constFind(id); it != m_names.cend())
        return *it;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (it.key().size() >= 12 && id.startsWith(it.key()))
            return it.value();
    }
    if (const auto it = m_podmanNames.constFind(podmanName); it != m_podmanNames.cend())
        return *it;
    return { QString(), podmanName };
}

std::vector<StatsSample> LibpodStatsParser::feed(const QByteArray &data)
{
    m_buffer.append(data);
    std::vector<StatsSample> samples;
    qsizetype start = 0;
    // Podman's json.Encoder ends every object with a newline, so lines are objects.
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        QString error;
        auto parsed = parseObject(line, &error);
        if (!error.isEmpty())
            m_error = error;
        samples.insert(samples.end(), std::make_move_iterator(parsed.begin()),
                       std::make_move_iterator(parsed.end()));
    }
    m_buffer.remove(0, start);
    return samples;
}

std::vector<StatsSample> LibpodStatsParser::parseObject(const QByteArray &json, QString *error)
{
    std::vector<StatsSample> samples;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error
                = QStringLiteral("malformed stats from Podman: %1").arg(parseError.errorString());
        return samples;
    }
    const QJsonObject root = document.object();
    // The stream ends with {"Error":{},"Stats":null} when its containers are gone (seen with
    // Podman 4.3 after the pod was removed); a Go error value marshals as {} or a string.
    const QJsonValue podmanError = root.value(QLatin1String("Error"));
    if (error && !podmanError.isNull() && !podmanError.isUndefined()) {
        *error = podmanError.isString() ? podmanError.toString()
                                        : QStringLiteral("Podman ended the stats stream");
    }

    const QJsonArray stats = root.value(QLatin1String("Stats")).toArray();
    for (const QJsonValue &value : stats) {
        const QJsonObject s = value.toObject();
        const QString id = s.value(QLatin1String("ContainerID")).toString();
        const quint64 cpuNano = unsignedField(s, QLatin1String("CPUNano"));
        const quint64 systemNano = unsignedField(s, QLatin1String("SystemNano"));
        if (systemNano == 0) {
            // A stopped container stays in the stream with every field 0 until it runs again.
            m_baselines.remove(id);
            continue;
        }
        const auto previous = m_baselines.constFind(id);
        const bool haveBaseline = previous != m_baselines.cend()
            && systemNano > previous->systemNano && cpuNano >= previous->cpuNano;
        const Baseline last = haveBaseline ? *previous : Baseline {};
        m_baselines.insert(id, Baseline { cpuNano, systemNano });
        // No baseline, or the counter went backwards: the container runs in a new cgroup after
        // a restart. Either way this reading only starts the next delta.
        if (!haveBaseline)
            continue;

        // Millicores from our own deltas rather than Podman's "CPU" field: CPU is a percentage
        // of one core over Podman's previous reading *inside Podman*, so the first object of
        // every stream reports the average since the container started (it equals "AvgCPU"),
        // which would put a spike or a dip at each re-subscription. CPUNano is the cgroup's
        // cumulative CPU time and SystemNano the wall clock of that reading (both ns, see
        // libpod/stats_linux.go), so their deltas give exact usage over the real interval.
        StatsSample sample;
        const ContainerName name = nameFor(id, s.value(QLatin1String("Name")).toString());
        sample.pod = name.pod;
        sample.container = name.container;
        sample.time = QDateTime::fromMSecsSinceEpoch(qint64(systemNano / 1000000), Qt::UTC);
        sample.cpuMillicores
            = double(cpuNano - last.cpuNano) / double(systemNano - last.systemNano) * 1000.0;
        sample.memoryBytes = qint64(unsignedField(s, QLatin1String("MemUsage")));
        sample.memoryLimitBytes = qint64(unsignedField(s, QLatin1String("MemLimit")));
        sample.pids = qint64(unsignedField(s, QLatin1String("PIDs")));
        samples.push_back(sample);
    }
    return samples;
}

QString LibpodStatsParser::takeError()
{
    QString error;
    error.swap(m_error);
    return error;
}

void LibpodStatsParser::reset()
{
    m_baselines.clear();
    m_buffer.clear();
    m_error.clear();
}

} // namespace podwright
