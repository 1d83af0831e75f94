#include "manifestio.h"
#include "validation/namevalidation.h"
#include "validatortesthelpers.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace podwright;
using namespace podwright::test;

/**
 * Metadata, volume, pod-level, scheduling and security rules (C++-built pods and YAML
 * snippets), the defaults applied before validation, the Podman warnings and learner hints,
 * and the rule catalogue's integrity.
 */
class TestValidatorPod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void yamlRules_data();
    void yamlRules();
    void warningsAndHints_data();
    void warningsAndHints();
    void templateRelaxesPodOnlyRules();
    void defaults();
    void catalogue();
    void optionsFilter();
    void ipAddresses_data();
    void ipAddresses();
};

static QString firstMatch(const Findings &findings, const QString &rule)
{
    for (const ValidationFinding &f : findings) {
        if (f.ruleId == rule)
            return f.summary();
    }
    return QString();
}

void TestValidatorPod::rules_data()
{
    QTest::addColumn<PodEdit>("edit");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");

    QTest::newRow("name missing")
        << PodEdit([](Pod &p) { p.metadata.name.clear(); }) << "metadata-name-required"
        << "metadata.name: Required value: name or generateName is required";
    QTest::newRow("name with underscore")
        << PodEdit([](Pod &p) { p.metadata.name = QStringLiteral("my_pod"); })
        << "metadata-name-invalid"
        << "metadata.name: Invalid value: \"my_pod\": a lowercase RFC 1123 subdomain must consist "
           "of lower case "
           "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
           "character (e.g. "
           "'example.com', regex used for validation is "
           "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    QTest::newRow("generateName bad")
        << PodEdit([](Pod &p) {
               p.metadata.name.clear();
               p.metadata.generateName = QStringLiteral("Web-");
           })
        << "metadata-generate-name-invalid"
        << "metadata.generateName: Invalid value: \"Web-\": a lowercase RFC 1123 subdomain must "
           "consist of lower "
           "case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
           "character (e.g. "
           "'example.com', regex used for validation is "
           "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    QTest::newRow("namespace with dot")
        << PodEdit([](Pod &p) { p.metadata.namespace_ = QStringLiteral("team.a"); })
        << "metadata-namespace-invalid"
        << "metadata.namespace: Invalid value: \"team.a\": must not contain dots";
    QTest::newRow("label key two slashes")
        << PodEdit([](Pod &p) {
               p.metadata.labels.push_back({ QStringLiteral("a/b/c"), QStringLiteral("x") });
           })
        << "label-key-invalid"
        << "metadata.labels: Invalid value: \"a/b/c\": a valid label key must consist of "
           "alphanumeric characters, "
           "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', "
           " or 'my.name',  "
           "or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') "
           "with an optional "
           "DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
    QTest::newRow("label key empty prefix")
        << PodEdit([](Pod &p) {
               p.metadata.labels.push_back({ QStringLiteral("/tier"), QStringLiteral("x") });
           })
        << "label-key-invalid"
        << "metadata.labels: Invalid value: \"/tier\": prefix part must be non-empty";
    QTest::newRow("label value with space")
        << PodEdit([](Pod &p) {
               p.metadata.labels.push_back({ QStringLiteral("tier"), QStringLiteral("front end") });
           })
        << "label-value-invalid"
        << "metadata.labels: Invalid value: \"front end\": a valid label must be an empty string "
           "or consist of "
           "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
           "character (e.g. "
           "'MyValue',  or 'my_value',  or '12345', regex used for validation is "
           "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    QTest::newRow("label value too long") << PodEdit([](Pod &p) {
        p.metadata.labels.push_back({ QStringLiteral("tier"), QString(64, QLatin1Char('x')) });
    }) << "label-value-invalid"
                                          << "metadata.labels: Invalid value: \""
            + QString(64, QLatin1Char('x')) + "\": must be no more than 63 characters";
    QTest::newRow("annotation key")
        << PodEdit([](Pod &p) {
               p.metadata.annotations.push_back({ QStringLiteral("my note"), QStringLiteral("x") });
           })
        << "annotation-key-invalid"
        << "metadata.annotations: Invalid value: \"my note\": name part must consist of "
           "alphanumeric characters, "
           "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', "
           " or 'my.name',  "
           "or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    QTest::newRow("annotations too large")
        << PodEdit([](Pod &p) {
               p.metadata.annotations.push_back(
                   { QStringLiteral("blob"), QString(256 * 1024, QLatin1Char('x')) });
           })
        << "annotations-too-long"
        << "metadata.annotations: Too long: must have at most 262144 bytes";

    // Volumes
    QTest::newRow("volume without source")
        << PodEdit([](Pod &p) {
               Volume v;
               v.name = QStringLiteral("data");
               p.spec.volumes.push_back(v);
           })
        << "volume-source-required"
        << "spec.volumes[0]: Required value: must specify a volume type";
    QTest::newRow("volume with two sources")
        << PodEdit([](Pod &p) {
               Volume v = emptyDirVolume(QStringLiteral("data"));
               v.hostPath = HostPathSource { QStringLiteral("/srv"), {}, {} };
               p.spec.volumes.push_back(v);
           })
        << "volume-source-multiple"
        << "spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type";
    QTest::newRow("volume name duplicate") << PodEdit([](Pod &p) {
        p.spec.volumes.push_back(emptyDirVolume(QStringLiteral("data")));
        p.spec.volumes.push_back(emptyDirVolume(QStringLiteral("data")));
    }) << "volume-name-duplicate"
                                           << "spec.volumes[1].name: Duplicate value: \"data\"";
    QTest::newRow("volume name missing")
        << PodEdit([](Pod &p) { p.spec.volumes.push_back(emptyDirVolume(QString())); })
        << "volume-name-required"
        << "spec.volumes[0].name: Required value";
    QTest::newRow("hostPath with backsteps")
        << PodEdit([](Pod &p) {
               Volume v;
               v.name = QStringLiteral("host");
               v.hostPath = HostPathSource { QStringLiteral("/srv/../etc"), {}, {} };
               p.spec.volumes.push_back(v);
           })
        << "host-path-invalid"
        << "spec.volumes[0].hostPath.path: Invalid value: \"/srv/../etc\": must not contain '..'";
    QTest::newRow("secret mode too big") << PodEdit([](Pod &p) {
        Volume v;
        v.name = QStringLiteral("creds");
        v.secret = SecretSource();
        v.secret->secretName = QStringLiteral("db");
        v.secret->items.push_back({ QStringLiteral("password"), QStringLiteral("pw"), 01000, {} });
        p.spec.volumes.push_back(v);
    }) << "volume-file-mode-invalid"
                                         << "spec.volumes[0].secret.items[0].mode: Invalid value: "
                                            "512: must be a number between 0 and 0777 (octal), "
                                            "both inclusive";
    QTest::newRow("secret without name") << PodEdit([](Pod &p) {
        Volume v;
        v.name = QStringLiteral("creds");
        v.secret = SecretSource();
        p.spec.volumes.push_back(v);
    }) << "volume-source-name-required"
                                         << "spec.volumes[0].secret.secretName: Required value";
    QTest::newRow("item path starting with dots") << PodEdit([](Pod &p) {
        Volume v;
        v.name = QStringLiteral("config");
        v.configMap = ConfigMapSource();
        v.configMap->name = QStringLiteral("settings");
        v.configMap->items.push_back({ QStringLiteral("a"), QStringLiteral("..hidden"), {}, {} });
        p.spec.volumes.push_back(v);
    }) << "volume-item-invalid"
                                                  << "spec.volumes[0].configMap.items[0].path: "
                                                     "Invalid value: \"..hidden\": must not start "
                                                     "with '..'";
    QTest::newRow("pvc without claim")
        << PodEdit([](Pod &p) {
               Volume v;
               v.name = QStringLiteral("data");
               v.persistentVolumeClaim = PersistentVolumeClaimSource();
               p.spec.volumes.push_back(v);
           })
        << "volume-source-name-required"
        << "spec.volumes[0].persistentVolumeClaim.claimName: Required value";
    QTest::newRow("mount of unknown volume")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].volumeMounts.push_back(
                   { QStringLiteral("data"), QStringLiteral("/data"), {}, {}, {}, {}, {} });
           })
        << "volume-mount-not-found"
        << "spec.containers[0].volumeMounts[0].name: Not found: \"data\"";
    QTest::newRow("mount without path")
        << PodEdit([](Pod &p) {
               p.spec.volumes.push_back(emptyDirVolume(QStringLiteral("data")));
               p.spec.containers[0].volumeMounts.push_back(
                   { QStringLiteral("data"), {}, {}, {}, {}, {}, {} });
           })
        << "volume-mount-path-required"
        << "spec.containers[0].volumeMounts[0].mountPath: Required value";
    QTest::newRow("subPath and subPathExpr")
        << PodEdit([](Pod &p) {
               p.spec.volumes.push_back(emptyDirVolume(QStringLiteral("data")));
               p.spec.containers[0].volumeMounts.push_back({ QStringLiteral("data"),
                                                             QStringLiteral("/data"),
                                                             QStringLiteral("a"),
                                                             QStringLiteral("$(POD)"),
                                                             {},
                                                             {},
                                                             {} });
           })
        << "volume-mount-subpath-invalid"
        << "spec.containers[0].volumeMounts[0].subPathExpr: Invalid value: \"$(POD)\": subPathExpr "
           "and subPath are "
           "mutually exclusive";
    QTest::newRow("absolute subPath") << PodEdit([](Pod &p) {
        p.spec.volumes.push_back(emptyDirVolume(QStringLiteral("data")));
        p.spec.containers[0].volumeMounts.push_back({ QStringLiteral("data"),
                                                      QStringLiteral("/data"),
                                                      QStringLiteral("/abs"),
                                                      {},
                                                      {},
                                                      {},
                                                      {} });
    }) << "volume-mount-subpath-invalid"
                                      << "spec.containers[0].volumeMounts.subPath: Invalid value: "
                                         "\"/abs\": must be a relative path";
    QTest::newRow("bidirectional without privilege")
        << PodEdit([](Pod &p) {
               p.spec.volumes.push_back(emptyDirVolume(QStringLiteral("data")));
               p.spec.containers[0].volumeMounts.push_back({ QStringLiteral("data"),
                                                             QStringLiteral("/data"),
                                                             {},
                                                             {},
                                                             {},
                                                             QStringLiteral("Bidirectional"),
                                                             {} });
           })
        << "volume-mount-propagation-invalid"
        << "spec.containers[0].volumeMounts.mountPropagation: Forbidden: Bidirectional mount "
           "propagation is "
           "available only to privileged containers";

    // Pod spec
    QTest::newRow("restart policy")
        << PodEdit([](Pod &p) { p.spec.restartPolicy = QStringLiteral("Sometimes"); })
        << "restart-policy-unsupported"
        << "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", "
           "\"OnFailure\", \"Never\"";
    QTest::newRow("dns policy") << PodEdit([](Pod &p) {
        p.spec.dnsPolicy = QStringLiteral("Cluster");
    }) << "dns-policy-unsupported"
                                << "spec.dnsPolicy: Unsupported value: \"Cluster\": supported "
                                   "values: \"ClusterFirstWithHostNet\", "
                                   "\"ClusterFirst\", \"Default\", \"None\"";
    QTest::newRow("negative grace period")
        << PodEdit([](Pod &p) { p.spec.terminationGracePeriodSeconds = -1; })
        << "termination-grace-period-invalid"
        << "spec.terminationGracePeriodSeconds: Invalid value: -1: must be greater than or equal "
           "to 0";
    QTest::newRow("active deadline zero")
        << PodEdit([](Pod &p) { p.spec.activeDeadlineSeconds = 0; }) << "active-deadline-invalid"
        << "spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, "
           "inclusive";
    QTest::newRow("service account uppercase")
        << PodEdit([](Pod &p) { p.spec.serviceAccountName = QStringLiteral("Builder"); })
        << "service-account-name-invalid"
        << "spec.serviceAccountName: Invalid value: \"Builder\": a lowercase RFC 1123 subdomain "
           "must consist of "
           "lower case alphanumeric characters, '-' or '.', and must start and end with an "
           "alphanumeric character "
           "(e.g. 'example.com', regex used for validation is "
           "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    QTest::newRow("hostname with dot")
        << PodEdit([](Pod &p) { p.spec.hostname = QStringLiteral("web.local"); })
        << "hostname-invalid"
        << "spec.hostname: Invalid value: \"web.local\": must not contain dots";
    QTest::newRow("node selector value")
        << PodEdit([](Pod &p) {
               p.spec.nodeSelector = { { QStringLiteral("disk"), QStringLiteral("fast ssd") } };
           })
        << "node-selector-invalid"
        << "spec.nodeSelector: Invalid value: \"fast ssd\": a valid label must be an empty string "
           "or consist of "
           "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
           "character (e.g. "
           "'MyValue',  or 'my_value',  or '12345', regex used for validation is "
           "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    QTest::newRow("container runAsUser negative")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].securityContext = scalarMap({ { "runAsUser", "-5" } });
           })
        << "security-context-invalid"
        << "spec.containers[0].securityContext.runAsUser: Invalid value: -5: must be between 0 and "
           "4294967295, inclusive";
    QTest::newRow("privileged without escalation")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].securityContext = scalarMap(
                   { { "privileged", "true" }, { "allowPrivilegeEscalation", "false" } });
           })
        << "security-context-invalid"
        << "spec.containers[0].securityContext: Invalid value: {allowPrivilegeEscalation: false, "
           "privileged: true}: "
           "cannot set `allowPrivilegeEscalation` to false and `privileged` to true";
    QTest::newRow("procMount") << PodEdit([](Pod &p) {
        p.spec.containers[0].securityContext = scalarMap({ { "procMount", "Masked" } });
    }) << "security-context-invalid"
                               << "spec.containers[0].securityContext.procMount: Unsupported "
                                  "value: \"Masked\": supported values: "
                                  "\"Default\", \"Unmasked\"";
    QTest::newRow("seccomp type") << PodEdit([](Pod &p) {
        p.spec.securityContext = YamlNode::map();
        p.spec.securityContext.insert(QStringLiteral("seccompProfile"),
                                      scalarMap({ { "type", "Default" } }));
    }) << "seccomp-profile-invalid"
                                  << "spec.securityContext.seccompProfile.type: Unsupported value: "
                                     "\"Default\": supported values: "
                                     "\"Localhost\", \"RuntimeDefault\", \"Unconfined\"";
}

