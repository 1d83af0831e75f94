#include "yamlcomments.h"

#include <QList>

namespace podwright {

namespace {

int indentOf(const QByteArray &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == ' ')
        ++indent;
    return indent;
}

/// The column of the node a block scalar on `line` belongs to: its key's (`- script: |`
/// belongs to `script`, two columns in), or the sequence dash's for `- |`. The scalar's
/// lines are indented more than that.
int parentIndent(const QByteArray &line)
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

/// Where the comment on `line` starts, or -1. A comment starts with `#` at the start of the
/// line or after a space or tab, outside single- and double-quoted scalars.
qsizetype commentStart(const QByteArray &line)
{
    char quote = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
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
            return i;
        } else if ((c == '"' || c == '\'')
                   && (i == 0 || QByteArrayView(" \t[{,:-?").contains(line.at(i - 1)))) {
            quote = c; // a quote opens a scalar only where a scalar can start
        }
    }
    return -1;
}

/// Whether the content of a line (its comment removed) ends with a block scalar header:
/// `|` or `>`, with an optional chomping indicator and indentation digit.
bool opensBlockScalar(QByteArray content)
{
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
    // The indicator follows a key's colon, a sequence dash or a tag/anchor, or is the line.
    return content.isEmpty() || content.endsWith(' ') || content.endsWith(':')
        || content.endsWith('-');
}

} // namespace

// Written by hand: yaml-cpp (and libyaml, the other YAML library Debian packages for C and
// C++) drop comments in their scanners and report no trace of them, so the only way to know
// whether a file has any is to read the lines, minding quotes and block scalars, whose lines
// are content even when they start with '#'.
int countYamlComments(const QByteArray &text)
{
    int comments = 0;
    int blockIndent = -1; ///< inside a block scalar: the indentation of the line that opened it
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (blockIndent >= 0) {
            // A block scalar goes on while lines are blank or more indented than its key.
            if (line.trimmed().isEmpty() || indentOf(line) > blockIndent)
                continue;
            blockIndent = -1;
        }
        const qsizetype comment = commentStart(line);
        if (comment >= 0)
            ++comments;
        const QByteArray content = comment >= 0 ? line.left(comment) : line;
        if (opensBlockScalar(content))
            blockIndent = parentIndent(line);
    }
    return comments;
}

} // namespace podwright
