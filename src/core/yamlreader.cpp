#include "yamlreader.h"

#include "yamlprecheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <memory>
#include <optional>
#include <streambuf>
#include <unordered_map>

namespace podwright {

namespace {

/// Thrown from the event handler to stop yaml-cpp's parser at once; the parser unwinds
/// cleanly because it reports its own errors the same way.
struct ReadStop {
    ValidationFinding finding;
};

SourcePos toPos(const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return {};
    return { mark.line + 1, mark.column + 1 };
}

/**
 * A scalar's text from yaml-cpp. Not QString::fromStdString, which drops a leading U+FEFF
 * (a "\uFEFF" escape) and turns yaml-cpp 0.7's decoding of the escapes "\N" and "\_"
 * (the single bytes 0x85 and 0xA0, not UTF-8) into U+FFFD. The input passed checkEncoding,
 * so a byte that starts no valid sequence can only come from those escapes: it is the
 * Latin-1 character of that value. Hand-written because Qt's decoders only replace such
 * bytes.
 */
QString scalarText(const std::string &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    if (!decoder.hasError())
        return text;
    text.clear();
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t size = bytes.size();
    for (std::size_t i = 0; i < size;) {
        const unsigned char c = data[i];
        const std::size_t length = c < 0x80 ? 1
            : (c & 0xE0) == 0xC0            ? 2
            : (c & 0xF0) == 0xE0            ? 3
            : (c & 0xF8) == 0xF0            ? 4
                                            : 0;
        char32_t cp = length == 1 ? c : length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
        bool valid = length > 0 && i + length <= size;
        for (std::size_t k = 1; valid && k < length; ++k) {
            valid = (data[i + k] & 0xC0) == 0x80;
            cp = (cp << 6) | (data[i + k] & 0x3F);
        }
        if (!valid) {
            text += QChar(c);
            ++i;
            continue;
        }
        // Not QString::fromUcs4, which drops a U+FEFF too.
        if (QChar::requiresSurrogates(cp)) {
            text += QChar(QChar::highSurrogate(cp));
            text += QChar(QChar::lowSurrogate(cp));
        } else {
            text += QChar(char16_t(cp));
        }
        i += length;
    }
    return text;
}

/// A read-only std::streambuf over the QByteArray, so yaml-cpp reads the text in place
/// instead of a copy in a std::istringstream (input may be tens of megabytes).
class MemoryBuffer : public std::streambuf
{
public:
    explicit MemoryBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData());
        setg(begin, begin, begin + bytes.size());
    }
};

