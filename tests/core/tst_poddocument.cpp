// PodDocument's cached read-back of its export: the YAML pane and the validation share one parse
// of text(), so its positions must be those of text() and follow every change.
#include "manifestio.h"
#include "poddocument.h"

#include <QTest>

using namespace podwright;

namespace {

Pod podNamed(const QString &name)
{
    Pod pod;
    pod.metadata.name = name;
    Container web;
    web.name = QStringLiteral("web");
    web.image = QStringLiteral("docker.io/library/nginx:1.25");
    pod.spec.containers.push_back(web);
    return pod;
}

/// The line of `needle` in `text`, 1-based, 0 when absent.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : static_cast<int>(text.left(at).count('\n')) + 1;
}

} // namespace

class TestPodDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reloadedIsTheExportReadBack()
    {
        PodDocument document;
        Manifest manifest;
        manifest.appendPod(podNamed(QStringLiteral("web")));
        document.setManifest(manifest);

        const LoadResult &reloaded = document.reloaded();
        QVERIFY(reloaded.parsed);
        QCOMPARE(reloaded.manifest.resources.size(), std::size_t(1));
        QCOMPARE(reloaded.manifest.resources[0].pod.metadata.name, QStringLiteral("web"));
        // Positions point into text(), the lines the YAML pane shows.
        const ManifestResource &resource = reloaded.manifest.resources[0];
        const SourcePos image
            = lookupPosition(resource.positions,
                             resource.podPathPrefix() + QStringLiteral("spec.containers[0].image"));
        QCOMPARE(image.line, lineOf(document.text(), "image:"));
        // The same as parsing the export again, which is what it saves.
        const LoadResult fresh = loadManifest(document.text());
        QCOMPARE(reloaded.diagnostics.size(), fresh.diagnostics.size());
        QCOMPARE(writeManifest(reloaded.manifest), writeManifest(fresh.manifest));
    }

    void reloadedFollowsEveryChange()
    {
        PodDocument document;
        Manifest manifest;
        manifest.appendPod(podNamed(QStringLiteral("web")));
        document.setManifest(manifest);
        QCOMPARE(&document.reloaded(), &document.reloaded()); // cached, not rebuilt per call
        QCOMPARE(document.reloaded().manifest.resources[0].pod.metadata.name,
                 QStringLiteral("web"));

        Pod renamed = podNamed(QStringLiteral("api"));
        renamed.spec.containers.push_back(renamed.spec.containers.front());
        renamed.spec.containers.back().name = QStringLiteral("sidecar");
        document.setPod(0, renamed);
        const LoadResult &after = document.reloaded();
        QCOMPARE(after.manifest.resources[0].pod.metadata.name, QStringLiteral("api"));
        QCOMPARE(after.manifest.resources[0].pod.spec.containers.size(), std::size_t(2));
        const ManifestResource &resource = after.manifest.resources[0];
        const SourcePos second
            = lookupPosition(resource.positions,
                             resource.podPathPrefix() + QStringLiteral("spec.containers[1].name"));
        QCOMPARE(second.line, lineOf(document.text(), "name: sidecar"));

        document.removeResource(0);
        QVERIFY(document.reloaded().manifest.resources.empty());
    }

    void findingsComeFromTheReadBack()
    {
        PodDocument document;
        Manifest manifest;
        Pod pod = podNamed(QStringLiteral("web"));
        pod.spec.containers[0].image.clear(); // the API server requires an image
        manifest.appendPod(pod);
        document.setManifest(manifest);
        const Findings &findings = document.findings();
        QVERIFY(!findings.empty());
        for (const ValidationFinding &f : findings) {
            if (f.pos.isValid())
                QVERIFY2(f.pos.line <= document.text().count('\n') + 1, qPrintable(f.summary()));
        }
    }

    void aWrongTypedValueIsOneFinding()
    {
        // The designer validates its export read back: the raw "http" kept in the port's extra
        // is written out and read again, and must not also count as a missing containerPort.
        const LoadResult loaded
            = loadManifest("apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web}}\n"
                           "spec:\n  containers:\n  - name: web\n    image: nginx:1.25\n"
                           "    ports:\n    - containerPort: \"http\"\n");
        QVERIFY(loaded.parsed);
        PodDocument document;
        document.setManifest(loaded.manifest);
        QStringList errors;
        for (const ValidationFinding &f : document.findings()) {
            if (f.severity == Severity::Error)
                errors << f.ruleId + QLatin1Char(' ') + f.path;
        }
        QCOMPARE(
            errors,
            QStringList { QStringLiteral("wrong-type spec.containers[0].ports[0].containerPort") });
    }

    void anEmptyDocumentIsAStartNotAnError()
    {
        // The designer starts empty: that is a hint saying what to do, while the same empty
        // text on its own (podwright validate, kubectl) stays an error.
        PodDocument document;
        const Findings &findings = document.findings();
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].ruleId, QStringLiteral("manifest-empty"));
        QCOMPARE(findings[0].severity, Severity::Hint);
        QVERIFY2(findings[0].message.contains(QLatin1String("add a Pod")),
                 qPrintable(findings[0].message));
        const LoadResult alone = loadManifest(document.text());
        QCOMPARE(alone.diagnostics.size(), std::size_t(1));
        QCOMPARE(alone.diagnostics[0].severity, Severity::Error);

        Manifest manifest;
        manifest.appendPod(podNamed(QStringLiteral("web")));
        document.setManifest(manifest);
        for (const ValidationFinding &f : document.findings())
            QVERIFY2(f.ruleId != QLatin1String("manifest-empty"), qPrintable(f.summary()));
    }
};

QTEST_GUILESS_MAIN(TestPodDocument)
#include "tst_poddocument.moc"
