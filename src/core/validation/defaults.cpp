#include "quantity.h"
#include "validator.h"

namespace podwright {

namespace {

// SetDefaults_Container's pull policy: Always for ":latest" or no tag, unless pinned by digest.
QString defaultPullPolicy(const QString &image)
{
    if (image.contains(QLatin1Char('@')))
        return QStringLiteral("IfNotPresent");
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon <= slash)
        return QStringLiteral("Always"); // no tag
    return image.mid(colon + 1) == QLatin1String("latest") ? QStringLiteral("Always")
                                                           : QStringLiteral("IfNotPresent");
}

void defaultProbe(std::optional<Probe> &probe)
{
    if (!probe)
        return;
    // SetDefaults_Probe sets zero values, which is what an absent field decodes to.
    auto set = [](std::optional<qint64> &v, qint64 def) {
        if (v.value_or(0) == 0)
            v = def;
    };
    set(probe->timeoutSeconds, 1);
    set(probe->periodSeconds, 10);
    set(probe->successThreshold, 1);
    set(probe->failureThreshold, 3);
    if (probe->httpGet) {
        if (probe->httpGet->path.isEmpty())
            probe->httpGet->path = QStringLiteral("/");
        if (probe->httpGet->scheme.isEmpty())
            probe->httpGet->scheme = QStringLiteral("HTTP");
    }
}

void defaultContainer(Container &c, bool hostNetwork)
{
    if (c.imagePullPolicy.isEmpty())
        c.imagePullPolicy = defaultPullPolicy(c.image);
    if (c.terminationMessagePath.isEmpty())
        c.terminationMessagePath = QStringLiteral("/dev/termination-log");
    if (c.terminationMessagePolicy.isEmpty())
        c.terminationMessagePolicy = QStringLiteral("File");
    for (ContainerPort &port : c.ports) {
        if (port.protocol.isEmpty())
            port.protocol = QStringLiteral("TCP");
        // defaultHostNetworkPorts
        if (hostNetwork && port.hostPort.value_or(0) == 0)
            port.hostPort = port.containerPort;
    }
    // SetDefaults_Pod: a limit without a request also becomes the request.
    // A limit that does not parse never gets this far on a cluster (decoding fails first).
    for (const auto &[name, value] : c.resources.limits) {
        if (stringMapValue(c.resources.requests, name).isEmpty() && Quantity::parse(value))
            setStringMapValue(c.resources.requests, name, value);
    }
    defaultProbe(c.livenessProbe);
    defaultProbe(c.readinessProbe);
    defaultProbe(c.startupProbe);
}

} // namespace

Pod applyDefaults(const Pod &input)
{
    Pod pod = input;
    PodSpec &spec = pod.spec;
    if (spec.restartPolicy.isEmpty())
        spec.restartPolicy = QStringLiteral("Always");
    if (spec.dnsPolicy.isEmpty())
        spec.dnsPolicy = QStringLiteral("ClusterFirst");
    if (!spec.terminationGracePeriodSeconds)
        spec.terminationGracePeriodSeconds = 30;
    if (!spec.extra.contains(QStringLiteral("schedulerName"))) {
        if (!spec.extra.isMap())
            spec.extra = YamlNode::map();
        spec.extra.insert(QStringLiteral("schedulerName"),
                          YamlNode::scalar(QStringLiteral("default-scheduler")));
    }
    // Set by the ServiceAccount admission plugin rather than defaults.go, but just as sure.
    if (spec.serviceAccountName.isEmpty())
        spec.serviceAccountName = QStringLiteral("default");
    const bool hostNetwork = spec.hostNetwork.value_or(false);
    for (Container &c : spec.initContainers)
        defaultContainer(c, hostNetwork);
    for (Container &c : spec.containers)
        defaultContainer(c, hostNetwork);
    for (Volume &v : spec.volumes) {
        if (v.hostPath && !v.hostPath->type)
            v.hostPath->type = QString();
        if (v.configMap && !v.configMap->defaultMode)
            v.configMap->defaultMode = 0644;
        if (v.secret && !v.secret->defaultMode)
            v.secret->defaultMode = 0644;
    }
    return pod;
}

} // namespace podwright
