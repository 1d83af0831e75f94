#include "manifestio.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace podwright;

/**
 * Real manifests through the importer and the validator. valid/ holds example pods from the
 * Kubernetes documentation (each names its source), which must give no error; broken/ holds
 * manifests written for Podwright, whose findings must match the golden `.expected` file
 * beside them ("LINE:COL: severity: PATH: MESSAGE [rule]", hints left out).
 * Set PODWRIGHT_REGENERATE_GOLDEN=1 to rewrite the golden files after a deliberate change.
 */
class TestValidatorFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentationExamplesAreValid_data();
    void documentationExamplesAreValid();
    void brokenManifests_data();
    void brokenManifests();
    void positionsPointIntoTheFile();
    void workloadRestartPolicy_data();
    void workloadRestartPolicy();
    void manifestLevel_data();
    void manifestLevel();
    void workloadSelector_data();
    void workloadSelector();
    void cronJobSelector();
    void wrongTypedValueIsReportedOnce_data();
    void wrongTypedValueIsReportedOnce();
};

static QString dataDir(const char *sub)
{
    return QStringLiteral(PODWRIGHT_TEST_DATA "/validation/") + QLatin1String(sub);
}

static void addFiles(const char *sub)
{
    QTest::addColumn<QString>("file");
    const QDir dir(dataDir(sub));
    const QStringList files = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestValidatorFixtures::documentationExamplesAreValid_data()
{
    addFiles("valid");
}

void TestValidatorFixtures::documentationExamplesAreValid()
{
    QFETCH(QString, file);
    const LoadResult loaded = loadManifestFile(file);
    QVERIFY(loaded.parsed);
    QVERIFY(!loaded.manifest.resources.empty());
    Findings findings = loaded.diagnostics;
    const Findings validation = validateManifest(loaded.manifest);
    findings.insert(findings.end(), validation.begin(), validation.end());
    QStringList errors;
    for (const ValidationFinding &f : findings) {
        if (f.severity == Severity::Error)
            errors << f.summary() + QStringLiteral(" [") + f.ruleId + QLatin1Char(']');
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestValidatorFixtures::brokenManifests_data()
{
    addFiles("broken");
}

void TestValidatorFixtures::brokenManifests()
{
    QFETCH(QString, file);
    const LoadResult loaded = loadManifestFile(file);
    QVERIFY(loaded.parsed);
    ValidationOptions options;
    options.hints = false;
    Findings findings = loaded.diagnostics;
    const Findings validation = validateManifest(loaded.manifest, options);
    findings.insert(findings.end(), validation.begin(), validation.end());
    QString actual;
    for (const ValidationFinding &f : findings) {
        actual += QStringLiteral("%1:%2: %3: %4 [%5]\n")
                      .arg(f.pos.line)
                      .arg(f.pos.column)
                      .arg(severityName(f.severity), f.summary(), f.ruleId);
    }
    QString expectedPath = file;
    expectedPath.replace(QStringLiteral(".yaml"), QStringLiteral(".expected"));
    QFile expectedFile(expectedPath);
    if (qEnvironmentVariableIntValue("PODWRIGHT_REGENERATE_GOLDEN") == 1) {
        QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        expectedFile.write(actual.toUtf8());
        return;
    }
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    const QString expected = QString::fromUtf8(expectedFile.readAll());
    QCOMPARE(actual, expected);
}

void TestValidatorFixtures::positionsPointIntoTheFile()
{
    const LoadResult loaded = loadManifestFile(dataDir("broken/duplicate-names.yaml"));
    QVERIFY(loaded.parsed);
    for (const ValidationFinding &f : validateManifest(loaded.manifest)) {
        QVERIFY2(f.pos.isValid(), qPrintable(f.summary()));
        QCOMPARE(f.resourceIndex, 0);
        QVERIFY(!f.explanation.isEmpty());
    }
}

void TestValidatorFixtures::manifestLevel_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>(
        "expected"); // "resourceIndex path [rule]" of every error and warning

    const QString pod
        = QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web}}\n"
                         "spec:\n  containers: [{name: web, image: nginx:1.25}]\n"
                         "  volumes: [{name: cfg, configMap: {name: settings}}]\n");
    QTest::newRow("ConfigMap missing from the file")
        << pod
        << QStringList { QStringLiteral(
               "0 spec.volumes[0].configMap [podman-object-not-in-file]") };
    QTest::newRow("ConfigMap in the same file")
        << pod
            + QStringLiteral(
                "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n")
        << QStringList();
    QTest::newRow("optional ConfigMap") << QString(pod).replace(
        QStringLiteral("{name: settings}"), QStringLiteral("{name: settings, optional: true}"))
                                        << QStringList();
    QTest::newRow("CronJob template prefix")
        << QStringLiteral("apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: tick}\nspec:\n  "
                          "schedule: '* * * * *'\n"
                          "  jobTemplate:\n    spec:\n      template:\n        spec:\n          "
                          "restartPolicy: Always\n"
                          "          containers: [{name: Tick, image: busybox:1.36}]\n")
        << QStringList { QStringLiteral("0 spec.jobTemplate.spec.template.spec.containers[0].name "
                                        "[container-name-invalid]"),
                         // A Job's pods must end: batch validation refuses Always.
                         QStringLiteral("0 spec.jobTemplate.spec.template.spec.restartPolicy "
                                        "[restart-policy-unsupported]") };
    QTest::newRow("second document of a List")
        << QStringLiteral(
               "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: "
               "{name: s}\n"
               "- apiVersion: v1\n  kind: Pod\n  metadata: {name: p, labels: {app: p}}\n  spec:\n"
               "    containers: [{name: p, image: nginx:1.25, ports: [{containerPort: 70000}]}]\n")
        << QStringList { QStringLiteral(
               "1 spec.containers[0].ports[0].containerPort [port-number-invalid]") };
}

