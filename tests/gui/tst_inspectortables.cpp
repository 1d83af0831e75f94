// The inspector's in-place list editors (env, ports, mounts, labels, args, volume items) and the
// volume, port and mount forms: each table edit is one undo command on the live model.

#include "containerform.h"
#include "envtableeditor.h"
#include "fieldmessage.h"
#include "inspectorfixture.h"
#include "keyvaluetableeditor.h"
#include "mountform.h"
#include "optionalintedit.h"
#include "podform.h"
#include "portform.h"
#include "volumeform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>

using namespace podwright;
using namespace podwright::gui;
using namespace podwright::gui::testing;

namespace {

QComboBox *cellCombo(TableEditor *editor, int row, int column)
{
    return qobject_cast<QComboBox *>(editor->table()->cellWidget(row, column));
}

void click(QPushButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

} // namespace

class TestInspectorTables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addEnvVarInTable();
    void envSourceKinds_data();
    void envSourceKinds();
    void envFindingMarksKeyCell();
    void deleteKeyRemovesRow();
    void addPortAndEditIt();
    void addedPortIsFreeAcrossThePod();
    void invalidPortShowsMessageUnderTable();
    void addMount();
    void readOnlyCheckCell();
    void labelsTable();
    void argsList();
    void listRowsMoveUpAndDown();
    void changeVolumeSourceKind_data();
    void changeVolumeSourceKind();
    void renameVolumeKeepsMounts();
    void configMapItemsTable();
    void hostPathFields();
    void portForm();
    void mountFormPicksVolume();
};

void TestInspectorTables::addEnvVarInTable()
{
    InspectorFixture f;
    f.selectApp();
    EnvTableEditor *env = f.inspector->containerForm()->envEditor();
    click(env->addButton());
    QCOMPARE(f.app().env.size(), std::size_t(1));
    QCOMPARE(f.stack.count(), 1);
    // Add opens the new row's name for typing.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("GREETING"));
    commitWithReturn(editor);
    QCOMPARE(f.app().env[0].name, QStringLiteral("GREETING"));
    QVERIFY(typeIntoCell(env, 0, EnvTableEditor::Value, QStringLiteral("hello")));
    QCOMPARE(f.app().env[0].value, std::optional<QString>(QStringLiteral("hello")));
    QCOMPARE(f.stack.count(), 3);
    QVERIFY(f.document.text().contains("value: hello"));
    f.stack.undo();
    QCOMPARE(env->cellText(0, EnvTableEditor::Value), QString());
}

void TestInspectorTables::envSourceKinds_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("valueField");
    QTest::addColumn<bool>("hasKey");
    QTest::newRow("fieldRef") << 1 << "fieldRef"
                              << "fieldPath" << false;
    QTest::newRow("resourceFieldRef") << 2 << "resourceFieldRef"
                                      << "resource" << false;
    QTest::newRow("configMapKeyRef") << 3 << "configMapKeyRef"
                                     << "name" << true;
    QTest::newRow("secretKeyRef") << 4 << "secretKeyRef"
                                  << "name" << true;
}

void TestInspectorTables::envSourceKinds()
{
    QFETCH(int, downPresses);
    QFETCH(QString, kind);
    QFETCH(QString, valueField);
    QFETCH(bool, hasKey);
    Pod pod = samplePod();
    EnvVar var;
    var.name = QStringLiteral("MODE");
    var.value = QStringLiteral("dev");
    pod.spec.containers[0].env.push_back(var);
    InspectorFixture f(pod);
    f.selectApp();
    EnvTableEditor *env = f.inspector->containerForm()->envEditor();
    QComboBox *source = cellCombo(env, 0, EnvTableEditor::Source);
    QVERIFY(source);
    source->setFocus();
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(source, Qt::Key_Down);
    QCOMPARE(EnvTableEditor::sourceKind(f.app().env[0]), kind);
    QVERIFY(!f.app().env[0].value.has_value());
    QVERIFY(typeIntoCell(env, 0, EnvTableEditor::Value, QStringLiteral("settings")));
    const YamlNode *ref = f.app().env[0].valueFrom.find(kind);
    QVERIFY(ref);
    QCOMPARE(ref->find(valueField)->text(), QStringLiteral("settings"));
    QCOMPARE(env->table()->item(0, EnvTableEditor::Key)->flags().testFlag(Qt::ItemIsEnabled),
             hasKey);
    if (hasKey) {
        QVERIFY(typeIntoCell(env, 0, EnvTableEditor::Key, QStringLiteral("mode")));
        QCOMPARE(f.app().env[0].valueFrom.find(kind)->find(QStringLiteral("key"))->text(),
                 QStringLiteral("mode"));
    }
    QVERIFY(f.document.text().contains((kind + QLatin1Char(':')).toUtf8()));
    // Back to a literal value: the reference goes, and undo brings it back.
    source->setFocus();
    QTest::keyClick(source, Qt::Key_Home);
    QCOMPARE(EnvTableEditor::sourceKind(f.app().env[0]), QStringLiteral("value"));
    QVERIFY(f.app().env[0].valueFrom.isNull());
    f.stack.undo();
    QCOMPARE(EnvTableEditor::sourceKind(f.app().env[0]), kind);
    QCOMPARE(source->currentData().toString(), kind);
}

