#include "yamlemitter.h"

#include "yamlcommentmap.h"

#include <QRegularExpression>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

namespace podwright {

namespace {

/// Strings that go-yaml (which kubectl uses) would resolve to a non-string beyond what
/// YamlNode's own scalar typing covers: YAML 1.1 integers with '_' or base prefixes,
/// sexagesimal numbers, timestamps. Quoting them is harmless; not quoting them changes types.
bool looksLikeOtherType(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral(
        "^[-+]?([0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|\\.[0-9][0-9_]*([eE][-+]?[0-9]+)?"
        "|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|0[bBoOxX][0-9a-fA-F_]+|\\.(inf|Inf|INF|nan|NaN|"
        "NAN))$"));
    static const QRegularExpression timestamp(
        QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$"));
    return numeric.match(text).hasMatch() || timestamp.match(text).hasMatch();
}

/// U+2028 and U+2029 are ordinary text to yaml-cpp (YAML 1.2) but line breaks to go-yaml
/// (YAML 1.1, which kubectl reads with): written raw they fold into a space or end a block.
bool isYaml11LineBreak(ushort u)
{
    return u == 0x2028 || u == 0x2029;
}

/// A conservative check of YAML's plain-scalar rules for block context: anything doubtful
/// is quoted, which never changes the value.
bool validPlain(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first.isSpace() || text.back().isSpace())
        return false;
    static const QString indicators = QStringLiteral(",[]{}#&*!|>'\"%@`");
    if (indicators.contains(first))
        return false;
    if ((first == QLatin1Char('-') || first == QLatin1Char('?') || first == QLatin1Char(':'))
        && (text.size() == 1 || text.at(1).isSpace()))
        return false;
    if (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        return false;
    if (text.back() == QLatin1Char(':'))
        return false;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")))
        return false;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0xFEFF || isYaml11LineBreak(u))
            return false;
    }
    return text != QLatin1String("<<") && text != QLatin1String("=");
}

/// Literal blocks can hold any multi-line text except a few edge cases, which fall back to
/// a double-quoted string.
bool literalEligible(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')))
        return false;
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == QLatin1Char('\n'))
        --end;
    if (end == 0)
        return false;
    const QChar last = text.at(end - 1);
    if (last == QLatin1Char(' ') || last == QLatin1Char('\t'))
        return false;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7F || (u >= 0x80 && u < 0xA0)
            || u == 0xFEFF || isYaml11LineBreak(u))
            return false;
    }
    // The first non-empty line decides the block's indentation: it must not start with a
    // space or a tab (that would need an explicit indentation indicator).
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\n'))
        ++i;
    return text.at(i) != QLatin1Char(' ') && text.at(i) != QLatin1Char('\t');
}

QString doubleQuoted(const QString &text)
{
    YAML::Emitter emitter;
    emitter << YAML::DoubleQuoted << text.toStdString();
    QString quoted = QString::fromUtf8(emitter.c_str(), static_cast<qsizetype>(emitter.size()));
    // yaml-cpp escapes C0/C1 controls and U+FEFF but writes these two raw.
    quoted.replace(QChar(0x2028), QLatin1String("\\u2028"));
    quoted.replace(QChar(0x2029), QLatin1String("\\u2029"));
    return quoted;
}

constexpr qsizetype MaxImplicitKey = 1024;

class BlockWriter
{
public:
    QString out;
    int commentLinesWritten = 0;

    void writeDocument(const YamlNode &node, const DocumentComments *comments = nullptr)
    {
        // Paths are only worked out for a document that has comments to place.
        m_comments = comments && !comments->isEmpty() ? comments : nullptr;
        const NodePath root { QString(), m_comments != nullptr };
        writeBefore(root, 0);
        addTrailing(root);
        switch (node.kind()) {
        case YamlNode::Kind::Map:
            if (node.entries().empty()) {
                out += QLatin1String("{}");
                endLine();
            } else {
                writeMapEntries(node, 0, false, root);
            }
            break;
        case YamlNode::Kind::Sequence:
            if (node.items().empty()) {
                out += QLatin1String("[]");
                endLine();
            } else {
                writeItems(node, 0, false, root);
            }
            break;
        default:
            // yaml-cpp 0.7 ends a top-level literal block at a line in column 0: its lines
            // are indented like a value's.
            writeScalar(node, 2);
            endLine();
        }
        if (m_comments) {
            for (const YamlComment *comment : m_comments->end())
                writeCommentBlock(*comment, 0);
        }
        m_comments = nullptr;
    }

private:
    void indent(int columns) { out += QString(columns, QLatin1Char(' ')); }

