// loadManifest(): typed fields, workloads, Lists, other kinds, wrong types, unknown fields.
#include "manifestio.h"

#include <QFile>
#include <QTest>

using namespace podwright;

class TestPodReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedFields();
    void sourceMapPointsAtValues();
    void findingPathsWithMapKeysInBracketsFindTheirLine();
    void workloads_data();
    void workloads();
    void listItemsBecomeResources();
    void otherKindsAreKeptVerbatim();
    void wrongTypes_data();
    void wrongTypes();
    void unknownFields_data();
    void unknownFields();
    void unquotedLabelValue();
    void knownButUntypedFieldsAreSilent();
    void quantitiesAcceptNumbers();
    void integersAsKubectlSendsThem_data();
    void integersAsKubectlSendsThem();
    void quantitiesAsKubectlSendsThem_data();
    void quantitiesAsKubectlSendsThem();
    void emptyAndCommentOnly_data();
    void emptyAndCommentOnly();
    void missingKind();
    void missingApiVersionIsNotInvented();
    void apiVersionIsCheckedAsKubectlDoes_data();
    void apiVersionIsCheckedAsKubectlDoes();
    void syntaxErrorMeansNotParsed();
};

static QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PODWRIGHT_TEST_DATA "/roundtrip/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

static const ValidationFinding *findRule(const Findings &findings, const QString &ruleId)
{
    for (const ValidationFinding &f : findings) {
        if (f.ruleId == ruleId)
            return &f;
    }
    return nullptr;
}

void TestPodReader::typedFields()
{
    const LoadResult r = loadManifest(readData(QStringLiteral("full-pod.in.yaml")));
    QVERIFY(r.parsed);
    QCOMPARE(r.manifest.resources.size(), std::size_t(1));
    // Only the deliberate unknown field; every real API field, typed or not, is accepted.
    QCOMPARE(r.diagnostics.size(), std::size_t(1));
    QCOMPARE(r.diagnostics[0].path, QStringLiteral("spec.containers[1].exec-ignored"));
    const Pod &pod = r.manifest.resources[0].pod;
    QCOMPARE(pod.metadata.name, QStringLiteral("api"));
    QCOMPARE(pod.metadata.namespace_, QStringLiteral("shop"));
    QCOMPARE(stringMapValue(pod.metadata.labels, QStringLiteral("tier")),
             QStringLiteral("backend"));
    QCOMPARE(pod.spec.initContainers.size(), std::size_t(2));
    QVERIFY(pod.spec.initContainers[1].isSidecar());
    QCOMPARE(pod.spec.containers.size(), std::size_t(2));
    const Container &api = pod.spec.containers[0];
    QCOMPARE(api.image, QStringLiteral("registry.example.com/api:2.1.0"));
    QCOMPARE(api.args, (QStringList { QStringLiteral("--port"), QStringLiteral("8080") }));
    QCOMPARE(api.ports.at(0).containerPort, std::optional<qint64>(8080));
    QCOMPARE(api.ports.at(0).hostPort, std::optional<qint64>(18080));
    QCOMPARE(api.env.at(0).name, QStringLiteral("POD_NAME"));
    QVERIFY(!api.env.at(0).value.has_value());
    QVERIFY(api.env.at(0).valueFrom.isMap());
    QCOMPARE(api.env.at(2).value, std::optional<QString>(QString()));
    QCOMPARE(stringMapValue(api.resources.limits, QStringLiteral("cpu")), QStringLiteral("1"));
    QCOMPARE(api.volumeMounts.at(0).readOnly, std::optional<bool>(true));
    QCOMPARE(api.livenessProbe->httpGet->port, (IntOrString { QStringLiteral("8080"), true }));
    QCOMPARE(api.readinessProbe->tcpSocket->port, (IntOrString { QStringLiteral("http"), false }));
    QCOMPARE(api.startupProbe->grpc->service, std::optional<QString>(QStringLiteral("health")));
    QCOMPARE(api.livenessProbe->terminationGracePeriodSeconds, std::optional<qint64>(10));
    QVERIFY(api.lifecycle.isMap());
    QCOMPARE(api.stdin_, std::optional<bool>(true));
    QCOMPARE(pod.spec.volumes.size(), std::size_t(7));
    QCOMPARE(pod.spec.volumes[0].emptyDir->sizeLimit, QStringLiteral("64Mi"));
    QCOMPARE(pod.spec.volumes[1].hostPath->type,
             std::optional<QString>(QStringLiteral("Directory")));
    QCOMPARE(pod.spec.volumes[2].configMap->items.at(0).mode, std::optional<qint64>(0644));
    QCOMPARE(pod.spec.volumes[3].secret->defaultMode, std::optional<qint64>(256));
    QCOMPARE(pod.spec.volumes[4].persistentVolumeClaim->claimName, QStringLiteral("api-data"));
    QCOMPARE(pod.spec.volumes[5].sourceKind(), Volume::SourceKind::DownwardAPI);
    QCOMPARE(pod.spec.volumes[6].sourceKind(), Volume::SourceKind::Projected);
    QCOMPARE(pod.spec.terminationGracePeriodSeconds, std::optional<qint64>(45));
    QCOMPARE(pod.spec.hostNetwork, std::optional<bool>(false));
    QVERIFY(pod.spec.tolerations.isSequence());
    QVERIFY(pod.spec.affinity.isMap());
}

