#include "podvalidation.h"

#include <QCoreApplication>

namespace podwright::validation {

// Each warning states only what was seen with Podman 4.3 (see /work/shared/PODMAN.md and the
// rule catalogue's `source`).
void addPodmanWarnings(ErrorList &errs, const Pod &pod)
{
    const PodSpec &spec = pod.spec;
    for (const bool init : { true, false }) {
        const auto &list = init ? spec.initContainers : spec.containers;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Container &c = list[i];
            const QString path = containerPath(init, qsizetype(i));
            if (init && c.isSidecar()) {
                errs.warning(
                    "podman-native-sidecar", child(path, QStringLiteral("restartPolicy")),
                    QCoreApplication::translate(
                        "podwright::Warnings",
                        "plain `podman kube play` waits for this sidecar to exit, so the app "
                        "containers never start; Podwright starts sidecars itself when it runs "
                        "the pod"));
            } else if (init) {
                errs.warning("podman-init-container-delay", path,
                             QCoreApplication::translate(
                                 "podwright::Warnings",
                                 "plain `podman kube play` (Podman 4.3) takes about 20 s to notice "
                                 "that an init container has exited; Podwright starts init "
                                 "containers itself when it runs the pod"));
            }
            if (c.readinessProbe)
                errs.warning(
                    "podman-readiness-probe-ignored", child(path, QStringLiteral("readinessProbe")),
                    QCoreApplication::translate("podwright::Warnings",
                                                "Podman 4.3 does not run readiness probes"));
            if (c.startupProbe)
                errs.warning("podman-startup-probe-ignored",
                             child(path, QStringLiteral("startupProbe")),
                             QCoreApplication::translate("podwright::Warnings",
                                                         "Podman 4.3 does not run startup probes"));
            if (c.livenessProbe)
                errs.warning(
                    "podman-liveness-probe-needs-systemd",
                    child(path, QStringLiteral("livenessProbe")),
                    QCoreApplication::translate(
                        "podwright::Warnings",
                        "Podman runs liveness probes as health checks from systemd timers; "
                        "without systemd the probe never runs"));
        }
    }
    const QString specPath = QStringLiteral("spec");
    if (!spec.nodeSelector.empty())
        errs.warning("podman-scheduling-ignored", child(specPath, QStringLiteral("nodeSelector")),
                     QCoreApplication::translate(
                         "podwright::Warnings",
                         "a local pod runs on this machine: nodeSelector is ignored"));
    if (!spec.affinity.isNullValue())
        errs.warning(
            "podman-scheduling-ignored", child(specPath, QStringLiteral("affinity")),
            QCoreApplication::translate("podwright::Warnings",
                                        "a local pod runs on this machine: affinity is ignored"));
    if (!spec.tolerations.isNullValue())
        errs.warning("podman-scheduling-ignored", child(specPath, QStringLiteral("tolerations")),
                     QCoreApplication::translate(
                         "podwright::Warnings",
                         "a local pod runs on this machine: tolerations are ignored"));
    if (field(spec.extra, "topologySpreadConstraints"))
        errs.warning(
            "podman-scheduling-ignored",
            child(specPath, QStringLiteral("topologySpreadConstraints")),
            QCoreApplication::translate(
                "podwright::Warnings",
                "a local pod runs on this machine: topologySpreadConstraints are ignored"));
    if (spec.activeDeadlineSeconds)
        errs.warning("podman-active-deadline-ignored",
                     child(specPath, QStringLiteral("activeDeadlineSeconds")),
                     QCoreApplication::translate(
                         "podwright::Warnings",
                         "Podman 4.3 does not stop the pod when activeDeadlineSeconds pass"));
    if (!spec.serviceAccountName.isEmpty())
        errs.warning(
            "podman-service-account-token", child(specPath, QStringLiteral("serviceAccountName")),
            QCoreApplication::translate(
                "podwright::Warnings",
                "a local pod has no service account: no token is mounted in its containers"));
    for (const bool init : { true, false }) {
        const auto &list = init ? spec.initContainers : spec.containers;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!stringMapValue(list[i].resources.requests, QStringLiteral("cpu")).isEmpty())
                errs.warning(
                    "podman-cpu-request-ignored",
                    key(child(child(containerPath(init, qsizetype(i)), QStringLiteral("resources")),
                              QStringLiteral("requests")),
                        QStringLiteral("cpu")),
                    QCoreApplication::translate(
                        "podwright::Warnings",
                        "Podman 4.3 does not apply CPU requests; only limits.cpu restricts "
                        "the container"));
        }
    }
    for (std::size_t i = 0; i < spec.volumes.size(); ++i) {
        const Volume &v = spec.volumes[i];
        const QString vp = index(QStringLiteral("spec.volumes"), qsizetype(i));
        const Volume::SourceKind kind = v.sourceKind();
        if (kind == Volume::SourceKind::Projected || kind == Volume::SourceKind::DownwardAPI
            || kind == Volume::SourceKind::Other)
            errs.warning(
                "podman-volume-unsupported", vp,
                QCoreApplication::translate(
                    "podwright::Warnings",
                    "Podman 4.3 kube play mounts only hostPath, configMap, emptyDir, "
                    "persistentVolumeClaim and secret volumes: this pod will not start locally"));
        if (v.secret)
            errs.warning(
                "podman-secret-volume", child(vp, QStringLiteral("secret")),
                QCoreApplication::translate(
                    "podwright::Warnings",
                    "Podman 4.3 looks secret \"%1\" up among its own secrets (podman secret), "
                    "not in the manifest, and crashed on secret volumes when tried")
                    .arg(v.secret->secretName));
        if (v.persistentVolumeClaim)
            errs.warning(
                "podman-pvc-volume",
                child(index(QStringLiteral("spec.volumes"), qsizetype(i)),
                      QStringLiteral("persistentVolumeClaim")),
                QCoreApplication::translate(
                    "podwright::Warnings",
                    "Podman has no PersistentVolumeClaims: it uses (and creates if needed) a "
                    "local Podman volume named \"%1\"")
                    .arg(v.persistentVolumeClaim->claimName));
    }
}

} // namespace podwright::validation