void TestValidatorFixtures::workloadRestartPolicy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("restartPolicy"); // empty: not written
    QTest::addColumn<QString>("message"); // empty: no finding

    // batch/validation ValidateJobSpec: the defaulted Always and an empty value alike.
    const QString jobValues
        = QStringLiteral("Required value: valid values: \"OnFailure\", \"Never\"");
    QTest::newRow("Job without restartPolicy") << "Job"
                                               << "" << jobValues;
    QTest::newRow("Job with Always") << "Job"
                                     << "Always" << jobValues;
    QTest::newRow("Job with OnFailure") << "Job"
                                        << "OnFailure"
                                        << "";
    QTest::newRow("Job with Never") << "Job"
                                    << "Never"
                                    << "";
    QTest::newRow("CronJob without restartPolicy") << "CronJob"
                                                   << "" << jobValues;
    QTest::newRow("CronJob with Never") << "CronJob"
                                        << "Never"
                                        << "";
    // apps/validation: every controller that keeps pods running wants Always.
    const QString onlyAlways
        = QStringLiteral("Unsupported value: \"%1\": supported values: \"Always\"");
    QTest::newRow("Deployment without restartPolicy") << "Deployment"
                                                      << ""
                                                      << "";
    QTest::newRow("Deployment with Always") << "Deployment"
                                            << "Always"
                                            << "";
    QTest::newRow("Deployment with OnFailure")
        << "Deployment"
        << "OnFailure" << onlyAlways.arg(QStringLiteral("OnFailure"));
    QTest::newRow("ReplicaSet with Never") << "ReplicaSet"
                                           << "Never" << onlyAlways.arg(QStringLiteral("Never"));
    QTest::newRow("StatefulSet with Never") << "StatefulSet"
                                            << "Never" << onlyAlways.arg(QStringLiteral("Never"));
    QTest::newRow("DaemonSet with OnFailure")
        << "DaemonSet"
        << "OnFailure" << onlyAlways.arg(QStringLiteral("OnFailure"));
}

