#include "roundtripcheck.h"

#include "manifestio.h"
#include "manifestwriter.h"
#include "validator.h"
#include "yamlcomments.h"
#include "yamlprecheck.h"
#include "yamlreader.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>

using namespace podwright;

namespace {

QByteArrayList linesOf(const QByteArray &text)
{
    return text.split('\n');
}

/// Whether `pos` lies on a line of `text`, at most one column past its end (yaml-cpp counts
/// columns in characters, which are never more than the line's bytes).
bool insideText(const QByteArrayList &lines, SourcePos pos)
{
    return pos.line >= 1 && pos.line <= lines.size() && pos.column >= 1
        && pos.column <= lines.at(pos.line - 1).size() + 1;
}

QStringList importFindings(const Findings &findings)
{
    QStringList list;
    for (const ValidationFinding &f : findings)
        list << f.ruleId + QLatin1Char(' ') + f.path; // a message may quote the value
    list.sort();
    return list;
}

/// The comments' texts. A lone CR, NEL, U+2028 and U+2029 are text to yaml-cpp but line
/// breaks to kubectl's YAML 1.1 reader: the export writes them as spaces, so that a comment can
/// never turn into content there.
QStringList commentTexts(const QByteArray &text)
{
    QStringList texts;
    for (const ScannedComment &comment : scanYamlComments(text).comments) {
        QString line = comment.text;
        for (QChar &c : line) {
            if (c == QLatin1Char('\r') || c == QChar(0x85) || c == QChar(0x2028)
                || c == QChar(0x2029))
                c = QLatin1Char(' ');
        }
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        texts << line;
    }
    texts.sort();
    return texts;
}

/// The same data: like YamlNode's ==, but a plain scalar that is a string anyway equals the
/// quoted one the export writes when its text cannot stand plain (a raw NEL, a tab at its
/// end...).
bool sameData(const YamlNode &a, const YamlNode &b)
{
    if (a.isNullValue() && b.isNullValue())
        return true; // an empty plain scalar is written "null"
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case YamlNode::Kind::Null: return true;
    case YamlNode::Kind::Scalar:
        return a.text() == b.text()
            && (a.isQuoted() == b.isQuoted() || (a.isStringValue() && b.isStringValue()));
    case YamlNode::Kind::Sequence:
        return std::equal(a.items().begin(), a.items().end(), b.items().begin(), b.items().end(),
                          sameData);
    case YamlNode::Kind::Map:
        return std::equal(a.entries().begin(), a.entries().end(), b.entries().begin(),
                          b.entries().end(), [](const auto &x, const auto &y) {
                              return x.first == y.first && sameData(x.second, y.second);
                          });
    }
    return false;
}

bool sameData(const std::vector<YamlNode> &a, const std::vector<YamlNode> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const YamlNode &x, const YamlNode &y) { return sameData(x, y); });
}

/// The text with every comment the scanner finds cut out: a full-line comment's line (and
/// the empty lines after it, which a `|+` block before it would otherwise take in), the rest
/// of the line after a comment following content.
QByteArray withoutComments(const QByteArray &text)
{
    const ScannedYaml scanned = scanYamlComments(text);
    QByteArrayList lines = linesOf(text);
    std::vector<bool> drop(static_cast<std::size_t>(lines.size()), false);
    for (const ScannedComment &comment : scanned.comments) {
        QByteArray &line = lines[comment.line - 1];
        const bool marker = std::binary_search(scanned.documentMarkers.begin(),
                                               scanned.documentMarkers.end(), comment.line);
        const qsizetype hash = line.lastIndexOf("#" + comment.text.toUtf8());
        if (comment.fullLine && !marker && comment.line == 1) {
            line.clear(); // not dropped: a BOM on line 2 would become the file's BOM
        } else if (comment.fullLine && !marker) {
            drop[static_cast<std::size_t>(comment.line - 1)] = true;
            for (qsizetype next = comment.line; next < lines.size(); ++next) {
                if (!lines.at(next).trimmed().isEmpty())
                    break;
                drop[static_cast<std::size_t>(next)] = true;
            }
        } else if (hash >= 0) {
            line.truncate(hash);
        }
    }
    QByteArray kept; // each line that stays keeps its own line break
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (drop[static_cast<std::size_t>(i)])
            continue;
        kept += lines.at(i);
        if (i + 1 < lines.size())
            kept += '\n';
    }
    return kept;
}

bool hasEmptyKey(const YamlNode &node)
{
    for (const auto &[key, value] : node.entries()) {
        if (key.isEmpty() || hasEmptyKey(value))
            return true;
    }
    return std::any_of(node.items().begin(), node.items().end(), hasEmptyKey);
}

/// Whether each comment text of `input` is part of a comment of `output`: comments after
/// content that come to share a line of the export (those of an item and of its first key,
/// or two after one flow collection over lines) are written after each other on it.
bool textsCarriedOver(const QStringList &input, const QStringList &output)
{
    return std::all_of(input.begin(), input.end(), [&output](const QString &text) {
        return std::any_of(output.begin(), output.end(),
                           [&text](const QString &line) { return line.contains(text); });
    });
}

} // namespace

