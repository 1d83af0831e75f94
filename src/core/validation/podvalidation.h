#pragma once

#include "errorlist.h"
#include "manifest.h"
#include "pod.h"

#include <QSet>

/**
 * The parts of the API server's pod validation (pkg/apis/core/validation/validation.go),
 * each in its own file. All take the pod after applyDefaults(), as the API server does.
 */
namespace podwright::validation {

/// ValidateObjectMeta with the pod name rules; a template checks only labels and annotations.
void validateMetadata(ErrorList &errs, const ObjectMeta &meta, bool isTemplate);

/// ValidateVolumes; returns the names of the volumes that are valid (mounts may use only these).
QSet<QString> validateVolumes(ErrorList &errs, const std::vector<Volume> &volumes);

/// validateContainers + validateInitContainers + host port conflicts and the pod-only image
/// whitespace check.
void validateAllContainers(ErrorList &errs, const PodSpec &spec, const QSet<QString> &volumes,
                           bool isTemplate);

/// validateResourceRequirements for one container.
void validateResources(ErrorList &errs, const ResourceRequirements &resources, const QString &path);

/// validateLivenessProbe / validateReadinessProbe / validateStartupProbe.
enum class ProbeKind { Liveness, Readiness, Startup };
void validateProbe(ErrorList &errs, const Probe &probe, ProbeKind kind, const QString &path,
                   std::optional<qint64> gracePeriod);
/// validateLifecycle on the untyped lifecycle subtree.
void validateLifecycle(ErrorList &errs, const YamlNode &lifecycle, const QString &path,
                       std::optional<qint64> gracePeriod);
/// An IntOrString port as ValidatePortNumOrName checks it.
void validatePortNumOrName(ErrorList &errs, const IntOrString &port, const QString &path);

/// restartPolicy, dnsPolicy, nodeSelector, grace period, deadline, service account,
/// hostname/subdomain, dnsConfig, hostAliases, hostNetwork port rules.
void validatePodSpecFields(ErrorList &errs, const PodSpec &spec);

/// tolerations, affinity, topologySpreadConstraints.
void validateScheduling(ErrorList &errs, const PodSpec &spec);

/// validatePodSpecSecurityContext and, per container, ValidateSecurityContext.
void validatePodSecurityContext(ErrorList &errs, const PodSpec &spec);
void validateContainerSecurityContext(ErrorList &errs, const YamlNode &sc, const QString &path);
/// validateSeccompProfileField
void validateSeccompProfile(ErrorList &errs, const YamlNode &profile, const QString &path);

/// The API server's warnings about ports (pkg/api/pod/warnings.go), on the defaulted pod.
void addApiServerPortWarnings(ErrorList &errs, const PodSpec &spec);

/// Podman-local warnings and learner hints, on the pod as the user wrote it.
void addPodmanWarnings(ErrorList &errs, const Pod &pod);
void addLearnerHints(ErrorList &errs, const Pod &pod, bool isTemplate);

/// The apps/v1 workloads' selector: required, not empty, well formed, and matching the
/// template's labels. Paths are the workload's own ("spec.selector"), not the template's.
void addWorkloadSelectorErrors(ErrorList &errs, const ManifestResource &resource);

/// "spec.containers[0]" / "spec.initContainers[1]" for a container of either list.
QString containerPath(bool init, qsizetype i);

} // namespace podwright::validation
