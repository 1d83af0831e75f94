// The inspector's forms: selection switches the form, typing edits the model through one undo
// command per word, the model's changes (undo, other views) show at once, inline validation.

#include "containerform.h"
#include "fieldmessage.h"
#include "inspectorfixture.h"
#include "inspectorform.h"
#include "keyvaluetableeditor.h"
#include "manifestio.h"
#include "mountform.h"
#include "optionalintedit.h"
#include "podform.h"
#include "portform.h"
#include "probeeditor.h"
#include "volumeform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>

using namespace podwright;
using namespace podwright::gui;
using namespace podwright::gui::testing;

class TestInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingSelectedShowsHelp();
    void selectionPicksForm_data();
    void selectionPicksForm();
    void containerNameShows();
    void typingAWordIsOneUndoStep();
    void editsOfTwoContainersAreTwoSteps();
    void editImage();
    void externalChangeRefreshesForm();
    void refreshKeepsCursorOfFocusedField();
    void emptyNumberMeansUnset_data();
    void emptyNumberMeansUnset();
    void numberAboveMaximumIsRefused();
    void requestsAndLimits();
    void sidecarToggleOnInitContainer();
    void sidecarHiddenForAppContainer();
    void probeEnableAndKind();
    void probeCommandWordsMove();
    void duplicateNameShowsInlineMessage();
    void headerCountsFindings();
    void comboDefaultMeansUnset();
    void unknownEnumValueIsShown();
    void workloadTemplateFindingsMatch();
    void workloadNameFieldEditsTheWorkload_data();
    void workloadNameFieldEditsTheWorkload();
    void everyFormFitsANarrowDock_data();
    void everyFormFitsANarrowDock();
    void messagesInANarrowDockAreNotCutOff();
    void aMessageLeavesTheOtherRowsTheirHeight();
};

void TestInspector::nothingSelectedShowsHelp()
{
    InspectorFixture f;
    QCOMPARE(f.inspector->currentForm(), nullptr);
    auto *help = f.inspector->findChild<QLabel *>(QStringLiteral("inspectorEmptyText"));
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QVERIFY(help->text().contains(QStringLiteral("Select")));
}

void TestInspector::selectionPicksForm_data()
{
    QTest::addColumn<ElementRef>("ref");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("title");
    using L = ElementRef::Lane;
    QTest::newRow("pod") << ElementRef::pod(0) << "podForm"
                         << "Pod web";
    QTest::newRow("container") << ElementRef::container(0, L::App, 0) << "containerForm"
                               << "Container web";
    QTest::newRow("init container") << ElementRef::container(0, L::Init, 0) << "containerForm"
                                    << "Init container setup";
    QTest::newRow("volume") << ElementRef::volume(0, 0) << "volumeForm"
                            << "Volume data";
    QTest::newRow("port") << ElementRef::port(0, L::App, 0, 0) << "portForm"
                          << "Port 80 of web";
    QTest::newRow("mount") << ElementRef::mount(0, L::App, 0, 0) << "mountForm"
                           << "Mount of data in web";
}

void TestInspector::selectionPicksForm()
{
    QFETCH(ElementRef, ref);
    QFETCH(QString, form);
    QFETCH(QString, title);
    InspectorFixture f;
    f.select(ref);
    InspectorForm *shown = f.inspector->currentForm();
    QVERIFY(shown);
    QCOMPARE(shown->objectName(), form);
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->element(), ref);
    const auto labels = shown->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [&](QLabel *l) { return l->text().startsWith(title); }));
}

