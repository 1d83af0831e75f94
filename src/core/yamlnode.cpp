#include "yamlnode.h"

#include <QRegularExpression>

namespace podwright {

YamlNode YamlNode::scalar(const QString &text, bool quoted)
{
    YamlNode node;
    node.m_kind = Kind::Scalar;
    node.m_text = text;
    node.m_quoted = quoted;
    return node;
}

YamlNode YamlNode::sequence()
{
    YamlNode node;
    node.m_kind = Kind::Sequence;
    return node;
}

YamlNode YamlNode::map()
{
    YamlNode node;
    node.m_kind = Kind::Map;
    return node;
}

bool YamlNode::isNullValue() const
{
    if (m_kind == Kind::Null)
        return true;
    if (m_kind != Kind::Scalar || m_quoted)
        return false;
    return m_text.isEmpty() || m_text == QLatin1String("~") || m_text == QLatin1String("null")
        || m_text == QLatin1String("Null") || m_text == QLatin1String("NULL");
}

bool YamlNode::toBool(bool *ok) const
{
    static const QStringList trueWords
        = { QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"),
            QStringLiteral("yes"),  QStringLiteral("Yes"),  QStringLiteral("YES"),
            QStringLiteral("on"),   QStringLiteral("On"),   QStringLiteral("ON"),
            QStringLiteral("y"),    QStringLiteral("Y") };
    static const QStringList falseWords
        = { QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
            QStringLiteral("no"),    QStringLiteral("No"),    QStringLiteral("NO"),
            QStringLiteral("off"),   QStringLiteral("Off"),   QStringLiteral("OFF"),
            QStringLiteral("n"),     QStringLiteral("N") };
    // No boolean word is longer than five characters: most strings are ruled out at once.
    const bool scalarPlain = m_kind == Kind::Scalar && !m_quoted && m_text.size() <= 5;
    if (scalarPlain && trueWords.contains(m_text)) {
        if (ok)
            *ok = true;
        return true;
    }
    if (scalarPlain && falseWords.contains(m_text)) {
        if (ok)
            *ok = true;
        return false;
    }
    if (ok)
        *ok = false;
    return false;
}

bool YamlNode::isBoolValue() const
{
    bool ok = false;
    toBool(&ok);
    return ok;
}

qint64 YamlNode::toInteger(bool *ok) const
{
    // Integers as go-yaml v2 resolves them (sigs.k8s.io/yaml, hence kubectl): underscores
    // are dropped, then Go's ParseInt with base 0 reads 0x/0o/0b prefixes and a leading 0 as
    // octal, so `defaultMode: 0644` is 420, as the Kubernetes docs intend.
    bool good = false;
    qint64 value = 0;
    const QChar first = m_text.isEmpty() ? QChar() : m_text.front();
    const bool numeric = first.isDigit() || first == QLatin1Char('-') || first == QLatin1Char('+');
    if (m_kind == Kind::Scalar && !m_quoted && numeric) {
        QString t = m_text;
        t.remove(QLatin1Char('_'));
        bool negative = false;
        if (t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-'))) {
            negative = t.startsWith(QLatin1Char('-'));
            t.remove(0, 1);
        }
        static const QRegularExpression decimal(QStringLiteral("^[0-9]+$"));
        const QString prefix = t.left(2).toLower();
        int base = 10;
        if (prefix == QLatin1String("0x"))
            base = 16;
        else if (prefix == QLatin1String("0o"))
            base = 8;
        else if (prefix == QLatin1String("0b"))
            base = 2;
        if (base != 10)
            t.remove(0, 2);
        else if (t.size() > 1 && t.startsWith(QLatin1Char('0')))
            base = 8;
        if (!t.isEmpty() && (base != 10 || decimal.match(t).hasMatch())
            && !t.startsWith(QLatin1Char('+')) && !t.startsWith(QLatin1Char('-')))
            value = t.toLongLong(&good, base);
        if (negative)
            value = -value;
    }
    if (ok)
        *ok = good;
    return good ? value : 0;
}

bool YamlNode::isIntegerValue() const
{
    bool ok = false;
    toInteger(&ok);
    return ok;
}

bool YamlNode::isNumberValue() const
{
    if (isIntegerValue())
        return true;
    if (m_kind != Kind::Scalar || m_quoted)
        return false;
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\\.(inf|Inf|"
                       "INF)$|^\\.(nan|NaN|NAN)$"));
    return number.match(m_text).hasMatch();
}

bool YamlNode::isStringValue() const
{
    if (m_kind != Kind::Scalar)
        return false;
    if (m_quoted)
        return true;
    // Fast path for the common case (the importer asks this of every string field): numbers
    // start with a digit, a sign or a dot, so a plain scalar starting with a letter is a
    // string unless it is one of the null or boolean words.
    if (!m_text.isEmpty() && (m_text.front().isLetter() || m_text.front() == QLatin1Char('/')))
        return !isNullValue() && !isBoolValue();
    return !isNullValue() && !isBoolValue() && !isNumberValue();
}

void YamlNode::append(YamlNode item)
{
    m_kind = Kind::Sequence;
    m_items.push_back(std::move(item));
}

const YamlNode *YamlNode::find(const QString &key) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

const YamlNode *YamlNode::findPath(const QString &dottedPath) const
{
    const YamlNode *node = this;
    for (const QString &step : dottedPath.split(QLatin1Char('.'))) {
        node = node->isMap() ? node->find(step) : nullptr;
        if (!node)
            return nullptr;
    }
    return node;
}

YamlNode *YamlNode::find(const QString &key)
{
    for (auto &entry : m_entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

void YamlNode::insert(const QString &key, YamlNode value)
{
    m_kind = Kind::Map;
    if (YamlNode *existing = find(key)) {
        *existing = std::move(value);
        return;
    }
    m_entries.emplace_back(key, std::move(value));
    m_keyPositions.resize(m_entries.size());
}

void YamlNode::appendEntry(const QString &key, YamlNode value, SourcePos keyPos)
{
    m_kind = Kind::Map;
    m_entries.emplace_back(key, std::move(value));
    m_keyPositions.resize(m_entries.size() - 1);
    m_keyPositions.push_back(keyPos);
}

bool YamlNode::remove(const QString &key)
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == key) {
            m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(i));
            if (i < m_keyPositions.size())
                m_keyPositions.erase(m_keyPositions.begin() + static_cast<std::ptrdiff_t>(i));
            return true;
        }
    }
    return false;
}

SourcePos YamlNode::keyPos(const QString &key) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == key)
            return i < m_keyPositions.size() ? m_keyPositions[i] : SourcePos {};
    }
    return {};
}

void YamlNode::setKeyPos(const QString &key, SourcePos pos)
{
    m_keyPositions.resize(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == key) {
            m_keyPositions[i] = pos;
            return;
        }
    }
}

bool YamlNode::operator==(const YamlNode &other) const
{
    // Source positions are deliberately ignored: a reloaded export equals the original.
    return m_kind == other.m_kind && m_quoted == other.m_quoted && m_text == other.m_text
        && m_items == other.m_items && m_entries == other.m_entries;
}

qsizetype YamlNode::nodeCount() const
{
    qsizetype count = 1;
    for (const auto &item : m_items)
        count += item.nodeCount();
    for (const auto &entry : m_entries)
        count += entry.second.nodeCount();
    return count;
}

} // namespace podwright