void TestValidatorFixtures::workloadRestartPolicy()
{
    QFETCH(QString, kind);
    QFETCH(QString, restartPolicy);
    QFETCH(QString, message);
    const bool cron = kind == QLatin1String("CronJob");
    const bool batch = cron || kind == QLatin1String("Job");
    QString podSpec = QStringLiteral("containers: [{name: a, image: busybox:1.36}]");
    if (!restartPolicy.isEmpty())
        podSpec += QStringLiteral(", restartPolicy: ") + restartPolicy;
    const QString tmpl = QStringLiteral("{metadata: {labels: {app: a}}, spec: {%1}}").arg(podSpec);
    QString spec = batch
        ? QStringLiteral("{template: %1}").arg(tmpl)
        : QStringLiteral("{selector: {matchLabels: {app: a}}, template: %1}").arg(tmpl);
    if (cron)
        spec = QStringLiteral("{schedule: '* * * * *', jobTemplate: {spec: %1}}").arg(spec);
    const QString apiVersion = batch ? QStringLiteral("batch/v1") : QStringLiteral("apps/v1");
    const QString yaml = QStringLiteral("apiVersion: %1\nkind: %2\nmetadata: {name: w}\nspec: %3\n")
                             .arg(apiVersion, kind, spec);
    const LoadResult loaded = loadManifest(yaml.toUtf8());
    QVERIFY(loaded.parsed);
    QVERIFY(loaded.diagnostics.empty());
    ValidationOptions options;
    options.hints = false;
    options.warnings = false;
    const Findings findings = validateManifest(loaded.manifest, options);
    if (message.isEmpty()) {
        for (const ValidationFinding &f : findings)
            QFAIL(qPrintable(f.summary()));
        return;
    }
    QCOMPARE(findings.size(), std::size_t(1));
    const QString prefix = cron ? QStringLiteral("spec.jobTemplate.spec.template.")
                                : QStringLiteral("spec.template.");
    QCOMPARE(findings[0].path, prefix + QStringLiteral("spec.restartPolicy"));
    QCOMPARE(findings[0].message, message);
    QCOMPARE(findings[0].ruleId, QStringLiteral("restart-policy-unsupported"));
    QVERIFY(findings[0].pos.isValid()); // the template, or restartPolicy itself
}

void TestValidatorFixtures::manifestLevel()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, expected);
    const LoadResult loaded = loadManifest(yaml.toUtf8());
    QVERIFY(loaded.parsed);
    ValidationOptions options;
    options.hints = false;
    QStringList actual;
    for (const ValidationFinding &f : validateManifest(loaded.manifest, options))
        actual << QStringLiteral("%1 %2 [%3]").arg(f.resourceIndex).arg(f.path, f.ruleId);
    QCOMPARE(actual, expected);
}

