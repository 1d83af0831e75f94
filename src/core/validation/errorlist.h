#pragma once

#include "finding.h"
#include "yamlnode.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * Internal helpers of the validator: a field-path builder and constructors that format
 * findings exactly as k8s.io/apimachinery/pkg/util/validation/field.Error does, so that
 * "path: message" reads like `kubectl apply` output.
 */
namespace podwright::validation {

/// "spec" + "containers" -> "spec.containers"
QString child(const QString &path, const QString &name);
/// "spec.containers" + 1 -> "spec.containers[1]"
QString index(const QString &path, qsizetype i);
/// "resources.limits" + "cpu" -> "resources.limits[cpu]"
QString key(const QString &path, const QString &k);

/// Go's strconv.Quote / %q: "web" -> "\"web\"".
QString goQuote(const QString &s);

/// A bad value printed as field.Error does: strings quoted, numbers and Stringers bare.
struct BadValue {
    QString text;
    static BadValue str(const QString &s) { return { goQuote(s) }; }
    static BadValue num(qint64 n) { return { QString::number(n) }; }
    static BadValue raw(const QString &s) { return { s }; }
    static BadValue strings(const QStringList &list); ///< %#v of a []string
};

/// Collects findings for one pod, prefixing every path.
class ErrorList
{
public:
    ErrorList(Findings &out, const QString &prefix)
        : m_out(out)
        , m_prefix(prefix)
    { }

    void required(const char *rule, const QString &path, const QString &detail = {});
    void invalid(const char *rule, const QString &path, const BadValue &value,
                 const QString &detail);
    void duplicate(const char *rule, const QString &path, const BadValue &value);
    void notSupported(const char *rule, const QString &path, const BadValue &value,
                      const QStringList &supported);
    void forbidden(const char *rule, const QString &path, const QString &detail);
    /// "Too long: may not be longer than N" (field.TooLongMaxLength)
    void tooLong(const char *rule, const QString &path, int maxLength);
    /// "Too long: must have at most N bytes" (field.TooLong)
    void tooLongBytes(const char *rule, const QString &path, int maxBytes);
    void notFound(const char *rule, const QString &path, const BadValue &value);

    void warning(const char *rule, const QString &path, const QString &message);
    void hint(const char *rule, const QString &path, const QString &message);

    qsizetype errorCount() const;
    /// What every path is prefixed with ("spec.template." in a workload, or empty).
    const QString &prefix() const { return m_prefix; }

private:
    void add(Severity severity, const char *rule, const QString &path, const QString &message);

    Findings &m_out;
    QString m_prefix;
};

// Accessors for the untyped YamlNode subtrees (securityContext, affinity, ...).
const YamlNode *field(const YamlNode &node, const char *name);
QString stringField(const YamlNode &node, const char *name);
std::optional<qint64> intField(const YamlNode &node, const char *name);
std::optional<bool> boolField(const YamlNode &node, const char *name);
/// Items of a sequence field; empty when absent or not a sequence.
const std::vector<YamlNode> &seqField(const YamlNode &node, const char *name);
QStringList stringItems(const YamlNode &node, const char *name);

} // namespace podwright::validation