void TestInspector::containerNameShows()
{
    InspectorFixture f;
    f.selectApp();
    QCOMPARE(f.inspector->containerForm()->nameEdit()->text(), QStringLiteral("web"));
    QCOMPARE(f.inspector->containerForm()->imageEdit()->text(),
             QStringLiteral("docker.io/library/nginx:1.25"));
    // A field too narrow for its image shows where the reference starts, not its tail.
    QCOMPARE(f.inspector->containerForm()->imageEdit()->cursorPosition(), 0);
    f.select(ElementRef::container(0, ElementRef::Lane::Init, 0));
    QCOMPARE(f.inspector->containerForm()->nameEdit()->text(), QStringLiteral("setup"));
    QCOMPARE(f.inspector->containerForm()->imageEdit()->cursorPosition(), 0);
}

void TestInspector::typingAWordIsOneUndoStep()
{
    InspectorFixture f;
    f.selectApp();
    QLineEdit *name = f.inspector->containerForm()->nameEdit();
    retype(name, QStringLiteral("frontend"));
    QCOMPARE(f.app().name, QStringLiteral("frontend"));
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(name->text(), QStringLiteral("frontend"));
    f.stack.undo();
    QCOMPARE(f.app().name, QStringLiteral("web"));
    QCOMPARE(name->text(), QStringLiteral("web"));
    f.stack.redo();
    QCOMPARE(name->text(), QStringLiteral("frontend"));
}

void TestInspector::editsOfTwoContainersAreTwoSteps()
{
    Pod pod = samplePod();
    pod.spec.containers.push_back(pod.spec.containers.front());
    pod.spec.containers.back().name = QStringLiteral("db");
    InspectorFixture f(pod);
    f.selectApp(0);
    QTest::keyClick(f.inspector->containerForm()->nameEdit(), Qt::Key_End);
    QTest::keyClicks(f.inspector->containerForm()->nameEdit(), QStringLiteral("1"));
    f.selectApp(1);
    QTest::keyClick(f.inspector->containerForm()->nameEdit(), Qt::Key_End);
    QTest::keyClicks(f.inspector->containerForm()->nameEdit(), QStringLiteral("2"));
    QCOMPARE(f.app(0).name, QStringLiteral("web1"));
    QCOMPARE(f.app(1).name, QStringLiteral("db2"));
    // Same field, different container: not merged.
    QCOMPARE(f.stack.count(), 2);
    f.stack.undo();
    QCOMPARE(f.app(0).name, QStringLiteral("web1"));
    QCOMPARE(f.app(1).name, QStringLiteral("db"));
}

void TestInspector::editImage()
{
    InspectorFixture f;
    f.selectApp();
    retype(f.inspector->containerForm()->imageEdit(), QStringLiteral("quay.io/podman/hello"));
    QCOMPARE(f.app().image, QStringLiteral("quay.io/podman/hello"));
    QCOMPARE(f.stack.count(), 1);
    // Another field after the image is a new undo step.
    retype(f.inspector->containerForm()->nameEdit(), QStringLiteral("hello"));
    QCOMPARE(f.stack.count(), 2);
    QVERIFY(f.document.text().contains("image: quay.io/podman/hello"));
}

void TestInspector::externalChangeRefreshesForm()
{
    InspectorFixture f;
    f.selectApp();
    pushPodEdit(
        &f.stack, &f.document, 0,
        [](Pod &p) { p.spec.containers[0].image = QStringLiteral("httpd:2.4"); },
        QStringLiteral("canvas edit"));
    QCOMPARE(f.inspector->containerForm()->imageEdit()->text(), QStringLiteral("httpd:2.4"));
    Manifest manifest;
    Pod other = samplePod();
    other.spec.containers[0].name = QStringLiteral("api");
    manifest.appendPod(other);
    f.document.setManifest(manifest); // a YAML pane edit replaces everything
    QCOMPARE(f.inspector->containerForm()->nameEdit()->text(), QStringLiteral("api"));
}

