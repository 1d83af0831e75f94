#include "validator.h"

#include "errorlist.h"
#include "podvalidation.h"

#include <QCoreApplication>
#include <QSet>

namespace podwright {

using namespace validation;

namespace {

void fillExplanations(Findings &findings)
{
    // Translated here, not in the GUI, so that every view of a finding (Problems list,
    // inspector, tooltips) shows the same text; without a translator (the CLI) it is English.
    for (ValidationFinding &f : findings)
        f.explanation = translatedRuleExplanation(f.ruleId);
}

// Names of the resources of `kind` in the manifest.
QSet<QString> namesOfKind(const Manifest &manifest, const QString &kind)
{
    QSet<QString> names;
    for (const ManifestResource &r : manifest.resources) {
        if (r.kind == ManifestResource::Kind::Other && r.kindName() == kind) {
            if (const YamlNode *meta = r.node.find(QStringLiteral("metadata")))
                names.insert(stringField(*meta, "name"));
        }
    }
    return names;
}

// kube play finds ConfigMaps only in the same YAML (or given with --configmap); there is no
// cluster to fetch them from. Seen with Podman 4.3.1: `failed to create volume "cfg": no such
// ConfigMap "settings"`. Secrets are looked up in Podman's own store (podmanwarnings.cpp).
void addMissingObjectWarnings(ErrorList &errs, const Pod &pod, const QSet<QString> &configMaps)
{
    for (std::size_t i = 0; i < pod.spec.volumes.size(); ++i) {
        const Volume &v = pod.spec.volumes[i];
        const QString path = index(QStringLiteral("spec.volumes"), qsizetype(i));
        if (v.configMap && !v.configMap->optional.value_or(false) && !v.configMap->name.isEmpty()
            && !configMaps.contains(v.configMap->name))
            errs.warning("podman-object-not-in-file", child(path, QStringLiteral("configMap")),
                         QCoreApplication::translate(
                             "podwright::Warnings",
                             "ConfigMap \"%1\" is not in this file: Podman cannot fetch it from a "
                             "cluster, so the pod will not start locally")
                             .arg(v.configMap->name));
    }
}

/// What the workload's own validation adds for its pod template's restartPolicy: a Job's
/// pods must end (batch/validation ValidateJobSpec, which also refuses the defaulted Always),
/// the apps controllers keep theirs running (apps/validation, e.g. ValidateDeploymentSpec).
void addWorkloadTemplateErrors(ErrorList &errs, const ManifestResource &resource)
{
    const QString kind = resource.kindName();
    const QString policy = resource.pod.spec.restartPolicy;
    const QString path = QStringLiteral("spec.restartPolicy");
    const QString always = QStringLiteral("Always");
    if (kind == QLatin1String("Job") || kind == QLatin1String("CronJob")) {
        const QStringList jobValues = { QStringLiteral("OnFailure"), QStringLiteral("Never") };
        if (policy.isEmpty() || policy == always)
            errs.required("restart-policy-unsupported", path,
                          QStringLiteral("valid values: \"OnFailure\", \"Never\""));
        else if (!jobValues.contains(policy))
            errs.notSupported("restart-policy-unsupported", path, BadValue::str(policy), jobValues);
    } else if (!policy.isEmpty() && policy != always) {
        errs.notSupported("restart-policy-unsupported", path, BadValue::str(policy), { always });
    }
}

/// Whether `path` is one of `paths` or lies beneath one of them.
bool isAtOrUnder(const QString &path, const QSet<QString> &paths)
{
    for (const QString &p : paths) {
        if (path.startsWith(p)
            && (path.size() == p.size() || path[p.size()] == QLatin1Char('.')
                || path[p.size()] == QLatin1Char('[')))
            return true;
    }
    return false;
}

} // namespace

Findings validatePod(const Pod &pod, const QString &pathPrefix, bool isTemplate,
                     const ValidationOptions &options)
{
    Findings findings;
    ErrorList errs(findings, pathPrefix);
    const Pod defaulted = applyDefaults(pod);
    validateMetadata(errs, defaulted.metadata, isTemplate);
    const QSet<QString> volumes = validateVolumes(errs, defaulted.spec.volumes);
    validateAllContainers(errs, defaulted.spec, volumes, isTemplate);
    validatePodSpecFields(errs, defaulted.spec);
    if (options.warnings)
        addApiServerPortWarnings(errs, defaulted.spec);
    // Podman's warnings and the hints speak about what the user wrote, not about the defaults.
    if (options.warnings)
        addPodmanWarnings(errs, pod);
    if (options.hints)
        addLearnerHints(errs, pod, isTemplate);
    fillExplanations(findings);
    return findings;
}

Findings validateManifest(const Manifest &manifest, const ValidationOptions &options)
{
    Findings all;
    const QSet<QString> configMaps = namesOfKind(manifest, QStringLiteral("ConfigMap"));
    for (int i = 0; i < int(manifest.resources.size()); ++i) {
        const ManifestResource &resource = manifest.resources[std::size_t(i)];
        if (!resource.hasPod())
            continue;
        const QString prefix = resource.podPathPrefix();
        Findings findings = validatePod(resource.pod, prefix,
                                        resource.kind == ManifestResource::Kind::Workload, options);
        if (resource.kind == ManifestResource::Kind::Workload) {
            Findings workload;
            ErrorList errs(workload, prefix);
            addWorkloadTemplateErrors(errs, resource);
            // The selector lives beside the template, not inside it: paths without prefix.
            ErrorList workloadErrs(workload, QString());
            addWorkloadSelectorErrors(workloadErrs, resource);
            fillExplanations(workload);
            findings.insert(findings.end(), workload.begin(), workload.end());
        }
        if (options.warnings) {
            Findings extra;
            ErrorList errs(extra, prefix);
            addMissingObjectWarnings(errs, resource.pod, configMaps);
            fillExplanations(extra);
            findings.insert(findings.end(), extra.begin(), extra.end());
        }
        // A wrong-typed value was reported by the import; validation saw an empty field
        // there and would add a second, misleading finding ("Required value").
        if (!resource.wrongTypePaths.isEmpty())
            std::erase_if(findings, [&](const ValidationFinding &f) {
                return isAtOrUnder(f.path, resource.wrongTypePaths);
            });
        for (ValidationFinding &f : findings) {
            f.resourceIndex = i;
            f.pos = lookupPosition(resource.positions, f.path);
        }
        all.insert(all.end(), findings.begin(), findings.end());
    }
    return all;
}

} // namespace podwright