    /// A node's comment path (yamlcommentmap.h), worked out only while some comment is at
    /// it or below it: most of a big manifest has none.
    struct NodePath {
        QString text;
        bool live = false;
    };

    NodePath childPath(const NodePath &path, const QString &key) const
    {
        if (!path.live)
            return {};
        QString child = childCommentPath(path.text, key);
        const bool live = m_comments->leadsTo(child);
        return { std::move(child), live };
    }

    NodePath itemPath(const NodePath &path, const std::vector<QString> &segments,
                      std::size_t index) const
    {
        if (!path.live)
            return {};
        QString item = path.text + segments[index];
        const bool live = m_comments->leadsTo(item);
        return { std::move(item), live };
    }

    /// A comment's text ends at its line: a line break in one made by code (not read from
    /// text) would start content, so it becomes a space.
    static QString oneLine(QString text)
    {
        for (QChar &c : text) {
            const ushort u = c.unicode();
            if (u == '\n' || u == '\r' || u == 0x85 || isYaml11LineBreak(u))
                c = QLatin1Char(' ');
        }
        return text;
    }

    void writeCommentBlock(const YamlComment &comment, int column)
    {
        for (const QString &line : comment.lines) {
            indent(column);
            out += QLatin1Char('#') + oneLine(line) + QLatin1Char('\n');
        }
        if (comment.blankLineAfter)
            out += QLatin1Char('\n');
        commentLinesWritten += static_cast<int>(comment.lines.size());
    }

    /// The comments that go before the line where the node at `path` starts.
    void writeBefore(const NodePath &path, int column)
    {
        if (!path.live)
            return;
        for (const YamlComment *comment : m_comments->before(path.text))
            writeCommentBlock(*comment, column);
    }

    /// A sequence item's line also starts its first key or its first item (`- name: web`):
    /// their comments go before that line too.
    void writeItemBefore(const YamlNode &item, const NodePath &path, int column)
    {
        if (!path.live)
            return;
        writeBefore(path, column);
        if (item.isMap() && !item.entries().empty())
            writeBefore(childPath(path, item.entries().front().first), column);
        else if (item.isSequence() && !item.items().empty())
            writeItemBefore(item.items().front(), itemPath(path, itemPathSegments(item), 0),
                            column);
    }

    /// Comments after content wait for the end of the line the node starts on.
    void addTrailing(const NodePath &path)
    {
        if (!path.live)
            return;
        for (const YamlComment *comment : m_comments->trailing(path.text))
            m_trailing.push_back(comment);
    }

    void flushTrailing()
    {
        for (const YamlComment *comment : m_trailing) {
            out += QLatin1String(" #") + oneLine(comment->lines.value(0));
            ++commentLinesWritten;
        }
        m_trailing.clear();
    }

    void endLine()
    {
        flushTrailing();
        out += QLatin1Char('\n');
    }

    void writeMapEntries(const YamlNode &map, int column, bool firstInline, const NodePath &path)
    {
        bool first = true;
        for (const auto &[key, value] : map.entries()) {
            const NodePath entryPath = childPath(path, key);
            if (!(first && firstInline)) {
                writeBefore(entryPath, column);
                indent(column);
            }
            first = false;
            const QString written = stringNeedsQuotes(key) ? doubleQuoted(key) : key;
            // YAML (yaml-cpp and go-yaml alike) reads a key before ':' on its line only up
            // to 1024 characters; a longer one needs the explicit form "? key" / ": value".
            if (written.size() > MaxImplicitKey / 3 && written.toUtf8().size() > MaxImplicitKey) {
                out += QLatin1String("? ") + written;
                addTrailing(entryPath);
                endLine();
                indent(column);
                out += QLatin1Char(':');
            } else {
                out += written + QLatin1Char(':');
                addTrailing(entryPath);
            }
            writeValue(value, column, entryPath);
        }
    }