void TestInspector::refreshKeepsCursorOfFocusedField()
{
    InspectorFixture f;
    f.selectApp();
    QLineEdit *name = f.inspector->containerForm()->nameEdit();
    name->setFocus();
    name->setCursorPosition(1);
    QTest::keyClicks(name, QStringLiteral("x")); // "wxeb", cursor after the x
    QCOMPARE(f.app().name, QStringLiteral("wxeb"));
    QCOMPARE(name->cursorPosition(), 2);
    pushPodEdit(
        &f.stack, &f.document, 0,
        [](Pod &p) { p.spec.containers[0].image = QStringLiteral("httpd:2.4"); },
        QStringLiteral("canvas edit"));
    QCOMPARE(name->cursorPosition(), 2);
    QVERIFY(name->hasFocus());
}

void TestInspector::emptyNumberMeansUnset_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("zeroIsError");
    QTest::newRow("pod grace period") << "grace" << false;
    QTest::newRow("port containerPort") << "containerPort" << true; // 1-65535
    QTest::newRow("volume defaultMode") << "defaultMode" << false;
}

void TestInspector::emptyNumberMeansUnset()
{
    QFETCH(QString, field);
    QFETCH(bool, zeroIsError);
    Pod pod = samplePod();
    pod.spec.volumes[0].emptyDir.reset();
    pod.spec.volumes[0].configMap = ConfigMapSource {};
    pod.spec.volumes[0].configMap->name = QStringLiteral("site");
    InspectorFixture f(pod);
    OptionalIntEdit *edit = nullptr;
    std::function<std::optional<qint64>()> value;
    QString typed = QStringLiteral("30");
    qint64 expected = 30;
    if (field == QLatin1String("grace")) {
        f.select(ElementRef::pod(0));
        edit = f.inspector->podForm()->gracePeriodEdit();
        value = [&] { return f.pod().spec.terminationGracePeriodSeconds; };
    } else if (field == QLatin1String("containerPort")) {
        pod.spec.containers[0].ports[0].containerPort.reset();
        f.document.setPod(0, pod);
        f.select(ElementRef::port(0, ElementRef::Lane::App, 0, 0));
        edit = f.inspector->portForm()->containerPortEdit();
        value = [&] { return f.app().ports[0].containerPort; };
    } else {
        f.select(ElementRef::volume(0, 0));
        edit = f.inspector->volumeForm()->defaultModeEdit(false);
        value = [&] { return f.pod().spec.volumes[0].configMap->defaultMode; };
        typed = QStringLiteral("0640");
        expected = 0640;
    }
    QVERIFY(edit->isVisible());
    QVERIFY(!value().has_value());
    QVERIFY(edit->text().isEmpty());
    retype(edit, typed);
    QCOMPARE(value(), std::optional<qint64>(expected));
    retype(edit, QString());
    QVERIFY2(!value().has_value(), "an emptied field is unset, not 0");
    // 0 is not "unset": it reaches the model, and where the API refuses it the message says so.
    QTest::keyClicks(edit, QStringLiteral("0"));
    QCOMPARE(value(), std::optional<qint64>(0));
    const QString path = field == QLatin1String("grace")
        ? QStringLiteral("spec.terminationGracePeriodSeconds")
        : field == QLatin1String("containerPort") ? QStringLiteral("containerPort")
                                                  : QStringLiteral("configMap.defaultMode");
    FieldMessage *message = f.inspector->currentForm()->messageFor(path);
    QVERIFY(message);
    QCOMPARE(message->isVisible(), zeroIsError);
    // Letters are refused by the validator.
    retype(edit, QStringLiteral("7x"));
    QCOMPARE(edit->text(), QStringLiteral("7"));
}

void TestInspector::numberAboveMaximumIsRefused()
{
    InspectorFixture f;
    f.select(ElementRef::port(0, ElementRef::Lane::App, 0, 0));
    OptionalIntEdit *edit = f.inspector->portForm()->containerPortEdit();
    retype(edit, QStringLiteral("70000"));
    QCOMPARE(edit->text(), QStringLiteral("7000"));
    QCOMPARE(f.app().ports[0].containerPort, std::optional<qint64>(7000));
}

