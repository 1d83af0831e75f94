#pragma once

#include "manifest.h"
#include "yamlcomments.h"
#include "yamlnode.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace podwright {

/*
 * Comments are tied to node paths, the way kyaml and go-yaml v3 tie them to nodes: the
 * path of a map entry is its key after its parent's path ("spec.containers"), the path of a
 * sequence item its parent's path and a segment. An item that is a map with a `name` no
 * other item of its sequence has is named by it ("spec.containers[name=web]"), so that its
 * comments follow it when items are reordered or others renamed; other items by index
 * ("args[1]"). A key that is empty or has '.', '[', ']', '"' or '\' in it is quoted in
 * brackets ('metadata.labels["app.kubernetes.io/name"]'), so that no two nodes share a path.
 * The root of a document, or of a List item, is "".
 */

/// The path of `key` in the map at `parent`.
QString childCommentPath(const QString &parent, const QString &key);

/// The path segment of each item of `sequence`: "[name=web]" or "[2]".
std::vector<QString> itemPathSegments(const YamlNode &sequence);
/// The same for items of these names ("" for an item without one).
std::vector<QString> itemPathSegments(const std::vector<QString> &names);

/**
 * Finds the comments of `text` and attaches each to a node of `documents` (what `text` was
 * read into) and stores it in `manifest` (read from `documents`): comments of a resource in
 * its ManifestResource, those of a `kind: List` document outside its items in
 * Manifest::documentComments.
 *
 * A block of full-line comments belongs to the node that starts on the next line with
 * content (the outermost one when several start there, so the item rather than its first
 * key); comments at the top of a document to its root; comments after a document's last
 * node to its end. A comment after content belongs to the innermost node that starts on
 * its line, or to the outermost when the content ends a flow collection (`ports: [80] # x`).
 *
 * Returns the number of comment lines that belong to no node (in a document with none).
 */
int attachComments(const QByteArray &text, const std::vector<YamlNode> &documents,
                   Manifest &manifest);

/// Moves the comments of the node at path `from`, and of everything under it, to `to`:
/// for an item that was renamed ("spec.containers[name=web]" to "...[name=api]") or moved
/// to another list.
void moveCommentPaths(YamlComments &comments, const QString &from, const QString &to);
/// Several moves at once: each comment moves by the first `from` it is under, if any.
void moveCommentPaths(YamlComments &comments,
                      const std::vector<std::pair<QString, QString>> &moves);

/// The comments to write into one document by node path, for the emitter.
class DocumentComments
{
public:
    /// Adds `comments` whose paths are relative to `prefix` ("" or "items[2]").
    void add(const YamlComments &comments, const QString &prefix);
    bool isEmpty() const { return m_lineCount == 0; }
    /// How many comment lines were added.
    int lineCount() const { return m_lineCount; }

    std::vector<const YamlComment *> before(const QString &path) const
    {
        return m_before.value(path);
    }
    std::vector<const YamlComment *> trailing(const QString &path) const
    {
        return m_trailing.value(path);
    }
    const std::vector<const YamlComment *> &end() const { return m_end; }
    /// Whether a comment is at `path` or at a node below it.
    bool leadsTo(const QString &path) const { return m_prefixes.contains(path); }

private:
    QHash<QString, std::vector<const YamlComment *>> m_before;
    QHash<QString, std::vector<const YamlComment *>> m_trailing;
    std::vector<const YamlComment *> m_end;
    QSet<QString> m_prefixes; ///< every comment's path and the paths of its ancestors
    int m_lineCount = 0;
};

} // namespace podwright