void TestPodReader::sourceMapPointsAtValues()
{
    const LoadResult r = loadManifest("apiVersion: v1\n"
                                      "kind: Pod\n"
                                      "metadata:\n"
                                      "  name: web\n"
                                      "  labels:\n"
                                      "    app: web\n"
                                      "spec:\n"
                                      "  containers:\n"
                                      "  - name: web\n"
                                      "    image: nginx\n"
                                      "    ports:\n"
                                      "    - containerPort: 80\n");
    QVERIFY(r.parsed);
    QVERIFY(r.diagnostics.empty());
    const SourceMap &map = r.manifest.resources[0].positions;
    QCOMPARE(map.value(QString()), (SourcePos { 1, 1 }));
    QCOMPARE(map.value(QStringLiteral("metadata.labels.app")), (SourcePos { 6, 10 }));
    QCOMPARE(map.value(QStringLiteral("spec.containers[0]")), (SourcePos { 9, 5 }));
    QCOMPARE(map.value(QStringLiteral("spec.containers[0].image")), (SourcePos { 10, 12 }));
    QCOMPARE(map.value(QStringLiteral("spec.containers[0].ports[0].containerPort")),
             (SourcePos { 12, 22 }));
    QCOMPARE(lookupPosition(map, QStringLiteral("spec.containers[0].resources.limits")),
             (SourcePos { 9, 5 }));
}

void TestPodReader::findingPathsWithMapKeysInBracketsFindTheirLine()
{
    // The validator writes map keys the API server's way, resources.requests[memory]; the
    // finding must point at the memory line, not at the first key of the map.
    const LoadResult r = loadManifest("apiVersion: v1\n"
                                      "kind: Pod\n"
                                      "metadata:\n"
                                      "  name: web\n"
                                      "spec:\n"
                                      "  containers:\n"
                                      "  - name: web\n"
                                      "    image: nginx:1.27\n"
                                      "    resources:\n"
                                      "      requests:\n"
                                      "        cpu: 1.5.5\n"
                                      "        memory: 12XB\n");
    QVERIFY(r.parsed);
    const SourceMap &map = r.manifest.resources[0].positions;
    QCOMPARE(
        lookupPosition(map, QStringLiteral("spec.containers[0].resources.requests[memory]")).line,
        12);
    QCOMPARE(lookupPosition(map, QStringLiteral("spec.containers[0].resources.requests[cpu]")).line,
             11);
    // A key that is not there still falls back to its map.
    QCOMPARE(lookupPosition(map, QStringLiteral("spec.containers[0].resources.requests[gpu]")).line,
             lookupPosition(map, QStringLiteral("spec.containers[0].resources.requests")).line);
}

void TestPodReader::workloads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("templatePath");
    QTest::addColumn<QString>("containerImage");
    QTest::addColumn<int>("imageLine");
    QTest::newRow("Deployment") << "deployment.in.yaml"
                                << "spec.template"
                                << "nginx:1.14.2" << 20;
    QTest::newRow("CronJob") << "cronjob.in.yaml"
                             << "spec.jobTemplate.spec.template"
                             << "busybox:1.28" << 14;
}

