#include "yamlcommentmap.h"

#include <algorithm>
#include <climits>

namespace podwright {

QString childCommentPath(const QString &parent, const QString &key)
{
    // A key that is empty or holds the characters of a path ("a.b", "a[0]") is quoted in a
    // segment of its own: written as is it would name another node ("a.b" the key b of a
    // map a beside it, "" the map itself), and each comment would be written at both.
    const bool plain = !key.isEmpty() && std::none_of(key.begin(), key.end(), [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('"') || c == QLatin1Char('\\');
    });
    if (!plain) {
        QString quoted = key;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return parent + QLatin1String("[\"") + quoted + QLatin1String("\"]");
    }
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

std::vector<QString> itemPathSegments(const std::vector<QString> &names)
{
    QHash<QString, int> uses;
    for (const QString &name : names) {
        if (!name.isEmpty())
            ++uses[name];
    }
    std::vector<QString> segments;
    segments.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        // Two items of one name would share their comments: they keep their index instead.
        segments.push_back(!names[i].isEmpty() && uses.value(names[i]) == 1
                               ? QStringLiteral("[name=%1]").arg(names[i])
                               : QStringLiteral("[%1]").arg(i));
    }
    return segments;
}

std::vector<QString> itemPathSegments(const YamlNode &sequence)
{
    const auto &items = sequence.items();
    std::vector<QString> names(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].isMap())
            continue;
        const YamlNode *name = items[i].find(QStringLiteral("name"));
        if (name && name->isScalar())
            names[i] = name->text();
    }
    return itemPathSegments(names);
}

namespace {
bool isUnder(const QString &path, const QString &node)
{
    return path.startsWith(node)
        && (path.size() == node.size() || path.at(node.size()) == QLatin1Char('.')
            || path.at(node.size()) == QLatin1Char('['));
}
} // namespace

void moveCommentPaths(YamlComments &comments, const QString &from, const QString &to)
{
    moveCommentPaths(comments, { { from, to } });
}

void moveCommentPaths(YamlComments &comments, const std::vector<std::pair<QString, QString>> &moves)
{
    for (YamlComment &comment : comments) {
        for (const auto &[from, to] : moves) {
            if (isUnder(comment.path, from)) {
                comment.path = to + comment.path.mid(from.size());
                break; // all at once: "[0]" -> "[1]" and "[1]" -> "[0]" swap
            }
        }
    }
}

void DocumentComments::add(const YamlComments &comments, const QString &prefix)
{
    for (const YamlComment &comment : comments) {
        m_lineCount += static_cast<int>(comment.lines.size());
        // Joined as childCommentPath() joins: a quoted key's segment starts with '['.
        const QString path = comment.path.isEmpty() ? prefix
            : prefix.isEmpty() || comment.path.startsWith(QLatin1Char('['))
            ? prefix + comment.path
            : prefix + QLatin1Char('.') + comment.path;
        // The ancestors of "a.b[name=x].c" end before a '.' or a '[' ("a[name=x.y" is one
        // too many, and harmless).
        for (qsizetype i = 1; i < path.size(); ++i) {
            if (path.at(i) == QLatin1Char('.') || path.at(i) == QLatin1Char('['))
                m_prefixes.insert(path.left(i));
        }
        m_prefixes.insert(path);
        switch (comment.placement) {
        case YamlComment::Placement::Before: m_before[path].push_back(&comment); break;
        case YamlComment::Placement::Trailing: m_trailing[path].push_back(&comment); break;
        case YamlComment::Placement::End: m_end.push_back(&comment); break;
        }
    }
}

namespace {

/// A node's place in its document, its path worked out only when a comment needs it: paths
/// for each of a big file's million nodes would cost more than reading the file.
struct PathStep {
    int parent = -1; ///< the step of the map or sequence holding the node; -1: at the root
    const YamlNode *container = nullptr;
    quint32 index = 0; ///< of the entry or item in `container`
};

/// Where a node starts in the source, and whose comments it takes: a resource (>= 0) or a
/// List document's own (documentTarget()).
struct Anchor {
    int line = 0;
    int target = 0;
    int document = 0;
    int step = -1; ///< into m_steps; -1 for the root ("")
};

int documentTarget(int document)
{
    return -1 - document;
}

class CommentAttacher
{
public:
    CommentAttacher(const QByteArray &text, const std::vector<YamlNode> &documents,
                    Manifest &manifest)
        : m_manifest(manifest)
        , m_text(text)
    {
        m_firstResource.assign(documents.size(), -1);
        for (int r = static_cast<int>(manifest.resources.size()) - 1; r >= 0; --r) {
            const int d = manifest.resources[static_cast<std::size_t>(r)].documentIndex;
            if (d >= 0 && d < static_cast<int>(documents.size()))
                m_firstResource[static_cast<std::size_t>(d)] = r;
        }
        for (int d = 0; d < static_cast<int>(documents.size()); ++d)
            collect(documents[static_cast<std::size_t>(d)], d);
    }

