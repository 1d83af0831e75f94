#include "namevalidation.h"
#include "podvalidation.h"

namespace podwright::validation {

namespace {

const char *const initOnlyForbidden
    = "may not be set for init containers without restartPolicy=Always";

void validatePorts(ErrorList &errs, const std::vector<ContainerPort> &ports, const QString &path)
{
    QSet<QString> names;
    for (std::size_t i = 0; i < ports.size(); ++i) {
        const ContainerPort &port = ports[i];
        const QString p = index(path, qsizetype(i));
        if (!port.name.isEmpty()) {
            const QStringList msgs = isValidPortName(port.name);
            if (!msgs.isEmpty())
                invalidEach(errs, "port-name-invalid", child(p, QStringLiteral("name")), port.name,
                            msgs);
            else if (names.contains(port.name))
                errs.duplicate("port-name-duplicate", child(p, QStringLiteral("name")),
                               BadValue::str(port.name));
            else
                names.insert(port.name);
        }
        const qint64 containerPort = port.containerPort.value_or(0);
        if (containerPort == 0) {
            errs.required("port-container-port-required",
                          child(p, QStringLiteral("containerPort")));
        } else {
            for (const QString &msg : isValidPortNum(containerPort))
                errs.invalid("port-number-invalid", child(p, QStringLiteral("containerPort")),
                             BadValue::num(containerPort), msg);
        }
        if (port.hostPort.value_or(0) != 0) {
            for (const QString &msg : isValidPortNum(*port.hostPort))
                errs.invalid("port-number-invalid", child(p, QStringLiteral("hostPort")),
                             BadValue::num(*port.hostPort), msg);
        }
        if (port.protocol.isEmpty()) {
            errs.required("port-protocol-unsupported", child(p, QStringLiteral("protocol")));
        } else if (port.protocol != QLatin1String("TCP") && port.protocol != QLatin1String("UDP")
                   && port.protocol != QLatin1String("SCTP")) {
            errs.notSupported(
                "port-protocol-unsupported", child(p, QStringLiteral("protocol")),
                BadValue::str(port.protocol),
                { QStringLiteral("SCTP"), QStringLiteral("TCP"), QStringLiteral("UDP") });
        }
    }
}

// AccumulateUniqueHostPorts: the key is protocol/hostIP/hostPort.
void accumulateHostPorts(ErrorList &errs, const std::vector<Container> &containers,
                         const QString &listPath, qsizetype firstIndex, QSet<QString> &seen)
{
    for (std::size_t c = 0; c < containers.size(); ++c) {
        const auto &ports = containers[c].ports;
        for (std::size_t i = 0; i < ports.size(); ++i) {
            const qint64 hostPort = ports[i].hostPort.value_or(0);
            if (hostPort == 0)
                continue;
            const QString key = ports[i].protocol + QLatin1Char('/') + ports[i].hostIP
                + QLatin1Char('/') + QString::number(hostPort);
            const QString p = child(
                index(child(index(listPath, firstIndex + qsizetype(c)), QStringLiteral("ports")),
                      qsizetype(i)),
                QStringLiteral("hostPort"));
            if (seen.contains(key))
                errs.duplicate("host-port-conflict", p, BadValue::str(key));
            else
                seen.insert(key);
        }
    }
}

} // namespace

// Declared in envvalidation.cpp
void validateEnv(ErrorList &errs, const std::vector<EnvVar> &env, const QString &path);
void validateEnvFrom(ErrorList &errs, const YamlNode &envFrom, const QString &path);

QString containerPath(bool init, qsizetype i)
{
    return index(init ? QStringLiteral("spec.initContainers") : QStringLiteral("spec.containers"),
                 i);
}

static void validateVolumeMounts(ErrorList &errs, const Container &ctr,
                                 const QSet<QString> &volumes, const QString &path)
{
    QSet<QString> mountPoints;
    const bool privileged = boolField(ctr.securityContext, "privileged").value_or(false);
    for (std::size_t i = 0; i < ctr.volumeMounts.size(); ++i) {
        const VolumeMount &mnt = ctr.volumeMounts[i];
        const QString p = index(path, qsizetype(i));
        if (mnt.name.isEmpty())
            errs.required("volume-mount-name-required", child(p, QStringLiteral("name")));
        if (!volumes.contains(mnt.name))
            errs.notFound("volume-mount-not-found", child(p, QStringLiteral("name")),
                          BadValue::str(mnt.name));
        if (mnt.mountPath.isEmpty())
            errs.required("volume-mount-path-required", child(p, QStringLiteral("mountPath")));
        if (mountPoints.contains(mnt.mountPath))
            errs.invalid("volume-mount-path-duplicate", child(p, QStringLiteral("mountPath")),
                         BadValue::str(mnt.mountPath), QStringLiteral("must be unique"));
        mountPoints.insert(mnt.mountPath);
        // validation.go reports subPath, subPathExpr and mountPropagation on the list's path
        // (fldPath, not idxPath); kept so that messages match kubectl's.
        if (!mnt.subPath.isEmpty())
            validateLocalDescendingPath(errs, "volume-mount-subpath-invalid", mnt.subPath,
                                        child(path, QStringLiteral("subPath")));
        if (!mnt.subPathExpr.isEmpty()) {
            if (!mnt.subPath.isEmpty())
                errs.invalid("volume-mount-subpath-invalid",
                             child(p, QStringLiteral("subPathExpr")),
                             BadValue::str(mnt.subPathExpr),
                             QStringLiteral("subPathExpr and subPath are mutually exclusive"));
            validateLocalDescendingPath(errs, "volume-mount-subpath-invalid", mnt.subPathExpr,
                                        child(path, QStringLiteral("subPathExpr")));
        }
        if (!mnt.mountPropagation.isEmpty()) {
            const QString pp = child(path, QStringLiteral("mountPropagation"));
            const QStringList supported
                = { QStringLiteral("Bidirectional"), QStringLiteral("HostToContainer"),
                    QStringLiteral("None") };
            if (!supported.contains(mnt.mountPropagation))
                errs.notSupported("volume-mount-propagation-invalid", pp,
                                  BadValue::str(mnt.mountPropagation), supported);
            if (mnt.mountPropagation == QLatin1String("Bidirectional") && !privileged)
                errs.forbidden(
                    "volume-mount-propagation-invalid", pp,
                    QStringLiteral("Bidirectional mount propagation is available only to "
                                   "privileged containers"));
        }
    }
}

// validateContainerCommon
static void validateContainerCommon(ErrorList &errs, const Container &ctr,
                                    const QSet<QString> &volumes, const QString &path)
{
    const QString namePath = child(path, QStringLiteral("name"));
    if (ctr.name.isEmpty())
        errs.required("container-name-required", namePath);
    else
        validateDns1123Label(errs, "container-name-invalid", ctr.name, namePath);
    if (ctr.image.isEmpty())
        errs.required("container-image-required", child(path, QStringLiteral("image")));

    const QString tmp = ctr.terminationMessagePolicy;
    if (tmp.isEmpty())
        errs.required("termination-message-policy-unsupported",
                      child(path, QStringLiteral("terminationMessagePolicy")));
    else if (tmp != QLatin1String("File") && tmp != QLatin1String("FallbackToLogsOnError"))
        errs.notSupported("termination-message-policy-unsupported",
                          child(path, QStringLiteral("terminationMessagePolicy")),
                          BadValue::str(tmp),
                          { QStringLiteral("File"), QStringLiteral("FallbackToLogsOnError") });

    validatePorts(errs, ctr.ports, child(path, QStringLiteral("ports")));
    validateEnv(errs, ctr.env, child(path, QStringLiteral("env")));
    validateEnvFrom(errs, ctr.envFrom, child(path, QStringLiteral("envFrom")));
    validateVolumeMounts(errs, ctr, volumes, child(path, QStringLiteral("volumeMounts")));

    const QString pull = ctr.imagePullPolicy;
    const QString pullPath = child(path, QStringLiteral("imagePullPolicy"));
    if (pull.isEmpty())
        errs.required("image-pull-policy-unsupported", pullPath);
    else if (pull != QLatin1String("Always") && pull != QLatin1String("IfNotPresent")
             && pull != QLatin1String("Never"))
        errs.notSupported(
            "image-pull-policy-unsupported", pullPath, BadValue::str(pull),
            { QStringLiteral("Always"), QStringLiteral("IfNotPresent"), QStringLiteral("Never") });

    validateResources(errs, ctr.resources, child(path, QStringLiteral("resources")));
    validateContainerSecurityContext(errs, ctr.securityContext,
                                     child(path, QStringLiteral("securityContext")));
}

static void validateProbesAndLifecycle(ErrorList &errs, const Container &ctr, const QString &path,
                                       std::optional<qint64> grace)
{
    if (!ctr.lifecycle.isNullValue())
        validateLifecycle(errs, ctr.lifecycle, child(path, QStringLiteral("lifecycle")), grace);
    if (ctr.livenessProbe)
        validateProbe(errs, *ctr.livenessProbe, ProbeKind::Liveness,
                      child(path, QStringLiteral("livenessProbe")), grace);
    if (ctr.readinessProbe)
        validateProbe(errs, *ctr.readinessProbe, ProbeKind::Readiness,
                      child(path, QStringLiteral("readinessProbe")), grace);
    if (ctr.startupProbe)
        validateProbe(errs, *ctr.startupProbe, ProbeKind::Startup,
                      child(path, QStringLiteral("startupProbe")), grace);
}

void validateAllContainers(ErrorList &errs, const PodSpec &spec, const QSet<QString> &volumes,
                           bool isTemplate)
{
    const std::optional<qint64> grace = spec.terminationGracePeriodSeconds;

    // validateContainers
    if (spec.containers.empty())
        errs.required("containers-required", QStringLiteral("spec.containers"));
    QSet<QString> names;
    for (std::size_t i = 0; i < spec.containers.size(); ++i) {
        const Container &ctr = spec.containers[i];
        const QString path = containerPath(false, qsizetype(i));
        validateContainerCommon(errs, ctr, volumes, path);
        if (names.contains(ctr.name))
            errs.duplicate("container-name-duplicate", child(path, QStringLiteral("name")),
                           BadValue::str(ctr.name));
        else
            names.insert(ctr.name);
        validateProbesAndLifecycle(errs, ctr, path, grace);
        if (!ctr.restartPolicy.isEmpty())
            errs.forbidden("container-restart-policy-forbidden",
                           child(path, QStringLiteral("restartPolicy")),
                           QStringLiteral("may not be set for non-init containers"));
    }
    QSet<QString> hostPorts;
    accumulateHostPorts(errs, spec.containers, QStringLiteral("spec.containers"), 0, hostPorts);

    // validateInitContainers: names must be unique across both lists.
    for (std::size_t i = 0; i < spec.initContainers.size(); ++i) {
        const Container &ctr = spec.initContainers[i];
        const QString path = containerPath(true, qsizetype(i));
        validateContainerCommon(errs, ctr, volumes, path);
        if (!ctr.restartPolicy.isEmpty() && !ctr.isSidecar())
            errs.notSupported("init-container-restart-policy-unsupported",
                              child(path, QStringLiteral("restartPolicy")),
                              BadValue::str(ctr.restartPolicy), { QStringLiteral("Always") });
        if (names.contains(ctr.name))
            errs.duplicate("container-name-duplicate", child(path, QStringLiteral("name")),
                           BadValue::str(ctr.name));
        else if (!ctr.name.isEmpty())
            names.insert(ctr.name);
        // Init containers run one by one, so their host ports are checked one by one.
        QSet<QString> own;
        accumulateHostPorts(errs, { ctr }, QStringLiteral("spec.initContainers"), qsizetype(i),
                            own);
        if (ctr.isSidecar()) {
            validateProbesAndLifecycle(errs, ctr, path, grace);
        } else {
            if (!ctr.lifecycle.isNullValue())
                errs.forbidden("init-container-field-forbidden",
                               child(path, QStringLiteral("lifecycle")),
                               QLatin1String(initOnlyForbidden));
            if (ctr.livenessProbe)
                errs.forbidden("init-container-field-forbidden",
                               child(path, QStringLiteral("livenessProbe")),
                               QLatin1String(initOnlyForbidden));
            if (ctr.readinessProbe)
                errs.forbidden("init-container-field-forbidden",
                               child(path, QStringLiteral("readinessProbe")),
                               QLatin1String(initOnlyForbidden));
            if (ctr.startupProbe)
                errs.forbidden("init-container-field-forbidden",
                               child(path, QStringLiteral("startupProbe")),
                               QLatin1String(initOnlyForbidden));
        }
    }

    // validateContainersOnlyForPod: templates keep " " images for backward compatibility.
    if (!isTemplate) {
        for (const bool init : { false, true }) {
            const auto &list = init ? spec.initContainers : spec.containers;
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (list[i].image != list[i].image.trimmed())
                    errs.invalid("container-image-whitespace",
                                 child(containerPath(init, qsizetype(i)), QStringLiteral("image")),
                                 BadValue::str(list[i].image),
                                 QStringLiteral("must not have leading or trailing whitespace"));
            }
        }
    }
}

} // namespace podwright::validation
