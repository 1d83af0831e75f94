#pragma once

#include "errorlist.h"
#include "pod.h"

#include <QStringList>

/**
 * Ports of k8s.io/apimachinery/pkg/util/validation (and api/validate/content): each returns
 * the list of messages the Go function returns, empty when the value is valid.
 */
namespace podwright::validation {

QStringList isDns1123Label(const QString &value);
QStringList isDns1123Subdomain(const QString &value);
/// NameIsDNSSubdomain: `prefix` masks one trailing '-' (generateName).
QStringList nameIsDnsSubdomain(const QString &value, bool prefix);
QStringList isQualifiedName(const QString &value);
QStringList isValidLabelValue(const QString &value);
QStringList isValidPortName(const QString &value);
QStringList isValidPortNum(qint64 port);
QStringList isEnvVarName(const QString &value);
QStringList isConfigMapKey(const QString &value);
QStringList isHttpHeaderName(const QString &value);
bool isValidIp(const QString &value);
QString inclusiveRangeError(qint64 lo, qint64 hi);

/// Invalid findings for each message of `msgs`.
void invalidEach(ErrorList &errs, const char *rule, const QString &path, const QString &value,
                 const QStringList &msgs);
/// ValidateDNS1123Label
void validateDns1123Label(ErrorList &errs, const char *rule, const QString &value,
                          const QString &path);
/// ValidateDNS1123Subdomain
void validateDns1123Subdomain(ErrorList &errs, const char *rule, const QString &value,
                              const QString &path);
/// unversionedvalidation.ValidateLabelName
void validateLabelName(ErrorList &errs, const char *rule, const QString &name, const QString &path);
/// unversionedvalidation.ValidateLabels: keys and values, reported on `path` itself.
void validateLabels(ErrorList &errs, const StringMap &labels, const QString &path,
                    const char *keyRule, const char *valueRule);
/// unversionedvalidation.ValidateLabelSelector on a YamlNode {matchLabels, matchExpressions}.
void validateLabelSelector(ErrorList &errs, const YamlNode &selector, const QString &path);
/// validatePathNoBacksteps / validateLocalDescendingPath / ValidateLocalNonReservedPath
void validatePathNoBacksteps(ErrorList &errs, const char *rule, const QString &value,
                             const QString &path);
void validateLocalDescendingPath(ErrorList &errs, const char *rule, const QString &value,
                                 const QString &path);
void validateLocalNonReservedPath(ErrorList &errs, const char *rule, const QString &value,
                                  const QString &path);

} // namespace podwright::validation