    int attach(const ScannedYaml &scanned)
    {
        int unplaced = 0;
        const auto &comments = scanned.comments;
        const auto &markers = scanned.documentMarkers;
        const auto onMarker = [&markers](int line) {
            return std::binary_search(markers.begin(), markers.end(), line);
        };
        for (std::size_t c = 0; c < comments.size();) {
            const ScannedComment &first = comments[c];
            YamlComment comment;
            if (!first.fullLine) {
                comment.placement = YamlComment::Placement::Trailing;
                comment.lines << first.text;
                ++c;
                if (const Anchor *anchor = trailingAnchor(first))
                    store(anchor->target, pathOf(anchor->step), std::move(comment));
                else
                    ++unplaced;
                continue;
            }
            // A block: full-line comments on consecutive lines, no empty line or document
            // marker between them.
            std::size_t last = c;
            comment.lines << first.text;
            while (last + 1 < comments.size() && comments[last + 1].fullLine
                   && comments[last + 1].line == comments[last].line + 1
                   && !comments[last].blankLineAfter && !onMarker(comments[last].line)
                   && !onMarker(comments[last + 1].line)) {
                ++last;
                comment.lines << comments[last].text;
            }
            comment.blankLineAfter = comments[last].blankLineAfter;
            const int startLine = first.line;
            const int endLine = comments[last].line;
            c = last + 1;

            const auto next = std::upper_bound(
                m_anchors.begin(), m_anchors.end(), endLine,
                [](int line, const Anchor &anchor) { return line < anchor.line; });
            const auto firstOnOrAfter = std::lower_bound(
                m_anchors.begin(), m_anchors.end(), startLine,
                [](const Anchor &anchor, int line) { return anchor.line < line; });
            const Anchor *previous
                = firstOnOrAfter == m_anchors.begin() ? nullptr : &*(firstOnOrAfter - 1);
            const int nextLine = next == m_anchors.end() ? INT_MAX : next->line;
            // Comments before a "---" close the document above; those after it open the next.
            const auto marker = std::upper_bound(markers.begin(), markers.end(), endLine);
            const bool markerBetween = marker != markers.end() && *marker < nextLine;
            const int lineCount = static_cast<int>(comment.lines.size());
            if (next != m_anchors.end() && (!markerBetween || !previous)) {
                comment.placement = YamlComment::Placement::Before;
                store(next->target, pathOf(next->step), std::move(comment));
            } else if (previous) {
                comment.placement = YamlComment::Placement::End;
                store(endTarget(previous->document), QString(), std::move(comment));
            } else {
                unplaced += lineCount;
            }
        }
        return unplaced;
    }

private:
    void add(int line, int target, int document, int step)
    {
        // Nodes copied from an anchor or merged in ("<<") carry the lines of the original,
        // above: they are not where anything starts.
        if (line <= 0 || line < m_lastLine)
            return;
        m_lastLine = line;
        m_anchors.push_back({ line, target, document, step });
    }

    int addStep(int parent, const YamlNode &container, std::size_t index)
    {
        m_steps.push_back({ parent, &container, static_cast<quint32>(index) });
        return static_cast<int>(m_steps.size()) - 1;
    }

    QString pathOf(int step) const
    {
        if (step < 0)
            return QString();
        const PathStep &s = m_steps[static_cast<std::size_t>(step)];
        const QString parent = pathOf(s.parent);
        if (s.container->isMap())
            return childCommentPath(parent, s.container->entries()[s.index].first);
        return parent + itemPathSegments(*s.container)[s.index];
    }

    void collect(const YamlNode &root, int document)
    {
        const int resource = m_firstResource[static_cast<std::size_t>(document)];
        const bool isList = document < static_cast<int>(m_manifest.documentShells.size())
            && m_manifest.documentShells[static_cast<std::size_t>(document)].isMap();
        if (!isList) {
            if (resource < 0)
                return;
            add(root.pos().line, resource, document, -1);
            walk(root, -1, resource, document);
            return;
        }
        // A List's items are resources of their own, each with its own paths.
        const int own = documentTarget(document);
        add(root.pos().line, own, document, -1);
        const auto &entries = root.entries();
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto &[key, value] = entries[i];
            const int step = addStep(-1, root, i);
            add(root.keyPosAt(i).line, own, document, step);
            if (key != QLatin1String("items") || !value.isSequence()) {
                walk(value, step, own, document);
                continue;
            }
            for (std::size_t k = 0; k < value.items().size(); ++k) {
                const YamlNode &item = value.items()[k];
                // Without its resource (never, but safe) an item keeps the List's "items[k]".
                const int target = resource < 0 ? own : resource + static_cast<int>(k);
                const int itemStep = resource < 0 ? addStep(step, value, k) : -1;
                add(item.pos().line, target, document, itemStep);
                walk(item, itemStep, target, document);
            }
        }
    }