/// Builds YamlNode trees from yaml-cpp parser events.
class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(const LoadLimits &limits, const QByteArray &text)
        : m_limits(limits)
        , m_text(&text)
    { }

    std::vector<YamlNode> documents;
    /// Byte offset of the last quoted, block or tagged scalar (see checkClosingQuote).
    qsizetype lastQuotedOffset = -1;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        // yaml-cpp 0.7 never consumes a ',' outside '[ ]' or '{ }' (say after a JSON object):
        // it starts an empty document at the same place again and again. Stop at the second.
        if (mark.pos >= 0 && mark.pos == m_lastDocumentStart) {
            const QChar c
                = mark.pos < m_text->size() ? QChar::fromLatin1(m_text->at(mark.pos)) : QChar();
            throw ReadStop { yamlError(
                QStringLiteral("yaml-syntax"), QString(),
                QStringLiteral("unexpected '%1' outside a list or map").arg(c), toPos(mark),
                QStringLiteral("A ',' separates items only inside [ ] or { }. Delete it: "
                               "JSON objects or YAML documents one after another are not "
                               "separated by commas (YAML documents are separated by "
                               "\"---\").")) };
        }
        m_lastDocumentStart = mark.pos;
        m_stack.clear();
        m_anchors.clear(); // anchors are scoped to their document
        m_root = YamlNode();
    }

    void OnDocumentEnd() override
    {
        if (!m_root.isNull())
            documents.push_back(std::move(m_root));
        m_root = YamlNode();
    }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        countNodes(1, mark);
        YamlNode node;
        node.setPos(toPos(mark));
        deliver(std::move(node), anchor, mark, /*plainKey=*/false, Event::Null);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end()) {
            throw ReadStop { yamlError(
                QStringLiteral("yaml-syntax"), currentPath(),
                QCoreApplication::translate("podwright::Import",
                                            "an alias refers to its own anchor"),
                toPos(mark),
                QCoreApplication::translate("podwright::Import",
                                            "A YAML alias (*name) can only repeat a node "
                                            "that is complete; a node cannot contain "
                                            "itself.")) };
        }
        countNodes(it->second.second, mark);
        YamlNode copy = it->second.first;
        deliver(std::move(copy), YAML::NullAnchor, mark, false, Event::Alias);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        countNodes(1, mark);
        // yaml-cpp tags a plain scalar "?" and a quoted or block scalar "!": a quoted "1.0"
        // must stay a string. An explicit !!str counts as quoted too.
        const bool quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
        if (tag != "?" && mark.pos >= 0) // quoted, block, or with a tag (`!!str "x`)
            lastQuotedOffset = mark.pos;
        YamlNode node = YamlNode::scalar(scalarText(value), quoted);
        node.setPos(toPos(mark));
        deliver(std::move(node), anchor, mark, !quoted, Event::Scalar);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        push(YamlNode::sequence(), anchor, mark);
    }

    void OnSequenceEnd() override { pop(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        push(YamlNode::map(), anchor, mark);
        m_stack.back().blockMap = style != YAML::EmitterStyle::Flow;
    }

    void OnMapEnd() override { pop(); }

private:
    struct Frame {
        YamlNode node;
        YAML::anchor_t anchor = YAML::NullAnchor;
        bool expectKey = true;
        bool hasMergeKey = false;
        QString pendingKey;
        SourcePos pendingKeyPos;
        qsizetype pendingKeyOffset = -1; ///< a plain key's byte offset, else -1
        bool blockMap = false;
        /// Built once a map grows past a few keys, so duplicate detection stays linear.
        std::unique_ptr<QHash<QString, SourcePos>> keyIndex;
    };

    void countNodes(qsizetype count, const YAML::Mark &mark)
    {
        m_nodes += count;
        if (m_nodes > m_limits.maxNodes) {
            throw ReadStop { yamlError(
                QStringLiteral("too-many-nodes"), QString(),
                QCoreApplication::translate("podwright::Import",
                                            "the document expands to more than %1 nodes")
                    .arg(m_limits.maxNodes),
                toPos(mark),
                QCoreApplication::translate(
                    "podwright::Import",
                    "YAML aliases (*name) repeat an anchored node; nested aliases "
                    "multiply (the \"billion laughs\" pattern) until the document is "
                    "far too large to load. Write the values out instead.")) };
        }
    }

    void push(YamlNode node, YAML::anchor_t anchor, const YAML::Mark &mark)
    {
        countNodes(1, mark);
        if (!m_stack.empty() && m_stack.back().node.isMap() && m_stack.back().expectKey) {
            throw ReadStop { yamlError(
                QStringLiteral("yaml-syntax"), currentPath(),
                QCoreApplication::translate("podwright::Import",
                                            "a map key must be text, not a list or a map"),
                toPos(mark),
                QCoreApplication::translate("podwright::Import",
                                            "Kubernetes field names are plain text. "
                                            "Check for a stray '?', '[' or '{' before "
                                            "the ':'.")) };
        }
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth) {
            throw ReadStop { yamlError(
                QStringLiteral("nesting-too-deep"), currentPath(),
                QCoreApplication::translate("podwright::Import", "nesting deeper than %1 levels")
                    .arg(m_limits.maxDepth),
                toPos(mark),
                QCoreApplication::translate(
                    "podwright::Import",
                    "No Kubernetes object nests this deep. The file is probably "
                    "damaged or generated by mistake (for example unbalanced "
                    "brackets).")) };
        }
        node.setPos(toPos(mark));
        Frame frame;
        frame.node = std::move(node);
        frame.anchor = anchor;
        m_stack.push_back(std::move(frame));
    }

    void pop()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.hasMergeKey)
            applyMerge(frame.node);
        deliver(std::move(frame.node), frame.anchor, YAML::Mark::null_mark(), false,
                Event::Collection);
    }

    /// "<<: *defaults" merges the referenced map(s) under the keys written explicitly, as
    /// go-yaml (and so kubectl) does.
    static void applyMerge(YamlNode &map)
    {
        const QString mergeKey = QStringLiteral("<<");
        YamlNode merged = *map.find(mergeKey);
        map.remove(mergeKey);
        std::vector<const YamlNode *> sources;
        if (merged.isMap())
            sources.push_back(&merged);
        for (const YamlNode &item : merged.items()) {
            if (item.isMap())
                sources.push_back(&item);
        }
        for (const YamlNode *source : sources) {
            for (const auto &[key, value] : source->entries()) {
                if (!map.contains(key))
                    map.appendEntry(key, value, source->keyPos(key));
            }
        }
    }

    enum class Event { Null, Alias, Scalar, Collection };

    void deliver(YamlNode node, YAML::anchor_t anchor, const YAML::Mark &mark, bool plainKey,
                 Event event)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = { node, node.nodeCount() };
        if (m_stack.empty()) {
            m_root = std::move(node);
            return;
        }
        Frame &parent = m_stack.back();
        if (parent.node.isSequence()) {
            parent.node.append(std::move(node));
            return;
        }
        if (parent.expectKey) {
            acceptKey(parent, node, mark, plainKey);
            return;
        }
        if (parent.blockMap && parent.pendingKeyOffset >= 0 && event != Event::Alias)
            checkValuePlacement(parent, node, event);
        if (parent.keyIndex)
            parent.keyIndex->insert(parent.pendingKey, parent.pendingKeyPos);
        parent.node.appendEntry(parent.pendingKey, std::move(node), parent.pendingKeyPos);
        parent.expectKey = true;
        if (!parent.keyIndex && parent.node.entries().size() > 8) {
            parent.keyIndex = std::make_unique<QHash<QString, SourcePos>>();
            for (const auto &entry : parent.node.entries())
                parent.keyIndex->insert(entry.first, parent.node.keyPos(entry.first));
        }
    }

    void acceptKey(Frame &parent, const YamlNode &key, const YAML::Mark &mark, bool plainKey)
    {
        if (!key.isScalar() && !key.isNull()) {
            throw ReadStop { yamlError(
                QStringLiteral("yaml-syntax"), currentPath(),
                QCoreApplication::translate("podwright::Import",
                                            "a map key must be text, not a list or a map"),
                toPos(mark), QString()) };
        }
        const QString text = key.text();
        SourcePos previous;
        if (parent.keyIndex)
            previous = parent.keyIndex->value(text);
        else if (parent.node.contains(text))
            previous = parent.node.keyPos(text);
        const bool duplicate
            = parent.keyIndex ? parent.keyIndex->contains(text) : parent.node.contains(text);
        if (duplicate) {
            const QString path = joinPath(currentPath(), text);
            throw ReadStop { yamlError(
                QStringLiteral("duplicate-key"), path,
                QStringLiteral("mapping key \"%1\" already defined at line %2")
                    .arg(text)
                    .arg(previous.line),
                key.pos(),
                QCoreApplication::translate(
                    "podwright::Import",
                    "The same field is written twice in one object; Kubernetes "
                    "refuses the file because it cannot know which value you "
                    "meant. Delete one of the two lines (or merge them).")) };
        }
        if (plainKey && text == QLatin1String("<<"))
            parent.hasMergeKey = true;
        parent.pendingKey = text;
        parent.pendingKeyPos = key.pos();
        parent.pendingKeyOffset = plainKey && mark.pos >= 0 ? mark.pos : -1;
        parent.expectKey = false;
    }

    /// yaml-cpp 0.7 reads two kinds of broken block maps that go-yaml (kubectl) refuses with
    /// "could not find expected ':'": a last line without its colon (`image` becomes
    /// `image: null`) and a value no more indented than its key (`labels:` then `app # x`
    /// at the same column becomes `labels: app`). Checked only for plain keys written
    /// `key:`; an explicit `? key` may have no colon and its value sits under the '?'.
    void checkValuePlacement(const Frame &parent, const YamlNode &value, Event event) const
    {
        if (followsExplicitKeyIndicator(*m_text, parent.pendingKeyOffset))
            return;
        const SourcePos keyPos = parent.pendingKeyPos;
        SourcePos where;
        if (event == Event::Null) {
            if (!colonFollowsKey(*m_text, parent.pendingKeyOffset, parent.pendingKey))
                where = keyPos;
        } else if (!value.isSequence() && value.pos().line > keyPos.line
                   && value.pos().column <= keyPos.column) {
            where = value.pos(); // `key:` then a value a block sequence alone may put there
        }
        if (!where.isValid())
            return;
        throw ReadStop { yamlError(
            QStringLiteral("yaml-syntax"), currentPath(),
            QStringLiteral("could not find expected ':'"), where,
            QCoreApplication::translate(
                "podwright::Import",
                "Each field is written `name: value`. This line has no ':' after its field "
                "name, or it is a value that is not indented more than the field it "
                "belongs to.")) };
    }

    static QString joinPath(const QString &base, const QString &key)
    {
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }

    /// The field path of the node being built ("spec.containers[0]"), for error messages.
    QString currentPath() const
    {
        QString path;
        for (std::size_t i = 0; i < m_stack.size(); ++i) {
            const Frame &frame = m_stack[i];
            if (i + 1 >= m_stack.size() && frame.expectKey)
                break;
            if (frame.node.isSequence()) {
                if (i + 1 < m_stack.size())
                    path += QStringLiteral("[%1]").arg(frame.node.items().size());
            } else if (!frame.expectKey) {
                path = joinPath(path, frame.pendingKey);
            }
        }
        return path;
    }

    const LoadLimits &m_limits;
    const QByteArray *m_text = nullptr;
    int m_lastDocumentStart = -1;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, std::pair<YamlNode, qsizetype>> m_anchors;
    YamlNode m_root;
    qsizetype m_nodes = 0;
};

