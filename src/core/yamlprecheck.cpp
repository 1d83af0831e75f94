#include "yamlprecheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace podwright {

ValidationFinding yamlError(const QString &ruleId, const QString &path, const QString &message,
                            SourcePos pos, const QString &explanation)
{
    ValidationFinding f;
    f.ruleId = ruleId;
    f.severity = Severity::Error;
    f.path = path;
    f.message = message;
    f.pos = pos;
    f.explanation = explanation;
    return f;
}

SourcePos positionOfOffset(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return { line, static_cast<int>(offset - lineStart) + 1 };
}

QByteArray withLineFeeds(const QByteArray &text)
{
    qsizetype cr = text.indexOf('\r');
    while (cr >= 0 && cr + 1 < text.size() && text.at(cr + 1) == '\n')
        cr = text.indexOf('\r', cr + 2);
    if (cr < 0)
        return text; // shared, not copied: the usual case
    QByteArray copy = text;
    for (qsizetype i = cr; i < copy.size(); ++i) {
        if (copy.at(i) == '\r' && (i + 1 == copy.size() || copy.at(i + 1) != '\n'))
            copy[i] = '\n';
    }
    return copy;
}

/// Rejects what is not YAML text before yaml-cpp sees it. Hand-written rather than
/// QStringDecoder because a learner needs to know *where* the bad byte is, and Qt's decoder
/// only says that there was one.
std::optional<ValidationFinding> checkEncoding(const QByteArray &text)
{
    const auto *data = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    const QString binaryHelp = QCoreApplication::translate(
        "podwright::Import",
        "A Kubernetes manifest is UTF-8 text. This file looks like something else (an image, "
        "an archive, a compiled program, or text saved in another encoding). Open the .yaml "
        "file itself, or save it as UTF-8.");
    if (size >= 2
        && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF))) {
        return yamlError(
            QStringLiteral("binary-input"), QString(),
            QCoreApplication::translate("podwright::Import",
                                        "the file is UTF-16 encoded; only UTF-8 is supported"),
            { 1, 1 }, binaryHelp);
    }
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (c == 0) {
                return yamlError(QStringLiteral("binary-input"), QString(),
                                 QCoreApplication::translate(
                                     "podwright::Import",
                                     "the file contains a NUL byte: it is binary, not YAML text"),
                                 positionOfOffset(text, i), binaryHelp);
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return yamlError(
                    QStringLiteral("binary-input"), QString(),
                    QCoreApplication::translate("podwright::Import",
                                                "control character 0x%1 is not allowed in YAML")
                        .arg(c, 2, 16, QLatin1Char('0')),
                    positionOfOffset(text, i), binaryHelp);
            }
            ++i;
            continue;
        }
        int length = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char cc = data[i + k];
            valid = (cc & 0xC0) == 0x80;
            cp = (cp << 6) | (cc & 0x3F);
        }
        valid = valid && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        if (!valid) {
            return yamlError(
                QStringLiteral("binary-input"), QString(),
                QCoreApplication::translate("podwright::Import", "invalid UTF-8 byte 0x%1")
                    .arg(c, 2, 16, QLatin1Char('0')),
                positionOfOffset(text, i), binaryHelp);
        }
        // Outside YAML's printable set, which go-yaml (kubectl) enforces: C1 controls but
        // NEL, U+FFFE and U+FFFF ("control characters are not allowed").
        if ((cp >= 0x80 && cp <= 0x9F && cp != 0x85) || cp == 0xFFFE || cp == 0xFFFF) {
            return yamlError(
                QStringLiteral("binary-input"), QString(),
                QCoreApplication::translate("podwright::Import",
                                            "control character U+%1 is not allowed in YAML")
                    .arg(QString::number(cp, 16).toUpper().rightJustified(4, QLatin1Char('0'))),
                positionOfOffset(text, i), binaryHelp);
        }
        i += length;
    }
    return std::nullopt;
}

/**
 * yaml-cpp's scanner reads a whole run of flow openers ("[[[[..." or "{a:{a:...") ahead
 * before its parser sees the first one (each may start a simple key), using seconds and
 * about 250 bytes per bracket; its own depth guard comes too late. This lexical pre-pass
 * finds such nesting first. It skips comments and quoted scalars; brackets inside plain or
 * block text may count too (see the bound below).
 */
