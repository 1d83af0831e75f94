// The inspector from the keyboard alone: tab order follows the form, label mnemonics reach
// their fields, Insert and Delete edit the tables; and the form follows the selection when an
// undo removes what it showed.

#include "containerform.h"
#include "envtableeditor.h"
#include "inspectorfixture.h"
#include "inspectorform.h"
#include "podform.h"

#include <QComboBox>

using namespace podwright;
using namespace podwright::gui;
using namespace podwright::gui::testing;

class TestInspectorKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tabOrderFollowsForm();
    void mnemonicFocusesField_data();
    void mnemonicFocusesField();
    void insertKeyAddsRow();
    void ctrlZInFieldUndoesSharedHistory();
    void undoOfAddedPortFallsBackToContainer();
    void tableEditInProgressSurvivesExternalChange();
};

void TestInspectorKeyboard::tabOrderFollowsForm()
{
    InspectorFixture f;
    f.selectApp();
    ContainerForm *form = f.inspector->containerForm();
    form->nameEdit()->setFocus();
    QTest::keyClick(form->nameEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->imageEdit());
    QTest::keyClick(form->imageEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->pullPolicyCombo());
    // Typing a word then tabbing on: the edit is in the model and one undo step.
    form->nameEdit()->setFocus();
    QTest::keyClick(form->nameEdit(), Qt::Key_End);
    QTest::keyClicks(form->nameEdit(), QStringLiteral("-2"));
    QTest::keyClick(form->nameEdit(), Qt::Key_Tab);
    QCOMPARE(f.app().name, QStringLiteral("web-2"));
    QCOMPARE(f.stack.count(), 1);
}

void TestInspectorKeyboard::mnemonicFocusesField_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("objectName");
    QTest::newRow("Alt+N name") << int(Qt::Key_N) << "containerName";
    QTest::newRow("Alt+I image") << int(Qt::Key_I) << "containerImage";
    QTest::newRow("Alt+C CPU request") << int(Qt::Key_C) << "requests.cpu";
}

void TestInspectorKeyboard::mnemonicFocusesField()
{
    QFETCH(int, key);
    QFETCH(QString, objectName);
    InspectorFixture f;
    f.selectApp();
    ContainerForm *form = f.inspector->containerForm();
    form->pullPolicyCombo()->setFocus();
    QTest::keyClick(form->pullPolicyCombo(), Qt::Key(key), Qt::AltModifier);
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), objectName);
}

void TestInspectorKeyboard::insertKeyAddsRow()
{
    InspectorFixture f;
    f.selectApp();
    EnvTableEditor *env = f.inspector->containerForm()->envEditor();
    env->table()->setFocus();
    QTest::keyClick(env->table(), Qt::Key_Insert);
    QCOMPARE(f.app().env.size(), std::size_t(1));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("PORT"));
    commitWithReturn(editor);
    QCOMPARE(f.app().env[0].name, QStringLiteral("PORT"));
    env->table()->setFocus();
    QTest::keyClick(env->table(), Qt::Key_Delete);
    QVERIFY(f.app().env.empty());
    QCOMPARE(f.stack.count(), 3);
}

void TestInspectorKeyboard::ctrlZInFieldUndoesSharedHistory()
{
    InspectorFixture f;
    f.selectApp();
    // An edit made elsewhere first (the canvas), then typing in the inspector.
    pushPodEdit(
        &f.stack, &f.document, 0,
        [](Pod &p) { p.spec.containers[0].image = QStringLiteral("httpd:2.4"); },
        QStringLiteral("canvas edit"));
    QLineEdit *name = f.inspector->containerForm()->nameEdit();
    retype(name, QStringLiteral("api"));
    QCOMPARE(f.stack.count(), 2);
    QTest::keySequence(name, QKeySequence::Undo);
    QCOMPARE(f.app().name, QStringLiteral("web"));
    QCOMPARE(name->text(), QStringLiteral("web"));
    QTest::keySequence(name, QKeySequence::Undo); // and on, into the canvas' edit
    QCOMPARE(f.app().image, QStringLiteral("docker.io/library/nginx:1.25"));
    QTest::keySequence(name, QKeySequence::Redo);
    QTest::keySequence(name, QKeySequence::Redo);
    QCOMPARE(f.app().name, QStringLiteral("api"));
    QCOMPARE(name->text(), QStringLiteral("api"));
}

void TestInspectorKeyboard::undoOfAddedPortFallsBackToContainer()
{
    InspectorFixture f;
    pushPodEdit(
        &f.stack, &f.document, 0,
        [](Pod &p) {
            ContainerPort port;
            port.containerPort = 9000;
            p.spec.containers[0].ports.push_back(port);
        },
        QStringLiteral("add port"));
    f.select(ElementRef::port(0, ElementRef::Lane::App, 0, 1));
    QCOMPARE(f.inspector->currentForm()->objectName(), QStringLiteral("portForm"));
    f.stack.undo();
    QVERIFY(f.inspector->currentForm());
    QCOMPARE(f.inspector->currentForm()->objectName(), QStringLiteral("containerForm"));
    QCOMPARE(f.inspector->containerForm()->nameEdit()->text(), QStringLiteral("web"));
}

void TestInspectorKeyboard::tableEditInProgressSurvivesExternalChange()
{
    Pod pod = samplePod();
    EnvVar var;
    var.name = QStringLiteral("MODE");
    var.value = QStringLiteral("dev");
    pod.spec.containers[0].env.push_back(var);
    InspectorFixture f(pod);
    f.selectApp();
    EnvTableEditor *env = f.inspector->containerForm()->envEditor();
    env->table()->setFocus();
    env->table()->setCurrentCell(0, EnvTableEditor::Value);
    env->table()->editItem(env->table()->item(0, EnvTableEditor::Value));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("prod"));
    // Another view changes the same container meanwhile; the open cell editor is untouched.
    pushPodEdit(
        &f.stack, &f.document, 0,
        [](Pod &p) { p.spec.containers[0].image = QStringLiteral("httpd:2.4"); },
        QStringLiteral("canvas edit"));
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), QStringLiteral("prod"));
    commitWithReturn(editor);
    QCOMPARE(f.app().env[0].value, std::optional<QString>(QStringLiteral("prod")));
    QCOMPARE(f.app().image, QStringLiteral("httpd:2.4"));
}

QTEST_MAIN(TestInspectorKeyboard)
#include "tst_inspectorkeyboard.moc"