void TestValidatorPod::rules()
{
    QFETCH(PodEdit, edit);
    QFETCH(QString, rule);
    QFETCH(QString, expected);
    Pod pod = baselinePod();
    edit(pod);
    const QStringList errors = describe(validatePod(pod), Severity::Error);
    QVERIFY2(errors.contains(expected + QStringLiteral(" [") + rule + QLatin1Char(']')),
             qPrintable(QStringLiteral("expected: %1 [%2]\nactual:\n%3")
                            .arg(expected, rule, errors.join(QLatin1Char('\n')))));
}

void TestValidatorPod::yamlRules_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");

    QTest::newRow("toleration empty key needs Exists")
        << "tolerations:\n- operator: Equal\n  value: x\n"
        << "toleration-invalid"
        << "spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when "
           "`key` is empty, which "
           "means \"match all values and all keys\"";
    QTest::newRow("toleration seconds need NoExecute")
        << "tolerations:\n- key: k\n  operator: Exists\n  effect: NoSchedule\n  tolerationSeconds: "
           "30\n"
        << "toleration-invalid"
        << "spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' "
           "when "
           "`tolerationSeconds` is set";
    QTest::newRow("node affinity operator")
        << "affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      "
           "nodeSelectorTerms:\n"
           "      - matchExpressions:\n        - key: disk\n          operator: Equals\n          "
           "values: [ssd]\n"
        << "affinity-invalid"
        << "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution."
           "nodeSelectorTerms[0]."
           "matchExpressions[0].operator: Invalid value: \"Equals\": not a valid selector operator";
    QTest::newRow("node affinity In without values")
        << "affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      "
           "nodeSelectorTerms:\n"
           "      - matchExpressions:\n        - key: disk\n          operator: In\n"
        << "affinity-invalid"
        << "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution."
           "nodeSelectorTerms[0]."
           "matchExpressions[0].values: Required value: must be specified when `operator` is 'In' "
           "or 'NotIn'";
    QTest::newRow("preferred weight")
        << "affinity:\n  nodeAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n    "
           "- weight: 200\n"
           "      preference:\n        matchExpressions:\n        - key: disk\n          operator: "
           "Exists\n"
        << "affinity-invalid"
        << "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: "
           "Invalid value: "
           "200: must be in the range 1-100";
    QTest::newRow("pod affinity without topologyKey")
        << "affinity:\n  podAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n    - "
           "labelSelector:\n"
           "        matchLabels: {app: db}\n"
        << "pod-affinity-topology-key-required"
        << "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]."
           "topologyKey: Required "
           "value: can not be empty";
    QTest::newRow("topology spread duplicate")
        << "topologySpreadConstraints:\n- {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: "
           "DoNotSchedule}\n"
           "- {maxSkew: 2, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}\n"
        << "topology-spread-invalid"
        << "spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "
           "\"{zone, DoNotSchedule}\"";
    QTest::newRow("topology spread without key")
        << "topologySpreadConstraints:\n- {maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}\n"
        << "topology-spread-invalid"
        << "spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty";
    QTest::newRow("dnsConfig too many nameservers")
        << "dnsConfig:\n  nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, 1.0.0.1]\n"
        << "dns-config-invalid"
        << "spec.dnsConfig.nameservers: Invalid value: []string{\"1.1.1.1\", \"8.8.8.8\", "
           "\"9.9.9.9\", \"1.0.0.1\"}: "
           "must not have more than 3 nameservers";
    QTest::newRow("dnsConfig bad nameserver")
        << "dnsConfig:\n  nameservers: [dns.example.com]\n"
        << "dns-config-invalid"
        << "spec.dnsConfig.nameservers[0]: Invalid value: \"dns.example.com\": must be a valid IP "
           "address, (e.g. "
           "10.9.8.7 or 2001:db8::ffff)";
    QTest::newRow("dnsPolicy None without nameservers")
        << "dnsPolicy: None\ndnsConfig:\n  searches: [example.com]\n"
        << "dns-config-invalid"
        << "spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver "
           "when `dnsPolicy` is None";
    QTest::newRow("dnsConfig option without name")
        << "dnsConfig:\n  options:\n  - value: \"2\"\n"
        << "dns-config-invalid"
        << "spec.dnsConfig.options[0]: Required value: must not be empty";
    QTest::newRow("hostAliases ip") << "hostAliases:\n- ip: 300.1.1.1\n  hostnames: [db.local]\n"
                                    << "host-alias-invalid"
                                    << "spec.hostAliases[0].ip: Invalid value: \"300.1.1.1\": must "
                                       "be a valid IP address, (e.g. 10.9.8.7 or "
                                       "2001:db8::ffff)";
    QTest::newRow("hostAliases hostname")
        << "hostAliases:\n- ip: 10.0.0.5\n  hostnames: [Db_Local]\n"
        << "host-alias-invalid"
        << "spec.hostAliases[0].hostnames[0]: Invalid value: \"Db_Local\": a lowercase RFC 1123 "
           "subdomain must "
           "consist of lower case alphanumeric characters, '-' or '.', and must start and end with "
           "an alphanumeric "
           "character (e.g. 'example.com', regex used for validation is "
           "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    QTest::newRow("sysctl name")
        << "securityContext:\n  sysctls:\n  - {name: Net.Core, value: \"1\"}\n"
        << "sysctl-invalid"
        << "spec.securityContext.sysctls[0].name: Invalid value: \"Net.Core\": must have at most "
           "253 characters and "
           "match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";
    QTest::newRow("sysctl duplicate")
        << "securityContext:\n  sysctls:\n  - {name: kernel.shm_rmid_forced, value: \"1\"}\n"
           "  - {name: kernel.shm_rmid_forced, value: \"0\"}\n"
        << "sysctl-invalid"
        << "spec.securityContext.sysctls[1].name: Duplicate value: \"kernel.shm_rmid_forced\"";
    QTest::newRow("fsGroup too big") << "securityContext:\n  fsGroup: 5000000000\n"
                                     << "security-context-invalid"
                                     << "spec.securityContext.fsGroup: Invalid value: 5000000000: "
                                        "must be between 0 and 4294967295, inclusive";
    QTest::newRow("projected token too long")
        << "volumes:\n- name: token\n  projected:\n    sources:\n    - serviceAccountToken:\n      "
           "  path: t\n"
           "        expirationSeconds: 5000000000\n"
        << "projected-token-expiration-invalid"
        << "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid "
           "value: 5000000000: "
           "may not specify a duration larger than 2^32 seconds";
    QTest::newRow("downwardAPI item without field")
        << "volumes:\n- name: info\n  downwardAPI:\n    items:\n    - path: labels\n"
        << "downward-api-item-invalid"
        << "spec.volumes[0].downwardAPI: Required value: one of fieldRef and resourceFieldRef is "
           "required";
    QTest::newRow("downwardAPI unsupported field")
        << "volumes:\n- name: info\n  downwardAPI:\n    items:\n    - path: node\n      fieldRef: "
           "{fieldPath: spec.nodeName}\n"
        << "env-field-ref-invalid"
        << "spec.volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value: \"spec.nodeName\": "
           "supported values: "
           "\"metadata.annotations\", \"metadata.labels\", \"metadata.name\", "
           "\"metadata.namespace\", \"metadata.uid\"";
    QTest::newRow("lifecycle hook without handler")
        << "containers:\n- name: web\n  image: nginx:1.25\n  lifecycle:\n    preStop: {}\n"
        << "probe-handler-required"
        << "spec.containers[0].lifecycle.preStop: Required value: must specify a handler type";
    QTest::newRow("lifecycle sleep longer than grace")
        << "terminationGracePeriodSeconds: 10\ncontainers:\n- name: web\n  image: nginx:1.25\n  "
           "lifecycle:\n"
           "    preStop:\n      sleep: {seconds: 20}\n"
        << "lifecycle-sleep-invalid"
        << "spec.containers[0].lifecycle.preStop.sleep: Invalid value: 20: must be non-negative "
           "and less than "
           "terminationGracePeriodSeconds (10)";
}

