#include "namevalidation.h"
#include "podvalidation.h"

#include <limits>

namespace podwright::validation {

namespace {

const QString ipError
    = QStringLiteral("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");

// Limits from libc's resolver, as validation.go names them.
constexpr int maxDnsNameservers = 3;
constexpr int maxDnsSearchPaths = 32;
constexpr int maxDnsSearchListChars = 2048;

void validateDnsConfig(ErrorList &errs, const PodSpec &spec)
{
    const QString path = QStringLiteral("spec.dnsConfig");
    const YamlNode *config = field(spec.extra, "dnsConfig");
    const QStringList nameservers = config ? stringItems(*config, "nameservers") : QStringList();
    if (spec.dnsPolicy == QLatin1String("None")) {
        if (!config) {
            errs.required("dns-config-invalid", path,
                          QStringLiteral("must provide `dnsConfig` when `dnsPolicy` is None"));
            return;
        }
        if (nameservers.isEmpty()) {
            errs.required("dns-config-invalid", child(path, QStringLiteral("nameservers")),
                          QStringLiteral(
                              "must provide at least one DNS nameserver when `dnsPolicy` is None"));
            return;
        }
    }
    if (!config)
        return;
    const QString nsPath = child(path, QStringLiteral("nameservers"));
    if (nameservers.size() > maxDnsNameservers)
        errs.invalid(
            "dns-config-invalid", nsPath, BadValue::strings(nameservers),
            QStringLiteral("must not have more than %1 nameservers").arg(maxDnsNameservers));
    for (qsizetype i = 0; i < nameservers.size(); ++i) {
        if (!isValidIp(nameservers[i]))
            errs.invalid("dns-config-invalid", index(nsPath, i), BadValue::str(nameservers[i]),
                         ipError);
    }
    const QStringList searches = stringItems(*config, "searches");
    const QString sPath = child(path, QStringLiteral("searches"));
    if (searches.size() > maxDnsSearchPaths)
        errs.invalid(
            "dns-config-invalid", sPath, BadValue::strings(searches),
            QStringLiteral("must not have more than %1 search paths").arg(maxDnsSearchPaths));
    if (searches.join(QLatin1Char(' ')).toUtf8().size() > maxDnsSearchListChars)
        errs.invalid(
            "dns-config-invalid", sPath, BadValue::strings(searches),
            QStringLiteral(
                "must not have more than %1 characters (including spaces) in the search list")
                .arg(maxDnsSearchListChars));
    for (qsizetype i = 0; i < searches.size(); ++i) {
        QString search = searches[i];
        if (search.endsWith(QLatin1Char('.')))
            search.chop(1);
        validateDns1123Subdomain(errs, "dns-config-invalid", search, index(sPath, i));
    }
    const auto &options = seqField(*config, "options");
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (stringField(options[i], "name").isEmpty())
            errs.required("dns-config-invalid",
                          index(child(path, QStringLiteral("options")), qsizetype(i)),
                          QStringLiteral("must not be empty"));
    }
}

void validateHostAliases(ErrorList &errs, const PodSpec &spec)
{
    const auto &aliases = seqField(spec.extra, "hostAliases");
    for (std::size_t i = 0; i < aliases.size(); ++i) {
        const QString p = index(QStringLiteral("spec.hostAliases"), qsizetype(i));
        const QString ip = stringField(aliases[i], "ip");
        if (!isValidIp(ip))
            errs.invalid("host-alias-invalid", child(p, QStringLiteral("ip")), BadValue::str(ip),
                         ipError);
        const QStringList hostnames = stringItems(aliases[i], "hostnames");
        for (qsizetype j = 0; j < hostnames.size(); ++j)
            validateDns1123Subdomain(errs, "host-alias-invalid", hostnames[j],
                                     index(child(p, QStringLiteral("hostnames")), j));
    }
}

// validatePodHostNetworkDeps, as for a Pod (opts.ResourceIsPod): after defaulting, a hostPort
// differing from containerPort is the user's own.
void validateHostNetworkPorts(ErrorList &errs, const PodSpec &spec)
{
    if (!spec.hostNetwork.value_or(false))
        return;
    for (std::size_t c = 0; c < spec.containers.size(); ++c) {
        const auto &ports = spec.containers[c].ports;
        for (std::size_t i = 0; i < ports.size(); ++i) {
            const qint64 hp = ports[i].hostPort.value_or(0);
            if (hp != ports[i].containerPort.value_or(0))
                errs.invalid(
                    "host-network-port-mismatch",
                    child(index(child(containerPath(false, qsizetype(c)), QStringLiteral("ports")),
                                qsizetype(i)),
                          QStringLiteral("hostPort")),
                    BadValue::num(hp),
                    QStringLiteral("must match `containerPort` when `hostNetwork` is true"));
        }
    }
}

} // namespace