void TestInspectorTables::envFindingMarksKeyCell()
{
    Pod pod = samplePod();
    EnvVar var;
    var.name = QStringLiteral("PASSWORD");
    var.valueFrom = YamlNode::map();
    YamlNode ref = YamlNode::map();
    ref.insert(QStringLiteral("name"), YamlNode::scalar(QStringLiteral("db")));
    var.valueFrom.insert(QStringLiteral("secretKeyRef"), ref); // no key: required
    pod.spec.containers[0].env.push_back(var);
    InspectorFixture f(pod);
    f.selectApp();
    EnvTableEditor *env = f.inspector->containerForm()->envEditor();
    FieldMessage *message = f.inspector->containerForm()->messageFor(QStringLiteral("env"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Row 1")), qPrintable(message->text()));
    QVERIFY(env->table()->item(0, EnvTableEditor::Key)->data(Qt::BackgroundRole).isValid());
    QVERIFY(!env->table()->item(0, EnvTableEditor::Value)->data(Qt::BackgroundRole).isValid());
    QVERIFY(typeIntoCell(env, 0, EnvTableEditor::Key, QStringLiteral("password")));
    QVERIFY(!env->table()->item(0, EnvTableEditor::Key)->data(Qt::BackgroundRole).isValid());
}

void TestInspectorTables::deleteKeyRemovesRow()
{
    Pod pod = samplePod();
    for (const char *name : { "A", "B", "C" }) {
        EnvVar var;
        var.name = QLatin1String(name);
        var.value = QStringLiteral("1");
        pod.spec.containers[0].env.push_back(var);
    }
    InspectorFixture f(pod);
    f.selectApp();
    EnvTableEditor *env = f.inspector->containerForm()->envEditor();
    env->table()->setFocus();
    env->table()->setCurrentCell(1, 0);
    QTest::keyClick(env->table(), Qt::Key_Delete);
    QCOMPARE(f.app().env.size(), std::size_t(2));
    QCOMPARE(f.app().env[1].name, QStringLiteral("C"));
    QCOMPARE(env->rowCount(), 2);
    f.stack.undo();
    QCOMPARE(env->rowCount(), 3);
    QCOMPARE(env->cellText(1, 0), QStringLiteral("B"));
}

void TestInspectorTables::addPortAndEditIt()
{
    InspectorFixture f;
    f.selectApp();
    TableEditor *ports = f.inspector->containerForm()->portsEditor();
    click(ports->addButton());
    QCOMPARE(f.app().ports.size(), std::size_t(2));
    QCOMPARE(f.app().ports[1].containerPort, std::optional<qint64>(8080));
    QVERIFY(typeIntoCell(ports, 1, 1, QStringLiteral("9090")));
    QVERIFY(typeIntoCell(ports, 1, 0, QStringLiteral("metrics")));
    QCOMPARE(f.app().ports[1].containerPort, std::optional<qint64>(9090));
    QCOMPARE(f.app().ports[1].name, QStringLiteral("metrics"));
    QComboBox *protocol = cellCombo(ports, 1, 3);
    protocol->setFocus();
    QTest::keyClick(protocol, Qt::Key_End);
    QCOMPARE(f.app().ports[1].protocol, QStringLiteral("SCTP"));
    QCOMPARE(f.stack.count(), 4);
    // Host port cleared: unset, not 0.
    QVERIFY(typeIntoCell(ports, 1, 2, QString()));
    QVERIFY(!f.app().ports[1].hostPort.has_value());
}

void TestInspectorTables::addedPortIsFreeAcrossThePod()
{
    // The containers of a pod share one network namespace: a second process on 8080 could not
    // bind, so Add offers the next port no container of the pod uses (as the canvas does).
    Pod pod = samplePod();
    ContainerPort proxy;
    proxy.containerPort = 8080;
    pod.spec.initContainers[0].ports.push_back(proxy);
    InspectorFixture f(pod);
    f.selectApp();
    click(f.inspector->containerForm()->portsEditor()->addButton());
    QCOMPARE(f.app().ports.size(), std::size_t(2));
    QCOMPARE(f.app().ports[1].containerPort, std::optional<qint64>(8081));
}

void TestInspectorTables::invalidPortShowsMessageUnderTable()
{
    InspectorFixture f;
    f.selectApp();
    TableEditor *ports = f.inspector->containerForm()->portsEditor();
    FieldMessage *message = f.inspector->containerForm()->messageFor(QStringLiteral("ports"));
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    QVERIFY(typeIntoCell(ports, 0, 1, QStringLiteral("99999")));
    QCOMPARE(f.app().ports[0].containerPort, std::optional<qint64>(99999));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("65535")), qPrintable(message->text()));
    // The message says which row and field; the cell itself is tinted with the message as
    // its tooltip, the cells beside it are not.
    QVERIFY2(message->text().contains(QStringLiteral("Row 1 (containerPort)")),
             qPrintable(message->text()));
    QTableWidgetItem *cell = ports->table()->item(0, 1);
    QVERIFY(cell->data(Qt::BackgroundRole).isValid());
    QVERIFY(cell->toolTip().contains(QStringLiteral("65535")));
    QVERIFY(!ports->table()->item(0, 0)->data(Qt::BackgroundRole).isValid());
    QVERIFY(typeIntoCell(ports, 0, 1, QStringLiteral("8000")));
    QVERIFY(!message->isVisible());
    QVERIFY(!ports->table()->item(0, 1)->data(Qt::BackgroundRole).isValid());
}

