#include "namevalidation.h"
#include "podvalidation.h"
#include "quantity.h"

namespace podwright::validation {

namespace {

// helper.IsStandardResourceName (pkg/apis/core/helper/helpers.go)
bool isStandardResourceName(const QString &name)
{
    static const QStringList standard = {
        QStringLiteral("cpu"),
        QStringLiteral("memory"),
        QStringLiteral("ephemeral-storage"),
        QStringLiteral("requests.cpu"),
        QStringLiteral("requests.memory"),
        QStringLiteral("requests.ephemeral-storage"),
        QStringLiteral("limits.cpu"),
        QStringLiteral("limits.memory"),
        QStringLiteral("limits.ephemeral-storage"),
        QStringLiteral("pods"),
        QStringLiteral("services"),
        QStringLiteral("replicationcontrollers"),
        QStringLiteral("resourcequotas"),
        QStringLiteral("secrets"),
        QStringLiteral("persistentvolumeclaims"),
        QStringLiteral("configmaps"),
        QStringLiteral("storage"),
        QStringLiteral("requests.storage"),
        QStringLiteral("services.nodeports"),
        QStringLiteral("services.loadbalancers"),
    };
    return standard.contains(name) || name.startsWith(QLatin1String("hugepages-"))
        || name.startsWith(QLatin1String("requests.hugepages-"));
}

bool isHugePages(const QString &name)
{
    return name.startsWith(QLatin1String("hugepages-"));
}

bool isStandardContainerResourceName(const QString &name)
{
    return name == QLatin1String("cpu") || name == QLatin1String("memory")
        || name == QLatin1String("ephemeral-storage") || isHugePages(name);
}

// IsNativeResource: unprefixed or in the kubernetes.io domain.
bool isNativeResource(const QString &name)
{
    return !name.contains(QLatin1Char('/')) || name.contains(QLatin1String("kubernetes.io/"));
}

bool isExtendedResourceName(const QString &name)
{
    if (isNativeResource(name) || name.startsWith(QLatin1String("requests.")))
        return false;
    return isQualifiedName(QStringLiteral("requests.") + name).isEmpty();
}

// Overcommit (requests below limits) is allowed for native resources except huge pages.
bool isOvercommitAllowed(const QString &name)
{
    return isNativeResource(name) && !isHugePages(name);
}

void validateContainerResourceName(ErrorList &errs, const QString &name, const QString &path)
{
    const QStringList msgs = isQualifiedName(name);
    invalidEach(errs, "resource-name-invalid", path, name, msgs);
    const bool single = !name.contains(QLatin1Char('/'));
    if (msgs.isEmpty() && single && !isStandardResourceName(name))
        errs.invalid("resource-name-invalid", path, BadValue::str(name),
                     QStringLiteral("must be a standard resource type or fully qualified"));
    if (single) {
        if (!isStandardContainerResourceName(name))
            errs.invalid("resource-name-invalid", path, BadValue::str(name),
                         QStringLiteral("must be a standard resource for containers"));
    } else if (!isNativeResource(name) && !isExtendedResourceName(name)) {
        errs.invalid("resource-name-invalid", path, BadValue::str(name),
                     QStringLiteral("doesn't follow extended resource name standard"));
    }
}

// ValidateResourceQuantityValue; returns the parsed quantity when it is usable.
std::optional<Quantity> validateQuantity(ErrorList &errs, const QString &name, const QString &text,
                                         const QString &path)
{
    QString error;
    const std::optional<Quantity> q = Quantity::parse(text, &error);
    if (!q) {
        // The API server rejects this while decoding the JSON, before validation.
        errs.invalid("quantity-invalid", path, BadValue::str(text), error);
        return std::nullopt;
    }
    if (q->isNegative())
        errs.invalid("quantity-negative", path, BadValue::str(q->toString()),
                     QStringLiteral("must be greater than or equal to 0"));
    // Extended resources are counted in whole units (IsIntegerResourceName).
    if (isExtendedResourceName(name) && q->milliValue() % 1000 != 0)
        errs.invalid("quantity-not-integer", path, BadValue::raw(q->toString()),
                     QStringLiteral("must be an integer"));
    return q;
}

} // namespace

void validateResources(ErrorList &errs, const ResourceRequirements &resources, const QString &path)
{
    const QString limPath = child(path, QStringLiteral("limits"));
    const QString reqPath = child(path, QStringLiteral("requests"));
    bool cpuOrMemory = false;
    bool hugePages = false;
    std::vector<std::pair<QString, std::optional<Quantity>>> limits;
    for (const auto &[name, text] : resources.limits) {
        const QString p = key(limPath, name);
        validateContainerResourceName(errs, name, p);
        limits.emplace_back(name, validateQuantity(errs, name, text, p));
        cpuOrMemory |= name == QLatin1String("cpu") || name == QLatin1String("memory");
        hugePages |= isHugePages(name);
    }
    for (const auto &[name, text] : resources.requests) {
        const QString p = key(reqPath, name);
        validateContainerResourceName(errs, name, p);
        const std::optional<Quantity> request = validateQuantity(errs, name, text, p);
        cpuOrMemory |= name == QLatin1String("cpu") || name == QLatin1String("memory");
        hugePages |= isHugePages(name);
        const auto limit = std::find_if(limits.begin(), limits.end(),
                                        [&](const auto &l) { return l.first == name; });
        if (limit != limits.end()) {
            if (!request || !limit->second)
                continue;
            const int cmp = request->compare(*limit->second);
            if (cmp != 0 && !isOvercommitAllowed(name))
                errs.invalid("resource-request-limit-mismatch", reqPath,
                             BadValue::str(request->toString()),
                             QStringLiteral("must be equal to %1 limit of %2")
                                 .arg(name, limit->second->toString()));
            else if (cmp > 0)
                errs.invalid("resource-request-exceeds-limit", reqPath,
                             BadValue::str(request->toString()),
                             QStringLiteral("must be less than or equal to %1 limit of %2")
                                 .arg(name, limit->second->toString()));
        } else if (!isOvercommitAllowed(name)) {
            errs.required("resource-limit-required", limPath,
                          QStringLiteral("Limit must be set for non overcommitable resources"));
        }
    }
    if (hugePages && !cpuOrMemory)
        errs.forbidden("resource-name-invalid", path,
                       QStringLiteral("HugePages require cpu or memory"));
}

} // namespace podwright::validation
