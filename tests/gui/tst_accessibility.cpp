// The window through a screen reader's eyes (Qt's QAccessible API, as Orca reads it over
// AT-SPI): every interactive element has a name, and the canvas describes its selection and
// announces each change (its elements as children: tst_canvasaccessibility.cpp).
#include "accessibilitytesting.h"
#include "documentcontroller.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "manifestio.h"
#include "podcommands.h"
#include "poddocument.h"
#include "podview.h"
#include "problemspanel.h"
#include "selectionmodel.h"
#include "templatecatalog.h"
#include "yamleditor.h"
#include "yamlpane.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <map>
#include <memory>
#include <set>

using namespace podwright;
using namespace podwright::gui;

namespace {

using Lane = ElementRef::Lane;

struct RecordedEvent {
    QAccessible::Event type;
    QObject *object;
};
std::vector<RecordedEvent> recorded;

void recordEvent(QAccessibleEvent *event)
{
    recorded.push_back({ event->type(), event->object() });
}

int eventsFor(QObject *object, QAccessible::Event type)
{
    return static_cast<int>(std::count_if(recorded.begin(), recorded.end(), [&](const auto &e) {
        return e.object == object && e.type == type;
    }));
}

/// Interactive elements that need no name of their own, each with the reason.
const std::map<QString, QString> &allowList()
{
    static const std::map<QString, QString> reasons = {
        { QStringLiteral("qt_scrollarea_viewport"),
          QStringLiteral("a scroll area's viewport: the scroll area around it is named") },
    };
    return reasons;
}

bool isInteractive(const QAccessibleInterface *iface)
{
    switch (iface->role()) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List: return true;
    default: return iface->state().focusable;
    }
}

/// What Orca says first: the name, or the label that names the element (a buddy QLabel). On
/// Linux a combo box's name is its current text, so only a label names it.
QString spokenLabel(QAccessibleInterface *iface)
{
    for (const auto &[label, relation] : iface->relations(QAccessible::Label)) {
        if (label && !label->text(QAccessible::Name).trimmed().isEmpty())
            return label->text(QAccessible::Name).trimmed();
    }
    return iface->role() == QAccessible::ComboBox ? QString()
                                                  : iface->text(QAccessible::Name).trimmed();
}

QString describe(QAccessibleInterface *iface)
{
    QStringList path;
    for (QObject *o = iface->object(); o; o = o->parent()) {
        const QString name = o->objectName();
        path.prepend(QString::fromLatin1(o->metaObject()->className())
                     + (name.isEmpty() ? QString() : QLatin1Char('#') + name));
    }
    return path.join(QLatin1Char('/'))
        + QStringLiteral(" (role 0x%1, tooltip \"%2\")")
              .arg(int(iface->role()), 0, 16)
              .arg(iface->text(QAccessible::Description));
}

