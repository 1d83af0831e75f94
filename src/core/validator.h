#pragma once

#include "finding.h"
#include "manifest.h"

#include <QString>

#include <vector>

namespace podwright {

/// One entry of the rule catalogue: the source of the docs' rule reference and of each
/// finding's explanation.
struct RuleInfo {
    QString id; ///< stable, kebab-case: "container-name-duplicate"
    Severity severity;
    QString title; ///< short: "Container names must be unique"
    QString explanation; ///< what it means and how to fix it, for a learner
    QString
        source; ///< where the rule comes from ("validation.go ValidateContainers", "Podman 4.3")
};

const std::vector<RuleInfo> &ruleCatalog();
const RuleInfo *findRule(const QString &id);

/// The rule's title and explanation in the application's language: through
/// QCoreApplication::translate (context "podwright::Rules"), so German where the GUI has
/// installed its translator and English (RuleInfo's text) in the CLI and the generated docs.
/// Empty for an unknown id.
QString translatedRuleTitle(const QString &id);
QString translatedRuleExplanation(const QString &id);

struct ValidationOptions {
    bool warnings = true; ///< Podman-local warnings
    bool hints = true; ///< learner hints
};

/// Returns `pod` with what the API server defaults on create (restartPolicy, dnsPolicy,
/// port protocol, imagePullPolicy, probe timings, terminationMessage*, default service
/// account...).
Pod applyDefaults(const Pod &pod);

/**
 * Validates one pod as the Kubernetes API server does on create (after defaulting), plus
 * Podman-local warnings and learner hints. `pathPrefix` is prepended to every field path
 * ("spec.template." for a Deployment's template); `isTemplate` relaxes metadata.name.
 */
Findings validatePod(const Pod &pod, const QString &pathPrefix = {}, bool isTemplate = false,
                     const ValidationOptions &options = {});

/// Validates every pod in the manifest, with positions filled from each resource's
/// SourceMap and resourceIndex set.
Findings validateManifest(const Manifest &manifest, const ValidationOptions &options = {});

} // namespace podwright
