#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace podwright {

/// A 1-based position in the source text; line 0 means "not from text".
struct SourcePos {
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    friend bool operator==(const SourcePos &, const SourcePos &) = default;
};

/**
 * A YAML/JSON value tree that keeps what yaml-cpp's own YAML::Node loses: whether a scalar
 * was quoted (so "1.0" stays a string), map key order, and the source position of every node.
 *
 * The typed Pod model keeps every field it does not know as a YamlNode so that import then
 * export never loses data.
 */
class YamlNode
{
public:
    enum class Kind { Null, Scalar, Sequence, Map };
    using Entry = std::pair<QString, YamlNode>;

    YamlNode() = default;
    static YamlNode scalar(const QString &text, bool quoted = false);
    static YamlNode sequence();
    static YamlNode map();

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMap() const { return m_kind == Kind::Map; }

    /// Scalar text as written (without quotes). Empty for non-scalars.
    const QString &text() const { return m_text; }
    /// True when the scalar was quoted or block-literal in the source: it is a string whatever
    /// it looks like.
    bool isQuoted() const { return m_quoted; }
    void setQuoted(bool quoted) { m_quoted = quoted; }

    /// Plain scalars resolved as YAML 1.2 core schema plus YAML 1.1 booleans (what
    /// sigs.k8s.io/yaml accepts): these helpers say what the scalar would decode to.
    bool isStringValue() const; ///< quoted, or plain and not null/bool/number
    bool isIntegerValue() const; ///< plain integer (decimal, 0x, 0o)
    bool isNumberValue() const; ///< plain integer or float
    bool isBoolValue() const; ///< plain true/false (and YAML 1.1 yes/no/on/off)
    bool isNullValue() const; ///< Kind::Null, or plain ~/null/empty
    bool toBool(bool *ok = nullptr) const;
    qint64 toInteger(bool *ok = nullptr) const;

    SourcePos pos() const { return m_pos; }
    void setPos(SourcePos pos) { m_pos = pos; }

    // Sequences
    const std::vector<YamlNode> &items() const { return m_items; }
    std::vector<YamlNode> &items() { return m_items; }
    void append(YamlNode item);

    // Maps (ordered, string keys)
    const std::vector<Entry> &entries() const { return m_entries; }
    std::vector<Entry> &entries() { return m_entries; }
    const YamlNode *find(const QString &key) const;
    YamlNode *find(const QString &key);
    /// The node at a dotted path of map keys ("spec.template.metadata"), or null.
    const YamlNode *findPath(const QString &dottedPath) const;
    bool contains(const QString &key) const { return find(key) != nullptr; }
    /// Sets or appends the entry, keeping its position when it exists.
    void insert(const QString &key, YamlNode value);
    /// Appends an entry without looking for an existing key (the YAML reader checks for
    /// duplicates itself, with a hash, so that huge maps stay linear).
    void appendEntry(const QString &key, YamlNode value, SourcePos keyPos = {});
    bool remove(const QString &key);
    /// Source position of the key itself (for "unknown field" and "duplicate key" errors).
    SourcePos keyPos(const QString &key) const;
    /// The key position of the entry at `index` of entries(), without a lookup by name.
    SourcePos keyPosAt(std::size_t index) const
    {
        return index < m_keyPositions.size() ? m_keyPositions[index] : SourcePos {};
    }
    void setKeyPos(const QString &key, SourcePos pos);

    /// Structural equality, ignoring source positions.
    bool operator==(const YamlNode &other) const;
    bool operator!=(const YamlNode &other) const { return !(*this == other); }

    /// Number of nodes in the tree (this one included).
    qsizetype nodeCount() const;

private:
    Kind m_kind = Kind::Null;
    bool m_quoted = false;
    QString m_text;
    SourcePos m_pos;
    std::vector<YamlNode> m_items;
    std::vector<Entry> m_entries;
    std::vector<SourcePos> m_keyPositions; // parallel to m_entries
};

} // namespace podwright