void TestValidatorFixtures::workloadSelector_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("selector"); // flow YAML of spec.selector; empty: left out
    QTest::addColumn<QString>("labels"); // flow YAML of the template's labels; empty: left out
    QTest::addColumn<QStringList>("expected"); // "LINE:COL PATH: MESSAGE [rule]"

    const QString mismatch = QStringLiteral(
        "%1 spec.template.metadata.labels: Invalid value: %2: `selector` does not match template "
        "`labels` [workload-selector-mismatch]");
    const QString web = QStringLiteral("map[string]string{\"app\":\"web\"}");
    // Lines (see workloadSelector()): 4 spec, 5 selector or replicas, 7 template metadata, 8 its
    // labels or annotations. What is missing is shown at its parent's first field.
    QTest::newRow("Deployment matching") << "Deployment"
                                         << "{matchLabels: {app: web}}"
                                         << "{app: web, tier: front}" << QStringList();
    QTest::newRow("Deployment without selector")
        << "Deployment"
        << ""
        << "{app: web}"
        << QStringList { QStringLiteral(
                             "5:3 spec.selector: Required value [workload-selector-required]"),
                         mismatch.arg(QStringLiteral("8:15"), web) };
    QTest::newRow("Deployment with another label value")
        << "Deployment"
        << "{matchLabels: {app: api}}"
        << "{app: web}" << QStringList { mismatch.arg(QStringLiteral("8:15"), web) };
    QTest::newRow("Deployment without template labels")
        << "Deployment"
        << "{matchLabels: {app: web}}"
        << ""
        << QStringList { mismatch.arg(QStringLiteral("8:7"),
                                      QStringLiteral("map[string]string(nil)")) };
    QTest::newRow("Deployment with an empty selector")
        << "Deployment"
        << "{}"
        << "{app: web}"
        << QStringList { QStringLiteral(
               "5:13 spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]"
               "string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector "
               "is invalid for deployment [workload-selector-empty]") };
    QTest::newRow("ReplicaSet with empty matchLabels")
        << "ReplicaSet"
        << "{matchLabels: {}}"
        << "{app: web}"
        << QStringList { QStringLiteral(
               "5:13 spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]"
               "string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector "
               "is invalid for deployment [workload-selector-empty]") };
    QTest::newRow("StatefulSet with an empty selector")
        << "StatefulSet"
        << "{}"
        << "{app: web}"
        << QStringList { QStringLiteral(
               "5:13 spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]"
               "string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector "
               "is invalid for statefulset [workload-selector-empty]") };
    QTest::newRow("StatefulSet without selector")
        << "StatefulSet"
        << ""
        << "{app: web}"
        << QStringList { QStringLiteral(
                             "5:3 spec.selector: Required value [workload-selector-required]"),
                         mismatch.arg(QStringLiteral("8:15"), web) };
    // ValidateDaemonSetSpec has no Required: the nil selector simply matches nothing.
    QTest::newRow("DaemonSet without selector")
        << "DaemonSet"
        << ""
        << "{app: web}" << QStringList { mismatch.arg(QStringLiteral("8:15"), web) };
    QTest::newRow("DaemonSet with an empty selector")
        << "DaemonSet"
        << "{}"
        << "{app: web}"
        << QStringList { QStringLiteral(
               "5:13 spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]"
               "string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector "
               "is invalid for daemonset [workload-selector-empty]") };
    QTest::newRow("In matching") << "Deployment"
                                 << "{matchExpressions: [{key: app, operator: In, values: [api, "
                                    "web]}]}"
                                 << "{app: web}" << QStringList();
    QTest::newRow("In not matching")
        << "Deployment"
        << "{matchExpressions: [{key: app, operator: In, values: [api]}]}"
        << "{app: web}" << QStringList { mismatch.arg(QStringLiteral("8:15"), web) };
    QTest::newRow("NotIn matching an absent label")
        << "Deployment"
        << "{matchLabels: {app: web}, matchExpressions: [{key: tier, operator: NotIn, values: "
           "[db]}]}"
        << "{app: web}" << QStringList();
    QTest::newRow("NotIn not matching")
        << "Deployment"
        << "{matchExpressions: [{key: app, operator: NotIn, values: [web]}]}"
        << "{app: web}" << QStringList { mismatch.arg(QStringLiteral("8:15"), web) };
    QTest::newRow("Exists matching") << "Deployment"
                                     << "{matchExpressions: [{key: app, operator: Exists}]}"
                                     << "{app: web}" << QStringList();
    QTest::newRow("Exists not matching")
        << "Deployment"
        << "{matchExpressions: [{key: tier, operator: Exists}]}"
        << "{app: web}" << QStringList { mismatch.arg(QStringLiteral("8:15"), web) };
    QTest::newRow("DoesNotExist not matching")
        << "Deployment"
        << "{matchExpressions: [{key: app, operator: DoesNotExist}]}"
        << "{app: web}" << QStringList { mismatch.arg(QStringLiteral("8:15"), web) };
    QTest::newRow("In without values")
        << "Deployment"
        << "{matchExpressions: [{key: app, operator: In}]}"
        << "{app: web}"
        << QStringList {
               QStringLiteral("5:33 spec.selector.matchExpressions[0].values: Required value: must "
                              "be specified when `operator` is 'In' or 'NotIn' "
                              "[label-selector-invalid]"),
               QStringLiteral("5:13 spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map["
                              "string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{"
                              "v1.LabelSelectorRequirement{Key:\"app\", Operator:\"In\", "
                              "Values:[]string(nil)}}}: invalid label selector "
                              "[label-selector-invalid]")
           };
    QTest::newRow("unknown operator")
        << "Deployment"
        << "{matchExpressions: [{key: app, operator: Equals, values: [web]}]}"
        << "{app: web}"
        << QStringList {
               QStringLiteral("5:54 spec.selector.matchExpressions[0].operator: Invalid value: "
                              "\"Equals\": not a valid selector operator [label-selector-invalid]"),
               QStringLiteral("5:13 spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map["
                              "string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{"
                              "v1.LabelSelectorRequirement{Key:\"app\", Operator:\"Equals\", "
                              "Values:[]string{\"web\"}}}}: invalid label selector "
                              "[label-selector-invalid]")
           };
    // batch defaults a Job's selector from labels it adds itself: nothing to compare here.
    QTest::newRow("Job without selector") << "Job"
                                          << ""
                                          << "" << QStringList();
    // With manualSelector: true the Job keeps the given selector, and ValidateJobSpec checks it.
    QTest::newRow("manual Job selector matching") << "Job"
                                                  << "{matchLabels: {app: web}}, manualSelector: "
                                                     "true"
                                                  << "{app: web}" << QStringList();
    QTest::newRow("manual Job selector not matching")
        << "Job"
        << "{matchLabels: {app: api}}, manualSelector: true"
        << "{app: web}" << QStringList { mismatch.arg(QStringLiteral("9:15"), web) };
    QTest::newRow("manual Job without selector")
        << "Job"
        << "manualSelector: true"
        << "{app: web}"
        << QStringList { QStringLiteral(
                             "5:3 spec.selector: Required value [workload-selector-required]"),
                         mismatch.arg(QStringLiteral("8:15"), web) };
    // An empty selector matches everything, and ValidateJobSpec has no "empty" check.
    QTest::newRow("manual Job with an empty selector") << "Job"
                                                       << "{}, manualSelector: true"
                                                       << "{app: web}" << QStringList();
}

