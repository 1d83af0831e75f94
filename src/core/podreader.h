#pragma once

#include "finding.h"
#include "manifest.h"
#include "yamlnode.h"

#include <vector>

namespace podwright {

/**
 * Turns parsed YAML documents into a Manifest: `kind: Pod` and the pod templates of
 * workloads (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob,
 * ReplicationController) typed as a Pod; the items of a `kind: List` as resources of their
 * own; every other kind verbatim.
 *
 * Wrong types and unknown fields are reported in `diagnostics` (rule ids "wrong-type",
 * "unknown-field", "kind-missing", "not-an-object") with the field path and 1-based
 * position; the raw values stay in the model's `extra` maps so export loses nothing.
 */
Manifest readManifest(const std::vector<YamlNode> &documents, Findings &diagnostics);

/// The template path of a workload kind ("spec.template", "spec.jobTemplate.spec.template"),
/// or an empty string for a kind that has no pod template.
QString podTemplatePath(const QString &kind);

} // namespace podwright
