#pragma once

#include "finding.h"
#include "manifestio.h"
#include "yamlnode.h"

#include <QByteArray>

#include <vector>

namespace podwright {

/// What readYamlDocuments() returns: the documents, or the one error that stopped reading.
struct YamlReadResult {
    /// One root per non-empty YAML document, in order (empty documents, e.g. a trailing
    /// "---", are skipped as kubectl does).
    std::vector<YamlNode> documents;
    /// Empty when reading succeeded; otherwise the error (syntax, duplicate key, limits,
    /// binary input) with a 1-based position.
    Findings errors;
    bool ok() const { return errors.empty(); }
};

/**
 * Reads YAML or JSON text (JSON is YAML flow syntax) into YamlNode trees with 1-based
 * positions, scalar quoting and key order kept, anchors and aliases expanded, and merge keys
 * ("<<") applied. Duplicate map keys are an error, as they are for kubectl.
 *
 * Hostile input is bounded by `limits`: the byte size is checked first, then binary content
 * (NUL bytes, invalid UTF-8, control characters), then nesting depth and the number of nodes
 * after alias expansion while parsing.
 *
 * Comments are dropped: yaml-cpp's event API has no comment events. loadManifest() finds
 * them in the text and attaches them to the nodes by position (yamlcommentmap.h).
 */
YamlReadResult readYamlDocuments(const QByteArray &text, const LoadLimits &limits = {});

} // namespace podwright