void TestInspector::requestsAndLimits()
{
    InspectorFixture f;
    f.selectApp();
    ContainerForm *form = f.inspector->containerForm();
    QLineEdit *cpuRequest = form->quantityEdit(false, QStringLiteral("cpu"));
    QLineEdit *memoryLimit = form->quantityEdit(true, QStringLiteral("memory"));
    QVERIFY(cpuRequest && memoryLimit);
    QCOMPARE(cpuRequest->placeholderText(), QStringLiteral("e.g. 250m"));
    retype(cpuRequest, QStringLiteral("250m"));
    retype(memoryLimit, QStringLiteral("128Mi"));
    QCOMPARE(stringMapValue(f.app().resources.requests, QStringLiteral("cpu")),
             QStringLiteral("250m"));
    QCOMPARE(stringMapValue(f.app().resources.limits, QStringLiteral("memory")),
             QStringLiteral("128Mi"));
    QCOMPARE(f.stack.count(), 2);
    retype(cpuRequest, QString());
    QVERIFY(f.app().resources.requests.empty());
    f.stack.undo();
    QCOMPARE(cpuRequest->text(), QStringLiteral("250m"));
}

void TestInspector::sidecarToggleOnInitContainer()
{
    InspectorFixture f;
    f.select(ElementRef::container(0, ElementRef::Lane::Init, 0));
    QCheckBox *sidecar = f.inspector->containerForm()->sidecarCheck();
    QVERIFY(sidecar->isVisible());
    QVERIFY(!sidecar->isChecked());
    // Probes are for containers that keep running: not offered on a plain init container.
    QVERIFY(!f.inspector->containerForm()->probeEditor(0)->isVisible());
    QTest::mouseClick(sidecar, Qt::LeftButton, {}, sidecar->rect().center());
    QVERIFY(f.init().isSidecar());
    QVERIFY(f.inspector->containerForm()->probeEditor(0)->isVisible());
    QCOMPARE(f.init().restartPolicy, QStringLiteral("Always"));
    QVERIFY(f.document.text().contains("restartPolicy: Always"));
    QTest::mouseClick(sidecar, Qt::LeftButton, {}, sidecar->rect().center());
    QVERIFY(f.init().restartPolicy.isEmpty());
    f.stack.undo();
    QVERIFY(sidecar->isChecked());
    QCOMPARE(f.stack.count(), 2);
}

void TestInspector::sidecarHiddenForAppContainer()
{
    InspectorFixture f;
    f.selectApp();
    QVERIFY(!f.inspector->containerForm()->sidecarCheck()->isVisible());
}

void TestInspector::probeEnableAndKind()
{
    InspectorFixture f;
    f.selectApp();
    ProbeEditor *liveness = f.inspector->containerForm()->probeEditor(0);
    QVERIFY(!liveness->isChecked());
    liveness->setFocus();
    QTest::keyClick(liveness, Qt::Key_Space); // the group box's own checkbox
    QVERIFY(f.app().livenessProbe.has_value());
    // A new probe checks the container's first port.
    QCOMPARE(f.app().livenessProbe->tcpSocket->port.text, QStringLiteral("80"));
    liveness->handlerCombo()->setFocus();
    QTest::keyClick(liveness->handlerCombo(), Qt::Key_Up); // tcpSocket -> httpGet
    QVERIFY(f.app().livenessProbe->httpGet.has_value());
    QVERIFY(!f.app().livenessProbe->tcpSocket.has_value());
    QCOMPARE(f.app().livenessProbe->httpGet->port.text, QStringLiteral("80"));
    liveness->setFocus();
    QTest::keyClick(liveness, Qt::Key_Space);
    QVERIFY(!f.app().livenessProbe.has_value());
    QCOMPARE(f.stack.count(), 3);
}

