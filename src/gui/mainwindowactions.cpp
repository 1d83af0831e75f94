#include "mainwindowactions.h"

#include "documentcontroller.h"
#include "helpcontroller.h"
#include "icons.h"
#include "mainwindow.h"
#include "podview.h"
#include "preferencesdialog.h"
#include "yamlpane.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace podwright::gui {

MainWindowActions::MainWindowActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createPodMenu();
    createRunMenu();
    createHelpMenu();

    toolBar = window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_openAction);
    toolBar->addAction(save);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    if (zoomToFit)
        toolBar->addAction(zoomToFit);
    toolBar->addSeparator();
    toolBar->addAction(runPod);
    toolBar->addAction(stopPod);
}

QAction *MainWindowActions::action(const QString &icon, const QString &text,
                                   const QKeySequence &shortcut)
{
    auto *a = new QAction(text, m_window);
    if (!icon.isEmpty())
        a->setIcon(themedIcon(icon));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

void MainWindowActions::createFileMenu()
{
    DocumentController *files = m_window->documentController();
    QMenu *menu = m_window->menuBar()->addMenu(tr("&File"));
    m_newAction = action(QStringLiteral("document-new"), tr("&New"), QKeySequence::New);
    m_newAction->setPriority(QAction::LowPriority);
    connect(m_newAction, &QAction::triggered, m_window, &MainWindow::newDocument);
    menu->addAction(m_newAction);
    // Ctrl+Shift+N is the canvas's New Pod: one key, one meaning.
    QAction *fromTemplate = action(QString(), tr("New from &Template…"),
                                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(fromTemplate, &QAction::triggered, m_window, &MainWindow::newFromTemplate);
    menu->addAction(fromTemplate);
    m_openAction = action(QStringLiteral("document-open"), tr("&Open…"), QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, files, &DocumentController::openWithDialog);
    menu->addAction(m_openAction);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    connect(files, &DocumentController::recentFilesChanged, this,
            &MainWindowActions::updateRecentFiles);
    updateRecentFiles();
    menu->addSeparator();
    save = action(QStringLiteral("document-save"), tr("&Save"), QKeySequence::Save);
    connect(save, &QAction::triggered, files, &DocumentController::save);
    menu->addAction(save);
    QAction *saveAs
        = action(QStringLiteral("document-save-as"), tr("Save &As…"), QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, files, &DocumentController::saveWithDialog);
    menu->addAction(saveAs);
    QAction *exportAction = action(QStringLiteral("document-export"), tr("&Export for a Cluster…"),
                                   QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Write the manifest as kubectl apply expects it"));
    connect(exportAction, &QAction::triggered, files, &DocumentController::exportWithDialog);
    menu->addAction(exportAction);
    menu->addSeparator();
    QAction *quit = action(QStringLiteral("application-exit"), tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
    menu->addAction(quit);
}

void MainWindowActions::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = m_window->documentController()->recentFiles();
    for (const QString &file : files) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(a, &QAction::triggered, m_window, [this, file] { m_window->openFile(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_window->documentController(),
                                &DocumentController::clearRecentFiles);
    }
}

void MainWindowActions::createEditMenu()
{
    QUndoStack *stack = m_window->undoStack();
    editMenu = m_window->menuBar()->addMenu(tr("&Edit"));
    undo = stack->createUndoAction(m_window, tr("&Undo"));
    undo->setIcon(themedIcon(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    redo = stack->createRedoAction(m_window, tr("&Redo"));
    redo->setIcon(themedIcon(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    // The canvas's own edits (add parts, mount, move between lanes, delete): their shortcuts
    // act while the canvas has focus.
    editMenu->addActions(m_window->podView()->editActions());
    editMenu->addSeparator();
    // Not Ctrl+Shift+I: that adds an init container on the canvas.
    formatYaml = action(QStringLiteral("format-indent-more"), tr("&Format YAML"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    formatYaml->setStatusTip(tr("Rewrite the YAML in its canonical, exported form"));
    connect(formatYaml, &QAction::triggered, m_window->yamlPane(), &YamlPane::format);
    editMenu->addAction(formatYaml);
    editMenu->addSeparator();
    QAction *preferences = action(QStringLiteral("preferences-system"), tr("&Preferences…"),
                                  QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, m_window,
            [this] { PreferencesDialog(m_window).exec(); });
    editMenu->addAction(preferences);
}

void MainWindowActions::createViewMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&View"));
    // PodView owns zoom in/out, fit and actual size (with their shortcuts).
    const QList<QAction *> zoomActions = m_window->podView()->viewActions();
    menu->addActions(zoomActions);
    const char *icons[] = { "zoom-in", "zoom-out", "zoom-fit-best", "zoom-original" };
    for (int i = 0; i < std::min<int>(4, static_cast<int>(zoomActions.size())); ++i)
        zoomActions[i]->setIcon(themedIcon(QLatin1String(icons[i])));
    zoomToFit = zoomActions.value(2);
    menu->addSeparator();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        menu->addAction(dock->toggleViewAction());
}

void MainWindowActions::createPodMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Pod"));
    QAction *add = action(QStringLiteral("list-add"), tr("&Add Pod"));
    connect(add, &QAction::triggered, m_window, &MainWindow::addPod);
    menu->addAction(add);
    QAction *remove = action(QStringLiteral("list-remove"), tr("&Remove Selected Pod"));
    connect(remove, &QAction::triggered, m_window, &MainWindow::removeSelectedPod);
    menu->addAction(remove);
    menu->addSeparator();
    QAction *problems = action(QString(), tr("Show &Problems"), QKeySequence(Qt::Key_F8));
    connect(problems, &QAction::triggered, m_window, [this] {
        m_window->problemsDock()->show();
        m_window->problemsDock()->raise();
    });
    menu->addAction(problems);
    QAction *yaml = action(QString(), tr("Edit &YAML"), QKeySequence(Qt::Key_F4));
    connect(yaml, &QAction::triggered, m_window, [this] {
        m_window->yamlDock()->show();
        m_window->yamlDock()->raise();
        m_window->yamlPane()->setFocus();
    });
    menu->addAction(yaml);
}

void MainWindowActions::createRunMenu()
{
    runMenu = m_window->menuBar()->addMenu(tr("&Run"));
    runPod
        = action(QStringLiteral("media-playback-start"), tr("&Run Pod"), QKeySequence(Qt::Key_F5));
    stopPod = action(QStringLiteral("media-playback-stop"), tr("&Stop Pod"),
                     QKeySequence(Qt::SHIFT | Qt::Key_F5));
    // RunWorkspace connects these and enables them while there is a pod to run.
    for (QAction *a : { runPod, stopPod })
        runMenu->addAction(a);
    runMenu->setToolTipsVisible(true);
}

void MainWindowActions::createHelpMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *guide
        = action(QStringLiteral("help-contents"), tr("&User Guide"), QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, m_window,
            [this] { HelpController::showUserGuide(m_window); });
    menu->addAction(guide);
    menu->addSeparator();
    QAction *about = action(QStringLiteral("help-about"), tr("&About Podwright"));
    connect(about, &QAction::triggered, m_window, &MainWindow::showAbout);
    menu->addAction(about);
    menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace podwright::gui
