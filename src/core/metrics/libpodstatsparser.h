#pragma once

#include "runtime/runtimetypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace podwright {

/**
 * Turns Podman's streaming container stats (`GET /libpod/containers/stats?stream=true`: one
 * JSON object per interval, newline-separated, each with a "Stats" array) into StatsSamples
 * named by pod and container.
 *
 * CPU needs two readings of a container: the first one only sets its baseline. The parser
 * keeps the baselines across streams, so re-subscribing (another set of containers) loses no
 * tick. Feed it raw body bytes with feed(), or whole objects with parseObject().
 */
class LibpodStatsParser
{
public:
    struct ContainerName {
        QString pod;
        QString container;
    };

    /// Names for Podman container ids (full ids; a prefix of 12+ characters matches too).
    /// Containers not listed fall back to Podman's "<pod>-<container>" naming when the pod is
    /// known from setPods(), else to pod "" and Podman's container name.
    void setContainerName(const QString &id, const ContainerName &name);
    /// Learns ids and names from runtime statuses (kube play names containers "<pod>-<name>").
    void setPods(const std::vector<PodRuntimeStatus> &pods);

    /// Appends body bytes; returns the samples of every object completed by them.
    std::vector<StatsSample> feed(const QByteArray &data);
    /// One JSON object of the stream. `error` gets Podman's error text or a parse error.
    std::vector<StatsSample> parseObject(const QByteArray &json, QString *error = nullptr);

    /// The last error seen by feed() (Podman's "Error" field or malformed JSON), then cleared.
    QString takeError();
    /// Forgets the baseline of one container (e.g. after it was removed).
    void forgetContainer(const QString &id) { m_baselines.remove(id); }
    void reset();

private:
    ContainerName nameFor(const QString &id, const QString &podmanName) const;

    struct Baseline {
        quint64 cpuNano = 0;
        quint64 systemNano = 0;
    };
    QHash<QString, Baseline> m_baselines; ///< by container id
    QHash<QString, ContainerName> m_names; ///< by container id
    QHash<QString, ContainerName> m_podmanNames; ///< by "<pod>-<container>"
    QByteArray m_buffer;
    QString m_error;
};

} // namespace podwright