QString syntaxExplanation(const std::string &message)
{
    if (message.find("flow") != std::string::npos
        || message.find("end of sequence") != std::string::npos)
        return QCoreApplication::translate(
            "podwright::Import",
            "A '[' or '{' is never closed, or a ',' is missing between items. "
            "If this is JSON, the file may be cut short.");
    if (message.find("illegal map value") != std::string::npos)
        return QCoreApplication::translate(
            "podwright::Import",
            "A ':' appears where YAML does not expect a key. Check this "
            "line's indentation against the lines above, and quote values "
            "that contain \": \".");
    if (message.find("end of map") != std::string::npos)
        return QCoreApplication::translate(
            "podwright::Import",
            "The indentation of this line does not match the lines before "
            "it. Fields of the same object must start in the same column; "
            "use spaces, never tabs.");
    if (message.find("quote") != std::string::npos || message.find("escape") != std::string::npos)
        return QCoreApplication::translate(
            "podwright::Import",
            "A quoted string is not closed, or contains an invalid escape "
            "sequence.");
    return QCoreApplication::translate(
        "podwright::Import",
        "The text is not valid YAML here. Common causes: inconsistent "
        "indentation, a tab used for indentation, a missing space after "
        "':' or '-', or an unclosed quote or bracket.");
}