void TestValidatorPod::yamlRules()
{
    QFETCH(QString, spec);
    QFETCH(QString, rule);
    QFETCH(QString, expected);
    QString yaml = QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n");
    if (!spec.startsWith(QLatin1String("containers:"))
        && !spec.contains(QLatin1String("\ncontainers:")))
        yaml += QStringLiteral("  containers:\n  - name: web\n    image: nginx:1.25\n");
    for (const QString &line : spec.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        yaml += QStringLiteral("  ") + line + QLatin1Char('\n');
    const LoadResult loaded = loadManifest(yaml.toUtf8());
    QVERIFY2(loaded.parsed && loaded.diagnostics.empty(),
             qPrintable(describe(loaded.diagnostics, Severity::Error).join(QLatin1Char('\n'))));
    const Findings findings = validateManifest(loaded.manifest);
    const QStringList errors = describe(findings, Severity::Error);
    QVERIFY2(errors.contains(expected + QStringLiteral(" [") + rule + QLatin1Char(']')),
             qPrintable(QStringLiteral("expected: %1 [%2]\nactual:\n%3")
                            .arg(expected, rule, errors.join(QLatin1Char('\n')))));
    for (const ValidationFinding &f : findings)
        QVERIFY2(f.pos.isValid(), qPrintable(f.summary()));
}

void TestValidatorPod::warningsAndHints_data()
{
    QTest::addColumn<PodEdit>("edit");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");

    QTest::newRow("native sidecar")
        << PodEdit([](Pod &p) {
               Container c = container(QStringLiteral("proxy"));
               c.restartPolicy = QStringLiteral("Always");
               p.spec.initContainers.push_back(c);
           })
        << "podman-native-sidecar"
        << "spec.initContainers[0].restartPolicy: plain `podman kube play` waits for this sidecar "
           "to exit, so the "
           "app containers never start; Podwright starts sidecars itself when it runs the pod";
    QTest::newRow("readiness probe")
        << PodEdit([](Pod &p) {
               p.spec.containers[0].readinessProbe = Probe();
               p.spec.containers[0].readinessProbe->tcpSocket
                   = TcpSocketAction { { QStringLiteral("80"), true }, {}, {} };
           })
        << "podman-readiness-probe-ignored"
        << "spec.containers[0].readinessProbe: Podman 4.3 does not run readiness probes";
    QTest::newRow("liveness probe") << PodEdit([](Pod &p) {
        p.spec.containers[0].livenessProbe = Probe();
        p.spec.containers[0].livenessProbe->tcpSocket
            = TcpSocketAction { { QStringLiteral("80"), true }, {}, {} };
    }) << "podman-liveness-probe-needs-systemd"
                                    << "spec.containers[0].livenessProbe: Podman runs liveness "
                                       "probes as health checks from systemd timers; "
                                       "without systemd the probe never runs";
    QTest::newRow("node selector")
        << PodEdit([](Pod &p) {
               p.spec.nodeSelector = { { QStringLiteral("disk"), QStringLiteral("ssd") } };
           })
        << "podman-scheduling-ignored"
        << "spec.nodeSelector: a local pod runs on this machine: nodeSelector is ignored";
    QTest::newRow("pvc") << PodEdit([](Pod &p) {
        Volume v;
        v.name = QStringLiteral("data");
        v.persistentVolumeClaim = PersistentVolumeClaimSource { QStringLiteral("db-data"), {}, {} };
        p.spec.volumes.push_back(v);
    }) << "podman-pvc-volume"
                         << "spec.volumes[0].persistentVolumeClaim: Podman has no "
                            "PersistentVolumeClaims: it uses (and creates if "
                            "needed) a local Podman volume named \"db-data\"";
    QTest::newRow("cpu request") << PodEdit([](Pod &p) {
        p.spec.containers[0].resources.requests
            = { { QStringLiteral("cpu"), QStringLiteral("250m") } };
    }) << "podman-cpu-request-ignored"
                                 << "spec.containers[0].resources.requests[cpu]: Podman 4.3 does "
                                    "not apply CPU requests; only limits.cpu "
                                    "restricts the container";
    QTest::newRow("active deadline")
        << PodEdit([](Pod &p) { p.spec.activeDeadlineSeconds = 60; })
        << "podman-active-deadline-ignored"
        << "spec.activeDeadlineSeconds: Podman 4.3 does not stop the pod when "
           "activeDeadlineSeconds pass";
    QTest::newRow("service account")
        << PodEdit([](Pod &p) { p.spec.serviceAccountName = QStringLiteral("builder"); })
        << "podman-service-account-token"
        << "spec.serviceAccountName: a local pod has no service account: no token is mounted in "
           "its containers";
    QTest::newRow("downwardAPI volume") << PodEdit([](Pod &p) {
        Volume v;
        v.name = QStringLiteral("info");
        v.downwardAPI = YamlNode::map();
        p.spec.volumes.push_back(v);
    }) << "podman-volume-unsupported"
                                        << "spec.volumes[0]: Podman 4.3 kube play mounts only "
                                           "hostPath, configMap, emptyDir, persistentVolumeClaim "
                                           "and secret volumes: this pod will not start locally";
    QTest::newRow("secret volume") << PodEdit([](Pod &p) {
        Volume v;
        v.name = QStringLiteral("creds");
        v.secret = SecretSource();
        v.secret->secretName = QStringLiteral("db");
        p.spec.volumes.push_back(v);
    }) << "podman-secret-volume"
                                   << "spec.volumes[0].secret: Podman 4.3 looks secret \"db\" up "
                                      "among its own secrets (podman secret), not in "
                                      "the manifest, and crashed on secret volumes when tried";
    QTest::newRow("latest image")
        << PodEdit([](Pod &p) { p.spec.containers[0].image = QStringLiteral("nginx:latest"); })
        << "hint-image-latest"
        << "spec.containers[0].image: image nginx:latest has no fixed tag: what runs can "
           "change without notice";
    QTest::newRow("untagged image from a registry with a port")
        << PodEdit(
               [](Pod &p) { p.spec.containers[0].image = QStringLiteral("localhost:5000/web"); })
        << "hint-image-latest"
        << "spec.containers[0].image: image localhost:5000/web has no fixed tag: what runs can "
           "change without notice";
    QTest::newRow("no resources")
        << PodEdit([](Pod &) {}) << "hint-no-resource-limits"
        << "spec.containers[0].resources: container web sets no resource requests or limits";
    QTest::newRow("limits without requests") << PodEdit([](Pod &p) {
        p.spec.containers[0].resources.limits = { { QStringLiteral("cpu"), QStringLiteral("1") } };
    }) << "hint-no-resource-requests"
                                             << "spec.containers[0].resources: container web sets "
                                                "limits but no requests: Kubernetes requests the "
                                                "whole limit";
    QTest::newRow("no probes")
        << PodEdit([](Pod &) {}) << "hint-no-probes"
        << "spec.containers[0]: container web has no liveness or readiness probe";
    QTest::newRow("privileged") << PodEdit([](Pod &p) {
        p.spec.containers[0].securityContext = scalarMap({ { "privileged", "true" } });
    }) << "hint-privileged"
                                << "spec.containers[0].securityContext.privileged: container web "
                                   "is privileged: it can do almost anything "
                                   "the host can";
    QTest::newRow("host path")
        << PodEdit([](Pod &p) {
               Volume v;
               v.name = QStringLiteral("logs");
               v.hostPath = HostPathSource { QStringLiteral("/var/log"), {}, {} };
               p.spec.volumes.push_back(v);
           })
        << "hint-host-path"
        << "spec.volumes[0].hostPath: hostPath ties the pod to one machine's files";
    QTest::newRow("host network")
        << PodEdit([](Pod &p) { p.spec.hostNetwork = true; }) << "hint-host-network"
        << "spec.hostNetwork: the pod shares the host's network: its ports can clash with "
           "the host's";
    QTest::newRow("root") << PodEdit([](Pod &p) {
        p.spec.securityContext = scalarMap({ { "runAsUser", "0" } });
    }) << "hint-runs-as-root"
                          << "spec.securityContext.runAsUser: the pod's containers run as root";
    QTest::newRow("no labels")
        << PodEdit([](Pod &p) { p.metadata.labels.clear(); }) << "hint-no-labels"
        << "metadata.labels: the pod has no labels, so no Service or selector can find it";
}

void TestValidatorPod::warningsAndHints()
{
    QFETCH(PodEdit, edit);
    QFETCH(QString, rule);
    QFETCH(QString, expected);
    Pod pod = baselinePod();
    edit(pod);
    const Findings findings = validatePod(pod);
    QVERIFY2(!hasErrors(findings),
             qPrintable(describe(findings, Severity::Error).join(QLatin1Char('\n'))));
    QCOMPARE(firstMatch(findings, rule), expected);
    const RuleInfo *info = findRule(rule);
    QVERIFY(info);
    for (const ValidationFinding &f : findings) {
        if (f.ruleId == rule)
            QCOMPARE(f.severity, info->severity);
    }
}

void TestValidatorPod::templateRelaxesPodOnlyRules()
{
    Pod pod = baselinePod();
    pod.metadata.name.clear();
    pod.spec.containers[0].image = QStringLiteral(" nginx:1.25");
    QVERIFY(hasErrors(validatePod(pod)));
    const Findings findings = validatePod(pod, QStringLiteral("spec.template."), true);
    QVERIFY2(!hasErrors(findings),
             qPrintable(describe(findings, Severity::Error).join(QLatin1Char('\n'))));
    pod.spec.containers[0].name = QStringLiteral("Web");
    const QStringList errors
        = describe(validatePod(pod, QStringLiteral("spec.template."), true), Severity::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().startsWith(
        QStringLiteral("spec.template.spec.containers[0].name: Invalid value: \"Web\"")));
}

void TestValidatorPod::defaults()
{
    Pod pod = baselinePod();
    pod.spec.hostNetwork = true;
    Container &c = pod.spec.containers[0];
    c.resources.limits = { { QStringLiteral("cpu"), QStringLiteral("500m") } };
    c.livenessProbe = Probe();
    c.livenessProbe->httpGet = HttpGetAction();
    Volume v;
    v.name = QStringLiteral("config");
    v.configMap = ConfigMapSource();
    pod.spec.volumes.push_back(v);
    pod.spec.initContainers.push_back(container(QStringLiteral("init"), QStringLiteral("busybox")));

    const Pod d = applyDefaults(pod);
    QCOMPARE(d.spec.restartPolicy, QStringLiteral("Always"));
    QCOMPARE(d.spec.dnsPolicy, QStringLiteral("ClusterFirst"));
    QCOMPARE(d.spec.terminationGracePeriodSeconds, std::optional<qint64>(30));
    QCOMPARE(d.spec.serviceAccountName, QStringLiteral("default"));
    QCOMPARE(d.spec.extra.find(QStringLiteral("schedulerName"))->text(),
             QStringLiteral("default-scheduler"));
    const Container &dc = d.spec.containers[0];
    QCOMPARE(dc.imagePullPolicy, QStringLiteral("IfNotPresent"));
    QCOMPARE(d.spec.initContainers[0].imagePullPolicy, QStringLiteral("Always"));
    QCOMPARE(dc.terminationMessagePath, QStringLiteral("/dev/termination-log"));
    QCOMPARE(dc.terminationMessagePolicy, QStringLiteral("File"));
    QCOMPARE(dc.ports[0].protocol, QStringLiteral("TCP"));
    QCOMPARE(dc.ports[0].hostPort, std::optional<qint64>(80));
    QCOMPARE(stringMapValue(dc.resources.requests, QStringLiteral("cpu")), QStringLiteral("500m"));
    QCOMPARE(dc.livenessProbe->timeoutSeconds, std::optional<qint64>(1));
    QCOMPARE(dc.livenessProbe->periodSeconds, std::optional<qint64>(10));
    QCOMPARE(dc.livenessProbe->successThreshold, std::optional<qint64>(1));
    QCOMPARE(dc.livenessProbe->failureThreshold, std::optional<qint64>(3));
    QCOMPARE(dc.livenessProbe->httpGet->scheme, QStringLiteral("HTTP"));
    QCOMPARE(dc.livenessProbe->httpGet->path, QStringLiteral("/"));
    QCOMPARE(d.spec.volumes[0].configMap->defaultMode, std::optional<qint64>(0644));
    // The input is left alone: defaults only feed validation.
    QVERIFY(pod.spec.restartPolicy.isEmpty());
}

void TestValidatorPod::catalogue()
{
    QSet<QString> ids;
    static const QRegularExpression kebab(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(-[a-z0-9]+)*")));
    for (const RuleInfo &rule : ruleCatalog()) {
        QVERIFY2(kebab.match(rule.id).hasMatch(), qPrintable(rule.id));
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY2(!rule.title.isEmpty() && !rule.explanation.isEmpty() && !rule.source.isEmpty(),
                 qPrintable(rule.id));
        QCOMPARE(findRule(rule.id), &rule);
        QCOMPARE(rule.id.startsWith(QLatin1String("hint-")), rule.severity == Severity::Hint);
        // Warnings are either Podman's (what it will not honour locally) or the API server's
        // own (kubectl prints them and creates the pod anyway).
        QCOMPARE(rule.id.startsWith(QLatin1String("podman-"))
                     || rule.id.startsWith(QLatin1String("api-warning-")),
                 rule.severity == Severity::Warning);
    }
    QVERIFY(!findRule(QStringLiteral("no-such-rule")));
}

void TestValidatorPod::optionsFilter()
{
    Pod pod = baselinePod();
    pod.spec.containers[0].image = QStringLiteral("nginx");
    pod.spec.nodeSelector = { { QStringLiteral("disk"), QStringLiteral("ssd") } };
    ValidationOptions none;
    none.hints = false;
    none.warnings = false;
    QVERIFY(validatePod(pod, {}, false, none).empty());
    const Findings all = validatePod(pod);
    QVERIFY(!describe(all, Severity::Hint).isEmpty());
    QVERIFY(!describe(all, Severity::Warning).isEmpty());
}

void TestValidatorPod::ipAddresses_data()
{
    // Go's ParseIPSloppy, which the API server uses: leading zeros allowed in IPv4, no scope,
    // no blanks, no "0x", and "::" must stand for at least one group.
    QTest::addColumn<QString>("ip");
    QTest::addColumn<bool>("valid");
    const std::pair<const char *, bool> rows[] = {
        { "10.9.8.7", true },
        { "0.0.0.0", true },
        { "255.255.255.255", true },
        { "001.002.003.004", true },
        { "256.1.1.1", false },
        { "1.2.3", false },
        { "1", false },
        { "1.2.3.4.5", false },
        { " 1.2.3.4", false },
        { "1.2.3.4:80", false },
        { "", false },
        { "2001:db8::ffff", true },
        { "::", true },
        { "::1", true },
        { "FE80::A", true },
        { "::ffff:1.2.3.4", true },
        { "1:2:3:4:5:6:7:8", true },
        { "1:2:3:4:5:6:1.2.3.4", true },
        { "::ffff:01.2.3.4", false },
        { "::ffff:256.1.1.1", false },
        { "1:2:3:4:5:6:7:8:9", false },
        { "1::2::3", false },
        { "fe80::1%eth0", false },
        { "[::1]", false },
        { "12345::1", false },
        { "g::1", false },
        { "::0x1", false },
        { "::1 ", false },
        { "e:: 7", false },
        { "1:2:3:4:5:6:7:8::", false },
        { "::00001", false },
        { "::0001", true },
    };
    for (const auto &[ip, valid] : rows)
        QTest::newRow(ip) << QString::fromLatin1(ip) << valid;
}

void TestValidatorPod::ipAddresses()
{
    QFETCH(QString, ip);
    QFETCH(bool, valid);
    QCOMPARE(validation::isValidIp(ip), valid);
}

QTEST_GUILESS_MAIN(TestValidatorPod)
#include "tst_validator_pod.moc"