void TestPodReader::workloads()
{
    QFETCH(QString, file);
    QFETCH(QString, templatePath);
    QFETCH(QString, containerImage);
    QFETCH(int, imageLine);
    const LoadResult r = loadManifest(readData(file));
    QVERIFY(r.parsed);
    QVERIFY(r.diagnostics.empty());
    const ManifestResource &res = r.manifest.resources.at(0);
    QCOMPARE(int(res.kind), int(ManifestResource::Kind::Workload));
    QCOMPARE(res.templatePath, templatePath);
    QCOMPARE(res.podPathPrefix(), templatePath + QLatin1Char('.'));
    QCOMPARE(res.pod.spec.containers.at(0).image, containerImage);
    QCOMPARE(res.positions.value(templatePath + QStringLiteral(".spec.containers[0].image")).line,
             imageLine);
    QVERIFY(res.node.find(QStringLiteral("spec"))); // the workload itself is kept whole
    QVERIFY(res.hasPod());
}

void TestPodReader::listItemsBecomeResources()
{
    const LoadResult r = loadManifest(readData(QStringLiteral("list.in.yaml")));
    QVERIFY(r.parsed);
    QCOMPARE(r.manifest.resources.size(), std::size_t(3));
    QCOMPARE(r.manifest.documentShells.size(), std::size_t(1));
    QVERIFY(r.manifest.documentShells[0].isMap());
    QCOMPARE(int(r.manifest.resources[0].kind), int(ManifestResource::Kind::Pod));
    QCOMPARE(int(r.manifest.resources[1].kind), int(ManifestResource::Kind::Other));
    QCOMPARE(int(r.manifest.resources[2].kind), int(ManifestResource::Kind::Workload));
    QCOMPARE(r.manifest.resources[2].displayName(), QStringLiteral("Deployment/two"));
    for (const ManifestResource &res : r.manifest.resources)
        QCOMPARE(res.documentIndex, 0);
    // Paths are relative to the item; positions are in the file.
    QCOMPARE(
        r.manifest.resources[0].positions.value(QStringLiteral("spec.containers[0].image")).line,
        8);
    QCOMPARE(r.manifest.podResourceIndices(), (std::vector<int> { 0, 2 }));
}

void TestPodReader::otherKindsAreKeptVerbatim()
{
    const LoadResult r = loadManifest(readData(QStringLiteral("multidoc.in.yaml")));
    QVERIFY(r.parsed);
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(r.manifest.resources.size(), std::size_t(3));
    QCOMPARE(r.manifest.documentShells.size(), std::size_t(3));
    const ManifestResource &config = r.manifest.resources[1];
    QCOMPARE(int(config.kind), int(ManifestResource::Kind::Other));
    QCOMPARE(config.kindName(), QStringLiteral("ConfigMap"));
    QCOMPARE(config.documentIndex, 1);
    const YamlNode *retries
        = config.node.find(QStringLiteral("data"))->find(QStringLiteral("RETRIES"));
    QVERIFY(retries->isQuoted());
    QCOMPARE(config.positions.value(QStringLiteral("data.LOG_LEVEL")), (SourcePos { 20, 14 }));
    QCOMPARE(r.manifest.resources[2].displayName(), QStringLiteral("Pod/web"));
}