void validatePodSpecFields(ErrorList &errs, const PodSpec &spec)
{
    if (!spec.terminationGracePeriodSeconds)
        errs.required("termination-grace-period-invalid",
                      QStringLiteral("spec.terminationGracePeriodSeconds"));
    else if (*spec.terminationGracePeriodSeconds < 0)
        // The API server turns a negative grace period into 1 on create; a manifest that says
        // -1 almost certainly means something else, so it is reported.
        errs.invalid("termination-grace-period-invalid",
                     QStringLiteral("spec.terminationGracePeriodSeconds"),
                     BadValue::num(*spec.terminationGracePeriodSeconds),
                     QStringLiteral("must be greater than or equal to 0"));

    validateHostNetworkPorts(errs, spec);

    const QString rp = QStringLiteral("spec.restartPolicy");
    if (spec.restartPolicy.isEmpty())
        errs.required("restart-policy-unsupported", rp);
    else if (spec.restartPolicy != QLatin1String("Always")
             && spec.restartPolicy != QLatin1String("OnFailure")
             && spec.restartPolicy != QLatin1String("Never"))
        errs.notSupported(
            "restart-policy-unsupported", rp, BadValue::str(spec.restartPolicy),
            { QStringLiteral("Always"), QStringLiteral("OnFailure"), QStringLiteral("Never") });

    const QString dp = QStringLiteral("spec.dnsPolicy");
    const QStringList dnsPolicies
        = { QStringLiteral("ClusterFirstWithHostNet"), QStringLiteral("ClusterFirst"),
            QStringLiteral("Default"), QStringLiteral("None") };
    if (spec.dnsPolicy.isEmpty())
        errs.required("dns-policy-unsupported", dp);
    else if (!dnsPolicies.contains(spec.dnsPolicy))
        errs.notSupported("dns-policy-unsupported", dp, BadValue::str(spec.dnsPolicy), dnsPolicies);

    validateLabels(errs, spec.nodeSelector, QStringLiteral("spec.nodeSelector"),
                   "node-selector-invalid", "node-selector-invalid");
    validatePodSecurityContext(errs, spec);
    validateScheduling(errs, spec);
    validateDnsConfig(errs, spec);

    if (!spec.serviceAccountName.isEmpty())
        invalidEach(errs, "service-account-name-invalid", QStringLiteral("spec.serviceAccountName"),
                    spec.serviceAccountName, nameIsDnsSubdomain(spec.serviceAccountName, false));
    if (spec.activeDeadlineSeconds) {
        const qint64 v = *spec.activeDeadlineSeconds;
        const qint64 max = std::numeric_limits<qint32>::max();
        if (v < 1 || v > max)
            errs.invalid("active-deadline-invalid", QStringLiteral("spec.activeDeadlineSeconds"),
                         BadValue::num(v), inclusiveRangeError(1, max));
    }
    if (!spec.hostname.isEmpty())
        validateDns1123Label(errs, "hostname-invalid", spec.hostname,
                             QStringLiteral("spec.hostname"));
    if (!spec.subdomain.isEmpty())
        validateDns1123Label(errs, "hostname-invalid", spec.subdomain,
                             QStringLiteral("spec.subdomain"));
    validateHostAliases(errs, spec);
}

} // namespace podwright::validation
