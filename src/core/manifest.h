#pragma once

#include "pod.h"
#include "yamlcomments.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace podwright {

/// Where each field of a resource stood in the source text, keyed by its full field path
/// within the resource ("spec.template.spec.containers[0].image"). Empty for new resources.
using SourceMap = QHash<QString, SourcePos>;

/// The source position of `path`, or of its nearest ancestor that has one.
SourcePos lookupPosition(const SourceMap &map, const QString &path);

/**
 * One resource of a manifest file: a YAML document, or an item of a `kind: List`.
 *
 * A Pod, and the pod template of a workload (Deployment, ReplicaSet, StatefulSet, DaemonSet,
 * Job, CronJob), are typed as a Pod and edited in place; anything else is kept verbatim.
 */
struct ManifestResource {
    enum class Kind { Pod, Workload, Other };
    Kind kind = Kind::Pod;

    /// Kind::Pod: the pod. Kind::Workload: the pod template as a Pod (apiVersion/kind unused,
    /// metadata from template.metadata).
    Pod pod;
    /// Kind::Workload: the whole workload; its pod template is replaced by `pod` on export.
    /// Kind::Other: the resource verbatim.
    YamlNode node;
    /// Kind::Workload: where the template sits, "spec.template" or
    /// "spec.jobTemplate.spec.template". Empty for a Pod.
    QString templatePath;

    /// Index of the YAML document the resource came from; resources sharing a documentIndex
    /// whose document was a `kind: List` are written back inside that List.
    int documentIndex = 0;
    SourceMap positions;
    /// Field paths (as in `positions`) whose value had the wrong type on import, e.g.
    /// `containerPort: "http"`. The typed field is then empty and the raw value sits in the
    /// object's `extra`; validation must not read that as a missing value, because the
    /// import has already reported the one real problem there.
    QSet<QString> wrongTypePaths;
    /// The resource's comments, by node path within it (yamlcommentmap.h). They stay here
    /// when their node is deleted, unwritten, so that undoing the deletion brings them back.
    YamlComments comments;

    bool hasPod() const { return kind != Kind::Other; }
    /// Prefix of the pod's field paths inside this resource: "" for a Pod,
    /// "spec.template." for a Deployment, ...
    QString podPathPrefix() const;
    /// "Pod/web", "Deployment/api", "Service/web" for lists and messages.
    QString displayName() const;
    /// The value of `kind:` ("Pod", "Deployment", "ConfigMap", ...)
    QString kindName() const;
};

/// Everything in one file, in order.
struct Manifest {
    std::vector<ManifestResource> resources;
    /// For each YAML document, in order: a `kind: List` document's shell (the List without
    /// its items), or a Null node for an ordinary document.
    std::vector<YamlNode> documentShells;
    /// For each YAML document (indexed like documentShells, possibly shorter): the comments
    /// of a `kind: List` document outside its items; a resource's own are in the resource.
    std::vector<YamlComments> documentComments;

    /// Appends a pod as a new document of its own; returns its resource index.
    int appendPod(const Pod &pod);
    void removeResource(int index);
    /// Indices of the resources that carry a pod (Pod or workload template).
    std::vector<int> podResourceIndices() const;
};

} // namespace podwright