void TestPodReader::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // Each snippet is the pod's spec, starting at line 4 of the document.
    QTest::newRow("named containerPort") << QByteArray(
        "  containers:\n  - name: a\n    image: b\n    ports:\n    - containerPort: \"http\"\n")
                                         << "spec.containers[0].ports[0].containerPort"
                                         << "Invalid value: \"http\": must be an integer" << 8
                                         << 22;
    QTest::newRow("env value as number")
        << QByteArray("  containers:\n  - name: a\n    env:\n    - name: PORT\n      value: 8080\n")
        << "spec.containers[0].env[0].value"
        << "Invalid value: 8080: must be a string" << 8 << 14;
    QTest::newRow("containers as map")
        << QByteArray("  containers:\n    name: a\n    image: b\n") << "spec.containers"
        << "Invalid value: {...}: must be a list" << 5 << 5;
    QTest::newRow("container not a map")
        << QByteArray("  containers:\n  - nginx\n") << "spec.containers[0]"
        << "Invalid value: nginx: must be an object" << 5 << 5;
    QTest::newRow("quoted boolean")
        << QByteArray("  hostNetwork: \"true\"\n  containers: []\n") << "spec.hostNetwork"
        << "Invalid value: \"true\": must be a boolean" << 4 << 16;
    QTest::newRow("command as string")
        << QByteArray("  containers:\n  - name: a\n    command: sleep 10\n")
        << "spec.containers[0].command"
        << "Invalid value: sleep 10: must be a list" << 6 << 14;
    QTest::newRow("float seconds") << QByteArray("  terminationGracePeriodSeconds: 1.5\n")
                                   << "spec.terminationGracePeriodSeconds"
                                   << "Invalid value: 1.5: must be an integer" << 4 << 34;
    QTest::newRow("fractional port")
        << QByteArray("  containers:\n  - name: a\n    image: b\n    ports:\n"
                      "    - containerPort: 80.5\n")
        << "spec.containers[0].ports[0].containerPort"
        << "Invalid value: 80.5: must be an integer" << 8 << 22;
    QTest::newRow("infinite seconds") << QByteArray("  terminationGracePeriodSeconds: .inf\n")
                                      << "spec.terminationGracePeriodSeconds"
                                      << "Invalid value: .inf: must be an integer" << 4 << 34;
    // encoding/json writes 1e21 as "1e+21", which no Go integer field accepts.
    QTest::newRow("huge exponent") << QByteArray("  terminationGracePeriodSeconds: 1e21\n")
                                   << "spec.terminationGracePeriodSeconds"
                                   << "Invalid value: 1e21: must be an integer" << 4 << 34;
    QTest::newRow("spec as list") << QByteArray("  - a\n") << "spec"
                                  << "Invalid value: [...]: must be an object" << 4 << 3;
    QTest::newRow("nodeSelector boolean")
        << QByteArray("  nodeSelector:\n    gpu: true\n") << "spec.nodeSelector.gpu"
        << "Invalid value: true: must be a string" << 5 << 10;
}

void TestPodReader::wrongTypes()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const QByteArray text = "apiVersion: v1\nkind: Pod\nspec:\n" + spec;
    const LoadResult r = loadManifest(text);
    QVERIFY(r.parsed); // wrong types are import findings, the file still loads
    const ValidationFinding *f = findRule(r.diagnostics, QStringLiteral("wrong-type"));
    QVERIFY2(f, text.constData());
    QCOMPARE(f->path, path);
    QCOMPARE(f->message, message);
    QCOMPARE(f->pos, (SourcePos { line, column }));
    QCOMPARE(f->severity, Severity::Error);
    QCOMPARE(f->resourceIndex, 0);
    QVERIFY(!f->explanation.isEmpty());
    // Nothing is lost: the export still carries the raw value.
    const QByteArray exported = writeManifest(r.manifest);
    const LoadResult again = loadManifest(exported);
    QVERIFY(again.parsed);
    QCOMPARE(again.diagnostics.size(), r.diagnostics.size());
    QVERIFY(again.manifest.resources[0].pod == r.manifest.resources[0].pod);
}