    /// Writes what follows "key:" for an entry at `column`.
    void writeValue(const YamlNode &value, int column, const NodePath &path)
    {
        if (value.isMap()) {
            if (value.entries().empty()) {
                out += QLatin1String(" {}");
                endLine();
            } else {
                endLine();
                writeMapEntries(value, column + 2, false, path);
            }
        } else if (value.isSequence()) {
            if (value.items().empty()) {
                out += QLatin1String(" []");
                endLine();
            } else {
                endLine();
                writeItems(value, column, false, path);
            }
        } else {
            out += QLatin1Char(' ');
            writeScalar(value, column + 2);
            endLine();
        }
    }

    void writeItems(const YamlNode &sequence, int column, bool firstInline, const NodePath &path)
    {
        const std::vector<QString> segments
            = path.live ? itemPathSegments(sequence) : std::vector<QString>();
        bool first = true;
        std::size_t index = 0;
        for (const YamlNode &item : sequence.items()) {
            const NodePath here = itemPath(path, segments, index);
            ++index;
            if (!(first && firstInline)) {
                writeItemBefore(item, here, column);
                indent(column);
            }
            first = false;
            out += QLatin1Char('-');
            addTrailing(here);
            if (item.isMap() && !item.entries().empty()) {
                out += QLatin1Char(' ');
                writeMapEntries(item, column + 2, true, here);
            } else if (item.isSequence() && !item.items().empty()) {
                out += QLatin1Char(' ');
                writeItems(item, column + 2, true, here);
            } else if (item.isMap()) {
                out += QLatin1String(" {}");
                endLine();
            } else if (item.isSequence()) {
                out += QLatin1String(" []");
                endLine();
            } else {
                out += QLatin1Char(' ');
                writeScalar(item, column + 2);
                endLine();
            }
        }
    }

    /// Writes a scalar without its final newline; `column` is the indentation of a literal
    /// block's content.
    void writeScalar(const YamlNode &node, int column)
    {
        if (node.isNull() || (!node.isQuoted() && node.text().isEmpty())) {
            out += QLatin1String("null");
            return;
        }
        const QString &text = node.text();
        // A number, a boolean or a string that needs no quotes, as written. Any other plain
        // scalar is a string (a multi-line plain one too) and is written as the string it
        // reads back as, so that the next export is the same.
        if (!node.isQuoted() && validPlain(text)) {
            out += text;
            return;
        }
        if (literalEligible(text))
            writeLiteral(text, column);
        else
            out += doubleQuoted(text);
    }

    void writeLiteral(const QString &text, int column)
    {
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1) == QLatin1Char('\n'))
            --end;
        const qsizetype trailing = text.size() - end;
        out += trailing == 0 ? QLatin1String("|-")
            : trailing == 1  ? QLatin1String("|")
                             : QLatin1String("|+");
        // A comment may follow the header; after the first line it would be content.
        flushTrailing();
        const QStringList lines = text.left(end).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            out += QLatin1Char('\n');
            if (!line.isEmpty()) {
                indent(column);
                out += line;
            }
        }
        // "|+" keeps the extra line breaks: they are written as empty lines.
        for (qsizetype i = 1; i < trailing; ++i)
            out += QLatin1Char('\n');
    }

    const DocumentComments *m_comments = nullptr;
    std::vector<const YamlComment *> m_trailing; ///< for the line being written
};

} // namespace

bool stringNeedsQuotes(const QString &text)
{
    if (!validPlain(text))
        return true;
    // Only the null and boolean words start with a letter among the scalars YAML reads as
    // non-strings; skipping the number patterns for them keeps export fast.
    if (text.front().isLetter() || text.front() == QLatin1Char('/'))
        return !YamlNode::scalar(text, false).isStringValue();
    if (!YamlNode::scalar(text, false).isStringValue())
        return true;
    return looksLikeOtherType(text);
}

QByteArray emitYaml(const YamlNode &document)
{
    BlockWriter writer;
    writer.writeDocument(document);
    return writer.out.toUtf8();
}

QByteArray emitYamlDocuments(const std::vector<YamlNode> &documents)
{
    return emitYamlDocuments(documents, {});
}

QByteArray emitYamlDocuments(const std::vector<YamlNode> &documents,
                             const std::vector<DocumentComments> &comments,
                             int *commentLinesWritten)
{
    BlockWriter writer;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        if (i > 0)
            writer.out += QLatin1String("---\n");
        writer.writeDocument(documents[i], i < comments.size() ? &comments[i] : nullptr);
    }
    if (commentLinesWritten)
        *commentLinesWritten = writer.commentLinesWritten;
    return writer.out.toUtf8();
}

} // namespace podwright
