#pragma once

// Checks readYamlDocuments() runs on the raw bytes, before and after yaml-cpp parses them:
// what yaml-cpp 0.7 itself would accept, crash on, or take too long over.

#include "finding.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace podwright {

ValidationFinding yamlError(const QString &ruleId, const QString &path, const QString &message,
                            SourcePos pos, const QString &explanation);

/// The 1-based line:column of a byte offset.
SourcePos positionOfOffset(const QByteArray &text, qsizetype offset);

/// The text with each CR that no LF follows made an LF, byte for byte (positions stay).
/// YAML, and go-yaml (kubectl), read a lone CR as a line break; yaml-cpp 0.7 reads it as a
/// character, so `# note\rimage: x` would hide a field kubectl sees.
QByteArray withLineFeeds(const QByteArray &text);

/// Binary content: NUL bytes, invalid UTF-8, UTF-16, control characters ("binary-input").
std::optional<ValidationFinding> checkEncoding(const QByteArray &text);

/// Runs of flow openers ('[', '{') too long to hand to yaml-cpp ("nesting-too-deep"): more
/// than `maxDepth` and 10,000 unclosed ones, counted lexically.
std::optional<ValidationFinding> checkFlowDepth(const QByteArray &text, int maxDepth);

/// A quoted scalar starting at `offset` that is never closed ("yaml-syntax").
std::optional<ValidationFinding> checkClosingQuote(const QByteArray &text, qsizetype offset);

/// Whether the plain key `key` that starts at byte `offset` (or after a tag or an anchor
/// there) is followed by ':' on its line.
bool colonFollowsKey(const QByteArray &text, qsizetype offset, const QString &key);

/// Whether the node at byte `offset` follows an explicit key's '?' (perhaps after a tag, an
/// anchor or line breaks).
bool followsExplicitKeyIndicator(const QByteArray &text, qsizetype offset);

} // namespace podwright
