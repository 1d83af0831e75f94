#pragma once

#include "finding.h"
#include "manifest.h"

#include <QByteArray>
#include <QString>

namespace podwright {

/// Limits that keep hostile input (alias bombs, deep nesting, huge files) bounded in time
/// and memory.
struct LoadLimits {
    qsizetype maxBytes = 64 * 1024 * 1024;
    int maxDepth = 200;
    qsizetype maxNodes = 4 * 1000 * 1000; ///< after alias expansion
};

struct LoadResult {
    Manifest manifest;
    /// Import problems, each with a path (where known) and a 1-based line:column:
    /// syntax errors, duplicate keys, wrong types, unknown fields.
    Findings diagnostics;
    /// False when the text could not be parsed at all (syntax error, duplicate key, limits):
    /// `manifest` is then empty and `diagnostics` says where and why.
    bool parsed = false;
    /// Comments of the text that belong to no node (in a document with none): the only
    /// ones `manifest` does not carry (see yamlcommentmap.h).
    int unplacedComments = 0;
};

/// Reads YAML (multi-document) or JSON text into a Manifest.
LoadResult loadManifest(const QByteArray &text, const LoadLimits &limits = {});

/// The canonical export: deterministic kubectl-style key order, block style, two-space
/// indent, literal blocks for multi-line strings, and quotes on every string YAML would read
/// as something else ("1.0", "yes", "on", "null", "0755", ""). Documents separated by "---".
/// Comments read with the manifest are written back at their nodes (yamlcommentmap.h).
QByteArray writeManifest(const Manifest &manifest);

/// How many comment lines of the manifest writeManifest() leaves out because their node is
/// not written (deleted, or an empty object the export drops). With
/// LoadResult::unplacedComments, what the window and `podwright fmt` warn about.
int countCommentLinesLeftOut(const Manifest &manifest);

/// One pod as a standalone YAML document (apiVersion, kind, metadata, spec).
QByteArray writePod(const Pod &pod);

/// Reads a file (or stdin for "-") and loads it; a read failure is reported as a finding.
LoadResult loadManifestFile(const QString &path, const LoadLimits &limits = {});

/// Writes `data` to `path` atomically (QSaveFile): the old file stays intact on failure.
bool saveFileAtomically(const QString &path, const QByteArray &data, QString *errorMessage);

} // namespace podwright
