#include "importcontext.h"

#include "yamlprecheck.h"

#include <QCoreApplication>

#include <cmath>

namespace podwright {

namespace {

QString describe(const YamlNode &value)
{
    switch (value.kind()) {
    case YamlNode::Kind::Map: return QStringLiteral("{...}");
    case YamlNode::Kind::Sequence: return QStringLiteral("[...]");
    case YamlNode::Kind::Null: return QStringLiteral("null");
    case YamlNode::Kind::Scalar: break;
    }
    return value.isQuoted() ? QLatin1Char('"') + value.text() + QLatin1Char('"') : value.text();
}

/**
 * What a Go integer field of the API receives for a plain scalar. kubectl converts YAML to
 * JSON before sending it (sigs.k8s.io/yaml over go-yaml v2), and encoding/json writes a
 * float64 with a whole value below 1e21 without fraction or exponent: `80.0` and `1e3`
 * arrive as 80 and 1000 and are accepted; `80.5`, `1e21` and `.inf` are not.
 */
std::optional<qint64> decodedInteger(const YamlNode &value)
{
    bool ok = false;
    const qint64 integer = value.toInteger(&ok);
    if (ok)
        return integer;
    if (!value.isScalar() || value.isQuoted() || !value.isNumberValue())
        return std::nullopt;
    QString text = value.text();
    text.remove(QLatin1Char('_')); // go-yaml drops underscores before parsing numbers
    const double number = text.toDouble(&ok);
    // 2^63, exactly representable: every double below it with a whole value fits in qint64.
    constexpr double limit = 9223372036854775808.0;
    if (!ok || !std::isfinite(number) || std::trunc(number) != number || number >= limit
        || number < -limit || std::fabs(number) >= 1e21)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString yamlTypeName(const YamlNode &value)
{
    if (value.isBoolValue())
        return QCoreApplication::translate("podwright::Import", "boolean");
    if (value.isNumberValue())
        return QCoreApplication::translate("podwright::Import", "number");
    return QCoreApplication::translate("podwright::Import", "value");
}

} // namespace

ImportContext::ImportContext(Findings &findings, SourceMap &positions, int resourceIndex,
                             QSet<QString> *wrongTypePaths)
    : m_findings(findings)
    , m_positions(positions)
    , m_resourceIndex(resourceIndex)
    , m_wrongTypePaths(wrongTypePaths)
{ }

void ImportContext::mark(const QString &path, SourcePos pos)
{
    if (pos.isValid())
        m_positions.insert(path, pos);
}

void ImportContext::error(const QString &ruleId, const QString &path, const QString &message,
                          SourcePos pos, const QString &explanation)
{
    ValidationFinding f = yamlError(ruleId, path, message, pos, explanation);
    f.resourceIndex = m_resourceIndex;
    m_findings.push_back(std::move(f));
}

void ImportContext::wrongType(const QString &path, const YamlNode &value, Expected expected)
{
    if (m_wrongTypePaths)
        m_wrongTypePaths->insert(path);
    QString must;
    QString explanation;
    switch (expected) {
    case Expected::String:
        must = QStringLiteral("must be a string");
        if (value.isScalar()) {
            explanation = QCoreApplication::translate(
                              "podwright::Import",
                              "YAML reads %1 as a %2, but this field takes text. Put "
                              "it in quotes: \"%1\".")
                              .arg(value.text(), yamlTypeName(value));
        } else {
            explanation
                = QCoreApplication::translate("podwright::Import",
                                              "This field takes a single text value, not a list or "
                                              "an object.");
        }
        break;
    case Expected::Integer:
        must = QStringLiteral("must be an integer");
        explanation
            = QCoreApplication::translate("podwright::Import",
                                          "This field takes a whole number written without quotes, "
                                          "for example 8080.");
        if (path.endsWith(QLatin1String("containerPort"))
            || path.endsWith(QLatin1String("hostPort")))
            explanation
                += QCoreApplication::translate("podwright::Import",
                                               " To give a port a name such as \"http\", use the "
                                               "port's `name` field.");
        break;
    case Expected::Boolean:
        must = QStringLiteral("must be a boolean");
        explanation = QCoreApplication::translate(
            "podwright::Import", "This field takes true or false, without quotes.");
        break;
    case Expected::List:
        must = QStringLiteral("must be a list");
        explanation = QCoreApplication::translate(
            "podwright::Import",
            "This field takes a list: write each item on its own line "
            "starting with \"- \", indented under the field.");
        break;
    case Expected::Object:
        must = QStringLiteral("must be an object");
        explanation
            = QCoreApplication::translate("podwright::Import",
                                          "This field takes an object: indented \"field: value\" "
                                          "lines under it, not a single value or a list.");
        break;
    case Expected::StringMap:
        must = QStringLiteral("must be a map of strings");
        explanation
            = QCoreApplication::translate("podwright::Import",
                                          "This field maps names to text values. Quote values that "
                                          "YAML would read as numbers or booleans, for example "
                                          "version: \"1.0\" or enabled: \"true\".");
        break;
    case Expected::IntOrString:
        must = QStringLiteral("must be an integer or a string");
        explanation
            = QCoreApplication::translate("podwright::Import",
                                          "This field takes a port number (8080) or a port name "
                                          "(http).");
        break;
    }
    error(QStringLiteral("wrong-type"), path,
          QStringLiteral("Invalid value: %1: %2").arg(describe(value), must), value.pos(),
          explanation);
}

void ImportContext::unknownField(const QString &path, SourcePos keyPos, const QString &suggestion)
{
    m_positions.insert(path, keyPos);
    QString explanation
        = QCoreApplication::translate("podwright::Import",
                                      "Kubernetes does not know this field here, so a cluster "
                                      "with strict field validation (the default for kubectl "
                                      "apply) rejects the file. Check the spelling and the "
                                      "indentation: the field may belong to another object.");
    if (!suggestion.isEmpty())
        explanation += QCoreApplication::translate("podwright::Import", " Did you mean \"%1\"?")
                           .arg(suggestion);
    error(QStringLiteral("unknown-field"), path, QStringLiteral("unknown field \"%1\"").arg(path),
          keyPos, explanation);
}

void ImportContext::sortToApiOrder(YamlNode &extra, ApiObject object)
{
    if (extra.entries().size() < 2)
        return;
    YamlNode sorted = YamlNode::map();
    for (const QString &field : apiFields(object)) {
        if (const YamlNode *value = extra.find(field))
            sorted.appendEntry(field, *value, extra.keyPos(field));
    }
    for (const auto &[key, value] : extra.entries()) {
        if (!isApiField(object, key))
            sorted.appendEntry(key, value, extra.keyPos(key));
    }
    extra = std::move(sorted);
}

bool ImportContext::readString(const YamlNode &value, const QString &path, QString &out)
{
    if (value.isNullValue() && !value.isQuoted())
        return true;
    if (!value.isStringValue()) {
        wrongType(path, value, Expected::String);
        return false;
    }
    out = value.text();
    return true;
}

bool ImportContext::readString(const YamlNode &value, const QString &path,
                               std::optional<QString> &out)
{
    QString text;
    if (value.isNullValue() && !value.isQuoted())
        return true;
    if (!readString(value, path, text))
        return false;
    out = text;
    return true;
}

bool ImportContext::readQuantity(const YamlNode &value, const QString &path, QString &out)
{
    if (value.isScalar() && value.isIntegerValue()) {
        // The JSON number kubectl sends: go-yaml reads 010 as octal 8 and 0x10 as 16.
        out = QString::number(value.toInteger());
        return true;
    }
    if (value.isScalar() && value.isNumberValue()) {
        out = value.text();
        return true;
    }
    return readString(value, path, out);
}

bool ImportContext::readInt(const YamlNode &value, const QString &path, std::optional<qint64> &out)
{
    if (value.isNullValue())
        return true;
    const std::optional<qint64> number = decodedInteger(value);
    if (!number) {
        wrongType(path, value, Expected::Integer);
        return false;
    }
    out = number;
    return true;
}

bool ImportContext::readBool(const YamlNode &value, const QString &path, std::optional<bool> &out)
{
    if (value.isNullValue())
        return true;
    bool ok = false;
    const bool flag = value.toBool(&ok);
    if (!ok) {
        wrongType(path, value, Expected::Boolean);
        return false;
    }
    out = flag;
    return true;
}

bool ImportContext::readStringList(const YamlNode &value, const QString &path, QStringList &out)
{
    if (value.isNullValue())
        return true;
    if (!value.isSequence()) {
        wrongType(path, value, Expected::List);
        return false;
    }
    QStringList list;
    list.reserve(static_cast<qsizetype>(value.items().size()));
    std::size_t i = 0;
    for (const YamlNode &item : value.items()) {
        const QString itemPath = index(path, i++);
        mark(itemPath, item.pos());
        if (!item.isStringValue()) {
            wrongType(itemPath, item, Expected::String);
            return false;
        }
        list.append(item.text());
    }
    out = list;
    return true;
}

bool ImportContext::readStringMap(const YamlNode &value, const QString &path, StringMap &out,
                                  bool quantities)
{
    if (value.isNullValue())
        return true;
    if (!value.isMap()) {
        wrongType(path, value, Expected::StringMap);
        return false;
    }
    StringMap map;
    map.reserve(value.entries().size());
    bool good = true;
    for (const auto &[key, item] : value.entries()) {
        const QString itemPath = child(path, key);
        mark(itemPath, item.pos());
        QString text;
        if (item.isNullValue() && !item.isQuoted()) {
            map.emplace_back(key, QString());
        } else if (quantities ? readQuantity(item, itemPath, text)
                              : readString(item, itemPath, text)) {
            map.emplace_back(key, text);
        } else {
            good = false; // report every bad value, then keep the whole map raw
        }
    }
    if (good)
        out = std::move(map);
    return good;
}

bool ImportContext::readIntOrString(const YamlNode &value, const QString &path, IntOrString &out)
{
    if (value.isNullValue() && !value.isQuoted())
        return true;
    if (const std::optional<qint64> number = decodedInteger(value)) {
        out = { QString::number(*number), true };
        return true;
    }
    if (value.isStringValue()) {
        out = { value.text(), false };
        return true;
    }
    wrongType(path, value, Expected::IntOrString);
    return false;
}

bool ImportContext::readNode(const YamlNode &value, const QString &path, YamlNode &out,
                             Expected expected, const QString &schemaType)
{
    if (value.isNullValue() && !value.isQuoted())
        return true;
    const bool good = expected == Expected::List ? value.isSequence() : value.isMap();
    if (!good) {
        wrongType(path, value, expected);
        return false;
    }
    if (!schemaType.isEmpty())
        checkUntyped(value, path, schemaType);
    out = value;
    return true;
}

void ImportContext::checkUntyped(const YamlNode &node, const QString &path, const QString &type)
{
    if (type.startsWith(QLatin1String("[]"))) {
        const QString itemType = type.mid(2);
        std::size_t i = 0;
        for (const YamlNode &item : node.items())
            checkUntyped(item, index(path, i++), itemType);
        return;
    }
    const QHash<QString, QString> *fields = untypedApiFields(type);
    if (!fields || !node.isMap())
        return; // a wrong type inside an untyped subtree is the validator's to report
    for (const auto &[key, value] : node.entries()) {
        const QString childPath = child(path, key);
        const auto it = fields->constFind(key);
        if (it == fields->constEnd()) {
            unknownField(childPath, node.keyPos(key), closestField(fields->keys(), key));
        } else if (!it.value().isEmpty()) {
            checkUntyped(value, childPath, it.value());
        }
    }
}

bool ImportContext::expectMap(const YamlNode &value, const QString &path)
{
    if (value.isMap() || (value.isNullValue() && !value.isQuoted()))
        return true;
    wrongType(path, value, Expected::Object);
    return false;
}

bool ImportContext::expectListOfMaps(const YamlNode &value, const QString &path)
{
    if (value.isNullValue() && !value.isQuoted())
        return true;
    if (!value.isSequence()) {
        wrongType(path, value, Expected::List);
        return false;
    }
    bool good = true;
    std::size_t i = 0;
    for (const YamlNode &item : value.items()) {
        if (!item.isMap()) {
            wrongType(index(path, i), item, Expected::Object);
            good = false;
        }
        ++i;
    }
    return good;
}

} // namespace podwright
