#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace podwright::gui {

class MainWindow;

/// The window's menus (File, Edit, View, Pod, Run, Help), toolbar and shortcuts, built from
/// the window's parts so that mainwindow.cpp keeps to wiring.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    explicit MainWindowActions(MainWindow *window);

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *save = nullptr;
    QAction *formatYaml = nullptr;
    QAction *zoomToFit = nullptr;
    QAction *runPod = nullptr;
    QAction *stopPod = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *runMenu = nullptr;
    QToolBar *toolBar = nullptr;

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createPodMenu();
    void createRunMenu();
    void createHelpMenu();
    void updateRecentFiles();
    QAction *action(const QString &icon, const QString &text, const QKeySequence &shortcut = {});

    MainWindow *m_window;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
};

} // namespace podwright::gui
