#pragma once

#include "yamlnode.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace podwright {

class DocumentComments;

/**
 * Writes YamlNode trees as canonical block-style YAML: two-space indent, sequences at their
 * key's indentation (`containers:\n- name: web`, kubectl's style), `{}`/`[]` for empty
 * collections, literal blocks (`|`, `|-`, `|+`) for multi-line strings.
 *
 * Scalars keep their quoting, so that a tree read from text is written back as it was: a
 * quoted scalar is written as a literal block when it is multi-line text, double-quoted
 * (escaped by yaml-cpp's YAML::Emitter) otherwise; a plain scalar as it is. Whoever builds
 * a tree from typed values decides the quoting with stringNeedsQuotes(), which quotes
 * exactly the strings YAML would read as something else ("1.0", "yes", "on", "null", "~",
 * "0755", "", " padded").
 */
QByteArray emitYamlDocuments(const std::vector<YamlNode> &documents);
/// The same with comments (by document, yamlcommentmap.h) written at their nodes; comments
/// whose node is not in the tree are left out. `commentLinesWritten` counts those written.
QByteArray emitYamlDocuments(const std::vector<YamlNode> &documents,
                             const std::vector<DocumentComments> &comments,
                             int *commentLinesWritten = nullptr);
QByteArray emitYaml(const YamlNode &document);

/// True when `text`, written without quotes, would not read back as that same string.
bool stringNeedsQuotes(const QString &text);

} // namespace podwright
