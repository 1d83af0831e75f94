// RunPlan::yamlForPodman: the grace period rides along as a pod label, the rest of the YAML
// is sent as written.
#include "runtime/runplan.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace podwright;

namespace {

QString labelOf(const QByteArray &yaml, const std::string &key)
{
    for (const YAML::Node &doc : YAML::LoadAll(yaml.toStdString())) {
        if (doc["kind"] && doc["kind"].Scalar() == "Pod") {
            const YAML::Node label = doc["metadata"]["labels"][key];
            return label ? QString::fromStdString(label.Scalar()) : QString();
        }
    }
    return {};
}

} // namespace

class TestRunPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graceLabelIsAdded_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("grace"); ///< expected label, empty: YAML sent unchanged
        QTest::addColumn<QString>("keptLabel"); ///< app label still there

        const QByteArray spec = "spec:\n  containers:\n  - name: c\n    image: busybox\n";
        QTest::newRow("no-labels") << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: "
                                                 "p\nspec:\n  terminationGracePeriodSeconds: 3\n"
                                                 "  containers:\n  - name: c\n    image: b\n")
                                   << QStringLiteral("3") << QString();
        QTest::newRow("existing-labels")
            << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n    name: p\n    labels:\n"
                          "        app: web\n")
                + spec
            << QStringLiteral("30") << QStringLiteral("web");
        QTest::newRow("configmap-first")
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: "
                          "'1.0'\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  "
                          "labels:\n    app: web\n")
                + spec
            << QStringLiteral("30") << QStringLiteral("web");
        QTest::newRow("flow-labels-unchanged")
            << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: "
                          "web}\n")
                + spec
            << QString() << QStringLiteral("web");
    }

    void graceLabelIsAdded()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, grace);
        QFETCH(QString, keptLabel);
        QString error;
        const std::optional<RunPlan> plan = RunPlan::fromYaml(yaml, &error);
        QVERIFY2(plan, qPrintable(error));
        const QByteArray sent = plan->yamlForPodman();
        QCOMPARE(labelOf(sent, RunPlan::kGraceLabel), grace);
        if (grace.isEmpty())
            QCOMPARE(sent, yaml);
        if (!keptLabel.isEmpty())
            QCOMPARE(labelOf(sent, "app"), keptLabel);
        // Everything else is untouched: quoted scalars stay quoted for Podman.
        QCOMPARE(sent.count("'1.0'"), yaml.count("'1.0'"));
        QCOMPARE(RunPlan::fromYaml(sent, &error)->podName, plan->podName);
    }
};

QTEST_GUILESS_MAIN(TestRunPlan)
#include "tst_runplan.moc"
