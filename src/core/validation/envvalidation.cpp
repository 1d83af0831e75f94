#include "namevalidation.h"
#include "podvalidation.h"

#include <QRegularExpression>

namespace podwright::validation {

namespace {

const QStringList envFieldPaths = {
    QStringLiteral("metadata.name"),
    QStringLiteral("metadata.namespace"),
    QStringLiteral("metadata.uid"),
    QStringLiteral("spec.nodeName"),
    QStringLiteral("spec.serviceAccountName"),
    QStringLiteral("status.hostIP"),
    QStringLiteral("status.hostIPs"),
    QStringLiteral("status.podIP"),
    QStringLiteral("status.podIPs"),
};

const QStringList resourceFieldPaths = {
    QStringLiteral("limits.cpu"),
    QStringLiteral("limits.ephemeral-storage"),
    QStringLiteral("limits.memory"),
    QStringLiteral("requests.cpu"),
    QStringLiteral("requests.ephemeral-storage"),
    QStringLiteral("requests.memory"),
};

// The labels pods.ConvertDownwardAPIFieldLabel accepts for v1.
const QStringList convertibleFieldLabels = {
    QStringLiteral("metadata.annotations"), QStringLiteral("metadata.labels"),
    QStringLiteral("metadata.name"),        QStringLiteral("metadata.namespace"),
    QStringLiteral("metadata.uid"),         QStringLiteral("spec.nodeName"),
    QStringLiteral("spec.restartPolicy"),   QStringLiteral("spec.serviceAccountName"),
    QStringLiteral("spec.schedulerName"),   QStringLiteral("status.phase"),
    QStringLiteral("status.hostIP"),        QStringLiteral("status.hostIPs"),
    QStringLiteral("status.podIP"),         QStringLiteral("status.podIPs"),
};

} // namespace

// validateObjectFieldSelector; also used by downwardAPI volumes with their own path set.
void validateObjectFieldSelector(ErrorList &errs, const YamlNode &ref,
                                 const QStringList &expressions, const QString &path)
{
    // SetDefaults_ObjectFieldSelector: apiVersion defaults to v1.
    QString apiVersion = stringField(ref, "apiVersion");
    if (!field(ref, "apiVersion"))
        apiVersion = QStringLiteral("v1");
    const QString fieldPath = stringField(ref, "fieldPath");
    if (apiVersion.isEmpty()) {
        errs.required("env-field-ref-invalid", child(path, QStringLiteral("apiVersion")));
        return;
    }
    if (fieldPath.isEmpty()) {
        errs.required("env-field-ref-invalid", child(path, QStringLiteral("fieldPath")));
        return;
    }
    static const QRegularExpression subscripted(
        QRegularExpression::anchoredPattern(QStringLiteral("(.*)\\['(.*)'\\]")));
    const auto m = subscripted.match(fieldPath);
    const QString base = m.hasMatch() ? m.captured(1) : fieldPath;
    QString conversionError;
    if (apiVersion != QLatin1String("v1"))
        conversionError = QStringLiteral("unsupported pod version: ") + apiVersion;
    else if (!convertibleFieldLabels.contains(base)
             || (m.hasMatch() && base != QLatin1String("metadata.annotations")
                 && base != QLatin1String("metadata.labels")))
        conversionError = QStringLiteral("field label not supported: ") + fieldPath;
    if (!conversionError.isEmpty()) {
        errs.invalid("env-field-ref-invalid", child(path, QStringLiteral("fieldPath")),
                     BadValue::str(fieldPath),
                     QStringLiteral("error converting fieldPath: ") + conversionError);
        return;
    }
    if (m.hasMatch()) {
        const QString subscript = m.captured(2);
        const QString name
            = base == QLatin1String("metadata.annotations") ? subscript.toLower() : subscript;
        invalidEach(errs, "env-field-ref-invalid", path, name, isQualifiedName(name));
    } else if (!expressions.contains(fieldPath)) {
        errs.notSupported("env-field-ref-invalid", child(path, QStringLiteral("fieldPath")),
                          BadValue::str(fieldPath), expressions);
    }
}

// validateContainerResourceFieldSelector
void validateResourceFieldSelector(ErrorList &errs, const YamlNode &ref, const QString &path,
                                   bool volume)
{
    const QString resource = stringField(ref, "resource");
    if (volume && stringField(ref, "containerName").isEmpty()) {
        errs.required("env-resource-field-ref-invalid",
                      child(path, QStringLiteral("containerName")));
    } else if (resource.isEmpty()) {
        errs.required("env-resource-field-ref-invalid", child(path, QStringLiteral("resource")));
    } else if (!resourceFieldPaths.contains(resource)
               && !resource.startsWith(QLatin1String("requests.hugepages-"))
               && !resource.startsWith(QLatin1String("limits.hugepages-"))) {
        errs.notSupported("env-resource-field-ref-invalid", child(path, QStringLiteral("resource")),
                          BadValue::str(resource), resourceFieldPaths);
    }
}

static void validateKeySelector(ErrorList &errs, const YamlNode &ref, const QString &path)
{
    const QString name = stringField(ref, "name");
    invalidEach(errs, "env-key-selector-invalid", child(path, QStringLiteral("name")), name,
                nameIsDnsSubdomain(name, false));
    const QString key = stringField(ref, "key");
    if (key.isEmpty())
        errs.required("env-key-selector-invalid", child(path, QStringLiteral("key")));
    else
        invalidEach(errs, "env-key-selector-invalid", child(path, QStringLiteral("key")), key,
                    isConfigMapKey(key));
}

void validateEnv(ErrorList &errs, const std::vector<EnvVar> &env, const QString &path)
{
    for (std::size_t i = 0; i < env.size(); ++i) {
        const EnvVar &ev = env[i];
        const QString p = index(path, qsizetype(i));
        if (ev.name.isEmpty())
            errs.required("env-name-required", child(p, QStringLiteral("name")));
        else
            invalidEach(errs, "env-name-invalid", child(p, QStringLiteral("name")), ev.name,
                        isEnvVarName(ev.name));

        // validateEnvVarValueFrom
        if (ev.valueFrom.isNullValue())
            continue;
        const QString vp = child(p, QStringLiteral("valueFrom"));
        int sources = 0;
        if (const YamlNode *ref = field(ev.valueFrom, "fieldRef")) {
            ++sources;
            validateObjectFieldSelector(errs, *ref, envFieldPaths,
                                        child(vp, QStringLiteral("fieldRef")));
        }
        if (const YamlNode *ref = field(ev.valueFrom, "resourceFieldRef")) {
            ++sources;
            validateResourceFieldSelector(errs, *ref, child(vp, QStringLiteral("resourceFieldRef")),
                                          false);
        }
        if (const YamlNode *ref = field(ev.valueFrom, "configMapKeyRef")) {
            ++sources;
            validateKeySelector(errs, *ref, child(vp, QStringLiteral("configMapKeyRef")));
        }
        if (const YamlNode *ref = field(ev.valueFrom, "secretKeyRef")) {
            ++sources;
            validateKeySelector(errs, *ref, child(vp, QStringLiteral("secretKeyRef")));
        }
        if (sources == 0)
            errs.invalid("env-value-from-invalid", vp, BadValue::str(QString()),
                         QStringLiteral("must specify one of: `fieldRef`, `resourceFieldRef`, "
                                        "`configMapKeyRef` or `secretKeyRef`"));
        else if (!ev.value.value_or(QString()).isEmpty())
            errs.invalid("env-value-from-invalid", vp, BadValue::str(QString()),
                         QStringLiteral("may not be specified when `value` is not empty"));
        else if (sources > 1)
            errs.invalid("env-value-from-invalid", vp, BadValue::str(QString()),
                         QStringLiteral("may not have more than one field specified at a time"));
    }
}

void validateEnvFrom(ErrorList &errs, const YamlNode &envFrom, const QString &path)
{
    if (!envFrom.isSequence())
        return;
    for (std::size_t i = 0; i < envFrom.items().size(); ++i) {
        const YamlNode &ev = envFrom.items()[i];
        const QString p = index(path, qsizetype(i));
        const QString prefix = stringField(ev, "prefix");
        if (!prefix.isEmpty())
            invalidEach(errs, "env-from-invalid", child(p, QStringLiteral("prefix")), prefix,
                        isEnvVarName(prefix));
        int sources = 0;
        for (const char *kind : { "configMapRef", "secretRef" }) {
            const YamlNode *ref = field(ev, kind);
            if (!ref)
                continue;
            ++sources;
            const QString np = child(child(p, QLatin1String(kind)), QStringLiteral("name"));
            const QString name = stringField(*ref, "name");
            if (name.isEmpty())
                errs.required("env-from-invalid", np);
            else
                invalidEach(errs, "env-from-invalid", np, name, nameIsDnsSubdomain(name, true));
        }
        // validation.go reports these two on the envFrom list itself.
        if (sources == 0)
            errs.invalid("env-from-invalid", path, BadValue::str(QString()),
                         QStringLiteral("must specify one of: `configMapRef` or `secretRef`"));
        else if (sources > 1)
            errs.invalid("env-from-invalid", path, BadValue::str(QString()),
                         QStringLiteral("may not have more than one field specified at a time"));
    }
}

} // namespace podwright::validation
