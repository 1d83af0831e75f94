// Comments are model data: the canvas' edits (through the real PodDocument, EditPodCommand
// and undo stack) keep each comment with its container, and undo brings back the comments
// of what it restores.
#include "canvasedits.h"
#include "manifestio.h"
#include "podcommands.h"
#include "poddocument.h"

#include <QTest>
#include <QUndoStack>

using namespace podwright;
using namespace podwright::gui;

namespace {

const char Commented[] = R"(# A pod for the tutorial
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  # serves the page
  - name: web
    image: nginx:1.25 # pinned
  # ships the logs
  - name: shipper
    image: busybox:1.36
)";

const auto App = ElementRef::Lane::App;

} // namespace

class TestCommentEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<PodDocument>();
        m_stack = std::make_unique<QUndoStack>();
        const LoadResult loaded = loadManifest(Commented);
        QVERIFY(loaded.parsed);
        m_document->setManifest(loaded.manifest);
        QCOMPARE(m_document->text(), QByteArray(Commented));
    }

    void survivesRenamingAnotherContainer()
    {
        QVERIFY(edit([](Pod &pod) { pod.spec.containers[0].name = QStringLiteral("server"); }));
        const QByteArray text = m_document->text();
        QVERIFY2(text.contains("  # serves the page\n  - name: server\n    image: nginx:1.25 "
                               "# pinned\n  # ships the logs\n  - name: shipper\n"),
                 text.constData());
        m_stack->undo();
        QCOMPARE(m_document->text(), QByteArray(Commented));
    }

    void survivesReorderingContainers()
    {
        QVERIFY(edit([](Pod &pod) { shiftContainer(pod, ElementRef::container(0, App, 1), -1); }));
        QVERIFY2(m_document->text().contains("  containers:\n  # ships the logs\n"
                                             "  - name: shipper\n    image: busybox:1.36\n"
                                             "  # serves the page\n  - name: web\n"),
                 m_document->text().constData());
        m_stack->undo();
        QCOMPARE(m_document->text(), QByteArray(Commented));
    }

    void comesBackWithItsContainerOnUndo()
    {
        QVERIFY(edit([](Pod &pod) { removeElement(pod, ElementRef::container(0, App, 1)); }));
        QVERIFY(!m_document->text().contains("ships the logs"));
        // Not written (the findings' lines are those of the text without it), yet kept.
        QCOMPARE(m_document->reloaded().manifest.resources.front().comments.size(), std::size_t(3));
        QCOMPARE(m_document->manifest().resources.front().comments.size(), std::size_t(4));
        m_stack->undo();
        QCOMPARE(m_document->text(), QByteArray(Commented));
        m_stack->redo();
        QVERIFY(!m_document->text().contains("ships the logs"));
    }

    void followsItsContainerToTheInitLane()
    {
        QVERIFY(edit([](Pod &pod) {
            placeContainer(pod, ElementRef::container(0, App, 1), CanvasLane::Init);
        }));
        QVERIFY2(m_document->text().contains("  initContainers:\n  # ships the logs\n"
                                             "  - name: shipper\n"),
                 m_document->text().constData());
        m_stack->undo();
        QCOMPARE(m_document->text(), QByteArray(Commented));
    }

    void followsItsOwnContainersNewName()
    {
        QVERIFY(edit([](Pod &pod) { pod.spec.containers[1].name = QStringLiteral("logs"); }));
        QVERIFY2(m_document->text().contains("  # ships the logs\n  - name: logs\n"),
                 m_document->text().constData());
        m_stack->undo();
        QCOMPARE(m_document->text(), QByteArray(Commented));
    }

    void survivesADuplicateName()
    {
        // A learner's slip: the second container renamed to the first's name. Both are then
        // known by position; each keeps its comment, and undo gives the names back.
        QVERIFY(edit([](Pod &pod) { pod.spec.containers[1].name = QStringLiteral("web"); }));
        const QByteArray text = m_document->text();
        QVERIFY2(text.contains("  # serves the page\n  - name: web\n    image: nginx:1.25 "
                               "# pinned\n  # ships the logs\n  - name: web\n"),
                 text.constData());
        m_stack->undo();
        QCOMPARE(m_document->text(), QByteArray(Commented));
        m_stack->redo();
        QCOMPARE(m_document->text(), text);
    }

    void followsItsContainerInsideAWorkload()
    {
        const LoadResult loaded = loadManifest(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n"
            "  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n"
            "      labels:\n        app: api\n    spec:\n      containers:\n"
            "      # the API server\n      - name: api\n        image: example/api:1.0\n");
        QVERIFY(loaded.parsed);
        m_document->setManifest(loaded.manifest);
        QVERIFY(edit([](Pod &pod) { pod.spec.containers[0].name = QStringLiteral("server"); }));
        QVERIFY(edit([](Pod &pod) { addContainer(pod, 0, CanvasLane::App, 0); }));
        QVERIFY2(m_document->text().contains("      # the API server\n      - name: server\n"),
                 m_document->text().constData());
    }

    void followsRenamedPortsEnvVarsAndMounts()
    {
        const QByteArray text = R"(apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    ports:
    # what the browser reaches
    - name: http
      containerPort: 80
    env:
    - name: LEVEL # quiet by default
      value: warn
    volumeMounts:
    # nginx writes its access log here
    - name: logs
      mountPath: /var/log/nginx
  volumes:
  - name: logs # shared with the shipper
    emptyDir: {}
)";
        const LoadResult loaded = loadManifest(text);
        QVERIFY(loaded.parsed);
        m_document->setManifest(loaded.manifest);
        QCOMPARE(m_document->text(), text);

        // The container renamed along with its port and env var in one edit, then the volume
        // (which renames its mount) in another.
        QVERIFY(edit([](Pod &pod) {
            Container &c = pod.spec.containers[0];
            c.name = QStringLiteral("server");
            c.ports[0].name = QStringLiteral("web");
            c.env[0].name = QStringLiteral("LOG_LEVEL");
        }));
        QVERIFY(edit([](Pod &pod) {
            pod.spec.volumes[0].name = QStringLiteral("access-log");
            pod.spec.containers[0].volumeMounts[0].name = QStringLiteral("access-log");
        }));
        QByteArray expected = text;
        expected.replace("- name: web\n    image", "- name: server\n    image")
            .replace("- name: http", "- name: web")
            .replace("- name: LEVEL", "- name: LOG_LEVEL")
            .replace("- name: logs", "- name: access-log");
        QCOMPARE(m_document->text(), expected);
        QCOMPARE(countCommentLinesLeftOut(m_document->manifest()), 0);

        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_document->text(), text);

        // A port moved to another place is not a rename: its comment goes with it.
        QVERIFY(edit([](Pod &pod) {
            Container &c = pod.spec.containers[0];
            ContainerPort metrics;
            metrics.name = QStringLiteral("metrics");
            metrics.containerPort = 9100;
            c.ports.insert(c.ports.begin(), metrics);
        }));
        QVERIFY2(m_document->text().contains("    - name: metrics\n      containerPort: 9100\n"
                                             "    # what the browser reaches\n"
                                             "    - name: http\n"),
                 m_document->text().constData());
    }

private:
    bool edit(const std::function<void(Pod &)> &change)
    {
        return pushPodEdit(m_stack.get(), m_document.get(), 0, change, QStringLiteral("Edit"));
    }

    std::unique_ptr<PodDocument> m_document;
    std::unique_ptr<QUndoStack> m_stack;
};

QTEST_MAIN(TestCommentEdits)
#include "tst_commentedits.moc"
