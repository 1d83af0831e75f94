#include "errorlist.h"

namespace podwright::validation {

QString child(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString key(const QString &path, const QString &k)
{
    return path + QLatin1Char('[') + k + QLatin1Char(']');
}

QString goQuote(const QString &s)
{
    // strconv.Quote keeps printable characters and escapes the rest; hand-written because
    // Qt has no Go-compatible quoting.
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

BadValue BadValue::strings(const QStringList &list)
{
    QStringList quoted;
    for (const QString &s : list)
        quoted << goQuote(s);
    return { QStringLiteral("[]string{") + quoted.join(QLatin1String(", ")) + QLatin1Char('}') };
}

void ErrorList::add(Severity severity, const char *rule, const QString &path,
                    const QString &message)
{
    ValidationFinding f;
    f.ruleId = QLatin1String(rule);
    f.severity = severity;
    f.path = path.isEmpty() ? QString() : m_prefix + path;
    f.message = message;
    m_out.push_back(std::move(f));
}

void ErrorList::required(const char *rule, const QString &path, const QString &detail)
{
    add(Severity::Error, rule, path,
        detail.isEmpty() ? QStringLiteral("Required value")
                         : QStringLiteral("Required value: ") + detail);
}

void ErrorList::invalid(const char *rule, const QString &path, const BadValue &value,
                        const QString &detail)
{
    QString msg = QStringLiteral("Invalid value: ") + value.text;
    if (!detail.isEmpty())
        msg += QStringLiteral(": ") + detail;
    add(Severity::Error, rule, path, msg);
}

void ErrorList::duplicate(const char *rule, const QString &path, const BadValue &value)
{
    add(Severity::Error, rule, path, QStringLiteral("Duplicate value: ") + value.text);
}

void ErrorList::notSupported(const char *rule, const QString &path, const BadValue &value,
                             const QStringList &supported)
{
    QString msg = QStringLiteral("Unsupported value: ") + value.text;
    if (!supported.isEmpty()) {
        QStringList quoted;
        for (const QString &s : supported)
            quoted << goQuote(s);
        msg += QStringLiteral(": supported values: ") + quoted.join(QLatin1String(", "));
    }
    add(Severity::Error, rule, path, msg);
}

void ErrorList::forbidden(const char *rule, const QString &path, const QString &detail)
{
    add(Severity::Error, rule, path,
        detail.isEmpty() ? QStringLiteral("Forbidden") : QStringLiteral("Forbidden: ") + detail);
}

void ErrorList::tooLong(const char *rule, const QString &path, int maxLength)
{
    add(Severity::Error, rule, path,
        QStringLiteral("Too long: may not be longer than %1").arg(maxLength));
}

void ErrorList::tooLongBytes(const char *rule, const QString &path, int maxBytes)
{
    add(Severity::Error, rule, path,
        QStringLiteral("Too long: must have at most %1 bytes").arg(maxBytes));
}

void ErrorList::notFound(const char *rule, const QString &path, const BadValue &value)
{
    add(Severity::Error, rule, path, QStringLiteral("Not found: ") + value.text);
}

void ErrorList::warning(const char *rule, const QString &path, const QString &message)
{
    add(Severity::Warning, rule, path, message);
}

void ErrorList::hint(const char *rule, const QString &path, const QString &message)
{
    add(Severity::Hint, rule, path, message);
}

qsizetype ErrorList::errorCount() const
{
    return std::count_if(m_out.begin(), m_out.end(),
                         [](const ValidationFinding &f) { return f.severity == Severity::Error; });
}

const YamlNode *field(const YamlNode &node, const char *name)
{
    if (!node.isMap())
        return nullptr;
    const YamlNode *n = node.find(QLatin1String(name));
    return n && !n->isNullValue() ? n : nullptr;
}

QString stringField(const YamlNode &node, const char *name)
{
    const YamlNode *n = field(node, name);
    return n && n->isScalar() ? n->text() : QString();
}

std::optional<qint64> intField(const YamlNode &node, const char *name)
{
    const YamlNode *n = field(node, name);
    if (!n || !n->isScalar())
        return std::nullopt;
    bool ok = false;
    const qint64 v = n->toInteger(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<bool> boolField(const YamlNode &node, const char *name)
{
    const YamlNode *n = field(node, name);
    if (!n || !n->isScalar())
        return std::nullopt;
    bool ok = false;
    const bool v = n->toBool(&ok);
    return ok ? std::optional<bool>(v) : std::nullopt;
}

const std::vector<YamlNode> &seqField(const YamlNode &node, const char *name)
{
    static const std::vector<YamlNode> empty;
    const YamlNode *n = field(node, name);
    return n && n->isSequence() ? n->items() : empty;
}

QStringList stringItems(const YamlNode &node, const char *name)
{
    QStringList out;
    for (const YamlNode &item : seqField(node, name))
        out << item.text();
    return out;
}

} // namespace podwright::validation
