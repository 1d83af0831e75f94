#include "yamlcomments.h"

#include <algorithm>
#include <utility>

namespace podwright {

namespace {

int indentOf(QByteArrayView line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == ' ')
        ++indent;
    return indent;
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

/// The column of the node a block scalar on `line` belongs to: its key's (`- script: |`
/// belongs to `script`, two columns in), or the sequence dash's for `- |`. The scalar's
/// lines are indented more than that.
int parentIndent(QByteArrayView line)
{
    int column = indentOf(line);
    int dash = column;
    while (column + 1 < line.size() && line.at(column) == '-' && line.at(column + 1) == ' ') {
        dash = column;
        column += 2;
        while (column < line.size() && line.at(column) == ' ')
            ++column;
    }
    const bool indicatorFirst
        = column < line.size() && (line.at(column) == '|' || line.at(column) == '>');
    return indicatorFirst ? dash : column;
}

/// Whether a quote at `i` starts a scalar that may go on over the next lines: it follows a
/// key's colon, a dash, a flow indicator or nothing, perhaps after a tag or an anchor.
/// A quote after a word (`msg: it 'is`) is text of a plain scalar and ends with its line.
bool quoteStartsScalar(QByteArrayView line, qsizetype i)
{
    for (;;) {
        while (i > 0 && (line.at(i - 1) == ' ' || line.at(i - 1) == '\t'))
            --i;
        if (i == 0)
            return true;
        const char before = line.at(i - 1);
        if (QByteArrayView(":[{,-?").contains(before))
            return true;
        qsizetype word = i - 1;
        while (word > 0 && line.at(word - 1) != ' ' && line.at(word - 1) != '\t')
            --word;
        if (line.at(word) != '!' && line.at(word) != '&')
            return false;
        i = word;
    }
}

/// Whether a quote at `i` is where a scalar can start: after a blank, a flow indicator, a
/// colon after a JSON-like key (`{"a":"b"}`), or, for a double quote, a tag written against
/// it (`!"x"`, `!t"x"`: yaml-cpp ends a tag at a double quote, while a single quote is part
/// of it). Not against a dash, a '?' or another colon, which are indicators only before a
/// blank: `-"x` and `:"x` are plain text.
bool quoteMayOpen(QByteArrayView line, qsizetype i)
{
    if (i == 0 || QByteArrayView(" \t[{,").contains(line.at(i - 1)))
        return true;
    if (line.at(i - 1) == ':')
        return i >= 2 && QByteArrayView("\"']}").contains(line.at(i - 2));
    if (line.at(i) != '"')
        return false;
    qsizetype token = i - 1;
    while (token > 0 && !QByteArrayView(" \t[{,").contains(line.at(token - 1)))
        --token;
    return line.at(token) == '!';
}

/// Whether the content of a line (its comment removed) ends with a block scalar header:
/// `|` or `>`, with an optional chomping indicator and indentation digit.
bool opensBlockScalar(QByteArrayView content)
{
    // yaml-cpp 0.7 also ends a header at a '#' with no blank before it (`a: >#`): the
    // lines below are the scalar's.
    if (const qsizetype hash = content.indexOf('#'); hash > 0
        && (content.at(hash - 1) == '|' || content.at(hash - 1) == '>'
            || content.at(hash - 1) == '+' || content.at(hash - 1) == '-'
            || (content.at(hash - 1) >= '1' && content.at(hash - 1) <= '9'))
        && opensBlockScalar(content.first(hash)))
        return true;
    content = content.trimmed();
    int n = 0;
    while (n < 2 && !content.isEmpty()
           && (content.back() == '+' || content.back() == '-'
               || (content.back() >= '1' && content.back() <= '9'))) {
        content.chop(1);
        ++n;
    }
    if (content.isEmpty() || (content.back() != '|' && content.back() != '>'))
        return false;
    content.chop(1);
    // The indicator follows a key's colon, a sequence dash or a tag/anchor, or is the line;
    // yaml-cpp also ends a tag written against it (`a: !t|`).
    if (content.isEmpty() || content.endsWith(' ') || content.endsWith(':')
        || content.endsWith('-'))
        return true;
    const qsizetype blank = std::max(content.lastIndexOf(' '), content.lastIndexOf('\t'));
    return content.at(blank + 1) == '!';
}

bool isDocumentMarker(QByteArrayView line)
{
    return (line.startsWith("---") || line.startsWith("..."))
        && (line.size() == 3 || line.at(3) == ' ' || line.at(3) == '\t');
}

} // namespace

// Written by hand: yaml-cpp (and libyaml, the other YAML library Debian packages for C and
// C++) drop comments in their scanners and report no trace of them, so the only way to find
// them is to read the lines, minding quotes and block scalars, whose lines are content even
// when they start with '#'.
ScannedYaml scanYamlComments(const QByteArray &text, int maxComments)
{
    ScannedYaml result;
    // Most generated manifests have no '#' at all: one memchr, no line walk.
    if (!text.contains('#'))
        return result;
    int blockIndent = -1; ///< inside a block scalar: the indentation of the line that opened it
    char quote = 0; ///< inside a quoted scalar that goes on over lines
    bool lastLineWasComment = false;
    int lineNumber = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line(text.constData() + start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        const bool commentBefore = std::exchange(lastLineWasComment, false);
        if (quote == 0 && isBlank(line)) {
            if (commentBefore)
                result.comments.back().blankLineAfter = true;
            continue;
        }
        if (blockIndent >= 0) {
            // A block scalar goes on while lines are blank or more indented than its key.
            if (isBlank(line) || indentOf(line) > blockIndent)
                continue;
            blockIndent = -1;
        }
        const bool marker = isDocumentMarker(line);
        if (marker) {
            quote = 0;
            result.documentMarkers.push_back(lineNumber);
        }
        qsizetype comment = -1;
        qsizetype quoteOpened = -1;
        for (qsizetype i = marker ? 3 : 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (quote == '"') {
                if (c == '\\')
                    ++i; // an escaped character, perhaps a quote
                else if (c == '"')
                    quote = 0;
            } else if (quote == '\'') {
                if (c == '\'' && i + 1 < line.size() && line.at(i + 1) == '\'')
                    ++i; // '' is a quote inside single quotes
                else if (c == '\'')
                    quote = 0;
            } else if (c == '#' && (i == 0 || line.at(i - 1) == ' ' || line.at(i - 1) == '\t')) {
                comment = i;
                break;
            } else if ((c == '"' || c == '\'') && quoteMayOpen(line, i)) {
                quote = c; // a quote opens a scalar only where a scalar can start
                quoteOpened = i;
            }
        }
        // A quote left open at the end of the line goes on only if it started a scalar.
        if (quote != 0 && (quoteOpened < 0 || quoteStartsScalar(line, quoteOpened)))
            continue;
        quote = 0;
        const QByteArrayView content = comment >= 0 ? line.first(comment) : line;
        if (comment >= 0 && static_cast<int>(result.comments.size()) >= maxComments) {
            ++result.skipped;
        } else if (comment >= 0) {
            ScannedComment found;
            found.line = lineNumber;
            found.text = QString::fromUtf8(line.sliced(comment + 1));
            while (!found.text.isEmpty() && found.text.back().isSpace())
                found.text.chop(1);
            const QByteArrayView before = content.trimmed();
            found.fullLine = before.isEmpty() || (marker && before.size() == 3);
            found.afterFlowEnd = before.endsWith(']') || before.endsWith('}');
            lastLineWasComment = found.fullLine;
            result.comments.push_back(std::move(found));
        }
        if (opensBlockScalar(content))
            blockIndent = parentIndent(line);
    }
    return result;
}

int countYamlComments(const QByteArray &text)
{
    const ScannedYaml scanned = scanYamlComments(text, 0);
    return static_cast<int>(scanned.comments.size()) + scanned.skipped;
}

} // namespace podwright
