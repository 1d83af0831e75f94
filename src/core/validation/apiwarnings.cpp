#include "podvalidation.h"

#include <QHash>

namespace podwright::validation {

namespace {

struct PortBlock {
    QString field; ///< full path, e.g. "spec.containers[0].ports[1]"
    const ContainerPort *port;
};

/// Go's %+v of the API's ContainerPort, as the warning prints it.
QString goPortValue(const ContainerPort &port)
{
    return QStringLiteral("{Name:%1 HostPort:%2 ContainerPort:%3 Protocol:%4 HostIP:%5}")
        .arg(port.name)
        .arg(port.hostPort.value_or(0))
        .arg(port.containerPort.value_or(0))
        .arg(port.protocol, port.hostIP);
}

} // namespace

// The API server's warnings for a pod's ports (pkg/api/pod/warnings.go, warningsForPodSpecAndMeta):
// kubectl prints them as "Warning: ..." and creates the pod anyway. Two containers listening on
// the same port is the classic case: both share the pod's network, so the second one cannot
// bind and ends in CrashLoopBackOff.
void addApiServerPortWarnings(ErrorList &errs, const PodSpec &spec)
{
    QHash<QString, std::vector<PortBlock>> allPorts;
    // VisitContainersWithPath's order: init containers (sidecars among them), then containers.
    for (const bool init : { true, false }) {
        const auto &list = init ? spec.initContainers : spec.containers;
        for (std::size_t c = 0; c < list.size(); ++c) {
            const QString ports = child(containerPath(init, qsizetype(c)), QStringLiteral("ports"));
            for (std::size_t i = 0; i < list[c].ports.size(); ++i) {
                const ContainerPort &port = list[c].ports[i];
                const QString path = index(ports, qsizetype(i));
                const qint64 hostPort = port.hostPort.value_or(0);
                if (!port.hostIP.isEmpty() && hostPort == 0)
                    errs.warning("api-warning-host-ip-without-host-port", path,
                                 QStringLiteral("hostIP set without hostPort: ")
                                     + goPortValue(port));
                // A port without a number (left out, or of the wrong type) is an error
                // already; the API server refuses the pod before it warns, and two such ports
                // are not "the same port".
                if (port.containerPort.value_or(0) == 0)
                    continue;
                const QString key
                    = QString::number(*port.containerPort) + QLatin1Char('/') + port.protocol;
                std::vector<PortBlock> &others = allPorts[key];
                for (const PortBlock &other : others) {
                    const qint64 otherHostPort = other.port->hostPort.value_or(0);
                    const bool sameHostIP = port.hostIP == other.port->hostIP;
                    if (sameHostIP && hostPort == otherHostPort)
                        errs.warning("api-warning-duplicate-port", path,
                                     QStringLiteral("duplicate port definition with ")
                                         + other.field);
                    else if (hostPort == 0 || otherHostPort == 0)
                        errs.warning("api-warning-overlapping-port", path,
                                     QStringLiteral("overlapping port definition with ")
                                         + other.field);
                    else if (hostPort == otherHostPort
                             && port.hostIP.isEmpty() != other.port->hostIP.isEmpty())
                        errs.warning("api-warning-ambiguous-port", path,
                                     QStringLiteral("dangerously ambiguous port definition with ")
                                         + other.field);
                }
                others.push_back({ errs.prefix() + path, &port });
            }
        }
    }
}

} // namespace podwright::validation