void TestValidatorFixtures::workloadSelector()
{
    QFETCH(QString, kind);
    QFETCH(QString, selector);
    QFETCH(QString, labels);
    QFETCH(QStringList, expected);
    const bool job = kind == QLatin1String("Job");
    QString yaml = QStringLiteral("apiVersion: %1\nkind: %2\nmetadata: {name: w}\nspec:\n")
                       .arg(job ? QStringLiteral("batch/v1") : QStringLiteral("apps/v1"), kind);
    // "manualSelector: true" alone stands in for the selector line; else it follows it.
    if (selector.isEmpty())
        yaml += QStringLiteral("  replicas: 1\n");
    else if (selector.startsWith(QLatin1String("manualSelector")))
        yaml += QStringLiteral("  %1\n").arg(selector);
    else
        yaml += QStringLiteral("  selector: %1\n")
                    .arg(selector)
                    .replace(QStringLiteral(", manualSelector"),
                             QStringLiteral("\n  manualSelector"));
    yaml += QStringLiteral("  template:\n    metadata:\n");
    yaml += labels.isEmpty() ? QStringLiteral("      annotations: {a: b}\n")
                             : QStringLiteral("      labels: %1\n").arg(labels);
    yaml += QStringLiteral("    spec:\n      restartPolicy: %1\n"
                           "      containers: [{name: a, image: busybox:1.36}]\n")
                .arg(job ? QStringLiteral("Never") : QStringLiteral("Always"));
    const LoadResult loaded = loadManifest(yaml.toUtf8());
    QVERIFY(loaded.parsed);
    QVERIFY(loaded.diagnostics.empty());
    ValidationOptions options;
    options.hints = false;
    options.warnings = false;
    QStringList actual;
    for (const ValidationFinding &f : validateManifest(loaded.manifest, options)) {
        actual << QStringLiteral("%1:%2 %3 [%4]")
                      .arg(f.pos.line)
                      .arg(f.pos.column)
                      .arg(f.summary(), f.ruleId);
        QVERIFY(!f.explanation.isEmpty());
    }
    QCOMPARE(actual, expected);
}