std::optional<ValidationFinding> checkFlowDepth(const QByteArray &text, int maxDepth)
{
    // Brackets in plain text or block scalars count here too ("m[[[[" in an annotation, a
    // quoted string the export writes plain), so this bound is far above maxDepth: the
    // reader reports real nesting past maxDepth exactly, and a run this long costs yaml-cpp
    // only a few milliseconds and megabytes.
    const int limit = std::max(maxDepth, 10000);
    int depth = 0;
    char quote = 0;
    char previous = '\n';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quote) {
            if (quote == '"' && c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
            previous = c;
            continue;
        }
        const bool atScalarStart = previous == ' ' || previous == '\t' || previous == '\n'
            || previous == '[' || previous == '{' || previous == ',' || previous == ':';
        if (c == '#' && (previous == ' ' || previous == '\t' || previous == '\n')) {
            while (i < text.size() && text.at(i) != '\n')
                ++i;
            previous = '\n';
            continue;
        }
        if ((c == '"' || c == '\'') && atScalarStart) {
            quote = c;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) {
                return yamlError(
                    QStringLiteral("nesting-too-deep"), QString(),
                    QCoreApplication::translate("podwright::Import",
                                                "nesting deeper than %1 levels")
                        .arg(maxDepth),
                    positionOfOffset(text, i),
                    QCoreApplication::translate("podwright::Import",
                                                "No Kubernetes object nests this deep. The file is "
                                                "probably damaged or generated by mistake (for "
                                                "example unbalanced brackets)."));
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
        previous = c;
    }
    return std::nullopt;
}

/// yaml-cpp 0.7 accepts a quoted scalar that runs into the end of the input, so a file cut
/// off inside a string would load. Such a scalar is necessarily the last one read: check
/// that it is closed.
std::optional<ValidationFinding> checkClosingQuote(const QByteArray &text, qsizetype offset)
{
    if (offset < 0 || offset >= text.size())
        return std::nullopt;
    // yaml-cpp marks a scalar with a tag or an anchor where they start (`!!str "x`, `!"x`,
    // `&a "x`): the quote comes after them. A tag ends at a double quote; a single quote is
    // part of it.
    while (offset < text.size() && (text.at(offset) == '!' || text.at(offset) == '&')) {
        const char sigil = text.at(offset);
        while (offset < text.size() && !QByteArrayView(" \t\r\n").contains(text.at(offset))
               && !(sigil == '!' && text.at(offset) == '"'))
            ++offset;
        while (offset < text.size() && (text.at(offset) == ' ' || text.at(offset) == '\t'))
            ++offset;
    }
    if (offset >= text.size())
        return std::nullopt;
    const char quote = text.at(offset);
    if (quote != '"' && quote != '\'')
        return std::nullopt;
    for (qsizetype i = offset + 1; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < text.size() && text.at(i + 1) == '\'') {
                ++i; // '' is an escaped quote inside single quotes
                continue;
            }
            return std::nullopt;
        }
    }
    return yamlError(QStringLiteral("yaml-syntax"), QString(),
                     QCoreApplication::translate("podwright::Import",
                                                 "end of file reached without closing quote"),
                     positionOfOffset(text, offset),
                     QCoreApplication::translate(
                         "podwright::Import",
                         "This quoted string is never closed: add the closing quote. If the "
                         "file was downloaded or pasted, it may be cut short."));
}

bool colonFollowsKey(const QByteArray &text, qsizetype offset, const QString &key)
{
    if (offset < 0 || offset > text.size())
        return true;
    qsizetype lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0)
        lineEnd = text.size();
    const QByteArray bytes = key.toUtf8();
    // The key's text may occur in a tag or an anchor before it (`&a a:`): any occurrence on
    // the line that a ':' follows will do.
    for (qsizetype at = text.indexOf(bytes, offset); at >= 0 && at + bytes.size() <= lineEnd;
         at = text.indexOf(bytes, at + 1)) {
        qsizetype i = at + bytes.size();
        while (i < lineEnd && (text.at(i) == ' ' || text.at(i) == '\t'))
            ++i;
        if (i < lineEnd && text.at(i) == ':')
            return true;
        if (bytes.isEmpty())
            break;
    }
    return false;
}

bool followsExplicitKeyIndicator(const QByteArray &text, qsizetype offset)
{
    qsizetype i = std::min(offset, text.size());
    for (;;) {
        while (i > 0 && QByteArrayView(" \t\r\n").contains(text.at(i - 1)))
            --i;
        if (i == 0)
            return false;
        if (text.at(i - 1) == '?')
            return true;
        qsizetype word = i - 1;
        while (word > 0 && !QByteArrayView(" \t\r\n").contains(text.at(word - 1)))
            --word;
        if (text.at(word) != '!' && text.at(word) != '&')
            return false;
        i = word;
    }
}

} // namespace podwright