void TestPodReader::unknownFields_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("container typo") << QByteArray(
        "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    imagee: nginx\n")
                                    << "spec.containers[0].imagee" << 6 << 5 << "image";
    QTest::newRow("wrong level") << QByteArray(
        "apiVersion: v1\nkind: Pod\nspec:\n  name: web\n  containers: []\n")
                                 << "spec.name" << 4 << 3 << "";
    QTest::newRow("metadata typo")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  lables: {app: a}\n")
        << "metadata.lables" << 4 << 3 << "labels";
    QTest::newRow("probe typo") << QByteArray(
        "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n"
        "    livenessProbe:\n      httpGet: {path: /, port: 80}\n      periodSecond: 5\n")
                                << "spec.containers[0].livenessProbe.periodSecond" << 8 << 7
                                << "periodSeconds";
    QTest::newRow("volume source typo") << QByteArray(
        "apiVersion: v1\nkind: Pod\nspec:\n  volumes:\n  - name: v\n    emptydir: {}\n")
                                        << "spec.volumes[0].emptydir" << 6 << 5 << "emptyDir";
    QTest::newRow("in a template")
        << QByteArray("apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n"
                      "      containers:\n      - name: a\n        port: 80\n")
        << "spec.template.spec.containers[0].port" << 8 << 9 << "ports";
    // Inside the subtrees the model keeps untyped, the same strict check applies.
    QTest::newRow("securityContext typo")
        << QByteArray("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n"
                      "    securityContext:\n      runAsNonRoot: true\n      runAsUsr: 1000\n")
        << "spec.containers[0].securityContext.runAsUsr" << 8 << 7 << "runAsUser";
    QTest::newRow("valueFrom typo")
        << QByteArray("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    env:\n"
                      "    - name: NODE\n      valueFrom:\n        fieldRef:\n          fieldPth: "
                      "metadata.name\n")
        << "spec.containers[0].env[0].valueFrom.fieldRef.fieldPth" << 10 << 11 << "fieldPath";
    QTest::newRow("toleration typo") << QByteArray(
        "apiVersion: v1\nkind: Pod\nspec:\n  tolerations:\n  - key: a\n    operater: Exists\n")
                                     << "spec.tolerations[0].operater" << 6 << 5 << "operator";
    QTest::newRow("projected token typo")
        << QByteArray("apiVersion: v1\nkind: Pod\nspec:\n  volumes:\n  - name: t\n    projected:\n"
                      "      sources:\n      - serviceAccountToken:\n          path: token\n"
                      "          expirationSecond: 600\n")
        << "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSecond" << 10 << 11
        << "expirationSeconds";
    QTest::newRow("lifecycle handler typo")
        << QByteArray("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n"
                      "    lifecycle:\n      preStop:\n        sleep: {second: 5}\n")
        << "spec.containers[0].lifecycle.preStop.sleep.second" << 8 << 17 << "seconds";
}

void TestPodReader::unknownFields()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, suggestion);
    const LoadResult r = loadManifest(yaml);
    QVERIFY(r.parsed);
    QCOMPARE(r.diagnostics.size(), std::size_t(1));
    const ValidationFinding &f = r.diagnostics.front();
    QCOMPARE(f.ruleId, QStringLiteral("unknown-field"));
    QCOMPARE(f.path, path);
    QCOMPARE(f.message, QStringLiteral("unknown field \"%1\"").arg(path));
    QCOMPARE(f.pos, (SourcePos { line, column }));
    QCOMPARE(r.manifest.resources[0].positions.value(path), (SourcePos { line, column }));
    if (!suggestion.isEmpty())
        QVERIFY2(f.explanation.contains(QStringLiteral("\"%1\"").arg(suggestion)),
                 qPrintable(f.explanation));
    // The unknown field is kept and written back.
    const QString field = path.section(QLatin1Char('.'), -1);
    QVERIFY(writeManifest(r.manifest).contains(field.toUtf8() + ':'));
}

void TestPodReader::unquotedLabelValue()
{
    // The classic: `version: 1.0` is a number to YAML, and label values must be strings.
    const LoadResult r = loadManifest(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"
        "  labels: {app: web, version: 1.0}\nspec:\n  containers: [{name: a, image: b}]\n");
    QVERIFY(r.parsed);
    QCOMPARE(r.diagnostics.size(), std::size_t(1));
    const ValidationFinding &f = r.diagnostics.front();
    QCOMPARE(f.ruleId, QStringLiteral("wrong-type"));
    QCOMPARE(f.summary(),
             QStringLiteral("metadata.labels.version: Invalid value: 1.0: must be a string"));
    QCOMPARE(f.pos, (SourcePos { 5, 31 }));
    QVERIFY2(f.explanation.contains(QStringLiteral("\"1.0\"")), qPrintable(f.explanation));
    // The labels stay in `extra`, written back unchanged (the number still unquoted).
    const Pod &pod = r.manifest.resources[0].pod;
    QVERIFY(pod.metadata.labels.empty());
    QVERIFY(pod.metadata.extra.contains(QStringLiteral("labels")));
    QVERIFY(writeManifest(r.manifest).contains("  labels:\n    app: web\n    version: 1.0\n"));
}