void TestInspector::probeCommandWordsMove()
{
    Pod pod = samplePod();
    Probe probe;
    probe.exec = ExecAction {};
    probe.exec->command = { QStringLiteral("/tmp/healthy"), QStringLiteral("cat") };
    pod.spec.containers[0].livenessProbe = probe;
    InspectorFixture f(pod);
    f.selectApp();
    const auto lists
        = f.inspector->containerForm()->probeEditor(0)->findChildren<StringListEditor *>();
    QCOMPARE(lists.size(), 1);
    StringListEditor *command = lists.first();
    command->table()->setFocus();
    command->table()->setCurrentCell(1, 0);
    QTest::keyClick(command->table(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(f.app().livenessProbe->exec->command, QStringList({ "cat", "/tmp/healthy" }));
    QCOMPARE(f.stack.count(), 1);
}

void TestInspector::duplicateNameShowsInlineMessage()
{
    Pod pod = samplePod();
    pod.spec.containers.push_back(pod.spec.containers.front());
    pod.spec.containers.back().name = QStringLiteral("db");
    pod.spec.containers.back().ports.clear();
    InspectorFixture f(pod);
    f.selectApp(1);
    ContainerForm *form = f.inspector->containerForm();
    FieldMessage *message = form->messageFor(QStringLiteral("name"));
    QVERIFY(message);
    QVERIFY(!message->isVisible());
    retype(form->nameEdit(), QStringLiteral("web"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Duplicate value")),
             qPrintable(message->text()));
    QVERIFY(!message->toolTip().isEmpty());
    QTest::keyClicks(form->nameEdit(), QStringLiteral("2"));
    QVERIFY(!message->isVisible());
    QVERIFY(message->findings().empty());
}

void TestInspector::headerCountsFindings()
{
    Pod pod = samplePod();
    pod.spec.containers[0].image.clear(); // "Required value"
    InspectorFixture f(pod);
    f.selectApp();
    auto *count = f.inspector->containerForm()->findChild<QLabel *>(QStringLiteral("findingCount"));
    QVERIFY(count);
    QVERIFY(f.inspector->containerForm()->findingCount() >= 1);
    QVERIFY2(count->text().contains(QStringLiteral("error")), qPrintable(count->text()));
    FieldMessage *image = f.inspector->containerForm()->messageFor(QStringLiteral("image"));
    QVERIFY(image->isVisible());
    retype(f.inspector->containerForm()->imageEdit(), QStringLiteral("nginx:1.25"));
    QVERIFY(!image->isVisible());
}

void TestInspector::comboDefaultMeansUnset()
{
    InspectorFixture f;
    f.selectApp();
    QComboBox *pull = f.inspector->containerForm()->pullPolicyCombo();
    QCOMPARE(pull->currentData().toString(), QString());
    pull->setFocus();
    QTest::keyClick(pull, Qt::Key_Down);
    QCOMPARE(f.app().imagePullPolicy, QStringLiteral("Always"));
    QTest::keyClick(pull, Qt::Key_Up);
    QVERIFY(f.app().imagePullPolicy.isEmpty());
}

void TestInspector::unknownEnumValueIsShown()
{
    Pod pod = samplePod();
    pod.spec.restartPolicy = QStringLiteral("Sometimes"); // typed in the YAML pane
    InspectorFixture f(pod);
    f.select(ElementRef::pod(0));
    auto *combo = f.inspector->podForm()->findChildren<QComboBox *>().first();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("Sometimes"));
    FieldMessage *message
        = f.inspector->podForm()->messageFor(QStringLiteral("spec.restartPolicy"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Unsupported value")),
             qPrintable(message->text()));
}

void TestInspector::workloadTemplateFindingsMatch()
{
    // A Deployment's pod template: findings carry "spec.template." before the pod's paths.
    const LoadResult loaded = loadManifest(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
      - name: api
        image: quay.io/example/api:1.0
      - name: cache
        image: docker.io/library/redis:7
)");
    QVERIFY(loaded.parsed);
    InspectorFixture f;
    f.document.setManifest(loaded.manifest);
    QVERIFY(f.document.isValidPodIndex(0));
    f.select(ElementRef::container(0, ElementRef::Lane::App, 1));
    ContainerForm *form = f.inspector->containerForm();
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("cache"));
    retype(form->nameEdit(), QStringLiteral("api"));
    QCOMPARE(f.document.pod(0).spec.containers[1].name, QStringLiteral("api"));
    QVERIFY(f.document.text().contains("template:"));
    QVERIFY(form->messageFor(QStringLiteral("name"))->isVisible());
    QVERIFY(form->messageFor(QStringLiteral("name"))
                ->text()
                .contains(QStringLiteral("Duplicate value")));
    f.select(ElementRef::pod(0));
    QVERIFY(f.inspector->podForm()->findChildren<QLabel *>().first()->text().contains(
        QStringLiteral("Deployment")));
}

void TestInspector::workloadNameFieldEditsTheWorkload_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("Deployment") << "Deployment" << QByteArray(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
      - name: api
        image: quay.io/example/api:1.0
)");
    QTest::newRow("Job") << "Job" << QByteArray(R"(apiVersion: batch/v1
kind: Job
metadata:
  name: api
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: api
        image: quay.io/example/api:1.0
)");
}

void TestInspector::workloadNameFieldEditsTheWorkload()
{
    // A learner reads "Name" on a Deployment as the Deployment's name: the field shows and
    // edits that, says whose name it is, and leaves the pod template without a name.
    QFETCH(QString, kind);
    QFETCH(QByteArray, yaml);
    const LoadResult loaded = loadManifest(yaml);
    QVERIFY(loaded.parsed);
    InspectorFixture f;
    f.document.setManifest(loaded.manifest);
    f.select(ElementRef::pod(0));
    PodForm *form = f.inspector->podForm();
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("api"));
    const QList<QLabel *> labels = form->findChildren<QLabel *>();
    const bool named = std::any_of(labels.begin(), labels.end(), [&](QLabel *l) {
        return l->buddy() == form->nameEdit() && l->text().contains(kind);
    });
    QVERIFY(named);

    retype(form->nameEdit(), QStringLiteral("api-v2"));
    QCOMPARE(f.stack.count(), 1); // one undo step for the typing
    QCOMPARE(f.document.resource(0).displayName(), kind + QStringLiteral("/api-v2"));
    QVERIFY(f.document.pod(0).metadata.name.isEmpty());
    const LoadResult written = loadManifest(f.document.text());
    QVERIFY(written.parsed);
    QCOMPARE(written.manifest.resources.front().displayName(), kind + QStringLiteral("/api-v2"));
    QVERIFY(written.manifest.resources.front().pod.metadata.name.isEmpty());

    f.stack.undo();
    QCOMPARE(f.document.resource(0).displayName(), kind + QStringLiteral("/api"));
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("api"));

    // The namespace is the workload's too (its pods are created there); a name YAML would
    // read as a number stays a string.
    retype(form->namespaceEdit(), QStringLiteral("2024"));
    const LoadResult moved = loadManifest(f.document.text());
    QVERIFY(moved.parsed);
    const YamlNode *meta = moved.manifest.resources.front().node.find(QStringLiteral("metadata"));
    QVERIFY(meta && meta->find(QStringLiteral("namespace")));
    QVERIFY(meta->find(QStringLiteral("namespace"))->isStringValue());
    QCOMPARE(meta->find(QStringLiteral("namespace"))->text(), QStringLiteral("2024"));
    QVERIFY(moved.manifest.resources.front().pod.metadata.namespace_.isEmpty());
}

