#pragma once

#include "yamlnode.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace podwright {

/**
 * Writes YamlNode trees as canonical block-style YAML: two-space indent, sequences at their
 * key's indentation (`containers:\n- name: web`, kubectl's style), `{}`/`[]` for empty
 * collections, literal blocks (`|`, `|-`, `|+`) for multi-line strings.
 *
 * A scalar marked quoted is a string: it is written plain when YAML would read it back as
 * the same string, and double-quoted (escaped by yaml-cpp's YAML::Emitter) when it would be
 * read as something else ("1.0", "yes", "on", "null", "~", "0755", "", " padded") or is not
 * valid as a plain scalar. A plain scalar (a number, a boolean) is written as it is.
 */
QByteArray emitYamlDocuments(const std::vector<YamlNode> &documents);
QByteArray emitYaml(const YamlNode &document);

/// True when `text`, written without quotes, would not read back as that same string.
bool stringNeedsQuotes(const QString &text);

} // namespace podwright
