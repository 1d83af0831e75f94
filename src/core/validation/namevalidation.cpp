#include "namevalidation.h"

#include <QRegularExpression>

#include <arpa/inet.h>

namespace podwright::validation {

namespace {

// The formats and messages below are copied from k8s.io/apimachinery so that messages match
// the API server's word for word.
const QString dns1123LabelFmt = QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
const QString dns1123LabelErrMsg = QStringLiteral(
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and "
    "must start and end with an alphanumeric character");
const QString dns1123SubdomainFmt
    = dns1123LabelFmt + QStringLiteral("(\\.") + dns1123LabelFmt + QStringLiteral(")*");
const QString dns1123SubdomainErrMsg = QStringLiteral(
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or "
    "'.', and must start and end with an alphanumeric character");
const QString labelKeyFmt = QStringLiteral("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
const QString labelKeyErrMsg = QStringLiteral(
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    "alphanumeric character");
const QString labelValueFmt = QStringLiteral("(") + labelKeyFmt + QStringLiteral(")?");
const QString labelValueErrMsg = QStringLiteral(
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or "
    "'.', and must start and end with an alphanumeric character");
const QString envVarNameFmt = QStringLiteral("[-._a-zA-Z][-._a-zA-Z0-9]*");
const QString envVarNameErrMsg = QStringLiteral(
    "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', "
    "or '.', and must not start with a digit");
const QString configMapKeyFmt = QStringLiteral("[-._a-zA-Z0-9]+");
const QString configMapKeyErrMsg
    = QStringLiteral("a valid config key must consist of alphanumeric characters, '-', '_' or '.'");
const QString portNameFmt = QStringLiteral("[-a-z0-9]+");
const QString httpHeaderNameFmt = QStringLiteral("[-A-Za-z0-9]+");
const QString httpHeaderNameErrMsg
    = QStringLiteral("a valid HTTP header must consist of alphanumeric characters or '-'");

// One compiled, anchored expression per format, built on first use.
const QRegularExpression &anchored(const QString &pattern)
{
    static const QRegularExpression dnsLabel(QRegularExpression::anchoredPattern(dns1123LabelFmt));
    static const QRegularExpression dnsSubdomain(
        QRegularExpression::anchoredPattern(dns1123SubdomainFmt));
    static const QRegularExpression labelKey(QRegularExpression::anchoredPattern(labelKeyFmt));
    static const QRegularExpression labelValue(QRegularExpression::anchoredPattern(labelValueFmt));
    static const QRegularExpression envVarName(QRegularExpression::anchoredPattern(envVarNameFmt));
    static const QRegularExpression configMapKey(
        QRegularExpression::anchoredPattern(configMapKeyFmt));
    static const QRegularExpression httpHeaderName(
        QRegularExpression::anchoredPattern(httpHeaderNameFmt));
    static const QRegularExpression portName(QRegularExpression::anchoredPattern(portNameFmt));
    if (&pattern == &dns1123LabelFmt)
        return dnsLabel;
    if (&pattern == &dns1123SubdomainFmt)
        return dnsSubdomain;
    if (&pattern == &labelKeyFmt)
        return labelKey;
    if (&pattern == &labelValueFmt)
        return labelValue;
    if (&pattern == &envVarNameFmt)
        return envVarName;
    if (&pattern == &configMapKeyFmt)
        return configMapKey;
    if (&pattern == &httpHeaderNameFmt)
        return httpHeaderName;
    return portName;
}

bool matches(const QString &pattern, const QString &value)
{
    return anchored(pattern).match(value).hasMatch();
}

// Go's len() counts bytes, not characters.
qsizetype byteLength(const QString &s)
{
    return s.toUtf8().size();
}

QString maxLenError(int length)
{
    return QStringLiteral("must be no more than %1 characters").arg(length);
}

QString regexError(const QString &msg, const QString &fmt, const QStringList &examples)
{
    if (examples.isEmpty())
        return msg + QStringLiteral(" (regex used for validation is '") + fmt
            + QStringLiteral("')");
    QString out = msg + QStringLiteral(" (e.g. ");
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (i > 0)
            out += QStringLiteral(" or ");
        out += QLatin1Char('\'') + examples[i] + QStringLiteral("', ");
    }
    out += QStringLiteral("regex used for validation is '") + fmt + QStringLiteral("')");
    return out;
}

QStringList hasChDirPrefix(const QString &value)
{
    if (value == QLatin1String("."))
        return { QStringLiteral("must not be '.'") };
    if (value == QLatin1String(".."))
        return { QStringLiteral("must not be '..'") };
    if (value.startsWith(QLatin1String("..")))
        return { QStringLiteral("must not start with '..'") };
    return {};
}

} // namespace

QString inclusiveRangeError(qint64 lo, qint64 hi)
{
    return QStringLiteral("must be between %1 and %2, inclusive").arg(lo).arg(hi);
}

QStringList isDns1123Label(const QString &value)
{
    QStringList errs;
    if (byteLength(value) > 63)
        errs << maxLenError(63);
    if (!matches(dns1123LabelFmt, value)) {
        if (matches(dns1123SubdomainFmt, value))
            errs << QStringLiteral("must not contain dots");
        else
            errs << regexError(dns1123LabelErrMsg, dns1123LabelFmt,
                               { QStringLiteral("my-name"), QStringLiteral("123-abc") });
    }
    return errs;
}

QStringList isDns1123Subdomain(const QString &value)
{
    QStringList errs;
    if (byteLength(value) > 253)
        errs << maxLenError(253);
    if (!matches(dns1123SubdomainFmt, value))
        errs << regexError(dns1123SubdomainErrMsg, dns1123SubdomainFmt,
                           { QStringLiteral("example.com") });
    return errs;
}

QStringList nameIsDnsSubdomain(const QString &value, bool prefix)
{
    // maskTrailingDash: a generateName may end in '-', the random suffix follows it.
    QString name = value;
    if (prefix && name.size() > 1 && name.endsWith(QLatin1Char('-')))
        name[name.size() - 1] = QLatin1Char('a');
    return isDns1123Subdomain(name);
}

QStringList isQualifiedName(const QString &value)
{
    QStringList errs;
    const QStringList parts = value.split(QLatin1Char('/'));
    QString name;
    if (parts.size() == 1) {
        name = parts[0];
    } else if (parts.size() == 2) {
        const QString &prefix = parts[0];
        name = parts[1];
        if (prefix.isEmpty()) {
            errs << QStringLiteral("prefix part must be non-empty");
        } else {
            for (const QString &msg : isDns1123Subdomain(prefix))
                errs << QStringLiteral("prefix part ") + msg;
        }
    } else {
        return {
            QStringLiteral("a valid label key ")
            + regexError(
                labelKeyErrMsg, labelKeyFmt,
                { QStringLiteral("MyName"), QStringLiteral("my.name"), QStringLiteral("123-abc") })
            + QStringLiteral(
                " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')")
        };
    }
    if (name.isEmpty())
        errs << QStringLiteral("name part must be non-empty");
    else if (byteLength(name) > 63)
        errs << QStringLiteral("name part ") + maxLenError(63);
    if (!matches(labelKeyFmt, name))
        errs << QStringLiteral("name part ")
                + regexError(labelKeyErrMsg, labelKeyFmt,
                             { QStringLiteral("MyName"), QStringLiteral("my.name"),
                               QStringLiteral("123-abc") });
    return errs;
}

QStringList isValidLabelValue(const QString &value)
{
    QStringList errs;
    if (byteLength(value) > 63)
        errs << maxLenError(63);
    if (!matches(labelValueFmt, value))
        errs << regexError(
            labelValueErrMsg, labelValueFmt,
            { QStringLiteral("MyValue"), QStringLiteral("my_value"), QStringLiteral("12345") });
    return errs;
}

QStringList isValidPortName(const QString &port)
{
    QStringList errs;
    if (byteLength(port) > 15)
        errs << maxLenError(15);
    if (!matches(portNameFmt, port))
        errs << QStringLiteral(
            "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    if (std::none_of(port.begin(), port.end(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        errs << QStringLiteral("must contain at least one letter (a-z)");
    if (port.contains(QLatin1String("--")))
        errs << QStringLiteral("must not contain consecutive hyphens");
    if (!port.isEmpty() && (port.startsWith(QLatin1Char('-')) || port.endsWith(QLatin1Char('-'))))
        errs << QStringLiteral("must not begin or end with a hyphen");
    return errs;
}

QStringList isValidPortNum(qint64 port)
{
    if (port >= 1 && port <= 65535)
        return {};
    return { inclusiveRangeError(1, 65535) };
}

QStringList isEnvVarName(const QString &value)
{
    QStringList errs;
    if (!matches(envVarNameFmt, value))
        errs << regexError(envVarNameErrMsg, envVarNameFmt,
                           { QStringLiteral("my.env-name"), QStringLiteral("MY_ENV.NAME"),
                             QStringLiteral("MyEnvName1") });
    errs << hasChDirPrefix(value);
    return errs;
}

QStringList isConfigMapKey(const QString &value)
{
    QStringList errs;
    if (byteLength(value) > 253)
        errs << maxLenError(253);
    if (!matches(configMapKeyFmt, value))
        errs << regexError(
            configMapKeyErrMsg, configMapKeyFmt,
            { QStringLiteral("key.name"), QStringLiteral("KEY_NAME"), QStringLiteral("key-name") });
    errs << hasChDirPrefix(value);
    return errs;
}

QStringList isHttpHeaderName(const QString &value)
{
    if (matches(httpHeaderNameFmt, value))
        return {};
    return { regexError(httpHeaderNameErrMsg, httpHeaderNameFmt,
                        { QStringLiteral("X-Header-Name") }) };
}

bool isValidIp(const QString &value)
{
    // Kubernetes parses with Go's ParseIPSloppy: four decimal parts of 1-3 digits (leading zeros
    // allowed), or IPv6 text. inet_pton() is that IPv6 grammar; its IPv4 one rejects leading
    // zeros, so IPv4 is checked here. (No QHostAddress: it would link Qt Network into the core,
    // and it also accepted "0x" groups, blanks and a trailing "::" after eight groups.)
    static const QRegularExpression ipv4(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})")));
    if (!value.contains(QLatin1Char(':'))) {
        const QRegularExpressionMatch match = ipv4.match(value);
        if (!match.hasMatch())
            return false;
        for (int part = 1; part <= 4; ++part) {
            if (match.capturedView(part).toInt() > 255)
                return false;
        }
        return true;
    }
    in6_addr address;
    return inet_pton(AF_INET6, value.toLatin1().constData(), &address) == 1;
}

void invalidEach(ErrorList &errs, const char *rule, const QString &path, const QString &value,
                 const QStringList &msgs)
{
    for (const QString &msg : msgs)
        errs.invalid(rule, path, BadValue::str(value), msg);
}

void validateDns1123Label(ErrorList &errs, const char *rule, const QString &value,
                          const QString &path)
{
    invalidEach(errs, rule, path, value, isDns1123Label(value));
}

void validateDns1123Subdomain(ErrorList &errs, const char *rule, const QString &value,
                              const QString &path)
{
    invalidEach(errs, rule, path, value, isDns1123Subdomain(value));
}

void validateLabelName(ErrorList &errs, const char *rule, const QString &name, const QString &path)
{
    invalidEach(errs, rule, path, name, isQualifiedName(name));
}

void validateLabels(ErrorList &errs, const StringMap &labels, const QString &path,
                    const char *keyRule, const char *valueRule)
{
    for (const auto &[k, v] : labels) {
        validateLabelName(errs, keyRule, k, path);
        invalidEach(errs, valueRule, path, v, isValidLabelValue(v));
    }
}

void validateLabelSelector(ErrorList &errs, const YamlNode &selector, const QString &path)
{
    if (!selector.isMap())
        return;
    if (const YamlNode *labels = field(selector, "matchLabels"); labels && labels->isMap()) {
        StringMap map;
        for (const auto &[k, v] : labels->entries())
            map.emplace_back(k, v.text());
        validateLabels(errs, map, child(path, QStringLiteral("matchLabels")),
                       "label-selector-invalid", "label-selector-invalid");
    }
    const auto &exprs = seqField(selector, "matchExpressions");
    for (std::size_t i = 0; i < exprs.size(); ++i) {
        const YamlNode &expr = exprs[i];
        const QString p = index(child(path, QStringLiteral("matchExpressions")), qsizetype(i));
        const QString op = stringField(expr, "operator");
        const QStringList values = stringItems(expr, "values");
        if (op == QLatin1String("In") || op == QLatin1String("NotIn")) {
            if (values.isEmpty())
                errs.required(
                    "label-selector-invalid", child(p, QStringLiteral("values")),
                    QStringLiteral("must be specified when `operator` is 'In' or 'NotIn'"));
        } else if (op == QLatin1String("Exists") || op == QLatin1String("DoesNotExist")) {
            if (!values.isEmpty())
                errs.forbidden("label-selector-invalid", child(p, QStringLiteral("values")),
                               QStringLiteral("may not be specified when `operator` is 'Exists' or "
                                              "'DoesNotExist'"));
        } else {
            errs.invalid("label-selector-invalid", child(p, QStringLiteral("operator")),
                         BadValue::str(op), QStringLiteral("not a valid selector operator"));
        }
        validateLabelName(errs, "label-selector-invalid", stringField(expr, "key"),
                          child(p, QStringLiteral("key")));
        for (qsizetype v = 0; v < values.size(); ++v)
            invalidEach(errs, "label-selector-invalid",
                        index(child(p, QStringLiteral("values")), v), values[v],
                        isValidLabelValue(values[v]));
    }
}

void validatePathNoBacksteps(ErrorList &errs, const char *rule, const QString &value,
                             const QString &path)
{
    if (value.split(QLatin1Char('/')).contains(QLatin1String("..")))
        errs.invalid(rule, path, BadValue::str(value), QStringLiteral("must not contain '..'"));
}

void validateLocalDescendingPath(ErrorList &errs, const char *rule, const QString &value,
                                 const QString &path)
{
    if (value.startsWith(QLatin1Char('/')))
        errs.invalid(rule, path, BadValue::str(value), QStringLiteral("must be a relative path"));
    validatePathNoBacksteps(errs, rule, value, path);
}

void validateLocalNonReservedPath(ErrorList &errs, const char *rule, const QString &value,
                                  const QString &path)
{
    validateLocalDescendingPath(errs, rule, value, path);
    if (value.startsWith(QLatin1String("..")) && !value.startsWith(QLatin1String("../")))
        errs.invalid(rule, path, BadValue::str(value), QStringLiteral("must not start with '..'"));
}

} // namespace podwright::validation