void TestInspector::everyFormFitsANarrowDock_data()
{
    using Lane = ElementRef::Lane;
    QTest::addColumn<ElementRef>("element");
    QTest::newRow("pod") << ElementRef::pod(0);
    QTest::newRow("sidecar") << ElementRef::container(0, Lane::Init, 0);
    QTest::newRow("app container") << ElementRef::container(0, Lane::App, 0);
    QTest::newRow("volume") << ElementRef::volume(0, 0);
    QTest::newRow("port") << ElementRef::port(0, Lane::App, 0, 0);
    QTest::newRow("mount") << ElementRef::mount(0, Lane::App, 0, 0);
}

void TestInspector::everyFormFitsANarrowDock()
{
    // A check box's one-line text set the form's minimum width: in a dock of the default width
    // the form scrolled sideways and cut off every field on the right (worse in German).
    QFETCH(ElementRef, element);
    Pod pod = samplePod();
    pod.spec.initContainers[0].restartPolicy = QStringLiteral("Always");
    InspectorFixture f(pod);
    f.inspector->resize(340, 900); // the dock's default width
    f.select(element);
    QCoreApplication::processEvents();
    QScrollArea *shown = nullptr;
    for (QScrollArea *area : f.inspector->findChildren<QScrollArea *>()) {
        if (area->isVisible())
            shown = area;
    }
    QVERIFY(shown);
    QVERIFY2(!shown->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("form needs %1 px, the dock gives %2")
                            .arg(shown->widget()->minimumSizeHint().width())
                            .arg(shown->viewport()->width())));
}

