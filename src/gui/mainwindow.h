#pragma once

#include <QMainWindow>

#include <functional>
#include <vector>

class QDockWidget;
class QLabel;
class QUndoStack;

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

class Autosaver;
class DocumentController;
class MainWindowActions;
class PodView;
class ProblemsPanel;
class RunController;
class RunWorkspace;
class SelectionModel;
class YamlPane;

/**
 * The designer window: palette (left), canvas (centre), inspector (right), YAML pane and
 * Problems list (bottom, tabbed), status bar, menus and toolbar.
 *
 * It owns the one PodDocument, the one QUndoStack and the one SelectionModel that all views
 * share; everything else lives in the parts it wires together (DocumentController for files,
 * Autosaver, MainWindowActions for menus).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    /// With the given run controller (taken over) instead of one on Podman; tests pass a fake.
    explicit MainWindow(RunController *runController, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a manifest; reports problems in the window, never throws away unsaved work.
    bool openFile(const QString &path);
    /// Looks for autosaves of crashed sessions and offers to recover the newest one.
    void offerRecovery();
    /**
     * Runs `work` once the window has painted for the first time (queued at once if it already
     * has). For start-up work the first paint does not need, such as a hidden dock's panel, the
     * window icon or the recovery prompt: the window appears sooner (docs/benchmarks.md,
     * "Start-up"). Work added before the window is shown waits for it.
     */
    void afterFirstPaint(std::function<void()> work);
    /// True once the window has painted for the first time.
    bool hasPainted() const { return m_painted; }

    PodDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    SelectionModel *selectionModel() const { return m_selection; }
    DocumentController *documentController() const { return m_files; }
    Autosaver *autosaver() const { return m_autosaver; }
    YamlPane *yamlPane() const { return m_yamlPane; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QWidget *canvas() const { return m_canvas; }
    PodView *podView() const { return m_podView; }
    QWidget *inspector() const { return m_inspector; }
    QDockWidget *yamlDock() const { return m_yamlDock; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    MainWindowActions *actions() const { return m_actions; }
    /// Running pods on Podman: Run menu, Pods/Logs/Stats docks.
    RunWorkspace *runWorkspace() const { return m_run; }

public Q_SLOTS:
    void newDocument();
    void newFromTemplate();
    void addPod();
    void removeSelectedPod();
    void showAbout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createDocks();
    void createStatusBar();
    void updateTitle();
    void updateStatus();
    void restoreLayout();
    void saveLayout();

    PodDocument *m_document;
    QUndoStack *m_undoStack;
    SelectionModel *m_selection;
    DocumentController *m_files;
    Autosaver *m_autosaver;
    YamlPane *m_yamlPane = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QWidget *m_canvas = nullptr;
    PodView *m_podView = nullptr;
    QWidget *m_palette = nullptr;
    QWidget *m_inspector = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_yamlDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    MainWindowActions *m_actions = nullptr;
    RunWorkspace *m_run = nullptr;
    QLabel *m_podCountLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QLabel *m_cursorLabel = nullptr;
    std::vector<std::function<void()>> m_afterFirstPaint;
    bool m_painted = false;
};

} // namespace podwright::gui
