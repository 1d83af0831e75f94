// The real designer window, offscreen: docks, menus, title, geometry restore, opening a file.
#include "autosaver.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "manifestio.h"
#include "palettewidget.h"
#include "podcommands.h"
#include "poddocument.h"
#include "podview.h"
#include "problemspanel.h"
#include "yamleditor.h"
#include "yamlpane.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace podwright;
using namespace podwright::gui;

namespace {

// Clicks the default button of the next modal message box.
void acceptNextMessageBox()
{
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            acceptNextMessageBox(); // not shown yet: try again
        else
            box->defaultButton()->click();
    });
}

// Answers the next modal message box with `button` and records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seenText = nullptr)
{
    QTimer::singleShot(0, [button, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, seenText); // not shown yet: try again
            return;
        }
        if (seenText)
            *seenText = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button)->click();
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePod(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                       "    - name: web\n      image: docker.io/library/nginx:1.27\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        // Start from the defaults, not from the layout or recent files an earlier run left.
        QSettings().clear();
        qputenv("PODWRIGHT_AUTOSAVE_DIR", m_dir.filePath(QStringLiteral("autosave")).toUtf8());
    }

    void menusDocksAndStatusBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, QStringList({ "File", "Edit", "View", "Pod", "Run", "Help" }));
        for (const char *name : { "paletteDock", "inspectorDock", "yamlDock", "problemsDock" }) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            QVERIFY2(dock && dock->isVisible(), name);
        }
        QCOMPARE(window.dockWidgetArea(window.yamlDock()), Qt::BottomDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.problemsDock()), Qt::BottomDockWidgetArea);
        QVERIFY(window.statusBar()->isVisible());
    }

    void titleFollowsTheCleanState()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — Podwright"));
        QVERIFY(!window.isWindowModified());
        window.addPod();
        QVERIFY(window.isWindowModified());
        window.undoStack()->undo();
        QVERIFY(!window.isWindowModified());
    }

    void oneHistoryForEverything()
    {
        MainWindow window;
        window.addPod();
        QVERIFY(pushPodEdit(
            window.undoStack(), window.document(), 0,
            [](Pod &pod) { pod.metadata.name = QStringLiteral("renamed"); },
            QStringLiteral("Rename")));
        QVERIFY(window.yamlPane()->editor()->toPlainText().contains(QLatin1String("renamed")));
        QCOMPARE(window.undoStack()->count(), 2);
        // The Edit menu's Undo is the stack's.
        QAction *undo = nullptr;
        for (QAction *a : window.menuBar()->actions().at(1)->menu()->actions())
            if (a->text().startsWith(QLatin1String("&Undo")))
                undo = a;
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Rename"));
        undo->trigger();
        QVERIFY(!window.yamlPane()->editor()->toPlainText().contains(QLatin1String("renamed")));
    }

    void geometryIsRestored()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1111, 777);
            QTRY_COMPARE(window.size(), QSize(1111, 777));
            window.yamlDock()->hide();
            QVERIFY(window.close());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1111, 777));
        QVERIFY(!window.yamlDock()->isVisible());
        window.yamlDock()->show();
        QVERIFY(window.close());
    }

    void openFileShowsItEverywhere()
    {
        MainWindow window;
        QVERIFY(window.openFile(writePod(QStringLiteral("web.yaml"))));
        QCOMPARE(window.windowTitle(), QStringLiteral("web.yaml[*] — Podwright"));
        QCOMPARE(window.yamlPane()->editor()->toPlainText().toUtf8(), window.document()->text());
        QStringList labels;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("Pods: 1")), qPrintable(labels.join(", ")));
        QVERIFY(window.documentController()->recentFiles().value(0).endsWith(
            QLatin1String("web.yaml")));
    }

    void droppingAFileOpensIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(writePod(QStringLiteral("dropped.yaml"))) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.documentController()->displayName(), QStringLiteral("dropped.yaml"));
    }

    void deferredWorkWaitsForTheFirstPaint()
    {
        MainWindow window;
        QStringList order;
        window.afterFirstPaint([&order] { order << QStringLiteral("first"); });
        window.afterFirstPaint([&order] { order << QStringLiteral("second"); });
        QCoreApplication::processEvents();
        QVERIFY2(order.isEmpty(), "ran before the window was ever painted");
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(order, QStringList({ QStringLiteral("first"), QStringLiteral("second") }));
        // Once painted, new work is queued, never run inside the call.
        window.afterFirstPaint([&order] { order << QStringLiteral("late"); });
        QCOMPARE(order.size(), 2);
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(order.last(), QStringLiteral("late"));
    }

    void noTwoActionsShareAShortcut()
    {
        // Two actions on one key make Qt run neither ("ambiguous shortcut"): the canvas's
        // actions act while it has focus, the menus' always, so all of them must differ.
        MainWindow window;
        QHash<QString, QString> owner;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString k = key.toString(QKeySequence::PortableText);
                if (k.isEmpty() || owner.value(k) == action->text())
                    continue;
                QVERIFY2(!owner.contains(k),
                         qPrintable(QStringLiteral("%1: \"%2\" and \"%3\"")
                                        .arg(k, owner.value(k), action->text())));
                owner.insert(k, action->text());
            }
        }
        QVERIFY(owner.contains(QStringLiteral("Ctrl+Shift+N")));
    }

    void followsADarkPalette()
    {
        // The system switching to dark: every part of the window paints light on dark.
        const QPalette light = QApplication::palette();
        QPalette dark;
        const QColor background(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
        for (const auto group : { QPalette::Active, QPalette::Inactive }) {
            dark.setColor(group, QPalette::Window, background);
            dark.setColor(group, QPalette::WindowText, text);
            dark.setColor(group, QPalette::Base, base);
            dark.setColor(group, QPalette::AlternateBase, background);
            dark.setColor(group, QPalette::Text, text);
            dark.setColor(group, QPalette::Button, QColor(0x35, 0x35, 0x35));
            dark.setColor(group, QPalette::ButtonText, text);
            dark.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            dark.setColor(group, QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
            dark.setColor(group, QPalette::HighlightedText, Qt::white);
        }
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));

        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openFile(writePod(QStringLiteral("dark.yaml"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // After the window exists, as when the system switches; widgets follow in the event
        // loop.
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        const QImage shot = window.grab().toImage();
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        // To look at it: PODWRIGHT_TEST_SHOTS=<dir> tst_mainwindow followsADarkPalette
        if (qEnvironmentVariableIsSet("PODWRIGHT_TEST_SHOTS"))
            shot.save(qEnvironmentVariable("PODWRIGHT_TEST_SHOTS") + QStringLiteral("/dark.png"));

        // Background and text of a widget, as the median lightness of its pixels and the
        // lightest pixel found in it.
        const auto lightness = [&](QWidget *widget) {
            const QRect area(widget->mapTo(&window, QPoint(0, 0)), widget->size());
            std::vector<int> values;
            int lightest = 0;
            for (int y = area.top(); y < area.bottom(); y += 2)
                for (int x = area.left(); x < area.right(); x += 2) {
                    const int l = QColor(shot.pixel(x, y)).lightness();
                    values.push_back(l);
                    lightest = std::max(lightest, l);
                }
            std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
            return std::make_pair(values[values.size() / 2], lightest);
        };
        for (QWidget *part :
             { static_cast<QWidget *>(window.podView()), window.yamlPane()->editor()->viewport(),
               static_cast<QWidget *>(window.problemsPanel()),
               window.findChild<QDockWidget *>(QStringLiteral("paletteDock"))->widget(),
               window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->widget() }) {
            const auto [background, lightest] = lightness(part);
            QVERIFY2(background < 80,
                     qPrintable(QStringLiteral("%1: background lightness %2")
                                    .arg(QString::fromLatin1(part->metaObject()->className()))
                                    .arg(background)));
            QVERIFY2(lightest > 180,
                     qPrintable(QStringLiteral("%1: no light text (lightest %2)")
                                    .arg(QString::fromLatin1(part->metaObject()->className()))
                                    .arg(lightest)));
        }
    }

    void helpOpensTheUserGuideAndEditHasPreferences()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *guide = nullptr;
        QAction *preferences = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QLatin1String("&User Guide"))
                guide = action;
            if (action->text() == QStringLiteral("&Preferences…"))
                preferences = action;
        }
        QVERIFY(guide);
        QVERIFY(preferences);
        guide->trigger();
        QDialog *dialog = window.findChild<QDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
    }

    void thePaletteShowsEveryPartsNameWhole()
    {
        // "persistentVolumeClaim volume" was cut off, with a sideways scroll bar under the list.
        QSettings().clear(); // a first start: no dock sizes saved by an earlier window
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *palette = window.findChild<PaletteWidget *>();
        QVERIFY(palette);
        QListWidget *list = palette->list();
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        QVERIFY2(list->viewport()->width() >= list->sizeHintForColumn(0),
                 qPrintable(QStringLiteral("%1 px for %2 px of text (palette %3, hint %4)")
                                .arg(list->viewport()->width())
                                .arg(list->sizeHintForColumn(0))
                                .arg(palette->width())
                                .arg(palette->sizeHint().width())));
    }

    void closingWithYamlThatDoesNotParseAsksFirst()
    {
        // Typed YAML that does not parse is in no undo step: the clean state alone would let
        // the window close (or open another file) and lose it without a word.
        MainWindow window;
        QVERIFY(window.openFile(writePod(QStringLiteral("typing.yaml"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        YamlEditor *editor = window.yamlPane()->editor();
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("  nodeSelector: [unfinished\n"));
        window.yamlPane()->flush();
        QVERIFY(window.yamlPane()->hasParseError());
        QVERIFY(!window.undoStack()->canUndo());
        // The title's "*" says there is unsaved work, though no undo step holds it.
        QVERIFY(window.isWindowModified());

        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!window.close());
        QVERIFY2(question.contains(QLatin1String("Line ")), qPrintable(question));
        QVERIFY(editor->toPlainText().contains(QLatin1String("[unfinished")));

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.openFile(writePod(QStringLiteral("other.yaml"))));
        QVERIFY(editor->toPlainText().contains(QLatin1String("[unfinished")));

        // Saving writes the last valid version and says the broken text is not in the file.
        QVERIFY(window.documentController()->saveAs(m_dir.filePath(QStringLiteral("kept.yaml"))));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("does not parse")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.documentController()->exportTo(m_dir.filePath(QStringLiteral("out.yaml"))));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("does not parse")),
                 qPrintable(window.statusBar()->currentMessage()));

        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void recoveryBringsBackYamlThatDoesNotParse()
    {
        const QString autosaveDir = m_dir.filePath(QStringLiteral("autosave-typing"));
        QByteArray typed;
        {
            MainWindow crashed;
            crashed.autosaver()->setDirectory(autosaveDir);
            QVERIFY(crashed.openFile(writePod(QStringLiteral("crash-typing.yaml"))));
            QTextCursor cursor(crashed.yamlPane()->editor()->document());
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(QStringLiteral("  nodeSelector: [unfinished\n"));
            crashed.yamlPane()->flush();
            QVERIFY(crashed.yamlPane()->hasParseError());
            QVERIFY(crashed.autosaver()->autosaveNow());
            typed = crashed.yamlPane()->editor()->toPlainText().toUtf8();
            // The window goes away as after a crash: no save, no discard.
        }
        MainWindow window;
        window.autosaver()->setDirectory(autosaveDir);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        acceptNextMessageBox(); // "Recover" is the question's default button
        window.offerRecovery();
        QCOMPARE(window.yamlPane()->editor()->toPlainText().toUtf8(), typed);
        QVERIFY(window.yamlPane()->hasParseError());
        QVERIFY(window.isWindowModified());
        QVERIFY(Autosaver::orphans(autosaveDir).empty());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