void TestInspector::messagesInANarrowDockAreNotCutOff()
{
    // The sidecar warning wraps to several lines at the dock's default width; its row must be
    // as tall as the text, also after the check box is toggled.
    InspectorFixture f;
    f.inspector->resize(340, 900);
    f.select(ElementRef::container(0, ElementRef::Lane::Init, 0));
    QCheckBox *sidecar = f.inspector->containerForm()->sidecarCheck();
    QTest::mouseClick(sidecar, Qt::LeftButton, {}, sidecar->rect().center());
    QVERIFY(f.init().isSidecar());
    const auto cutOff = [&] {
        QStringList clipped;
        for (FieldMessage *message : f.inspector->containerForm()->findChildren<FieldMessage *>()) {
            if (message->isVisible()
                && message->height() < message->heightForWidth(message->width()))
                clipped << QStringLiteral("%1 px of %2: %3")
                               .arg(message->height())
                               .arg(message->heightForWidth(message->width()))
                               .arg(message->text());
        }
        return clipped.join(QLatin1Char('\n'));
    };
    QTRY_VERIFY2(cutOff().isEmpty(), qPrintable(cutOff()));
}

void TestInspector::aMessageLeavesTheOtherRowsTheirHeight()
{
    // A learner gives the second container the first one's name in a narrow inspector: the
    // name's error appears under it, and every other field keeps its full height (the pull
    // policy row was once squeezed to nothing).
    Pod pod = samplePod();
    pod.spec.containers.push_back(pod.spec.containers.front());
    pod.spec.containers.back().name = QStringLiteral("db");
    InspectorFixture f(pod);
    f.inspector->resize(340, 900);
    f.selectApp(1);
    ContainerForm *form = f.inspector->containerForm();
    retype(form->nameEdit(), QStringLiteral("web"));
    QVERIFY(form->messageFor(QStringLiteral("name"))->isVisible());
    const auto squeezed = [form] {
        QStringList rows;
        for (QWidget *field : std::initializer_list<QWidget *> {
                 form->nameEdit(), form->imageEdit(), form->pullPolicyCombo() }) {
            if (field->height() < field->minimumSizeHint().height())
                rows << QStringLiteral("%1: %2 px")
                            .arg(field->accessibleName())
                            .arg(field->height());
        }
        return rows.join(QLatin1String(", "));
    };
    QTRY_VERIFY2(squeezed().isEmpty(), qPrintable(squeezed()));
    QTest::qWait(50); // and it stays so once the form has been laid out again
    QVERIFY2(squeezed().isEmpty(), qPrintable(squeezed()));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