void TestInspectorTables::addMount()
{
    Pod pod = samplePod();
    Volume logs;
    logs.name = QStringLiteral("logs");
    logs.emptyDir = EmptyDirSource {};
    pod.spec.volumes.push_back(logs);
    InspectorFixture f(pod);
    f.selectApp();
    TableEditor *mounts = f.inspector->containerForm()->mountsEditor();
    click(mounts->addButton());
    QCOMPARE(f.app().volumeMounts.size(), std::size_t(2));
    // The first volume the container does not mount yet.
    QCOMPARE(f.app().volumeMounts[1].name, QStringLiteral("logs"));
    QCOMPARE(f.app().volumeMounts[1].mountPath, QStringLiteral("/mnt/logs"));
    QVERIFY(typeIntoCell(mounts, 1, 1, QStringLiteral("/var/log/nginx")));
    QCOMPARE(f.app().volumeMounts[1].mountPath, QStringLiteral("/var/log/nginx"));
    QComboBox *volume = cellCombo(mounts, 1, 0);
    QCOMPARE(volume->count(), 2);
    volume->setFocus();
    QTest::keyClick(volume, Qt::Key_Up);
    QCOMPARE(f.app().volumeMounts[1].name, QStringLiteral("data"));
    QCOMPARE(f.stack.count(), 3);
}

void TestInspectorTables::readOnlyCheckCell()
{
    InspectorFixture f;
    f.selectApp();
    TableEditor *mounts = f.inspector->containerForm()->mountsEditor();
    mounts->table()->setFocus();
    mounts->table()->setCurrentCell(0, 3);
    QTest::keyClick(mounts->table(), Qt::Key_Space);
    QCOMPARE(f.app().volumeMounts[0].readOnly, std::optional<bool>(true));
    QTest::keyClick(mounts->table(), Qt::Key_Space);
    QVERIFY(!f.app().volumeMounts[0].readOnly.has_value());
}

void TestInspectorTables::labelsTable()
{
    InspectorFixture f;
    f.select(ElementRef::pod(0));
    KeyValueTableEditor *labels = f.inspector->podForm()->labelsEditor();
    click(labels->addButton());
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("app"));
    commitWithReturn(editor);
    QVERIFY(typeIntoCell(labels, 0, 1, QStringLiteral("web")));
    QCOMPARE(stringMapValue(f.pod().metadata.labels, QStringLiteral("app")), QStringLiteral("web"));
    QCOMPARE(f.stack.count(), 3);
    // An invalid label value shows under the table.
    QVERIFY(typeIntoCell(labels, 0, 1, QStringLiteral("not valid!")));
    FieldMessage *message = f.inspector->podForm()->messageFor(QStringLiteral("metadata.labels"));
    QVERIFY(message->isVisible());
    // The API names the bad value in the message; the cell holding it is marked.
    QVERIFY(labels->table()->item(0, 1)->data(Qt::BackgroundRole).isValid());
    QVERIFY(!labels->table()->item(0, 0)->data(Qt::BackgroundRole).isValid());
}