void TestPodReader::knownButUntypedFieldsAreSilent()
{
    const LoadResult r = loadManifest(readData(QStringLiteral("unknown-fields.in.yaml")));
    QVERIFY(r.parsed);
    QStringList reported;
    for (const ValidationFinding &f : r.diagnostics)
        reported << f.path;
    QCOMPARE(reported,
             (QStringList { QStringLiteral("spec.containers[0].imagee"),
                            QStringLiteral("spec.containers[0].ports[0].portName"),
                            QStringLiteral("spec.containerz") }));
    const Pod &pod = r.manifest.resources[0].pod;
    QVERIFY(pod.spec.extra.contains(QStringLiteral("priorityClassName")));
    QVERIFY(pod.spec.extra.contains(QStringLiteral("schedulingGates")));
    QVERIFY(pod.spec.containers[0].extra.contains(QStringLiteral("stdinOnce")));
    QVERIFY(pod.spec.containers[0].extra.contains(QStringLiteral("resizePolicy")));
    QVERIFY(pod.metadata.extra.contains(QStringLiteral("ownerReferences")));
    QVERIFY(pod.extra.contains(QStringLiteral("status")));
}

void TestPodReader::quantitiesAcceptNumbers()
{
    const LoadResult r
        = loadManifest("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n"
                       "    resources: {limits: {cpu: 0.5, memory: 1e9}, requests: {cpu: 1}}\n");
    QVERIFY(r.parsed);
    QVERIFY(r.diagnostics.empty());
    const Container &c = r.manifest.resources[0].pod.spec.containers[0];
    QCOMPARE(stringMapValue(c.resources.limits, QStringLiteral("cpu")), QStringLiteral("0.5"));
    QCOMPARE(stringMapValue(c.resources.limits, QStringLiteral("memory")), QStringLiteral("1e9"));
    QCOMPARE(stringMapValue(c.resources.requests, QStringLiteral("cpu")), QStringLiteral("1"));
}

void TestPodReader::integersAsKubectlSendsThem_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<qint64>("value");
    // kubectl turns YAML into JSON before sending it (sigs.k8s.io/yaml over go-yaml v2): a
    // float with a whole value is written without fraction or exponent, and the API server
    // reads it into an integer field like any other integer.
    QTest::newRow("decimal") << QByteArray("30") << qint64(30);
    QTest::newRow("float with zero fraction") << QByteArray("30.0") << qint64(30);
    QTest::newRow("exponent") << QByteArray("1e3") << qint64(1000);
    QTest::newRow("capital exponent") << QByteArray("1E2") << qint64(100);
    QTest::newRow("JSON exponent with fraction") << QByteArray("3.0e+1") << qint64(30);
    QTest::newRow("negative float") << QByteArray("-5.0") << qint64(-5);
    QTest::newRow("hex") << QByteArray("0x1F") << qint64(31);
    QTest::newRow("octal") << QByteArray("010") << qint64(8);
    QTest::newRow("underscores") << QByteArray("1_000") << qint64(1000);
}

void TestPodReader::integersAsKubectlSendsThem()
{
    QFETCH(QByteArray, written);
    QFETCH(qint64, value);
    const QByteArray text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
                            "  terminationGracePeriodSeconds: "
        + written + "\n  containers:\n  - name: a\n    image: b\n    ports:\n    - containerPort: "
        + written + "\n    livenessProbe:\n      httpGet: {port: " + written + "}\n";
    const LoadResult r = loadManifest(text);
    QVERIFY(r.parsed);
    for (const ValidationFinding &f : r.diagnostics)
        QFAIL(qPrintable(f.summary()));
    const Pod &pod = r.manifest.resources[0].pod;
    QCOMPARE(pod.spec.terminationGracePeriodSeconds, std::optional<qint64>(value));
    QCOMPARE(pod.spec.containers[0].ports[0].containerPort, std::optional<qint64>(value));
    const auto &probe = pod.spec.containers[0].livenessProbe;
    QVERIFY(probe && probe->httpGet);
    QCOMPARE(probe->httpGet->port.text, QString::number(value));
    QVERIFY(probe->httpGet->port.isInt);
}

