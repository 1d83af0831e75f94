#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <climits>
#include <vector>

namespace podwright {

/**
 * A comment of a manifest, kept in the model so that edits, undo, autosave and export carry
 * it. It belongs to the node at `path` (see yamlcommentmap.h for the path form): a block of
 * full-line comments written before the node's line, a comment after the node's first line,
 * or (path "") comments after the last node of the document.
 */
struct YamlComment {
    enum class Placement { Before, Trailing, End };
    QString path;
    Placement placement = Placement::Before;
    /// The text after each '#', as written (" explain this"); one line for Trailing.
    QStringList lines;
    /// An empty line followed the block in the source (Before and End): written back, so that
    /// a file's header stays apart from its first key.
    bool blankLineAfter = false;

    friend bool operator==(const YamlComment &, const YamlComment &) = default;
};

using YamlComments = std::vector<YamlComment>;

/// One comment found in YAML text by scanYamlComments().
struct ScannedComment {
    int line = 0; ///< 1-based
    QString text; ///< after the '#', trailing blanks removed
    /// Nothing but blanks (or a document marker) before it on its line.
    bool fullLine = false;
    /// The content before it ends a flow collection (`ports: [80, 443]  # web`): the comment
    /// is about the collection, not its last item.
    bool afterFlowEnd = false;
    /// The next line is empty (full-line comments only).
    bool blankLineAfter = false;
};

struct ScannedYaml {
    std::vector<ScannedComment> comments;
    /// 1-based lines of document markers ("---", "...") at column 0.
    std::vector<int> documentMarkers;
    /// Comments found beyond `maxComments`: counted, not kept.
    int skipped = 0;
};

/**
 * The comments of a YAML text: full-line comments and comments after content, not a `#`
 * inside a quoted scalar (also one spanning lines) or a plain scalar (`url: http://host/#x`),
 * nor a line of a block scalar.
 */
ScannedYaml scanYamlComments(const QByteArray &text, int maxComments = INT_MAX);

/// How many comments scanYamlComments() finds.
int countYamlComments(const QByteArray &text);

} // namespace podwright