    void walk(const YamlNode &node, int parentStep, int target, int document)
    {
        if (node.isMap()) {
            const auto &entries = node.entries();
            for (std::size_t i = 0; i < entries.size(); ++i) {
                const int step = addStep(parentStep, node, i);
                add(node.keyPosAt(i).line, target, document, step);
                walk(entries[i].second, step, target, document);
            }
        } else if (node.isSequence()) {
            const auto &items = node.items();
            for (std::size_t i = 0; i < items.size(); ++i) {
                const int step = addStep(parentStep, node, i);
                add(items[i].pos().line, target, document, step);
                walk(items[i], step, target, document);
            }
        }
    }

    /// The node a comment after content belongs to: the innermost node starting on its
    /// line (the outermost after a flow collection), else the last one started above.
    const Anchor *trailingAnchor(const ScannedComment &comment) const
    {
        const auto from
            = std::lower_bound(m_anchors.begin(), m_anchors.end(), comment.line,
                               [](const Anchor &anchor, int line) { return anchor.line < line; });
        auto to = from;
        while (to != m_anchors.end() && to->line == comment.line)
            ++to;
        if (from != to && comment.afterFlowEnd) {
            // The outermost flow collection that starts on the line: `emptyDir: {}` in
            // `- emptyDir: {}  # scratch`, not its item, whose first line the export may
            // give to another field (`- name: cache`).
            for (auto anchor = from; anchor != to; ++anchor) {
                if (valueIsFlowCollection(*anchor))
                    return &*anchor;
            }
            return &*from;
        }
        if (from != to)
            return &*(to - 1);
        return from == m_anchors.begin() ? nullptr : &*(from - 1);
    }

    bool valueIsFlowCollection(const Anchor &anchor) const
    {
        if (anchor.step < 0)
            return false; // a document or a List item: the outermost anyway
        const PathStep &step = m_steps[static_cast<std::size_t>(anchor.step)];
        const YamlNode &node = step.container->isMap()
            ? step.container->entries()[step.index].second
            : step.container->items()[step.index];
        const SourcePos pos = node.pos();
        if ((!node.isMap() && !node.isSequence()) || !pos.isValid())
            return false;
        if (m_lineStarts.empty()) {
            m_lineStarts.push_back(0);
            for (qsizetype i = m_text.indexOf('\n'); i >= 0; i = m_text.indexOf('\n', i + 1))
                m_lineStarts.push_back(i + 1);
        }
        if (pos.line > static_cast<int>(m_lineStarts.size()))
            return false;
        const qsizetype offset
            = m_lineStarts[static_cast<std::size_t>(pos.line - 1)] + pos.column - 1;
        return offset < m_text.size() && (m_text.at(offset) == '[' || m_text.at(offset) == '{');
    }

    /// Who keeps the comments after a document's last node: its resource, unless it is a
    /// List (then the List's own comments).
    int endTarget(int document) const
    {
        const bool isList = document < static_cast<int>(m_manifest.documentShells.size())
            && m_manifest.documentShells[static_cast<std::size_t>(document)].isMap();
        const int resource = m_firstResource[static_cast<std::size_t>(document)];
        return isList || resource < 0 ? documentTarget(document) : resource;
    }

    void store(int target, const QString &path, YamlComment comment)
    {
        comment.path = path;
        if (target >= 0) {
            m_manifest.resources[static_cast<std::size_t>(target)].comments.push_back(
                std::move(comment));
            return;
        }
        const auto document = static_cast<std::size_t>(documentTarget(target));
        if (m_manifest.documentComments.size() <= document)
            m_manifest.documentComments.resize(document + 1);
        m_manifest.documentComments[document].push_back(std::move(comment));
    }

    Manifest &m_manifest;
    const QByteArray &m_text;
    mutable std::vector<qsizetype> m_lineStarts; ///< of m_text, worked out when first needed
    std::vector<int> m_firstResource; ///< per document
    std::vector<PathStep> m_steps;
    std::vector<Anchor> m_anchors; ///< in source order
    int m_lastLine = 0;
};

} // namespace

int attachComments(const QByteArray &text, const std::vector<YamlNode> &documents,
                   Manifest &manifest)
{
    // Bounded like the rest of the import: a file of millions of comment lines must not
    // take gigabytes; comments past the limit are counted as not kept.
    constexpr int MaxComments = 100000;
    const ScannedYaml scanned = scanYamlComments(text, MaxComments);
    if (scanned.comments.empty())
        return scanned.skipped;
    CommentAttacher attacher(text, documents, manifest);
    return attacher.attach(scanned) + scanned.skipped;
}

} // namespace podwright
