#include "namevalidation.h"
#include "podvalidation.h"

#include <QRegularExpression>

namespace podwright::validation {

namespace {

constexpr qint64 maxId = 0xffffffffLL; // uint32 max, IsValidUserID / IsValidGroupID

void validateId(ErrorList &errs, const YamlNode &sc, const char *name, const QString &path)
{
    if (const std::optional<qint64> id = intField(sc, name); id && (*id < 0 || *id > maxId))
        errs.invalid("security-context-invalid", child(path, QLatin1String(name)),
                     BadValue::num(*id), inclusiveRangeError(0, maxId));
}

void validateSysctls(ErrorList &errs, const YamlNode &sc, bool hostNetwork, const QString &path)
{
    // SysctlContainSlashFmt, at most 253 characters.
    static const QRegularExpression sysctl(QRegularExpression::anchoredPattern(
        QStringLiteral("([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?")));
    QSet<QString> names;
    const auto &sysctls = seqField(sc, "sysctls");
    for (std::size_t i = 0; i < sysctls.size(); ++i) {
        const QString name = stringField(sysctls[i], "name");
        const QString p = child(index(path, qsizetype(i)), QStringLiteral("name"));
        if (name.isEmpty())
            errs.required("sysctl-invalid", p);
        else if (name.size() > 253 || !sysctl.match(name).hasMatch())
            errs.invalid(
                "sysctl-invalid", p, BadValue::str(name),
                QStringLiteral(
                    "must have at most 253 characters and match regex "
                    "^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$"));
        else if (names.contains(name))
            errs.duplicate("sysctl-invalid", p, BadValue::str(name));
        // GetNamespace: net.* sysctls are per network namespace.
        if (hostNetwork && name.startsWith(QLatin1String("net.")))
            errs.invalid("sysctl-invalid", p, BadValue::str(name),
                         QStringLiteral("may not be specified when 'hostNetwork' is true"));
        names.insert(name);
    }
}

} // namespace

void validateSeccompProfile(ErrorList &errs, const YamlNode &profile, const QString &path)
{
    const QString type = stringField(profile, "type");
    const QStringList types = { QStringLiteral("Localhost"), QStringLiteral("RuntimeDefault"),
                                QStringLiteral("Unconfined") };
    if (type.isEmpty())
        errs.required("seccomp-profile-invalid", child(path, QStringLiteral("type")),
                      QStringLiteral("type is required when seccompProfile is set"));
    else if (!types.contains(type))
        errs.notSupported("seccomp-profile-invalid", child(path, QStringLiteral("type")),
                          BadValue::str(type), types);
    const YamlNode *local = field(profile, "localhostProfile");
    const QString lp = child(path, QStringLiteral("localhostProfile"));
    if (type == QLatin1String("Localhost")) {
        if (!local)
            errs.required("seccomp-profile-invalid", lp,
                          QStringLiteral("must be set when seccomp type is Localhost"));
        else
            validateLocalDescendingPath(errs, "seccomp-profile-invalid", local->text(), lp);
    } else if (local) {
        errs.invalid("seccomp-profile-invalid", lp, BadValue::str(local->text()),
                     QStringLiteral("can only be set when seccomp type is Localhost"));
    }
}

void validatePodSecurityContext(ErrorList &errs, const PodSpec &spec)
{
    const YamlNode &sc = spec.securityContext;
    if (!sc.isMap())
        return;
    const QString path = QStringLiteral("spec.securityContext");
    validateId(errs, sc, "fsGroup", path);
    validateId(errs, sc, "runAsUser", path);
    validateId(errs, sc, "runAsGroup", path);
    const auto &groups = seqField(sc, "supplementalGroups");
    for (std::size_t i = 0; i < groups.size(); ++i) {
        bool ok = false;
        const qint64 gid = groups[i].toInteger(&ok);
        if (ok && (gid < 0 || gid > maxId))
            errs.invalid("security-context-invalid",
                         index(child(path, QStringLiteral("supplementalGroups")), qsizetype(i)),
                         BadValue::num(gid), inclusiveRangeError(0, maxId));
    }
    const YamlNode *hostPid = field(spec.extra, "hostPID");
    if (boolField(spec.extra, "shareProcessNamespace").value_or(false) && hostPid
        && hostPid->toBool())
        errs.invalid("security-context-invalid",
                     child(path, QStringLiteral("shareProcessNamespace")),
                     BadValue::raw(QStringLiteral("true")),
                     QStringLiteral("ShareProcessNamespace and HostPID cannot both be enabled"));
    validateSysctls(errs, sc, spec.hostNetwork.value_or(false),
                    child(path, QStringLiteral("sysctls")));
    if (const YamlNode *policy = field(sc, "fsGroupChangePolicy")) {
        const QStringList policies = { QStringLiteral("Always"), QStringLiteral("OnRootMismatch") };
        if (!policies.contains(policy->text()))
            errs.notSupported("security-context-invalid",
                              child(path, QStringLiteral("fsGroupChangePolicy")),
                              BadValue::str(policy->text()), policies);
    }
    if (const YamlNode *profile = field(sc, "seccompProfile"))
        validateSeccompProfile(errs, *profile, child(path, QStringLiteral("seccompProfile")));
}

void validateContainerSecurityContext(ErrorList &errs, const YamlNode &sc, const QString &path)
{
    if (!sc.isMap())
        return;
    validateId(errs, sc, "runAsUser", path);
    validateId(errs, sc, "runAsGroup", path);
    if (const YamlNode *procMount = field(sc, "procMount")) {
        const QStringList types = { QStringLiteral("Default"), QStringLiteral("Unmasked") };
        if (!types.contains(procMount->text()))
            errs.notSupported("security-context-invalid", child(path, QStringLiteral("procMount")),
                              BadValue::str(procMount->text()), types);
        // Unmasked needs a user namespace (hostUsers: false), which this check does not see.
    }
    if (const YamlNode *profile = field(sc, "seccompProfile"))
        validateSeccompProfile(errs, *profile, child(path, QStringLiteral("seccompProfile")));
    if (boolField(sc, "allowPrivilegeEscalation") == std::optional<bool>(false)) {
        // validation.go prints the whole SecurityContext struct here; its Go form cannot be
        // reproduced, so the two fields involved are shown instead.
        if (boolField(sc, "privileged").value_or(false))
            errs.invalid(
                "security-context-invalid", path,
                BadValue::raw(
                    QStringLiteral("{allowPrivilegeEscalation: false, privileged: true}")),
                QStringLiteral(
                    "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
        if (const YamlNode *caps = field(sc, "capabilities")) {
            if (stringItems(*caps, "add").contains(QStringLiteral("CAP_SYS_ADMIN")))
                errs.invalid(
                    "security-context-invalid", path,
                    BadValue::raw(QStringLiteral(
                        "{allowPrivilegeEscalation: false, capabilities.add: [CAP_SYS_ADMIN]}")),
                    QStringLiteral(
                        "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` "
                        "CAP_SYS_ADMIN"));
        }
    }
}

} // namespace podwright::validation
