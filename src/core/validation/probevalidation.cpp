#include "namevalidation.h"
#include "podvalidation.h"

namespace podwright::validation {

namespace {

void nonNegative(ErrorList &errs, std::optional<qint64> value, const QString &path)
{
    if (value && *value < 0)
        errs.invalid("probe-number-invalid", path, BadValue::num(*value),
                     QStringLiteral("must be greater than or equal to 0"));
}

void validateHttpGet(ErrorList &errs, const QString &path, const IntOrString &port,
                     const QString &scheme, const YamlNode &headers)
{
    // The path was defaulted to "/" (SetDefaults_HTTPGetAction), so it is never empty here.
    validatePortNumOrName(errs, port, child(path, QStringLiteral("port")));
    if (scheme != QLatin1String("HTTP") && scheme != QLatin1String("HTTPS"))
        errs.notSupported("probe-scheme-unsupported", child(path, QStringLiteral("scheme")),
                          BadValue::str(scheme),
                          { QStringLiteral("HTTP"), QStringLiteral("HTTPS") });
    if (headers.isSequence()) {
        for (const YamlNode &header : headers.items()) {
            const QString name = stringField(header, "name");
            invalidEach(errs, "probe-http-header-invalid",
                        child(path, QStringLiteral("httpHeaders")), name, isHttpHeaderName(name));
        }
    }
}

IntOrString portOf(const YamlNode &handler)
{
    const YamlNode *port = field(handler, "port");
    if (!port)
        return {};
    return { port->text(), port->isIntegerValue() };
}

// validateHandler's "exactly one" rule, shared by probes and lifecycle hooks.
class HandlerCounter
{
public:
    HandlerCounter(ErrorList &errs, const QString &path)
        : m_errs(errs)
        , m_path(path)
    { }
    /// True when this handler is the first one and should be validated.
    bool take(const char *name)
    {
        if (m_count > 0) {
            m_errs.forbidden("probe-handler-multiple", child(m_path, QLatin1String(name)),
                             QStringLiteral("may not specify more than 1 handler type"));
            return false;
        }
        ++m_count;
        return true;
    }
    void finish()
    {
        if (m_count == 0)
            m_errs.required("probe-handler-required", m_path,
                            QStringLiteral("must specify a handler type"));
    }

private:
    ErrorList &m_errs;
    QString m_path;
    int m_count = 0;
};

} // namespace

void validatePortNumOrName(ErrorList &errs, const IntOrString &port, const QString &path)
{
    if (port.isInt || !port.isSet()) {
        const qint64 n = port.isSet() ? port.text.toLongLong(nullptr, 0) : 0;
        for (const QString &msg : isValidPortNum(n))
            errs.invalid("probe-port-invalid", path, BadValue::num(n), msg);
    } else {
        invalidEach(errs, "probe-port-invalid", path, port.text, isValidPortName(port.text));
    }
}

void validateProbe(ErrorList &errs, const Probe &probe, ProbeKind kind, const QString &path,
                   std::optional<qint64> /*gracePeriod*/)
{
    HandlerCounter handlers(errs, path);
    if (probe.exec && handlers.take("exec") && probe.exec->command.isEmpty())
        errs.required("probe-exec-command-required",
                      child(child(path, QStringLiteral("exec")), QStringLiteral("command")));
    if (probe.httpGet && handlers.take("httpGet")) {
        validateHttpGet(errs, child(path, QStringLiteral("httpGet")), probe.httpGet->port,
                        probe.httpGet->scheme.isEmpty() ? QStringLiteral("HTTP")
                                                        : probe.httpGet->scheme,
                        probe.httpGet->httpHeaders);
    }
    if (probe.tcpSocket && handlers.take("tcpSocket"))
        validatePortNumOrName(
            errs, probe.tcpSocket->port,
            child(child(path, QStringLiteral("tcpSocket")), QStringLiteral("port")));
    if (probe.grpc && handlers.take("grpc"))
        validatePortNumOrName(errs, { QString::number(probe.grpc->port.value_or(0)), true },
                              child(child(path, QStringLiteral("grpc")), QStringLiteral("port")));
    handlers.finish();

    nonNegative(errs, probe.initialDelaySeconds,
                child(path, QStringLiteral("initialDelaySeconds")));
    nonNegative(errs, probe.timeoutSeconds, child(path, QStringLiteral("timeoutSeconds")));
    nonNegative(errs, probe.periodSeconds, child(path, QStringLiteral("periodSeconds")));
    nonNegative(errs, probe.successThreshold, child(path, QStringLiteral("successThreshold")));
    nonNegative(errs, probe.failureThreshold, child(path, QStringLiteral("failureThreshold")));
    const QString gracePath = child(path, QStringLiteral("terminationGracePeriodSeconds"));
    if (probe.terminationGracePeriodSeconds && *probe.terminationGracePeriodSeconds <= 0)
        errs.invalid("probe-number-invalid", gracePath,
                     BadValue::num(*probe.terminationGracePeriodSeconds),
                     QStringLiteral("must be greater than 0"));

    if (kind == ProbeKind::Readiness) {
        if (probe.terminationGracePeriodSeconds)
            errs.invalid("probe-number-invalid", gracePath,
                         BadValue::num(*probe.terminationGracePeriodSeconds),
                         QStringLiteral("must not be set for readinessProbes"));
    } else if (probe.successThreshold.value_or(1) != 1) {
        errs.invalid("probe-success-threshold-invalid",
                     child(path, QStringLiteral("successThreshold")),
                     BadValue::num(*probe.successThreshold), QStringLiteral("must be 1"));
    }
}

void validateLifecycle(ErrorList &errs, const YamlNode &lifecycle, const QString &path,
                       std::optional<qint64> gracePeriod)
{
    for (const char *hook : { "postStart", "preStop" }) {
        const YamlNode *handler = field(lifecycle, hook);
        if (!handler)
            continue;
        const QString hp = child(path, QLatin1String(hook));
        HandlerCounter handlers(errs, hp);
        if (const YamlNode *exec = field(*handler, "exec"); exec && handlers.take("exec")) {
            if (seqField(*exec, "command").empty())
                errs.required("probe-exec-command-required",
                              child(child(hp, QStringLiteral("exec")), QStringLiteral("command")));
        }
        if (const YamlNode *http = field(*handler, "httpGet"); http && handlers.take("httpGet")) {
            const QString scheme
                = field(*http, "scheme") ? stringField(*http, "scheme") : QStringLiteral("HTTP");
            const YamlNode *headers = field(*http, "httpHeaders");
            validateHttpGet(errs, child(hp, QStringLiteral("httpGet")), portOf(*http), scheme,
                            headers ? *headers : YamlNode());
        }
        if (const YamlNode *tcp = field(*handler, "tcpSocket"); tcp && handlers.take("tcpSocket"))
            validatePortNumOrName(
                errs, portOf(*tcp),
                child(child(hp, QStringLiteral("tcpSocket")), QStringLiteral("port")));
        if (const YamlNode *sleep = field(*handler, "sleep"); sleep && handlers.take("sleep")) {
            // AllowPodLifecycleSleepActionZeroValue is on by default since Kubernetes 1.33.
            const qint64 seconds = intField(*sleep, "seconds").value_or(0);
            if (gracePeriod && (seconds < 0 || seconds > *gracePeriod))
                errs.invalid(
                    "lifecycle-sleep-invalid", child(hp, QStringLiteral("sleep")),
                    BadValue::num(seconds),
                    QStringLiteral(
                        "must be non-negative and less than terminationGracePeriodSeconds (%1)")
                        .arg(*gracePeriod));
        }
        handlers.finish();
    }
}

} // namespace podwright::validation