void TestInspectorTables::argsList()
{
    InspectorFixture f;
    f.selectApp();
    StringListEditor *args = f.inspector->containerForm()->argsEditor();
    click(args->addButton());
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("-g"));
    commitWithReturn(editor);
    click(args->addButton());
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("daemon off;"));
    commitWithReturn(editor);
    QCOMPARE(f.app().args, QStringList({ QStringLiteral("-g"), QStringLiteral("daemon off;") }));
    QCOMPARE(f.stack.count(), 4);
}

void TestInspectorTables::listRowsMoveUpAndDown()
{
    // The order of command words, arguments, env vars ($(VAR) sees only earlier ones) and
    // mounts matters: a row typed in the wrong place moves instead of being typed again.
    Pod pod = samplePod();
    pod.spec.containers[0].args
        = { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") };
    EnvVar a;
    a.name = QStringLiteral("A");
    a.value = QStringLiteral("$(B)");
    EnvVar b;
    b.name = QStringLiteral("B");
    b.value = QStringLiteral("b");
    pod.spec.containers[0].env = { a, b };
    InspectorFixture f(pod);
    f.selectApp();
    StringListEditor *args = f.inspector->containerForm()->argsEditor();
    QVERIFY(args->moveUpButton() && args->moveDownButton());
    args->table()->setFocus();
    args->table()->setCurrentCell(2, 0);
    QVERIFY(!args->moveDownButton()->isEnabled());
    click(args->moveUpButton());
    QCOMPARE(f.app().args, QStringList({ "one", "three", "two" }));
    QCOMPARE(f.stack.count(), 1);
    // The selection follows the row, so pressing again keeps moving it.
    QCOMPARE(args->table()->currentRow(), 1);
    QTest::keyClick(args->table(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(f.app().args, QStringList({ "three", "one", "two" }));
    QVERIFY(!args->moveUpButton()->isEnabled());
    QTest::keyClick(args->table(), Qt::Key_Up, Qt::AltModifier); // already first: nothing
    QCOMPARE(f.stack.count(), 2);
    f.stack.undo();
    QCOMPARE(f.app().args, QStringList({ "one", "three", "two" }));

    EnvTableEditor *env = f.inspector->containerForm()->envEditor();
    env->table()->setFocus();
    env->table()->setCurrentCell(1, 0);
    QTest::keyClick(env->table(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(f.app().env[0].name, QStringLiteral("B"));
    QCOMPARE(f.app().env[1].name, QStringLiteral("A"));
}

void TestInspectorTables::changeVolumeSourceKind_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<QString>("kind");
    QTest::newRow("hostPath") << 1 << "hostPath";
    QTest::newRow("configMap") << 2 << "configMap";
    QTest::newRow("secret") << 3 << "secret";
    QTest::newRow("persistentVolumeClaim") << 4 << "persistentVolumeClaim";
}

void TestInspectorTables::changeVolumeSourceKind()
{
    QFETCH(int, downPresses);
    QFETCH(QString, kind);
    InspectorFixture f;
    f.select(ElementRef::volume(0, 0));
    QComboBox *combo = f.inspector->volumeForm()->kindCombo();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("emptyDir"));
    combo->setFocus();
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    const Volume &volume = f.pod().spec.volumes[0];
    QCOMPARE(Volume::sourceKindName(volume.sourceKind()), kind);
    QVERIFY(!volume.emptyDir.has_value());
    QCOMPARE(f.stack.count(), downPresses);
    // A fresh source is valid as it stands.
    const Findings &findings = f.document.findings();
    QVERIFY(std::none_of(findings.begin(), findings.end(), [](const ValidationFinding &v) {
        return v.severity == Severity::Error && v.path.startsWith(QLatin1String("spec.volumes"));
    }));
    while (f.stack.canUndo())
        f.stack.undo();
    QVERIFY(f.pod().spec.volumes[0].emptyDir.has_value());
    QCOMPARE(combo->currentData().toString(), QStringLiteral("emptyDir"));
}

void TestInspectorTables::renameVolumeKeepsMounts()
{
    InspectorFixture f;
    f.select(ElementRef::volume(0, 0));
    retype(f.inspector->volumeForm()->nameEdit(), QStringLiteral("html"));
    QCOMPARE(f.pod().spec.volumes[0].name, QStringLiteral("html"));
    QCOMPARE(f.app().volumeMounts[0].name, QStringLiteral("html"));
    QCOMPARE(f.stack.count(), 1);
}

void TestInspectorTables::configMapItemsTable()
{
    Pod pod = samplePod();
    pod.spec.volumes[0].emptyDir.reset();
    pod.spec.volumes[0].configMap = ConfigMapSource {};
    pod.spec.volumes[0].configMap->name = QStringLiteral("site");
    InspectorFixture f(pod);
    f.select(ElementRef::volume(0, 0));
    auto tables = f.inspector->volumeForm()->findChildren<TableEditor *>();
    // The configMap page's table is the visible one.
    TableEditor *items = nullptr;
    for (TableEditor *t : tables) {
        if (t->isVisible())
            items = t;
    }
    QVERIFY(items);
    click(items->addButton());
    QCOMPARE(f.pod().spec.volumes[0].configMap->items.size(), std::size_t(1));
    QVERIFY(typeIntoCell(items, 0, 0, QStringLiteral("index.html")));
    QVERIFY(typeIntoCell(items, 0, 1, QStringLiteral("index.html")));
    QVERIFY(typeIntoCell(items, 0, 2, QStringLiteral("0444")));
    const KeyToPath &item = f.pod().spec.volumes[0].configMap->items[0];
    QCOMPARE(item.key, QStringLiteral("index.html"));
    QCOMPARE(item.mode, std::optional<qint64>(0444));
    QCOMPARE(items->cellText(0, 2), QStringLiteral("0444"));
    // Not an octal digit: refused by the cell's validator, the mode stays.
    QVERIFY(typeIntoCell(items, 0, 2, QStringLiteral("9")));
    QCOMPARE(f.pod().spec.volumes[0].configMap->items[0].mode, std::optional<qint64>(0444));
}

void TestInspectorTables::hostPathFields()
{
    InspectorFixture f;
    f.select(ElementRef::volume(0, 0));
    VolumeForm *form = f.inspector->volumeForm();
    form->kindCombo()->setFocus();
    QTest::keyClick(form->kindCombo(), Qt::Key_Down);
    QVERIFY(form->hostPathEdit()->isVisible());
    QCOMPARE(form->hostPathEdit()->text(), QStringLiteral("/tmp/data"));
    retype(form->hostPathEdit(), QStringLiteral("/srv/www"));
    QCOMPARE(f.pod().spec.volumes[0].hostPath->path, QStringLiteral("/srv/www"));
    QCOMPARE(f.stack.count(), 2);
    // Emptied: the API requires a path, and says so under the field.
    FieldMessage *message = form->messageFor(QStringLiteral("hostPath.path"));
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    retype(form->hostPathEdit(), QString());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Required value")),
             qPrintable(message->text()));
}

void TestInspectorTables::portForm()
{
    InspectorFixture f;
    f.select(ElementRef::port(0, ElementRef::Lane::App, 0, 0));
    PortForm *form = f.inspector->portForm();
    QCOMPARE(form->containerPortEdit()->text(), QStringLiteral("80"));
    retype(form->containerPortEdit(), QStringLiteral("8443"));
    QCOMPARE(f.app().ports[0].containerPort, std::optional<qint64>(8443));
    QCOMPARE(f.stack.count(), 1);
    retype(form->nameEdit(), QStringLiteral("https"));
    QCOMPARE(f.app().ports[0].name, QStringLiteral("https"));
}

void TestInspectorTables::mountFormPicksVolume()
{
    Pod pod = samplePod();
    Volume config;
    config.name = QStringLiteral("config");
    config.configMap = ConfigMapSource {};
    config.configMap->name = QStringLiteral("nginx-conf");
    pod.spec.volumes.push_back(config);
    InspectorFixture f(pod);
    f.select(ElementRef::mount(0, ElementRef::Lane::App, 0, 0));
    MountForm *form = f.inspector->mountForm();
    QCOMPARE(form->volumeCombo()->currentText(), QStringLiteral("data"));
    form->volumeCombo()->setFocus();
    QTest::keyClick(form->volumeCombo(), Qt::Key_Down);
    QCOMPARE(f.app().volumeMounts[0].name, QStringLiteral("config"));
    QTest::mouseClick(form->readOnlyCheck(), Qt::LeftButton, {},
                      form->readOnlyCheck()->rect().center());
    QCOMPARE(f.app().volumeMounts[0].readOnly, std::optional<bool>(true));
    retype(form->mountPathEdit(), QStringLiteral("/etc/nginx/conf.d"));
    QCOMPARE(f.app().volumeMounts[0].mountPath, QStringLiteral("/etc/nginx/conf.d"));
    QCOMPARE(f.stack.count(), 3);
}

QTEST_MAIN(TestInspectorTables)
#include "tst_inspectortables.moc"
