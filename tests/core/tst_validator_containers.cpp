#include "validatortesthelpers.h"

#include <QTest>

using namespace podwright;
using namespace podwright::test;

/**
 * Container, port, env, probe and resource rules on pods built in C++: each row breaks one
 * field of a valid pod and names the finding the API server would return.
 */
class TestValidatorContainers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineIsValid();
    void rules_data();
    void rules();
    void apiServerPortWarnings_data();
    void apiServerPortWarnings();
};

void TestValidatorContainers::baselineIsValid()
{
    const Findings findings = validatePod(baselinePod());
    QVERIFY2(!hasErrors(findings),
             qPrintable(describe(findings, Severity::Error).join(QLatin1Char('\n'))));
}

void TestValidatorContainers::rules_data()
{
    QTest::addColumn<PodEdit>("edit");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no containers")
        << PodEdit([](Pod &p) { p.spec.containers.clear(); }) << "containers-required"
        << "spec.containers: Required value";
    QTest::newRow("duplicate container name")
        << PodEdit([](Pod &p) { p.spec.containers.push_back(container(QStringLiteral("web"))); })
        << "container-name-duplicate"
        << "spec.containers[1].name: Duplicate value: \"web\"";
    QTest::newRow("init container reuses app name")
        << PodEdit(
               [](Pod &p) { p.spec.initContainers.push_back(container(QStringLiteral("web"))); })
        << "container-name-duplicate"
        << "spec.initContainers[0].name: Duplicate value: \"web\"";
    QTest::newRow("container name missing")
        << PodEdit([](Pod &p) { p.spec.containers[0].name.clear(); }) << "container-name-required"
        << "spec.containers[0].name: Required value";
    QTest::newRow("container name uppercase")
        << PodEdit([](Pod &p) { p.spec.containers[0].name = QStringLiteral("Web"); })
        << "container-name-invalid"
        << "spec.containers[0].name: Invalid value: \"Web\": a lowercase RFC 1123 label must "
           "consist of lower "
           "case alphanumeric characters or '-', and must start and end with an alphanumeric "
           "character (e.g. "
           "'my-name',  or '123-abc', regex used for validation is "
           "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    QTest::newRow("container name with dots")
        << PodEdit([](Pod &p) { p.spec.containers[0].name = QStringLiteral("web.app"); })
        << "container-name-invalid"
        << "spec.containers[0].name: Invalid value: \"web.app\": must not contain dots";
    QTest::newRow("container name too long")
        << PodEdit([](Pod &p) { p.spec.containers[0].name = QString(64, QLatin1Char('a')); })
        << "container-name-invalid"
        << "spec.containers[0].name: Invalid value: \"" + QString(64, QLatin1Char('a'))
            + "\": must be no more than 63 characters";
    QTest::newRow("image missing")
        << PodEdit([](Pod &p) { p.spec.containers[0].image.clear(); }) << "container-image-required"
        << "spec.containers[0].image: Required value";
    QTest::newRow("image with trailing space")
        << PodEdit([](Pod &p) { p.spec.containers[0].image = QStringLiteral("nginx:1.25 "); })
        << "container-image-whitespace"
        << "spec.containers[0].image: Invalid value: \"nginx:1.25 \": must not have leading or "
           "trailing whitespace";
    QTest::newRow("pull policy") << PodEdit([](Pod &p) {
        p.spec.containers[0].imagePullPolicy = QStringLiteral("Sometimes");
    }) << "image-pull-policy-unsupported"
                                 << "spec.containers[0].imagePullPolicy: Unsupported value: "
                                    "\"Sometimes\": supported values: \"Always\", "
                                    "\"IfNotPresent\", \"Never\"";
    QTest::newRow("termination message policy")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].terminationMessagePolicy = QStringLiteral("Logs");
           })
        << "termination-message-policy-unsupported"
        << "spec.containers[0].terminationMessagePolicy: Unsupported value: \"Logs\": supported "
           "values: \"File\", "
           "\"FallbackToLogsOnError\"";
    QTest::newRow("restartPolicy on app container")
        << PodEdit([](Pod &p) { p.spec.containers[0].restartPolicy = QStringLiteral("Always"); })
        << "container-restart-policy-forbidden"
        << "spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers";
    QTest::newRow("init restartPolicy Never")
        << PodEdit([](Pod &p) {
               Container c = container(QStringLiteral("setup"));
               c.restartPolicy = QStringLiteral("Never");
               p.spec.initContainers.push_back(c);
           })
        << "init-container-restart-policy-unsupported"
        << "spec.initContainers[0].restartPolicy: Unsupported value: \"Never\": supported values: "
           "\"Always\"";
    QTest::newRow("probe on plain init container")
        << PodEdit([](Pod &p) {
               Container c = container(QStringLiteral("setup"));
               c.livenessProbe = Probe();
               c.livenessProbe->exec = ExecAction { { QStringLiteral("true") }, {} };
               p.spec.initContainers.push_back(c);
           })
        << "init-container-field-forbidden"
        << "spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers "
           "without "
           "restartPolicy=Always";
    QTest::newRow("lifecycle on plain init container")
        << PodEdit([](Pod &p) {
               Container c = container(QStringLiteral("setup"));
               YamlNode exec = YamlNode::map();
               YamlNode cmd = YamlNode::sequence();
               cmd.append(YamlNode::scalar(QStringLiteral("true")));
               exec.insert(QStringLiteral("command"), cmd);
               YamlNode hook = YamlNode::map();
               hook.insert(QStringLiteral("exec"), exec);
               c.lifecycle = YamlNode::map();
               c.lifecycle.insert(QStringLiteral("postStart"), hook);
               p.spec.initContainers.push_back(c);
           })
        << "init-container-field-forbidden"
        << "spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers "
           "without "
           "restartPolicy=Always";

    // Ports
    QTest::newRow("containerPort zero")
        << PodEdit([](Pod &p) { p.spec.containers[0].ports[0].containerPort = 0; })
        << "port-container-port-required"
        << "spec.containers[0].ports[0].containerPort: Required value";
    QTest::newRow("containerPort negative")
        << PodEdit([](Pod &p) { p.spec.containers[0].ports[0].containerPort = -1; })
        << "port-number-invalid"
        << "spec.containers[0].ports[0].containerPort: Invalid value: -1: must be between 1 and "
           "65535, inclusive";
    QTest::newRow("containerPort too big")
        << PodEdit([](Pod &p) { p.spec.containers[0].ports[0].containerPort = 70000; })
        << "port-number-invalid"
        << "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and "
           "65535, inclusive";
    QTest::newRow("hostPort too big")
        << PodEdit([](Pod &p) { p.spec.containers[0].ports[0].hostPort = 65536; })
        << "port-number-invalid"
        << "spec.containers[0].ports[0].hostPort: Invalid value: 65536: must be between 1 and "
           "65535, inclusive";
    QTest::newRow("port name uppercase")
        << PodEdit([](Pod &p) { p.spec.containers[0].ports[0].name = QStringLiteral("HTTP"); })
        << "port-name-invalid"
        << "spec.containers[0].ports[0].name: Invalid value: \"HTTP\": must contain only "
           "alpha-numeric characters "
           "(a-z, 0-9), and hyphens (-)";
    QTest::newRow("port name too long") << PodEdit([](Pod &p) {
        p.spec.containers[0].ports[0].name = QStringLiteral("a-very-long-port-name");
    }) << "port-name-invalid"
                                        << "spec.containers[0].ports[0].name: Invalid value: "
                                           "\"a-very-long-port-name\": must be no more than 15 "
                                           "characters";
    QTest::newRow("port name digits only")
        << PodEdit([](Pod &p) { p.spec.containers[0].ports[0].name = QStringLiteral("8080"); })
        << "port-name-invalid"
        << "spec.containers[0].ports[0].name: Invalid value: \"8080\": must contain at least one "
           "letter (a-z)";
    QTest::newRow("port name duplicate")
        << PodEdit([](Pod &p) {
               ContainerPort port;
               port.name = QStringLiteral("http");
               port.containerPort = 8080;
               p.spec.containers[0].ports.push_back(port);
           })
        << "port-name-duplicate"
        << "spec.containers[0].ports[1].name: Duplicate value: \"http\"";
    QTest::newRow("protocol lowercase")
        << PodEdit([](Pod &p) { p.spec.containers[0].ports[0].protocol = QStringLiteral("tcp"); })
        << "port-protocol-unsupported"
        << "spec.containers[0].ports[0].protocol: Unsupported value: \"tcp\": supported values: "
           "\"SCTP\", \"TCP\", "
           "\"UDP\"";
    QTest::newRow("host port conflict")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].ports[0].hostPort = 8080;
               Container c = container(QStringLiteral("api"));
               ContainerPort port;
               port.containerPort = 9090;
               port.hostPort = 8080;
               c.ports.push_back(port);
               p.spec.containers.push_back(c);
           })
        << "host-port-conflict"
        << "spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//8080\"";
    QTest::newRow("hostNetwork port mismatch") << PodEdit([](Pod &p) {
        p.spec.hostNetwork = true;
        p.spec.containers[0].ports[0].hostPort = 8080;
    }) << "host-network-port-mismatch"
                                               << "spec.containers[0].ports[0].hostPort: Invalid "
                                                  "value: 8080: must match `containerPort` when "
                                                  "`hostNetwork` is true";

    // Env
    QTest::newRow("env name with space")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].env.push_back(
                   { QStringLiteral("MY VAR"), QStringLiteral("1"), {}, {} });
           })
        << "env-name-invalid"
        << "spec.containers[0].env[0].name: Invalid value: \"MY VAR\": a valid environment "
           "variable name must "
           "consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a "
           "digit (e.g. "
           "'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is "
           "'[-._a-zA-Z][-._a-zA-Z0-9]*')";
    QTest::newRow("env name missing") << PodEdit([](Pod &p) {
        p.spec.containers[0].env.push_back({ QString(), QStringLiteral("1"), {}, {} });
    }) << "env-name-required"
                                      << "spec.containers[0].env[0].name: Required value";
    QTest::newRow("env value and valueFrom") << PodEdit([](Pod &p) {
        YamlNode from = YamlNode::map();
        from.insert(QStringLiteral("fieldRef"), scalarMap({ { "fieldPath", "metadata.name" } }));
        p.spec.containers[0].env.push_back(
            { QStringLiteral("POD"), QStringLiteral("x"), from, {} });
    }) << "env-value-from-invalid"
                                             << "spec.containers[0].env[0].valueFrom: Invalid "
                                                "value: \"\": may not be specified when `value` is "
                                                "not empty";
    QTest::newRow("env valueFrom empty") << PodEdit([](Pod &p) {
        p.spec.containers[0].env.push_back({ QStringLiteral("POD"), {}, YamlNode::map(), {} });
    }) << "env-value-from-invalid"
                                         << "spec.containers[0].env[0].valueFrom: Invalid value: "
                                            "\"\": must specify one of: `fieldRef`, "
                                            "`resourceFieldRef`, `configMapKeyRef` or "
                                            "`secretKeyRef`";
    QTest::newRow("env valueFrom two sources") << PodEdit([](Pod &p) {
        YamlNode from = YamlNode::map();
        from.insert(QStringLiteral("fieldRef"), scalarMap({ { "fieldPath", "metadata.name" } }));
        from.insert(QStringLiteral("secretKeyRef"),
                    scalarMap({ { "name", "db" }, { "key", "password" } }));
        p.spec.containers[0].env.push_back({ QStringLiteral("POD"), {}, from, {} });
    }) << "env-value-from-invalid"
                                               << "spec.containers[0].env[0].valueFrom: Invalid "
                                                  "value: \"\": may not have more than one field "
                                                  "specified at "
                                                  "a time";
    QTest::newRow("fieldRef unsupported path")
        << PodEdit([](Pod &p) {
               YamlNode from = YamlNode::map();
               from.insert(QStringLiteral("fieldRef"),
                           scalarMap({ { "fieldPath", "spec.restartPolicy" } }));
               p.spec.containers[0].env.push_back({ QStringLiteral("POLICY"), {}, from, {} });
           })
        << "env-field-ref-invalid"
        << "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "
           "\"spec.restartPolicy\": "
           "supported values: \"metadata.name\", \"metadata.namespace\", \"metadata.uid\", "
           "\"spec.nodeName\", "
           "\"spec.serviceAccountName\", \"status.hostIP\", \"status.hostIPs\", \"status.podIP\", "
           "\"status.podIPs\"";
    QTest::newRow("fieldRef unknown path") << PodEdit([](Pod &p) {
        YamlNode from = YamlNode::map();
        from.insert(QStringLiteral("fieldRef"), scalarMap({ { "fieldPath", "metadata.nam" } }));
        p.spec.containers[0].env.push_back({ QStringLiteral("POD"), {}, from, {} });
    }) << "env-field-ref-invalid"
                                           << "spec.containers[0].env[0].valueFrom.fieldRef."
                                              "fieldPath: Invalid value: \"metadata.nam\": error "
                                              "converting fieldPath: field label not supported: "
                                              "metadata.nam";
    QTest::newRow("fieldRef wrong apiVersion")
        << PodEdit([](Pod &p) {
               YamlNode from = YamlNode::map();
               from.insert(QStringLiteral("fieldRef"),
                           scalarMap({ { "apiVersion", "v2" }, { "fieldPath", "metadata.name" } }));
               p.spec.containers[0].env.push_back({ QStringLiteral("POD"), {}, from, {} });
           })
        << "env-field-ref-invalid"
        << "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "
           "\"metadata.name\": error "
           "converting fieldPath: unsupported pod version: v2";
    QTest::newRow("resourceFieldRef unknown")
        << PodEdit([](Pod &p) {
               YamlNode from = YamlNode::map();
               from.insert(QStringLiteral("resourceFieldRef"),
                           scalarMap({ { "resource", "limits.gpu" } }));
               p.spec.containers[0].env.push_back({ QStringLiteral("GPU"), {}, from, {} });
           })
        << "env-resource-field-ref-invalid"
        << "spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "
           "\"limits.gpu\": "
           "supported values: \"limits.cpu\", \"limits.ephemeral-storage\", \"limits.memory\", "
           "\"requests.cpu\", "
           "\"requests.ephemeral-storage\", \"requests.memory\"";
    QTest::newRow("configMapKeyRef without key") << PodEdit([](Pod &p) {
        YamlNode from = YamlNode::map();
        from.insert(QStringLiteral("configMapKeyRef"), scalarMap({ { "name", "settings" } }));
        p.spec.containers[0].env.push_back({ QStringLiteral("MODE"), {}, from, {} });
    }) << "env-key-selector-invalid"
                                                 << "spec.containers[0].env[0].valueFrom."
                                                    "configMapKeyRef.key: Required value";
    QTest::newRow("secretKeyRef bad key")
        << PodEdit([](Pod &p) {
               YamlNode from = YamlNode::map();
               from.insert(QStringLiteral("secretKeyRef"),
                           scalarMap({ { "name", "db" }, { "key", "pass word" } }));
               p.spec.containers[0].env.push_back({ QStringLiteral("PASSWORD"), {}, from, {} });
           })
        << "env-key-selector-invalid"
        << "spec.containers[0].env[0].valueFrom.secretKeyRef.key: Invalid value: \"pass word\": a "
           "valid config key "
           "must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or "
           "'KEY_NAME',  or "
           "'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
    QTest::newRow("envFrom without source") << PodEdit([](Pod &p) {
        p.spec.containers[0].envFrom = YamlNode::sequence();
        p.spec.containers[0].envFrom.append(scalarMap({ { "prefix", "APP_" } }));
    }) << "env-from-invalid"
                                            << "spec.containers[0].envFrom: Invalid value: \"\": "
                                               "must specify one of: `configMapRef` or `secretRef`";

    // Probes
    QTest::newRow("probe without handler")
        << PodEdit([](Pod &p) { p.spec.containers[0].livenessProbe = Probe(); })
        << "probe-handler-required"
        << "spec.containers[0].livenessProbe: Required value: must specify a handler type";
    QTest::newRow("probe with two handlers")
        << PodEdit([](Pod &p) {
               Probe probe;
               probe.exec = ExecAction { { QStringLiteral("true") }, {} };
               probe.tcpSocket = TcpSocketAction { { QStringLiteral("80"), true }, {}, {} };
               p.spec.containers[0].readinessProbe = probe;
           })
        << "probe-handler-multiple"
        << "spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 "
           "handler type";
    QTest::newRow("exec without command")
        << PodEdit([](Pod &p) {
               Probe probe;
               probe.exec = ExecAction();
               p.spec.containers[0].livenessProbe = probe;
           })
        << "probe-exec-command-required"
        << "spec.containers[0].livenessProbe.exec.command: Required value";
    QTest::newRow("httpGet port zero") << PodEdit([](Pod &p) {
        Probe probe;
        probe.httpGet = HttpGetAction();
        probe.httpGet->port = { QStringLiteral("0"), true };
        p.spec.containers[0].livenessProbe = probe;
    }) << "probe-port-invalid"
                                       << "spec.containers[0].livenessProbe.httpGet.port: Invalid "
                                          "value: 0: must be between 1 and 65535, inclusive";
    QTest::newRow("httpGet named port invalid")
        << PodEdit([](Pod &p) {
               Probe probe;
               probe.httpGet = HttpGetAction();
               probe.httpGet->port = { QStringLiteral("Http"), false };
               p.spec.containers[0].livenessProbe = probe;
           })
        << "probe-port-invalid"
        << "spec.containers[0].livenessProbe.httpGet.port: Invalid value: \"Http\": must contain "
           "only alpha-numeric "
           "characters (a-z, 0-9), and hyphens (-)";
    QTest::newRow("httpGet scheme") << PodEdit([](Pod &p) {
        Probe probe;
        probe.httpGet = HttpGetAction();
        probe.httpGet->port = { QStringLiteral("http"), false };
        probe.httpGet->scheme = QStringLiteral("https");
        p.spec.containers[0].livenessProbe = probe;
    }) << "probe-scheme-unsupported"
                                    << "spec.containers[0].livenessProbe.httpGet.scheme: "
                                       "Unsupported value: \"https\": supported values: "
                                       "\"HTTP\", \"HTTPS\"";
    QTest::newRow("negative initial delay")
        << PodEdit([](Pod &p) {
               Probe probe;
               probe.tcpSocket = TcpSocketAction { { QStringLiteral("80"), true }, {}, {} };
               probe.initialDelaySeconds = -5;
               p.spec.containers[0].livenessProbe = probe;
           })
        << "probe-number-invalid"
        << "spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value: -5: must be "
           "greater than or equal "
           "to 0";
    QTest::newRow("liveness successThreshold")
        << PodEdit([](Pod &p) {
               Probe probe;
               probe.tcpSocket = TcpSocketAction { { QStringLiteral("80"), true }, {}, {} };
               probe.successThreshold = 3;
               p.spec.containers[0].livenessProbe = probe;
           })
        << "probe-success-threshold-invalid"
        << "spec.containers[0].livenessProbe.successThreshold: Invalid value: 3: must be 1";
    QTest::newRow("startup successThreshold")
        << PodEdit([](Pod &p) {
               Probe probe;
               probe.grpc = GrpcAction { 9000, {}, {} };
               probe.successThreshold = 2;
               p.spec.containers[0].startupProbe = probe;
           })
        << "probe-success-threshold-invalid"
        << "spec.containers[0].startupProbe.successThreshold: Invalid value: 2: must be 1";
    QTest::newRow("readiness grace period")
        << PodEdit([](Pod &p) {
               Probe probe;
               probe.tcpSocket = TcpSocketAction { { QStringLiteral("80"), true }, {}, {} };
               probe.terminationGracePeriodSeconds = 10;
               p.spec.containers[0].readinessProbe = probe;
           })
        << "probe-number-invalid"
        << "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: "
           "must not be set "
           "for readinessProbes";

    // Resources
    QTest::newRow("request above limit") << PodEdit([](Pod &p) {
        p.spec.containers[0].resources.limits
            = { { QStringLiteral("cpu"), QStringLiteral("500m") } };
        p.spec.containers[0].resources.requests
            = { { QStringLiteral("cpu"), QStringLiteral("1") } };
    }) << "resource-request-exceeds-limit"
                                         << "spec.containers[0].resources.requests: Invalid value: "
                                            "\"1\": must be less than or equal to cpu limit of "
                                            "500m";
    QTest::newRow("memory request above limit in other units")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].resources.limits
                   = { { QStringLiteral("memory"), QStringLiteral("128Mi") } };
               p.spec.containers[0].resources.requests
                   = { { QStringLiteral("memory"), QStringLiteral("0.25Gi") } };
           })
        << "resource-request-exceeds-limit"
        << "spec.containers[0].resources.requests: Invalid value: \"256Mi\": must be less than or "
           "equal to memory "
           "limit of 128Mi";
    QTest::newRow("quantity junk")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].resources.limits
                   = { { QStringLiteral("memory"), QStringLiteral("128MB") } };
           })
        << "quantity-invalid"
        << "spec.containers[0].resources.limits[memory]: Invalid value: \"128MB\": quantities must "
           "match the "
           "regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    QTest::newRow("quantity negative") << PodEdit([](Pod &p) {
        p.spec.containers[0].resources.requests
            = { { QStringLiteral("cpu"), QStringLiteral("-100m") } };
    }) << "quantity-negative"
                                       << "spec.containers[0].resources.requests[cpu]: Invalid "
                                          "value: \"-100m\": must be greater than or equal to 0";
    QTest::newRow("unknown resource name") << PodEdit([](Pod &p) {
        p.spec.containers[0].resources.limits = { { QStringLiteral("gpu"), QStringLiteral("1") } };
    }) << "resource-name-invalid"
                                           << "spec.containers[0].resources.limits[gpu]: Invalid "
                                              "value: \"gpu\": must be a standard resource for "
                                              "containers";
    QTest::newRow("extended resource fraction")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].resources.limits
                   = { { QStringLiteral("example.com/gpu"), QStringLiteral("500m") } };
           })
        << "quantity-not-integer"
        << "spec.containers[0].resources.limits[example.com/gpu]: Invalid value: 500m: must be an "
           "integer";
    QTest::newRow("extended resource request below limit")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].resources.limits
                   = { { QStringLiteral("example.com/gpu"), QStringLiteral("2") } };
               p.spec.containers[0].resources.requests
                   = { { QStringLiteral("example.com/gpu"), QStringLiteral("1") } };
           })
        << "resource-request-limit-mismatch"
        << "spec.containers[0].resources.requests: Invalid value: \"1\": must be equal to "
           "example.com/gpu limit of 2";
}

