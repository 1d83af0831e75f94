#include "namevalidation.h"
#include "podvalidation.h"

#include <algorithm>

namespace podwright::validation {

namespace {

/// The selector's requirements as labels.Selector evaluates them.
struct Requirement {
    QString key;
    QString op; ///< "=" for matchLabels, else the operator as written
    QStringList values;
};

/// Go's %#v of a []string: `[]string(nil)` or `[]string{"a", "b"}`.
QString goStringSlice(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("[]string(nil)") : BadValue::strings(list).text;
}

/// Go's %#v of a map[string]string. fmt prints a map with its keys sorted; `nil` is how a
/// field that was left out decodes.
QString goStringMap(StringMap map, bool nil)
{
    if (nil)
        return QStringLiteral("map[string]string(nil)");
    std::sort(map.begin(), map.end(),
              [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QStringList entries;
    for (const auto &[k, v] : map)
        entries << goQuote(k) + QLatin1Char(':') + goQuote(v);
    return QStringLiteral("map[string]string{") + entries.join(QStringLiteral(", "))
        + QLatin1Char('}');
}

StringMap matchLabelsOf(const YamlNode &selector)
{
    StringMap map;
    if (const YamlNode *labels = field(selector, "matchLabels"); labels && labels->isMap()) {
        for (const auto &[k, v] : labels->entries())
            map.emplace_back(k, v.text());
    }
    return map;
}

/// How field.Invalid prints a *metav1.LabelSelector: dereferenced, then %#v (the generated
/// String() has a pointer receiver, so it is not used).
QString goLabelSelector(const YamlNode &selector)
{
    const YamlNode *labels = field(selector, "matchLabels");
    const bool labelsNil = !labels || !labels->isMap();
    QString text = QStringLiteral("v1.LabelSelector{MatchLabels:")
        + goStringMap(matchLabelsOf(selector), labelsNil) + QStringLiteral(", MatchExpressions:");
    const YamlNode *exprs = field(selector, "matchExpressions");
    if (!exprs || !exprs->isSequence()) {
        text += QStringLiteral("[]v1.LabelSelectorRequirement(nil)");
    } else {
        QStringList items;
        for (const YamlNode &expr : exprs->items()) {
            const YamlNode *values = field(expr, "values");
            items << QStringLiteral("v1.LabelSelectorRequirement{Key:%1, Operator:%2, Values:%3}")
                         .arg(goQuote(stringField(expr, "key")),
                              goQuote(stringField(expr, "operator")),
                              values && values->isSequence()
                                  ? goStringSlice(stringItems(expr, "values"))
                                  : QStringLiteral("[]string(nil)"));
        }
        text += QStringLiteral("[]v1.LabelSelectorRequirement{") + items.join(QStringLiteral(", "))
            + QLatin1Char('}');
    }
    return text + QLatin1Char('}');
}

std::vector<Requirement> requirementsOf(const YamlNode &selector)
{
    std::vector<Requirement> reqs;
    for (const auto &[k, v] : matchLabelsOf(selector))
        reqs.push_back({ k, QStringLiteral("="), { v } });
    for (const YamlNode &expr : seqField(selector, "matchExpressions"))
        reqs.push_back({ stringField(expr, "key"), stringField(expr, "operator"),
                         stringItems(expr, "values") });
    return reqs;
}

/// labels.Selector.Matches for a selector that converted without error.
bool matches(const std::vector<Requirement> &reqs, const StringMap &labels)
{
    return std::ranges::all_of(reqs, [&](const Requirement &r) {
        const auto it = std::ranges::find(labels, r.key, &StringMap::value_type::first);
        const bool has = it != labels.end();
        if (r.op == QLatin1String("=") || r.op == QLatin1String("In"))
            return has && r.values.contains(it->second);
        if (r.op == QLatin1String("NotIn"))
            return !has || !r.values.contains(it->second);
        if (r.op == QLatin1String("Exists"))
            return has;
        return !has; // DoesNotExist
    });
}

/// The selector beside the template in `specPath`; null when left out or written as null.
const YamlNode *selectorNode(const ManifestResource &resource, const QString &specPath)
{
    const YamlNode *selector = resource.node.findPath(specPath + QStringLiteral(".selector"));
    return selector && !selector->isNullValue() ? selector : nullptr;
}

bool manualSelector(const ManifestResource &resource, const QString &specPath)
{
    const YamlNode *manual = resource.node.findPath(specPath + QStringLiteral(".manualSelector"));
    bool ok = false;
    return manual && manual->toBool(&ok) && ok;
}

/// Whether the template wrote `labels:` at all: a left-out map prints as nil.
bool templateLabelsNil(const ManifestResource &resource)
{
    if (!resource.pod.metadata.labels.empty())
        return false;
    const YamlNode *labels
        = resource.node.findPath(resource.templatePath + QStringLiteral(".metadata.labels"));
    return !labels || !labels->isMap();
}

void addMismatch(ErrorList &errs, const ManifestResource &resource, const QString &specPath)
{
    errs.invalid(
        "workload-selector-mismatch", child(specPath, QStringLiteral("template.metadata.labels")),
        BadValue::raw(goStringMap(resource.pod.metadata.labels, templateLabelsNil(resource))),
        QStringLiteral("`selector` does not match template `labels`"));
}

/// A Job with manualSelector: true keeps the selector it was given, and ValidateJobSpec
/// checks it as the apps do, except that an empty one is allowed (it matches everything).
/// Without manualSelector the API server generates the selector from the Job's uid, and a
/// selector written by hand fails ValidateGeneratedSelector with a value that prints that
/// uid: not knowable here, so not reported.
void addManualJobSelectorErrors(ErrorList &errs, const ManifestResource &resource,
                                const QString &specPath)
{
    const QString path = child(specPath, QStringLiteral("selector"));
    const YamlNode *selector = selectorNode(resource, specPath);
    if (!selector) {
        errs.required("workload-selector-required", path);
        addMismatch(errs, resource, specPath);
        return;
    }
    if (!selector->isMap())
        return;
    const qsizetype before = errs.errorCount();
    validateLabelSelector(errs, *selector, path);
    const std::vector<Requirement> reqs = requirementsOf(*selector);
    if (errs.errorCount() == before && !matches(reqs, resource.pod.metadata.labels))
        addMismatch(errs, resource, specPath);
}

/// ValidateJobTemplateSpec: a CronJob creates each Job with a generated selector, so its
/// jobTemplate may neither carry one nor ask for a manual one.
void addCronJobSelectorErrors(ErrorList &errs, const ManifestResource &resource)
{
    const QString specPath = QStringLiteral("spec.jobTemplate.spec");
    if (const YamlNode *selector = selectorNode(resource, specPath))
        errs.invalid(
            "job-template-selector-generated", child(specPath, QStringLiteral("selector")),
            BadValue::raw(selector->isMap() ? goLabelSelector(*selector) : selector->text()),
            QStringLiteral("`selector` will be auto-generated"));
    if (manualSelector(resource, specPath))
        errs.notSupported("job-template-selector-generated",
                          child(specPath, QStringLiteral("manualSelector")),
                          BadValue::raw(QStringLiteral("true")),
                          { QStringLiteral("nil"), QStringLiteral("false") });
}

} // namespace

/*
 * apps/v1 ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec and
 * ValidateDaemonSetSpec (pkg/apis/apps/validation/validation.go). A missing selector is
 * Required for the first three, and, being converted to a selector that matches nothing,
 * also fails the match; a DaemonSet skips the Required. An empty selector is refused but
 * matches everything. A selector that does not convert (bad operator, In without values...)
 * is reported once more on spec.selector, and not matched. Jobs: see above.
 */
void addWorkloadSelectorErrors(ErrorList &errs, const ManifestResource &resource)
{
    const QString kind = resource.kindName();
    if (kind == QLatin1String("CronJob"))
        return addCronJobSelectorErrors(errs, resource);
    const QString specPath = QStringLiteral("spec");
    if (kind == QLatin1String("Job")) {
        if (manualSelector(resource, specPath))
            addManualJobSelectorErrors(errs, resource, specPath);
        return;
    }
    const bool daemonSet = kind == QLatin1String("DaemonSet");
    if (!daemonSet && kind != QLatin1String("Deployment") && kind != QLatin1String("ReplicaSet")
        && kind != QLatin1String("StatefulSet"))
        return;
    const QString path = QStringLiteral("spec.selector");
    const YamlNode *selector = selectorNode(resource, specPath);
    if (!selector) {
        if (!daemonSet)
            errs.required("workload-selector-required", path);
        addMismatch(errs, resource, specPath);
        return;
    }
    if (!selector->isMap())
        return; // not a LabelSelector at all: kubectl cannot even decode it
    const qsizetype before = errs.errorCount();
    validateLabelSelector(errs, *selector, path);
    const bool converts = errs.errorCount() == before;
    const std::vector<Requirement> reqs = requirementsOf(*selector);
    const BadValue value = BadValue::raw(goLabelSelector(*selector));
    const QString emptyMessage
        = QStringLiteral("empty selector is invalid for %1")
              .arg(kind == QLatin1String("StatefulSet") ? QStringLiteral("statefulset")
                       : daemonSet                      ? QStringLiteral("daemonset")
                                   // ReplicaSet's says deployment too
                                   : QStringLiteral("deployment"));
    if (!daemonSet && reqs.empty())
        errs.invalid("workload-selector-empty", path, value, emptyMessage);
    if (!converts) {
        if (!daemonSet)
            errs.invalid("label-selector-invalid", path, value,
                         kind == QLatin1String("StatefulSet")
                             ? QString()
                             : QStringLiteral("invalid label selector"));
    } else if (!reqs.empty() && !matches(reqs, resource.pod.metadata.labels)) {
        addMismatch(errs, resource, specPath);
    }
    if (daemonSet && reqs.empty())
        errs.invalid("workload-selector-empty", path, value, emptyMessage);
}

} // namespace podwright::validation
