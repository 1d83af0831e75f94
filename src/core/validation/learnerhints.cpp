#include "podvalidation.h"

#include <QCoreApplication>

namespace podwright::validation {

namespace {

bool isUntaggedOrLatest(const QString &image)
{
    if (image.contains(QLatin1Char('@')))
        return false;
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    return colon <= slash || image.mid(colon + 1) == QLatin1String("latest");
}

} // namespace

void addLearnerHints(ErrorList &errs, const Pod &pod, bool isTemplate)
{
    const PodSpec &spec = pod.spec;
    if (pod.metadata.labels.empty())
        errs.hint(
            "hint-no-labels", QStringLiteral("metadata.labels"),
            isTemplate ? QCoreApplication::translate(
                "podwright::Hints", "the pod template has no labels, so no selector can match it")
                       : QCoreApplication::translate(
                           "podwright::Hints",
                           "the pod has no labels, so no Service or selector can find it"));
    if (spec.hostNetwork.value_or(false))
        errs.hint("hint-host-network", QStringLiteral("spec.hostNetwork"),
                  QCoreApplication::translate(
                      "podwright::Hints",
                      "the pod shares the host's network: its ports can clash with the host's"));
    if (intField(spec.securityContext, "runAsUser") == std::optional<qint64>(0))
        errs.hint(
            "hint-runs-as-root", QStringLiteral("spec.securityContext.runAsUser"),
            QCoreApplication::translate("podwright::Hints", "the pod's containers run as root"));
    for (std::size_t i = 0; i < spec.volumes.size(); ++i) {
        if (spec.volumes[i].hostPath)
            errs.hint("hint-host-path",
                      child(index(QStringLiteral("spec.volumes"), qsizetype(i)),
                            QStringLiteral("hostPath")),
                      QCoreApplication::translate("podwright::Hints",
                                                  "hostPath ties the pod to one machine's files"));
    }
    // Only app containers of a pod that restarts them run long enough to need probes.
    const bool longRunning
        = spec.restartPolicy.isEmpty() || spec.restartPolicy == QLatin1String("Always");
    for (const bool init : { true, false }) {
        const auto &list = init ? spec.initContainers : spec.containers;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Container &c = list[i];
            const QString path = containerPath(init, qsizetype(i));
            if (!c.image.isEmpty() && isUntaggedOrLatest(c.image))
                errs.hint("hint-image-latest", child(path, QStringLiteral("image")),
                          QCoreApplication::translate(
                              "podwright::Hints",
                              "image %1 has no fixed tag: what runs can change without notice")
                              .arg(c.image));
            if (c.resources.limits.empty())
                errs.hint("hint-no-resource-limits", child(path, QStringLiteral("resources")),
                          c.resources.requests.empty()
                              ? QCoreApplication::translate(
                                    "podwright::Hints",
                                    "container %1 sets no resource requests or limits")
                                    .arg(c.name)
                              : QCoreApplication::translate("podwright::Hints",
                                                            "container %1 has no resource limits")
                                    .arg(c.name));
            else if (c.resources.requests.empty())
                errs.hint("hint-no-resource-requests", child(path, QStringLiteral("resources")),
                          QCoreApplication::translate(
                              "podwright::Hints",
                              "container %1 sets limits but no requests: Kubernetes requests the "
                              "whole limit")
                              .arg(c.name));
            if (!init && longRunning && !c.livenessProbe && !c.readinessProbe)
                errs.hint("hint-no-probes", path,
                          QCoreApplication::translate(
                              "podwright::Hints", "container %1 has no liveness or readiness probe")
                              .arg(c.name));
            if (boolField(c.securityContext, "privileged").value_or(false))
                errs.hint("hint-privileged",
                          child(child(path, QStringLiteral("securityContext")),
                                QStringLiteral("privileged")),
                          QCoreApplication::translate(
                              "podwright::Hints",
                              "container %1 is privileged: it can do almost anything the host can")
                              .arg(c.name));
            if (intField(c.securityContext, "runAsUser") == std::optional<qint64>(0))
                errs.hint(
                    "hint-runs-as-root",
                    child(child(path, QStringLiteral("securityContext")),
                          QStringLiteral("runAsUser")),
                    QCoreApplication::translate("podwright::Hints", "container %1 runs as root")
                        .arg(c.name));
        }
    }
}

} // namespace podwright::validation
