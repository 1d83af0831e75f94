#include "namevalidation.h"
#include "podvalidation.h"

namespace podwright::validation {

namespace {

void validateTolerations(ErrorList &errs, const YamlNode &tolerations)
{
    if (!tolerations.isSequence())
        return;
    for (std::size_t i = 0; i < tolerations.items().size(); ++i) {
        const YamlNode &t = tolerations.items()[i];
        const QString p = index(QStringLiteral("spec.tolerations"), qsizetype(i));
        const QString key = stringField(t, "key");
        const QString op = stringField(t, "operator");
        const QString value = stringField(t, "value");
        const QString effect = stringField(t, "effect");
        const QString opPath = child(p, QStringLiteral("operator"));
        if (!key.isEmpty())
            validateLabelName(errs, "toleration-invalid", key, child(p, QStringLiteral("key")));
        if (key.isEmpty() && op != QLatin1String("Exists"))
            errs.invalid("toleration-invalid", opPath, BadValue::str(op),
                         QStringLiteral(
                             "operator must be Exists when `key` is empty, which means \"match all "
                             "values and all keys\""));
        if (field(t, "tolerationSeconds") && effect != QLatin1String("NoExecute"))
            errs.invalid(
                "toleration-invalid", child(p, QStringLiteral("effect")), BadValue::str(effect),
                QStringLiteral("effect must be 'NoExecute' when `tolerationSeconds` is set"));
        if (op.isEmpty() || op == QLatin1String("Equal")) {
            const QStringList msgs = isValidLabelValue(value);
            if (!msgs.isEmpty())
                errs.invalid("toleration-invalid", opPath, BadValue::str(value),
                             msgs.join(QLatin1Char(';')));
        } else if (op == QLatin1String("Exists")) {
            if (!value.isEmpty())
                errs.invalid("toleration-invalid", opPath, BadValue::str(value),
                             QStringLiteral("value must be empty when `operator` is 'Exists'"));
        } else {
            errs.notSupported("toleration-invalid", opPath, BadValue::str(op),
                              { QStringLiteral("Equal"), QStringLiteral("Exists") });
        }
        const QStringList effects
            = { QStringLiteral("NoSchedule"), QStringLiteral("PreferNoSchedule"),
                QStringLiteral("NoExecute") };
        if (!effect.isEmpty() && !effects.contains(effect))
            errs.notSupported("toleration-invalid", child(p, QStringLiteral("effect")),
                              BadValue::str(effect), effects);
    }
}

// ValidateNodeSelectorRequirement
void validateNodeSelectorRequirement(ErrorList &errs, const YamlNode &rq, const QString &path,
                                     bool checkValues)
{
    const QString op = stringField(rq, "operator");
    const QStringList values = stringItems(rq, "values");
    const QString vp = child(path, QStringLiteral("values"));
    if (op == QLatin1String("In") || op == QLatin1String("NotIn")) {
        if (values.isEmpty())
            errs.required("affinity-invalid", vp,
                          QStringLiteral("must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (op == QLatin1String("Exists") || op == QLatin1String("DoesNotExist")) {
        if (!values.isEmpty())
            errs.forbidden(
                "affinity-invalid", vp,
                QStringLiteral(
                    "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else if (op == QLatin1String("Gt") || op == QLatin1String("Lt")) {
        if (values.size() != 1)
            errs.required(
                "affinity-invalid", vp,
                QStringLiteral("must be specified single value when `operator` is 'Lt' or 'Gt'"));
    } else {
        errs.invalid("affinity-invalid", child(path, QStringLiteral("operator")), BadValue::str(op),
                     QStringLiteral("not a valid selector operator"));
    }
    validateLabelName(errs, "affinity-invalid", stringField(rq, "key"),
                      child(path, QStringLiteral("key")));
    if (checkValues) {
        for (qsizetype i = 0; i < values.size(); ++i)
            invalidEach(errs, "affinity-invalid", index(vp, i), values[i],
                        isValidLabelValue(values[i]));
    }
}

void validateNodeSelectorTerm(ErrorList &errs, const YamlNode &term, const QString &path,
                              bool checkValues)
{
    const auto &exprs = seqField(term, "matchExpressions");
    for (std::size_t j = 0; j < exprs.size(); ++j)
        validateNodeSelectorRequirement(
            errs, exprs[j], index(child(path, QStringLiteral("matchExpressions")), qsizetype(j)),
            checkValues);
}

void validateWeight(ErrorList &errs, const YamlNode &term, const QString &path)
{
    const qint64 weight = intField(term, "weight").value_or(0);
    if (weight <= 0 || weight > 100)
        errs.invalid("affinity-invalid", child(path, QStringLiteral("weight")),
                     BadValue::num(weight), QStringLiteral("must be in the range 1-100"));
}

void validatePodAffinityTerm(ErrorList &errs, const YamlNode &term, const QString &path)
{
    if (const YamlNode *selector = field(term, "labelSelector"))
        validateLabelSelector(errs, *selector, child(path, QStringLiteral("labelSelector")));
    for (const QString &ns : stringItems(term, "namespaces"))
        invalidEach(errs, "affinity-invalid", child(path, QStringLiteral("namespace")), ns,
                    isDns1123Label(ns));
    const QString topologyKey = stringField(term, "topologyKey");
    const QString tp = child(path, QStringLiteral("topologyKey"));
    if (topologyKey.isEmpty())
        errs.required("pod-affinity-topology-key-required", tp, QStringLiteral("can not be empty"));
    validateLabelName(
        errs, topologyKey.isEmpty() ? "pod-affinity-topology-key-required" : "affinity-invalid",
        topologyKey, tp);
}

void validatePodAffinity(ErrorList &errs, const YamlNode &affinity, const QString &path)
{
    const auto &required = seqField(affinity, "requiredDuringSchedulingIgnoredDuringExecution");
    for (std::size_t i = 0; i < required.size(); ++i)
        validatePodAffinityTerm(
            errs, required[i],
            index(child(path, QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")),
                  qsizetype(i)));
    const auto &preferred = seqField(affinity, "preferredDuringSchedulingIgnoredDuringExecution");
    for (std::size_t i = 0; i < preferred.size(); ++i) {
        const QString p
            = index(child(path, QStringLiteral("preferredDuringSchedulingIgnoredDuringExecution")),
                    qsizetype(i));
        validateWeight(errs, preferred[i], p);
        const YamlNode *term = field(preferred[i], "podAffinityTerm");
        validatePodAffinityTerm(errs, term ? *term : YamlNode::map(),
                                child(p, QStringLiteral("podAffinityTerm")));
    }
}

void validateAffinity(ErrorList &errs, const YamlNode &affinity)
{
    const QString path = QStringLiteral("spec.affinity");
    if (const YamlNode *na = field(affinity, "nodeAffinity")) {
        const QString np = child(path, QStringLiteral("nodeAffinity"));
        if (const YamlNode *required
            = field(*na, "requiredDuringSchedulingIgnoredDuringExecution")) {
            const QString tp
                = child(child(np, QStringLiteral("requiredDuringSchedulingIgnoredDuringExecution")),
                        QStringLiteral("nodeSelectorTerms"));
            const auto &terms = seqField(*required, "nodeSelectorTerms");
            if (terms.empty())
                errs.required("affinity-invalid", tp,
                              QStringLiteral("must have at least one node selector term"));
            for (std::size_t i = 0; i < terms.size(); ++i)
                validateNodeSelectorTerm(errs, terms[i], index(tp, qsizetype(i)), true);
        }
        const auto &preferred = seqField(*na, "preferredDuringSchedulingIgnoredDuringExecution");
        for (std::size_t i = 0; i < preferred.size(); ++i) {
            const QString p = index(
                child(np, QStringLiteral("preferredDuringSchedulingIgnoredDuringExecution")),
                qsizetype(i));
            validateWeight(errs, preferred[i], p);
            // Invalid label values are always allowed in preferred terms.
            const YamlNode *pref = field(preferred[i], "preference");
            validateNodeSelectorTerm(errs, pref ? *pref : YamlNode::map(),
                                     child(p, QStringLiteral("preference")), false);
        }
    }
    if (const YamlNode *pa = field(affinity, "podAffinity"))
        validatePodAffinity(errs, *pa, child(path, QStringLiteral("podAffinity")));
    if (const YamlNode *paa = field(affinity, "podAntiAffinity"))
        validatePodAffinity(errs, *paa, child(path, QStringLiteral("podAntiAffinity")));
}

void validateTopologySpread(ErrorList &errs, const PodSpec &spec)
{
    const auto &constraints = seqField(spec.extra, "topologySpreadConstraints");
    for (std::size_t i = 0; i < constraints.size(); ++i) {
        const YamlNode &c = constraints[i];
        const QString p = index(QStringLiteral("spec.topologySpreadConstraints"), qsizetype(i));
        const qint64 maxSkew = intField(c, "maxSkew").value_or(0);
        if (maxSkew <= 0)
            errs.invalid("topology-spread-invalid", child(p, QStringLiteral("maxSkew")),
                         BadValue::num(maxSkew), QStringLiteral("must be greater than zero"));
        const QString topologyKey = stringField(c, "topologyKey");
        if (topologyKey.isEmpty())
            errs.required("topology-spread-invalid", child(p, QStringLiteral("topologyKey")),
                          QStringLiteral("can not be empty"));
        const QString action = stringField(c, "whenUnsatisfiable");
        if (action != QLatin1String("DoNotSchedule") && action != QLatin1String("ScheduleAnyway"))
            errs.notSupported(
                "topology-spread-invalid", child(p, QStringLiteral("whenUnsatisfiable")),
                BadValue::str(action),
                { QStringLiteral("DoNotSchedule"), QStringLiteral("ScheduleAnyway") });
        for (std::size_t j = i + 1; j < constraints.size(); ++j) {
            if (stringField(constraints[j], "topologyKey") == topologyKey
                && stringField(constraints[j], "whenUnsatisfiable") == action) {
                errs.duplicate("topology-spread-invalid",
                               child(p, QStringLiteral("{topologyKey, whenUnsatisfiable}")),
                               BadValue::str(QStringLiteral("{%1, %2}").arg(topologyKey, action)));
                break;
            }
        }
        if (const std::optional<qint64> minDomains = intField(c, "minDomains")) {
            const QString mp = child(p, QStringLiteral("minDomains"));
            if (*minDomains <= 0)
                errs.invalid("topology-spread-invalid", mp, BadValue::num(*minDomains),
                             QStringLiteral("must be greater than zero"));
            if (action != QLatin1String("DoNotSchedule"))
                errs.invalid(
                    "topology-spread-invalid", mp, BadValue::num(*minDomains),
                    QStringLiteral(
                        "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not %1")
                        .arg(action));
        }
        if (const YamlNode *selector = field(c, "labelSelector"))
            validateLabelSelector(errs, *selector, child(p, QStringLiteral("labelSelector")));
    }
}

} // namespace

void validateScheduling(ErrorList &errs, const PodSpec &spec)
{
    validateAffinity(errs, spec.affinity);
    validateTopologySpread(errs, spec);
    validateTolerations(errs, spec.tolerations);
}

} // namespace podwright::validation
