// The canvas's elements as a screen reader walks them (Qt's QAccessible API, as Orca reads it
// over AT-SPI): pods, containers, volumes, ports and mounts are accessible children of the
// canvas, and the reader's focus follows the selection as the arrow keys move it.
#include "accessibilitytesting.h"
#include "canvasaccessible.h"
#include "canvasdescription.h"
#include "documentcontroller.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "manifestio.h"
#include "podcommands.h"
#include "poddocument.h"
#include "podscene.h"
#include "podview.h"
#include "selectionmodel.h"
#include "templatecatalog.h"
#include "yamleditor.h"
#include "yamlpane.h"

#include <QAccessible>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace podwright;
using namespace podwright::gui;

namespace {

using Lane = ElementRef::Lane;

struct RecordedEvent {
    QAccessible::Event type;
    QAccessible::Id id;
    QString name;
};
std::vector<RecordedEvent> recorded;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    recorded.push_back({ event->type(), iface ? QAccessible::uniqueId(iface) : 0,
                         iface ? iface->text(QAccessible::Name) : QString() });
}

/// "Focus Container web": the focus and selection events sent for canvas elements.
QStringList elementEvents()
{
    QStringList out;
    for (const RecordedEvent &e : recorded) {
        if (e.type == QAccessible::Focus || e.type == QAccessible::Selection)
            out << (e.type == QAccessible::Focus ? QStringLiteral("Focus ")
                                                 : QStringLiteral("Selection "))
                    + e.name;
    }
    return out;
}

/// The element children of `iface` (object() is null), not the view's own widgets.
QList<QAccessibleInterface *> elementChildren(QAccessibleInterface *iface)
{
    QList<QAccessibleInterface *> out;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (child && !child->object())
            out << child;
    }
    return out;
}

/// "  ListItem Container web", indented by depth, for the whole element tree.
void outline(QAccessibleInterface *iface, QStringList *lines, int depth = 0)
{
    for (QAccessibleInterface *child : elementChildren(iface)) {
        const QString role = child->role() == QAccessible::Grouping ? QStringLiteral("Grouping")
            : child->role() == QAccessible::ListItem                ? QStringLiteral("ListItem")
                                                     : QString::number(int(child->role()), 16);
        *lines << QString(depth * 2, QLatin1Char(' ')) + role + QLatin1Char(' ')
                + child->text(QAccessible::Name);
        outline(child, lines, depth + 1);
    }
}

} // namespace

class TestCanvasAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    PodView *view() const { return m_window->podView(); }
    QAccessibleInterface *canvas() const { return QAccessible::queryAccessibleInterface(view()); }
    QAccessibleInterface *pod() const { return elementChildren(canvas()).value(0); }

    /// Consistent both ways from `iface` down: child(i)->parent() is `iface`, indexOfChild
    /// gives i back, and asking again gives the same interface.
    void checkWalk(QAccessibleInterface *iface)
    {
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *child = iface->child(i);
            QVERIFY(child);
            QVERIFY(child->isValid());
            QCOMPARE(child, iface->child(i));
            QCOMPARE(child->parent(), iface);
            QCOMPARE(iface->indexOfChild(child), i);
            if (child->object())
                continue; // the view's viewport and scroll bars: Qt's own interfaces
            QVERIFY2(!child->rect().isEmpty(), qPrintable(child->text(QAccessible::Name)));
            QVERIFY(child->state().focusable && child->state().selectable);
            checkWalk(child);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_canvasaccessibility"));
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
    }

    void theCanvasListsItsElementsInReadingOrder()
    {
        QStringList lines;
        outline(canvas(), &lines);
        const QStringList expected = {
            QStringLiteral("Grouping Pod web-with-log-shipper"),
            QStringLiteral("  ListItem Container web"),
            QStringLiteral("    ListItem Port 80 http"),
            QStringLiteral("    ListItem Mount of logs at /var/log/nginx"),
            QStringLiteral("  ListItem Container log-shipper"),
            QStringLiteral("    ListItem Mount of logs at /logs"),
            QStringLiteral("  ListItem Volume logs"),
        };
        QCOMPARE(lines, expected);
    }

    void eachElementIsDescribedAsTheSelectionIs()
    {
        const QList<QAccessibleInterface *> elements = elementChildren(pod());
        QCOMPARE(elements.size(), 3);
        QCOMPARE(elements[0]->text(QAccessible::Description),
                 CanvasDescription::describe(view()->podScene()->geometry(), *m_window->document(),
                                             ElementRef::container(0, Lane::App, 0)));
        QVERIFY(elements[0]->text(QAccessible::Description).startsWith("Container web in Pod"));
    }

    void walkingTheTreeIsConsistent()
    {
        checkWalk(canvas());
        // The rectangle is the card's on screen, inside the view.
        QAccessibleInterface *web = elementChildren(pod()).value(0);
        QVERIFY(web);
        QVERIFY(canvas()->rect().contains(web->rect().center()));
        QCOMPARE(canvas()->childAt(web->rect().center().x(), web->rect().center().y()), pod());
        QCOMPARE(pod()->childAt(web->rect().center().x(), web->rect().center().y()), web);
    }

    void arrowKeysMoveTheReadersFocus()
    {
        view()->setFocus();
        QVERIFY(QTest::qWaitFor([this] { return view()->hasFocus(); }));
        m_window->selectionModel()->setCurrent(ElementRef::container(0, Lane::App, 0));
        recorded.clear();
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(elementEvents(),
                 QStringList({ QStringLiteral("Selection Container log-shipper"),
                               QStringLiteral("Focus Container log-shipper") }));
        QAccessibleInterface *focused = canvas()->focusChild();
        QVERIFY(focused);
        const auto focusEvent = std::find_if(recorded.rbegin(), recorded.rend(),
                                             [](auto &e) { return e.type == QAccessible::Focus; });
        QCOMPARE(QAccessible::uniqueId(focused), focusEvent->id);
        QVERIFY(focused->state().focused && focused->state().selected);
        QVERIFY(!elementChildren(pod()).value(0)->state().selected);
        recorded.clear();
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(elementEvents(),
                 QStringList({ QStringLiteral("Selection Volume logs"),
                               QStringLiteral("Focus Volume logs") }));
    }

    void aSelectionMadeElsewhereLeavesTheReaderWhereItIs()
    {
        m_window->yamlPane()->editor()->setFocus();
        QVERIFY(QTest::qWaitFor([this] { return m_window->yamlPane()->editor()->hasFocus(); }));
        recorded.clear();
        m_window->selectionModel()->setCurrent(ElementRef::volume(0, 0));
        QCOMPARE(elementEvents(), QStringList());
    }

    void pressingAnElementSelectsIt()
    {
        QAccessibleInterface *volume = elementChildren(pod()).value(2);
        QVERIFY(volume && volume->actionInterface());
        volume->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(m_window->selectionModel()->current(), ElementRef::volume(0, 0));
        QVERIFY(volume->state().selected);
    }

    void aRemovedContainerLeavesNoDanglingInterface()
    {
        QAccessibleInterface *shipper = elementChildren(pod()).value(1);
        QVERIFY(shipper);
        QCOMPARE(shipper->text(QAccessible::Name), QStringLiteral("Container log-shipper"));
        const QAccessible::Id shipperId = QAccessible::uniqueId(shipper);
        const QAccessible::Id mountId = QAccessible::uniqueId(shipper->child(0));
        const Pod before = m_window->document()->pod(0);
        Pod after = before;
        after.spec.containers.erase(after.spec.containers.begin() + 1);
        m_window->undoStack()->push(
            new EditPodCommand(m_window->document(), 0, before, after, QStringLiteral("Remove")));
        QCOMPARE(QAccessible::accessibleInterface(shipperId), nullptr);
        QCOMPARE(QAccessible::accessibleInterface(mountId), nullptr);
        QStringList lines;
        outline(canvas(), &lines);
        QCOMPARE(lines,
                 QStringList({ QStringLiteral("Grouping Pod web-with-log-shipper"),
                               QStringLiteral("  ListItem Container web"),
                               QStringLiteral("    ListItem Port 80 http"),
                               QStringLiteral("    ListItem Mount of logs at /var/log/nginx"),
                               QStringLiteral("  ListItem Volume logs") }));
        checkWalk(canvas());
        m_window->undoStack()->undo();
        QCOMPARE(elementChildren(pod()).value(1)->text(QAccessible::Name),
                 QStringLiteral("Container log-shipper"));
        checkWalk(canvas());
    }

    void namesAreInGerman()
    {
        qputenv(LanguageSettings::EnvironmentVariable, "de");
        LanguageSettings::installTranslators(qApp);
        QStringList lines;
        outline(canvas(), &lines);
        qunsetenv(LanguageSettings::EnvironmentVariable);
        LanguageSettings::installTranslators(qApp);
        QCOMPARE(lines.value(5), QStringLiteral("    ListItem Mount von logs unter /logs"));
    }

    void nothingIsBuiltBeforeItIsAsked()
    {
        // Start-up cost (docs/benchmarks.md): a shown window has made no element interface;
        // the first request for the canvas's children does.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(testing::openTemplate(window, QStringLiteral("web-log-sidecar")));
        auto *iface = dynamic_cast<CanvasAccessible *>(
            QAccessible::queryAccessibleInterface(window.podView()));
        QVERIFY(iface);
        QCOMPARE(iface->builtElements(), std::size_t(0));
        QVERIFY(iface->child(0));
        QCOMPARE(iface->builtElements(), std::size_t(1));
        window.undoStack()->setClean();
    }
};

QTEST_MAIN(TestCanvasAccessibility)
#include "tst_canvasaccessibility.moc"
