// Lists and maps holding an entry of the wrong type: the reader keeps such a field raw (the
// typed list stays empty), so an edit from the canvas or the inspector that adds to it must not
// drop the raw entries. It is refused with a message; other edits of the element still work.

#include "canvascontroller.h"
#include "canvasedits.h"
#include "containerform.h"
#include "envtableeditor.h"
#include "fieldmessage.h"
#include "inspectorfixture.h"
#include "keyvaluetableeditor.h"
#include "manifestio.h"
#include "podform.h"
#include "podview.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace podwright;
using namespace podwright::gui;
using namespace podwright::gui::testing;

namespace {

const char *const WrongTypedYaml = R"(apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
    tier: 1
spec:
  containers:
  - name: web
    image: 5
    ports:
    - containerPort: 80
    - "8080"
    env:
    - name: MODE
      value: prod
    - 42
)";

Pod wrongTypedPod()
{
    const LoadResult loaded = loadManifest(WrongTypedYaml);
    if (!loaded.parsed || loaded.manifest.resources.empty())
        qFatal("the test YAML does not load");
    return loaded.manifest.resources.front().pod;
}

void click(QPushButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

/// The raw entries, as the export writes them.
void verifyRawEntriesKept(const PodDocument &document)
{
    const QByteArray yaml = writeManifest(document.manifest());
    QVERIFY2(yaml.contains("- \"8080\""), yaml.constData());
    QVERIFY2(yaml.contains("- containerPort: 80"), yaml.constData());
    QVERIFY2(yaml.contains("tier: 1"), yaml.constData());
    QVERIFY2(yaml.contains("- 42"), yaml.constData());
}

} // namespace

class TestRawListEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canvasAddPortIsRefused()
    {
        PodDocument document;
        QUndoStack stack;
        SelectionModel selection(&document);
        Manifest manifest;
        manifest.appendPod(wrongTypedPod());
        document.setManifest(manifest);
        PodView view(&document, &stack, &selection);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.setCurrent(ElementRef::container(0, ElementRef::Lane::App, 0));
        QSignalSpy notices(view.controller(), &CanvasController::notice);

        view.addPart(PartKind::Port);

        QCOMPARE(stack.count(), 0);
        QCOMPARE(notices.count(), 1);
        QVERIFY(notices.front().front().toString().contains(
            QStringLiteral("spec.containers[0].ports")));
        verifyRawEntriesKept(document);
    }

    void inspectorAddIsRefused_data()
    {
        QTest::addColumn<QString>("list");
        QTest::newRow("labels with a number value") << "labels";
        QTest::newRow("ports with a string entry") << "ports";
        QTest::newRow("env with a number entry") << "env";
    }

    void inspectorAddIsRefused()
    {
        QFETCH(QString, list);
        InspectorFixture f(wrongTypedPod());
        QPushButton *add = nullptr;
        TableEditor *table = nullptr;
        if (list == QLatin1String("labels")) {
            f.select(ElementRef::pod(0));
            table = f.inspector->podForm()->labelsEditor();
        } else {
            f.selectApp();
            table = list == QLatin1String("ports")
                ? f.inspector->containerForm()->portsEditor()
                : static_cast<TableEditor *>(f.inspector->containerForm()->envEditor());
        }
        add = table->addButton();
        // Before any edit, the message under the empty table already says why it is empty.
        InspectorForm *form = f.inspector->currentForm();
        FieldMessage *message = form->messageFor(
            list == QLatin1String("labels") ? QStringLiteral("metadata.labels") : list);
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("must be")), qPrintable(message->text()));
        QSignalSpy notices(f.inspector.get(), &InspectorWidget::notice);

        click(add);
        QCoreApplication::processEvents();

        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(notices.count(), 1);
        QVERIFY(notices.front().front().toString().contains(list));
        // The table shows the model again, not a row that was never added.
        QTRY_COMPARE(table->table()->rowCount(), 0);
        verifyRawEntriesKept(f.document);
    }

    void otherEditsOfTheElementStillWork()
    {
        InspectorFixture f(wrongTypedPod());
        f.selectApp();
        QSignalSpy notices(f.inspector.get(), &InspectorWidget::notice);
        // The image had the wrong type too: typing a new one is how the user fixes it.
        retype(f.inspector->containerForm()->imageEdit(), QStringLiteral("nginx:1.25"));
        retype(f.inspector->containerForm()->nameEdit(), QStringLiteral("front"));
        QCOMPARE(f.app().image, QStringLiteral("nginx:1.25"));
        QCOMPARE(f.app().name, QStringLiteral("front"));
        QCOMPARE(notices.count(), 0);
        verifyRawEntriesKept(f.document);
    }
};

QTEST_MAIN(TestRawListEdits)
#include "tst_rawlistedits.moc"