SourcePos endPos(const QByteArray &text)
{
    return positionOfOffset(text, text.size());
}

/// yaml-cpp 0.7 can place an error one character past the end of the text (an escape cut
/// off by the end of a file: `"\`); such a position is moved back to the end.
SourcePos withinText(const QByteArray &text, SourcePos pos)
{
    if (!pos.isValid())
        return pos;
    qsizetype start = 0;
    for (int line = 1; line < pos.line; ++line) {
        start = text.indexOf('\n', start);
        if (start < 0)
            return endPos(text);
        ++start;
    }
    qsizetype end = text.indexOf('\n', start);
    if (end < 0)
        end = text.size();
    pos.column = std::min(pos.column, static_cast<int>(end - start) + 1);
    return pos;
}

} // namespace

YamlReadResult readYamlDocuments(const QByteArray &text, const LoadLimits &limits)
{
    YamlReadResult result;
    if (text.size() > limits.maxBytes) {
        result.errors.push_back(
            yamlError(QStringLiteral("input-too-large"), QString(),
                      QCoreApplication::translate(
                          "podwright::Import", "the input is %1 bytes; at most %2 bytes are read")
                          .arg(text.size())
                          .arg(limits.maxBytes),
                      {},
                      QCoreApplication::translate(
                          "podwright::Import",
                          "Manifests are small text files; this one is far larger than any "
                          "real Pod definition. Check that you opened the right file.")));
        return result;
    }
    if (auto error = checkEncoding(text)) {
        result.errors.push_back(*error);
        return result;
    }
    if (auto error = checkFlowDepth(text, limits.maxDepth)) {
        result.errors.push_back(*error);
        return result;
    }

    MemoryBuffer buffer(text);
    std::istream stream(&buffer);
    TreeBuilder builder(limits, text);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) { }
    } catch (const ReadStop &stop) {
        result.errors.push_back(stop.finding);
    } catch (const YAML::DeepRecursion &e) {
        result.errors.push_back(
            yamlError(QStringLiteral("nesting-too-deep"), QString(),
                      QCoreApplication::translate("podwright::Import", "nesting too deep"),
                      toPos(e.mark), syntaxExplanation(e.msg)));
    } catch (const YAML::Exception &e) {
        SourcePos pos = toPos(e.mark);
        if (!pos.isValid())
            pos = endPos(text);
        result.errors.push_back(yamlError(QStringLiteral("yaml-syntax"), QString(),
                                          QString::fromStdString(e.msg), pos,
                                          syntaxExplanation(e.msg)));
    } catch (const std::bad_alloc &) {
        result.errors.push_back(
            yamlError(QStringLiteral("input-too-large"), QString(),
                      QCoreApplication::translate("podwright::Import",
                                                  "out of memory while reading the input"),
                      {}, QString()));
    }
    if (result.ok()) {
        if (auto unclosed = checkClosingQuote(text, builder.lastQuotedOffset))
            result.errors.push_back(*unclosed);
    }
    for (ValidationFinding &error : result.errors)
        error.pos = withinText(text, error.pos);
    if (!result.ok())
        result.documents.clear();
    else
        result.documents = std::move(builder.documents);
    return result;
}

} // namespace podwright
