// Every template is a valid pod: it loads without import problems and validates without errors.
#include "manifestio.h"
#include "templatecatalog.h"
#include "validator.h"

#include <QTest>

using namespace podwright;
using namespace podwright::gui;

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueHasThePatterns()
    {
        QStringList ids;
        for (const PodTemplate &t : podTemplates()) {
            ids << t.id;
            QVERIFY(!t.title.isEmpty());
            QVERIFY(!t.description.isEmpty());
        }
        QCOMPARE(ids,
                 QStringList({ "single-container", "web-log-sidecar", "init-content", "adapter",
                               "ambassador" }));
    }

    void validPod_data()
    {
        QTest::addColumn<QString>("id");
        for (const PodTemplate &t : podTemplates())
            QTest::newRow(qPrintable(t.id)) << t.id;
    }

    void validPod()
    {
        QFETCH(QString, id);
        const PodTemplate *t = findPodTemplate(id);
        QVERIFY(t);
        const LoadResult loaded = loadManifest(t->text());
        QVERIFY(loaded.parsed);
        for (const ValidationFinding &f : loaded.diagnostics)
            QVERIFY2(f.severity != Severity::Error, qPrintable(f.summary()));
        QCOMPARE(loaded.manifest.podResourceIndices().size(), std::size_t(1));
        const Findings findings = validateManifest(loaded.manifest);
        QStringList problems;
        for (const ValidationFinding &f : findings)
            // Errors never; warnings only where Podman runs a pod differently from a cluster
            // (probes without systemd, CPU requests, init-container delay), which the
            // learner is told about in the Problems list.
            if (f.severity == Severity::Error
                || (f.severity == Severity::Warning
                    && !f.ruleId.startsWith(QLatin1String("podman-"))))
                problems << severityName(f.severity) + QStringLiteral(": ") + f.summary();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Pinned images that Podman can pull, and no image pulled on every start.
        const Pod &pod = loaded.manifest.resources.front().pod;
        for (const auto *list : { &pod.spec.initContainers, &pod.spec.containers })
            for (const Container &c : *list) {
                QVERIFY2(c.image.startsWith(QLatin1String("docker.io/library/")),
                         qPrintable(c.image));
                QCOMPARE(c.imagePullPolicy, QStringLiteral("IfNotPresent"));
                QVERIFY(!c.resources.limits.empty());
            }
        // The learner sees the template exactly as written, its teaching comments included:
        // the file is in canonical form, and a comment opens it.
        QCOMPARE(QString::fromUtf8(writeManifest(loaded.manifest)), QString::fromUtf8(t->text()));
        QVERIFY2(t->text().startsWith("# "), qPrintable(id));
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
