#pragma once

#include "yamlnode.h"

#include <QString>

#include <vector>

namespace podwright {

enum class Severity { Error, Warning, Hint };

QString severityName(Severity severity); ///< "error", "warning", "hint"

/**
 * One problem found in a manifest: an import error (syntax, duplicate key, wrong type,
 * unknown field), a Kubernetes API validation error, a Podman-local warning or a hint.
 *
 * `path` is a Kubernetes field path ("spec.containers[1].name") within the resource;
 * `message` is in the API server's form ("Duplicate value: \"web\""), so that
 * `path + ": " + message` reads exactly like `kubectl apply` output.
 */
struct ValidationFinding {
    QString ruleId; ///< stable id, e.g. "container-name-duplicate"
    Severity severity = Severity::Error;
    QString path;
    QString message;
    SourcePos pos; ///< where in the text, when it came from text
    int resourceIndex = -1; ///< index into Manifest::resources, -1 when file-level
    QString explanation; ///< what it means and how to fix it, for someone learning Kubernetes

    /// "path: message", or just the message when there is no path.
    QString summary() const;
    bool operator==(const ValidationFinding &) const = default;
};

using Findings = std::vector<ValidationFinding>;

bool hasErrors(const Findings &findings);

} // namespace podwright