void TestValidatorFixtures::cronJobSelector()
{
    // batch/validation ValidateJobTemplateSpec: each Job gets a generated selector.
    const QByteArray yaml = "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: tick}\n"
                            "spec:\n  schedule: '* * * * *'\n  jobTemplate:\n    spec:\n"
                            "      manualSelector: true\n"
                            "      selector: {matchLabels: {app: tick}}\n"
                            "      template:\n        metadata: {labels: {app: tick}}\n"
                            "        spec:\n          restartPolicy: Never\n"
                            "          containers: [{name: tick, image: busybox:1.36}]\n";
    const LoadResult loaded = loadManifest(yaml);
    QVERIFY(loaded.parsed);
    QVERIFY(loaded.diagnostics.empty());
    ValidationOptions options;
    options.hints = false;
    options.warnings = false;
    QStringList actual;
    for (const ValidationFinding &f : validateManifest(loaded.manifest, options))
        actual << QStringLiteral("%1:%2 %3 [%4]")
                      .arg(f.pos.line)
                      .arg(f.pos.column)
                      .arg(f.summary(), f.ruleId);
    const QStringList expected {
        QStringLiteral("9:17 spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{"
                       "MatchLabels:map[string]string{\"app\":\"tick\"}, MatchExpressions:[]v1."
                       "LabelSelectorRequirement(nil)}: `selector` will be auto-generated "
                       "[job-template-selector-generated]"),
        QStringLiteral("8:23 spec.jobTemplate.spec.manualSelector: Unsupported value: true: "
                       "supported values: \"nil\", \"false\" [job-template-selector-generated]")
    };
    QCOMPARE(actual, expected);
}

void TestValidatorFixtures::wrongTypedValueIsReportedOnce_data()
{
    QTest::addColumn<QString>("port"); // flow YAML of the one port
    QTest::addColumn<QStringList>("expected"); // "PATH: MESSAGE [rule]", errors and warnings

    const QString path = QStringLiteral("spec.containers[0].ports[0].containerPort");
    QTest::newRow("port name as containerPort")
        << "{containerPort: \"http\"}"
        << QStringList { path
                         + QStringLiteral(": Invalid value: \"http\": must be an integer "
                                          "[wrong-type]") };
    QTest::newRow("infinite containerPort")
        << "{name: http, containerPort: .inf}"
        << QStringList { path
                         + QStringLiteral(": Invalid value: .inf: must be an integer "
                                          "[wrong-type]") };
    // Nor are two ports without a number "the same port" (an API server warning).
    QTest::newRow("two wrong-typed ports")
        << "{containerPort: \"http\"}, {containerPort: \"https\"}"
        << QStringList { path
                             + QStringLiteral(": Invalid value: \"http\": must be an integer "
                                              "[wrong-type]"),
                         QStringLiteral("spec.containers[0].ports[1].containerPort: Invalid value: "
                                        "\"https\": must be an integer [wrong-type]") };
    // A real missing value is still the validator's to report.
    QTest::newRow("containerPort left out")
        << "{name: http}"
        << QStringList { path + QStringLiteral(": Required value [port-container-port-required]") };
    QTest::newRow("containerPort null")
        << "{name: http, containerPort: null}"
        << QStringList { path + QStringLiteral(": Required value [port-container-port-required]") };
}

void TestValidatorFixtures::wrongTypedValueIsReportedOnce()
{
    QFETCH(QString, port);
    QFETCH(QStringList, expected);
    const QString yaml
        = QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web}}\n"
                         "spec:\n  containers:\n  - name: web\n    image: nginx:1.25\n"
                         "    ports: [%1]\n")
              .arg(port);
    // What `podwright validate` and the YAML pane show: import findings, then validation.
    const LoadResult loaded = loadManifest(yaml.toUtf8());
    QVERIFY(loaded.parsed);
    Findings findings = loaded.diagnostics;
    const Findings validation = validateManifest(loaded.manifest);
    findings.insert(findings.end(), validation.begin(), validation.end());
    QStringList actual;
    for (const ValidationFinding &f : findings) {
        if (f.severity != Severity::Hint)
            actual << QStringLiteral("%1 [%2]").arg(f.summary(), f.ruleId);
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestValidatorFixtures)
#include "tst_validator_fixtures.moc"