void TestPodReader::quantitiesAsKubectlSendsThem_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QString>("quantity");
    // A plain YAML integer is a number before it is a quantity: go-yaml reads 010 as octal 8
    // and 0x10 as 16, and the API server parses the JSON number it receives.
    QTest::newRow("decimal") << QByteArray("2") << "2";
    QTest::newRow("octal") << QByteArray("010") << "8";
    QTest::newRow("hex") << QByteArray("0x10") << "16";
    QTest::newRow("underscores") << QByteArray("1_000") << "1000";
    QTest::newRow("float kept as written") << QByteArray("0.5") << "0.5";
    QTest::newRow("quoted octal is text") << QByteArray("\"010\"") << "010";
    QTest::newRow("suffixed") << QByteArray("128Mi") << "128Mi";
}

void TestPodReader::quantitiesAsKubectlSendsThem()
{
    QFETCH(QByteArray, written);
    QFETCH(QString, quantity);
    const LoadResult r = loadManifest("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n"
                                      "  - name: a\n    resources: {limits: {memory: "
                                      + written + "}}\n");
    QVERIFY(r.parsed);
    QVERIFY(r.diagnostics.empty());
    const Container &c = r.manifest.resources[0].pod.spec.containers[0];
    QCOMPARE(stringMapValue(c.resources.limits, QStringLiteral("memory")), quantity);
}

void TestPodReader::emptyAndCommentOnly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("\n\n   \n");
    QTest::newRow("comments only") << QByteArray("# nothing here\n# at all\n");
    QTest::newRow("separators only") << QByteArray("---\n---\n");
}

void TestPodReader::emptyAndCommentOnly()
{
    QFETCH(QByteArray, text);
    const LoadResult r = loadManifest(text);
    QVERIFY(r.parsed);
    QVERIFY(r.manifest.resources.empty());
    QCOMPARE(r.diagnostics.size(), std::size_t(1));
    QCOMPARE(r.diagnostics[0].ruleId, QStringLiteral("manifest-empty"));
    QCOMPARE(r.diagnostics[0].message, QStringLiteral("the file contains no Kubernetes objects"));
    QCOMPARE(r.diagnostics[0].severity, Severity::Error);
}

void TestPodReader::missingKind()
{
    const LoadResult r = loadManifest("apiVersion: v1\nmetadata: {name: x}\n");
    QVERIFY(r.parsed);
    QCOMPARE(r.manifest.resources.size(), std::size_t(1));
    QCOMPARE(int(r.manifest.resources[0].kind), int(ManifestResource::Kind::Other));
    QVERIFY(findRule(r.diagnostics, QStringLiteral("kind-missing")));
}

void TestPodReader::missingApiVersionIsNotInvented()
{
    const LoadResult r = loadManifest(
        "kind: Pod\nmetadata: {name: x}\nspec:\n  containers: [{name: a, image: b}]\n");
    QVERIFY(r.parsed);
    QCOMPARE(r.manifest.resources.at(0).pod.apiVersion, QString());
    QCOMPARE(
        writeManifest(r.manifest),
        QByteArray(
            "kind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: b\n"));
}