std::optional<RoundTripFailure> checkRoundTrip(const QByteArray &rawInput, qint64 timeLimitMs)
{
    // What the reader reads: a lone CR is a line break (withLineFeeds()).
    const QByteArray input = withLineFeeds(rawInput);
    const auto fail = [](const char *property, const QString &detail) {
        return RoundTripFailure { QString::fromLatin1(property), detail };
    };
    QElapsedTimer timer;
    timer.start();
    const LoadResult in = loadManifest(rawInput);
    if (timer.elapsed() > timeLimitMs)
        return fail("fast", QStringLiteral("loadManifest took %1 ms").arg(timer.elapsed()));
    const QByteArrayList inputLines = linesOf(input);
    if (!in.parsed) {
        if (in.diagnostics.empty())
            return fail("error-explained", QStringLiteral("not parsed, and no diagnostic"));
        for (const ValidationFinding &f : in.diagnostics) {
            if (!insideText(inputLines, f.pos))
                return fail("error-located",
                            QStringLiteral("%1 at %2:%3 (text has %4 lines)")
                                .arg(f.summary())
                                .arg(f.pos.line)
                                .arg(f.pos.column)
                                .arg(inputLines.size()));
        }
        return std::nullopt;
    }
    for (const ValidationFinding &f : in.diagnostics) {
        if (!insideText(inputLines, f.pos))
            return fail("finding-located",
                        QStringLiteral("import %1 at %2:%3")
                            .arg(f.summary())
                            .arg(f.pos.line)
                            .arg(f.pos.column));
    }
    for (const ValidationFinding &f : validateManifest(in.manifest)) {
        if (f.pos.isValid() && !insideText(inputLines, f.pos))
            return fail("finding-located",
                        QStringLiteral("validation %1 at %2:%3")
                            .arg(f.summary())
                            .arg(f.pos.line)
                            .arg(f.pos.column));
    }

    const QByteArray exported = writeManifest(in.manifest);
    if (exported.isEmpty())
        return std::nullopt; // nothing to write: the empty-manifest diagnostic says so
    const LoadResult back = loadManifest(exported);
    if (!back.parsed || importFindings(back.diagnostics) != importFindings(in.diagnostics))
        return fail("export-loads",
                    QStringLiteral("before: %1\nafter: %2\nexport:\n%3")
                        .arg(importFindings(in.diagnostics).join(QLatin1Char('\n')),
                             importFindings(back.diagnostics).join(QLatin1Char('\n')),
                             QString::fromUtf8(escapedForMessage(exported))));
    const QByteArray again = writeManifest(back.manifest);
    if (again != exported)
        return fail("idempotent",
                    QStringLiteral("first export:\n%1\nsecond export:\n%2")
                        .arg(QString::fromUtf8(escapedForMessage(exported)),
                             QString::fromUtf8(escapedForMessage(again))));
    if (!sameData(manifestToYaml(in.manifest), manifestToYaml(back.manifest)))
        return fail(
            "data-kept",
            QStringLiteral("export:\n%1").arg(QString::fromUtf8(escapedForMessage(exported))));

    const int lost = in.unplacedComments + countCommentLinesLeftOut(in.manifest);
    const int expected = countYamlComments(input) - lost;
    const int written = countYamlComments(exported);
    const QStringList inputTexts = commentTexts(input);
    const QStringList exportTexts = commentTexts(exported);
    const bool shared = written < expected && lost == 0;
    if (written > expected || (written < expected && !shared) || back.unplacedComments != 0
        || countCommentLinesLeftOut(back.manifest) != 0
        || (lost == 0 && !shared && inputTexts != exportTexts)
        || (shared && !textsCarriedOver(inputTexts, exportTexts)))
        return fail("comments-kept",
                    QStringLiteral("%1 comment lines, %2 not kept, %3 written (%4 unplaced on "
                                   "reading the export)\nexport:\n%5")
                        .arg(countYamlComments(input))
                        .arg(lost)
                        .arg(written)
                        .arg(back.unplacedComments)
                        .arg(QString::fromUtf8(escapedForMessage(exported))));

    const YamlReadResult raw = readYamlDocuments(input);
    // yaml-cpp 0.7 ends a top-level scalar at a comment and reads what follows as a new
    // document (`d #` then `e`), where YAML makes it an error: such text is no Kubernetes
    // object, and the export keeps what yaml-cpp read, so it is left out of this property.
    // Likewise a line that is only ':' (an empty key, which YAML refuses): yaml-cpp reads
    // `:` then `a` as two keys, but `:` then `a #` as the key "" with the value "a".
    if (std::any_of(raw.documents.begin(), raw.documents.end(), [](const YamlNode &document) {
            return document.isScalar() || hasEmptyKey(document);
        }))
        return std::nullopt;
    const QByteArray stripped = withoutComments(input);
    const YamlReadResult bare = readYamlDocuments(stripped);
    if (!bare.ok() || !sameData(raw.documents, bare.documents))
        return fail(
            "comments-are-comments",
            QStringLiteral("the input without its comments reads differently (%1)\n%2")
                .arg(bare.ok() ? QStringLiteral("other data") : bare.errors.front().summary(),
                     QString::fromUtf8(escapedForMessage(stripped))));
    return std::nullopt;
}

QByteArray escapedForMessage(const QByteArray &input, qsizetype maxBytes)
{
    QByteArray out;
    for (qsizetype i = 0; i < input.size() && i < maxBytes; ++i) {
        const auto c = static_cast<unsigned char>(input.at(i));
        if (c == '\n')
            out += "\\n\n";
        else if (c == '\\' || c == '"')
            out += '\\' + QByteArray(1, static_cast<char>(c));
        else if (c < 0x20 || c >= 0x7F)
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0') + "\"\"";
        else
            out += static_cast<char>(c);
    }
    if (input.size() > maxBytes)
        out += QStringLiteral("... (%1 bytes)").arg(input.size()).toUtf8();
    return out;
}