void TestValidatorContainers::rules()
{
    QFETCH(PodEdit, edit);
    QFETCH(QString, rule);
    QFETCH(QString, expected);
    Pod pod = baselinePod();
    edit(pod);
    const Findings findings = validatePod(pod);
    const QStringList errors = describe(findings, Severity::Error);
    QVERIFY2(errors.contains(expected + QStringLiteral(" [") + rule + QLatin1Char(']')),
             qPrintable(QStringLiteral("expected: %1 [%2]\nactual:\n%3")
                            .arg(expected, rule, errors.join(QLatin1Char('\n')))));
    for (const ValidationFinding &f : findings)
        QVERIFY2(!f.explanation.isEmpty(), qPrintable(f.ruleId));
}

// The rows follow pkg/api/pod/warnings_test.go; the baseline pod has one container "web"
// with port 80/TCP named http.
void TestValidatorContainers::apiServerPortWarnings_data()
{
    QTest::addColumn<PodEdit>("edit");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("expected");

    auto withPort = [](Container c, qint64 containerPort, std::optional<qint64> hostPort = {},
                       const QString &hostIP = {}, const QString &protocol = {}) {
        ContainerPort port;
        port.containerPort = containerPort;
        port.hostPort = hostPort;
        port.hostIP = hostIP;
        port.protocol = protocol;
        c.ports.push_back(port);
        return c;
    };
    QTest::newRow("two containers on port 80 (CrashLoopBackOff)")
        << PodEdit([=](Pod &p) {
               p.spec.containers.push_back(withPort(container(QStringLiteral("web2")), 80));
           })
        << QString()
        << QStringList { "spec.containers[1].ports[0]: duplicate port definition with "
                         "spec.containers[0].ports[0] [api-warning-duplicate-port]" };
    QTest::newRow("the same port twice in one container, UDP")
        << PodEdit([=](Pod &p) {
               p.spec.containers[0].ports[0].protocol = QStringLiteral("UDP");
               p.spec.containers[0]
                   = withPort(p.spec.containers[0], 80, {}, {}, QStringLiteral("UDP"));
           })
        << QString()
        << QStringList { "spec.containers[0].ports[1]: duplicate port definition with "
                         "spec.containers[0].ports[0] [api-warning-duplicate-port]" };
    QTest::newRow("an init container's port comes first")
        << PodEdit([=](Pod &p) {
               p.spec.initContainers.push_back(withPort(container(QStringLiteral("init")), 80));
           })
        << QString()
        << QStringList { "spec.containers[0].ports[0]: duplicate port definition with "
                         "spec.initContainers[0].ports[0] [api-warning-duplicate-port]" };
    QTest::newRow("one with a host port, one without")
        << PodEdit([=](Pod &p) {
               p.spec.containers.push_back(withPort(container(QStringLiteral("web2")), 80, 8080));
           })
        << QString()
        << QStringList { "spec.containers[1].ports[0]: overlapping port definition with "
                         "spec.containers[0].ports[0] [api-warning-overlapping-port]" };
    QTest::newRow("same host port, one with a host IP")
        << PodEdit([=](Pod &p) {
               p.spec.containers[0].ports[0].hostPort = 8080;
               p.spec.containers.push_back(withPort(container(QStringLiteral("web2")), 80, 8080,
                                                    QStringLiteral("10.0.0.1")));
           })
        << QString()
        << QStringList { "spec.containers[1].ports[0]: dangerously ambiguous port definition "
                         "with spec.containers[0].ports[0] [api-warning-ambiguous-port]" };
    QTest::newRow("same host port on different host IPs") << PodEdit([=](Pod &p) {
        p.spec.containers[0].ports[0].hostPort = 8080;
        p.spec.containers[0].ports[0].hostIP = QStringLiteral("10.0.0.2");
        p.spec.containers.push_back(
            withPort(container(QStringLiteral("web2")), 80, 8080, QStringLiteral("10.0.0.1")));
    }) << QString() << QStringList();
    QTest::newRow("same number, other protocol") << PodEdit([=](Pod &p) {
        p.spec.containers.push_back(
            withPort(container(QStringLiteral("dns")), 80, {}, {}, QStringLiteral("UDP")));
    }) << QString() << QStringList();
    QTest::newRow("hostIP without hostPort")
        << PodEdit(
               [](Pod &p) { p.spec.containers[0].ports[0].hostIP = QStringLiteral("10.0.0.1"); })
        << QString()
        << QStringList { "spec.containers[0].ports[0]: hostIP set without hostPort: {Name:http "
                         "HostPort:0 ContainerPort:80 Protocol:TCP HostIP:10.0.0.1} "
                         "[api-warning-host-ip-without-host-port]" };
    QTest::newRow("in a workload's template")
        << PodEdit([=](Pod &p) {
               p.spec.containers.push_back(withPort(container(QStringLiteral("web2")), 80));
           })
        << "spec.template."
        << QStringList { "spec.template.spec.containers[1].ports[0]: duplicate port definition "
                         "with spec.template.spec.containers[0].ports[0] "
                         "[api-warning-duplicate-port]" };
}

void TestValidatorContainers::apiServerPortWarnings()
{
    QFETCH(PodEdit, edit);
    QFETCH(QString, prefix);
    QFETCH(QStringList, expected);
    Pod pod = baselinePod();
    edit(pod);
    const Findings findings = validatePod(pod, prefix, !prefix.isEmpty());
    QStringList portWarnings;
    for (const QString &w : describe(findings, Severity::Warning)) {
        if (w.contains(QStringLiteral("[api-warning-")))
            portWarnings << w;
    }
    QCOMPARE(portWarnings, expected);
    // They are warnings: kubectl creates the pod anyway.
    QVERIFY2(describe(findings, Severity::Error).isEmpty(),
             qPrintable(describe(findings, Severity::Error).join(QLatin1Char('\n'))));
    for (const ValidationFinding &f : findings)
        QVERIFY2(!f.explanation.isEmpty(), qPrintable(f.ruleId));
}

QTEST_GUILESS_MAIN(TestValidatorContainers)
#include "tst_validator_containers.moc"