void TestPodReader::apiVersionIsCheckedAsKubectlDoes_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("ruleId"); // empty: no apiVersion finding
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray pod = "metadata: {name: x}\nspec:\n  containers: [{name: a, image: b}]\n";
    const QByteArray workload = "metadata: {name: x}\nspec:\n  template:\n    spec:\n"
                                "      containers: [{name: a, image: b}]\n";
    // kubectl's schema validation: "error validating data: apiVersion not set".
    QTest::newRow("Pod without apiVersion") << "kind: Pod\n" + pod << "api-version-missing"
                                            << "apiVersion not set" << 1 << 1;
    QTest::newRow("Service without apiVersion")
        << QByteArray("kind: Service\nmetadata: {name: x}\n") << "api-version-missing"
        << "apiVersion not set" << 1 << 1;
    QTest::newRow("List item without apiVersion")
        << QByteArray("apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: x}\n")
        << "api-version-missing"
        << "apiVersion not set" << 4 << 3;
    // kubectl's REST mapping: 'no matches for kind "Pod" in version "v2"'.
    QTest::newRow("Pod in v2") << "apiVersion: v2\nkind: Pod\n" + pod << "api-version-unknown"
                               << "no matches for kind \"Pod\" in version \"v2\"" << 1 << 13;
    QTest::newRow("Deployment in v1")
        << "apiVersion: v1\nkind: Deployment\n" + workload << "api-version-unknown"
        << "no matches for kind \"Deployment\" in version \"v1\"" << 1 << 13;
    QTest::newRow("Deployment in the removed extensions/v1beta1")
        << "apiVersion: extensions/v1beta1\nkind: Deployment\n" + workload << "api-version-unknown"
        << "no matches for kind \"Deployment\" in version \"extensions/v1beta1\"" << 1 << 13;
    QTest::newRow("CronJob in the removed batch/v1beta1")
        << QByteArray("apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: x}\nspec:\n"
                      "  schedule: '* * * * *'\n  jobTemplate:\n    spec:\n      template:\n"
                      "        spec:\n          restartPolicy: Never\n"
                      "          containers: [{name: a, image: b}]\n")
        << "api-version-unknown"
        << "no matches for kind \"CronJob\" in version \"batch/v1beta1\"" << 1 << 13;
    QTest::newRow("Pod in v1") << "apiVersion: v1\nkind: Pod\n" + pod << QString() << QString() << 0
                               << 0;
    QTest::newRow("Deployment in apps/v1")
        << "apiVersion: apps/v1\nkind: Deployment\n" + workload << QString() << QString() << 0 << 0;
    QTest::newRow("Job in batch/v1")
        << "apiVersion: batch/v1\nkind: Job\n" + workload << QString() << QString() << 0 << 0;
    QTest::newRow("ReplicationController in v1")
        << "apiVersion: v1\nkind: ReplicationController\n" + workload << QString() << QString() << 0
        << 0;
    // Kinds Podwright does not model may live in any group (custom resources).
    QTest::newRow("custom resource")
        << QByteArray("apiVersion: example.com/v1alpha1\nkind: Widget\n"
                      "metadata: {name: x}\n")
        << QString() << QString() << 0 << 0;
}

void TestPodReader::apiVersionIsCheckedAsKubectlDoes()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, ruleId);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);

    const LoadResult r = loadManifest(yaml);
    QVERIFY(r.parsed);
    const ValidationFinding *missing
        = findRule(r.diagnostics, QStringLiteral("api-version-missing"));
    const ValidationFinding *unknown
        = findRule(r.diagnostics, QStringLiteral("api-version-unknown"));
    if (ruleId.isEmpty()) {
        QVERIFY2(!missing, missing ? qPrintable(missing->summary()) : "");
        QVERIFY2(!unknown, unknown ? qPrintable(unknown->summary()) : "");
        return;
    }
    const ValidationFinding *f = findRule(r.diagnostics, ruleId);
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Error);
    QCOMPARE(f->message, message);
    QVERIFY(f->path.endsWith(QStringLiteral("apiVersion")));
    QCOMPARE(f->pos.line, line);
    QCOMPARE(f->pos.column, column);
    QVERIFY(!f->explanation.isEmpty());
    // The pod is still read, so that the designer shows it and can fix it.
    if (yaml.contains("kind: Pod\n") && !yaml.contains("List"))
        QCOMPARE(int(r.manifest.resources.at(0).kind), int(ManifestResource::Kind::Pod));
}

void TestPodReader::syntaxErrorMeansNotParsed()
{
    const LoadResult r = loadManifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: [web\n");
    QVERIFY(!r.parsed);
    QVERIFY(r.manifest.resources.empty());
    QCOMPARE(r.diagnostics.size(), std::size_t(1));
    QCOMPARE(r.diagnostics[0].ruleId, QStringLiteral("yaml-syntax"));
    QVERIFY(r.diagnostics[0].pos.isValid());
}

QTEST_GUILESS_MAIN(TestPodReader)
#include "tst_podreader.moc"