/// Walks the visible accessible tree below `iface`, adding unnamed interactive elements.
void collectUnnamed(QAccessibleInterface *iface, std::set<QString> *unnamed, int depth = 0)
{
    if (!iface || depth > 60 || iface->state().invisible)
        return;
    switch (iface->role()) {
    // An item's name is its data: an empty cell is read as blank, under its column's header.
    case QAccessible::Cell:
    case QAccessible::Row:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::ColumnHeader:
    case QAccessible::RowHeader: return;
    default: break;
    }
    auto *widget = qobject_cast<QWidget *>(iface->object());
    // A widget with a focus proxy never has the focus itself; the proxy is checked instead.
    const bool delegatesFocus = widget && widget->focusProxy();
    if (isInteractive(iface) && !delegatesFocus && spokenLabel(iface).isEmpty()
        && !(widget && allowList().count(widget->objectName())))
        unnamed->insert(describe(iface));
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    PodView *view() const { return m_window->podView(); }

    QString description() const
    {
        return QAccessible::queryAccessibleInterface(view())->text(QAccessible::Description);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
        qputenv("PODWRIGHT_AUTOSAVE_DIR", m_dir.filePath(QStringLiteral("autosave")).toUtf8());
        QVERIFY(testing::listenToAccessibility(recordEvent));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(testing::openTemplate(*m_window, QStringLiteral("web-log-sidecar")));
        recorded.clear();
    }

    void cleanup()
    {
        m_window->undoStack()->setClean(); // close without the unsaved-changes prompt
        m_window.reset();
        qunsetenv(LanguageSettings::EnvironmentVariable);
        LanguageSettings::installTranslators(qApp);
    }

    void everyInteractiveElementHasAName()
    {
        // Each inspector form is built when first shown: select one of each kind, plus an
        // init container (its form shows the sidecar row) and nothing.
        const ElementRef selections[] = { ElementRef(),
                                          ElementRef::pod(0),
                                          ElementRef::container(0, Lane::App, 0),
                                          ElementRef::volume(0, 0),
                                          ElementRef::port(0, Lane::App, 0, 0),
                                          ElementRef::mount(0, Lane::App, 0, 0) };
        std::set<QString> unnamed;
        for (const ElementRef &ref : selections) {
            m_window->selectionModel()->setCurrent(ref);
            QCoreApplication::processEvents();
            collectUnnamed(QAccessible::queryAccessibleInterface(m_window.get()), &unnamed);
        }
        QStringList list(unnamed.begin(), unnamed.end());
        QVERIFY2(list.isEmpty(),
                 qPrintable(QStringLiteral("%1 unnamed:\n").arg(list.size())
                            + list.join(QLatin1Char('\n'))));
    }

    // The container form has six tables, each with Add and Remove: a screen reader must hear
    // which list a button edits ("Add to Ports"), not six alike "Add" buttons.
    void noTwoInspectorButtonsShareAName()
    {
        for (const ElementRef &ref :
             { ElementRef::pod(0), ElementRef::container(0, Lane::App, 0) }) {
            m_window->selectionModel()->setCurrent(ref);
            QCoreApplication::processEvents();
            QHash<QString, int> seen;
            for (QAbstractButton *button :
                 m_window->inspector()->findChildren<QAbstractButton *>()) {
                if (!button->isVisibleTo(m_window.get()) || qobject_cast<QCheckBox *>(button))
                    continue;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
                ++seen[iface->text(QAccessible::Name)];
            }
            QStringList shared;
            for (auto it = seen.cbegin(); it != seen.cend(); ++it)
                if (it.value() > 1)
                    shared << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
            QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QStringLiteral(", "))));
            QVERIFY(seen.contains(QStringLiteral("Remove from Environment"))
                    || ref.kind != ElementRef::Kind::Container);
        }
    }

    void formFieldsAreNamedByTheirLabels_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<QString>("label");
        QTest::newRow("line edit") << "containerImage"
                                   << "Image";
        QTest::newRow("combo box") << "volumeKind"
                                   << "Source";
    }

    void formFieldsAreNamedByTheirLabels()
    {
        QFETCH(QString, objectName);
        QFETCH(QString, label);
        m_window->selectionModel()->setCurrent(objectName == QLatin1String("volumeKind")
                                                   ? ElementRef::volume(0, 0)
                                                   : ElementRef::container(0, Lane::App, 0));
        auto *field = m_window->findChild<QWidget *>(objectName);
        QVERIFY(field);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(field);
        QCOMPARE(spokenLabel(iface).remove(QLatin1Char(':')), label);
    }

    void selectionIsDescribed_data()
    {
        QTest::addColumn<ElementRef>("ref");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pod") << ElementRef::pod(
            0) << "Pod web-with-log-shipper, 2 containers, 1 volume; 3 warnings, 1 hint";
        QTest::newRow("container")
            << ElementRef::container(0, Lane::App, 0)
            << "Container web in Pod web-with-log-shipper, app container, image "
               "docker.io/library/nginx:1.27, 1 port, 1 mount; 2 warnings";
        QTest::newRow("volume") << ElementRef::volume(0, 0)
                                << "Volume logs in Pod web-with-log-shipper, emptyDir, 2 mounts; "
                                   "no problems";
        QTest::newRow("port") << ElementRef::port(0, Lane::App, 0, 0)
                              << "Port 80 http of container web in Pod web-with-log-shipper; "
                                 "no problems";
        QTest::newRow("read-only mount")
            << ElementRef::mount(0, Lane::App, 1, 0)
            << "Mount of volume logs at /logs in container log-shipper, read-only; no problems";
        QTest::newRow("nothing") << ElementRef()
                                 << "Nothing selected; the arrow keys move between containers "
                                    "and volumes";
    }

    void selectionIsDescribed()
    {
        QFETCH(ElementRef, ref);
        QFETCH(QString, expected);
        // Something else first, so that every row is a change.
        m_window->selectionModel()->setCurrent(ElementRef::container(0, Lane::App, 1));
        recorded.clear();
        m_window->selectionModel()->setCurrent(ref);
        QCOMPARE(description(), expected);
        QCOMPARE(eventsFor(view(), QAccessible::DescriptionChanged), 1);
    }

    void arrowKeysOnTheCanvasAnnounceTheSelection()
    {
        view()->setFocus();
        QVERIFY(QTest::qWaitFor([this] { return view()->hasFocus(); }));
        m_window->selectionModel()->setCurrent(ElementRef::container(0, Lane::App, 0));
        recorded.clear();
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(m_window->selectionModel()->current(), ElementRef::container(0, Lane::App, 1));
        QVERIFY2(description().startsWith(QLatin1String("Container log-shipper in Pod")),
                 qPrintable(description()));
        QCOMPARE(eventsFor(view(), QAccessible::DescriptionChanged), 1);
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(m_window->selectionModel()->current(), ElementRef::volume(0, 0));
        QVERIFY2(description().startsWith(QLatin1String("Volume logs in Pod")),
                 qPrintable(description()));
        QCOMPARE(eventsFor(view(), QAccessible::DescriptionChanged), 2);
    }

    void anEditOfTheSelectedElementIsAnnounced()
    {
        m_window->selectionModel()->setCurrent(ElementRef::container(0, Lane::App, 0));
        recorded.clear();
        const Pod before = m_window->document()->pod(0);
        Pod after = before;
        after.spec.containers[0].name = QStringLiteral("frontend");
        m_window->undoStack()->push(
            new EditPodCommand(m_window->document(), 0, before, after, QStringLiteral("Rename")));
        QVERIFY2(description().startsWith(QLatin1String("Container frontend in Pod")),
                 qPrintable(description()));
        QCOMPARE(eventsFor(view(), QAccessible::DescriptionChanged), 1);
    }

    void nothingIsDescribedBeforeItIsNeeded()
    {
        // Start-up cost (docs/benchmarks.md): a new window has built no description yet; the
        // canvas makes its first when it gets the focus.
        MainWindow window;
        QCOMPARE(window.podView()->accessibleDescription(), QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.podView()->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return window.podView()->hasFocus(); }));
        const QString description = window.podView()->accessibleDescription();
        QVERIFY(description.startsWith(QLatin1String("No pod yet")));
        // The shortcuts it offers are the ones the actions have.
        QStringList shortcuts;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (const QAction *action : std::as_const(actions))
            if (action->text() == QStringLiteral("New from &Template…")
                || action->text() == QLatin1String("New &Pod"))
                shortcuts << action->shortcut().toString(QKeySequence::NativeText);
        QCOMPARE(shortcuts.size(), 2);
        for (const QString &shortcut : shortcuts)
            QVERIFY2(description.contains(shortcut), qPrintable(shortcut + " in " + description));
    }

    void namesAndDescriptionsAreInGerman()
    {
        qputenv(LanguageSettings::EnvironmentVariable, "de");
        LanguageSettings::installTranslators(qApp);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(testing::openTemplate(window, QStringLiteral("web-log-sidecar")));
        window.selectionModel()->setCurrent(ElementRef::mount(0, Lane::App, 1, 0));
        const QString text = window.podView()->accessibleDescription();
        QCOMPARE(text,
                 QStringLiteral("Mount des Volumes logs unter /logs im Container log-shipper, "
                                "schreibgeschützt; keine Probleme"));
        QCOMPARE(window.yamlPane()->editor()->accessibleName(), QStringLiteral("YAML-Text"));
        auto *problems = window.problemsPanel()->findChild<QTreeView *>();
        QVERIFY(problems);
        QCOMPARE(problems->accessibleName(), QStringLiteral("Probleme"));
        window.undoStack()->setClean();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
