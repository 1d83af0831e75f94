#include "mainwindow.h"

#include "autosaver.h"
#include "canvascontroller.h"
#include "canvasedits.h"
#include "documentcontroller.h"
#include "inspectorwidget.h"
#include "mainwindowactions.h"
#include "palettewidget.h"
#include "podcommands.h"
#include "poddocument.h"
#include "podview.h"
#include "problemspanel.h"
#include "runworkspace.h"
#include "selectionmodel.h"
#include "templatecatalog.h"
#include "templatedialog.h"
#include "yamleditor.h"
#include "yamlpane.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <utility>

namespace podwright::gui {

namespace {
const char GeometryKey[] = "window/geometry";
const char StateKey[] = "window/state";
// Bumped whenever the set of docks changes: a layout saved by an older Podwright would place
// docks it did not know anywhere (QMainWindow::restoreState), so it is ignored instead.
constexpr int LayoutVersion = 2;

bool isManifestFile(const QUrl &url)
{
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return url.isLocalFile()
        && (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")
            || suffix == QLatin1String("json"));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{ }

MainWindow::MainWindow(RunController *runController, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PodDocument(this))
    , m_undoStack(new QUndoStack(this))
    , m_selection(new SelectionModel(m_document, this))
    , m_files(new DocumentController(m_document, m_undoStack, this))
    , m_autosaver(new Autosaver(m_document, m_undoStack, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    createViews();
    createDocks();
    m_actions = new MainWindowActions(this);
    m_run = new RunWorkspace(this, runController);
    createStatusBar();

    m_files->setBeforeSaveHook([this] { m_yamlPane->flush(); });
    m_files->setUnappliedTextProvider([this] { return m_yamlPane->parseErrorText(); });
    m_autosaver->setOriginalPathProvider([this] { return m_files->filePath(); });
    m_autosaver->setUnappliedTextProvider([this] { return m_yamlPane->unappliedText(); });
    m_files->setUnappliedTextSink(
        [this](const QByteArray &text) { m_yamlPane->restoreUnappliedText(text); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_yamlPane, &YamlPane::findingsChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentController::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_yamlPane, &YamlPane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_podView->controller(), &CanvasController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_document, &PodDocument::changed, this, &MainWindow::updateStatus);
    updateTitle();
    updateStatus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_yamlPane = new YamlPane(m_document, m_undoStack, m_selection, this);
    m_problems = new ProblemsPanel(m_document, m_selection, this);
    auto syncProblems
        = [this] { m_problems->setFindings(m_yamlPane->findings(), m_yamlPane->resourceNames()); };
    connect(m_yamlPane, &YamlPane::findingsChanged, this, syncProblems);
    connect(m_problems, &ProblemsPanel::positionActivated, m_yamlPane, &YamlPane::goToPosition);
    syncProblems();

    m_podView = new PodView(m_document, m_undoStack, m_selection, this);
    m_canvas = m_podView;
    setCentralWidget(m_canvas);
    auto *palette = new PaletteWidget(this);
    connect(palette, &PaletteWidget::partActivated, m_podView, &PodView::addPart);
    m_palette = palette;
    auto *inspector = new InspectorWidget(m_document, m_undoStack, m_selection, this);
    connect(inspector, &InspectorWidget::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_inspector = inspector;
}

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &title, const QString &name, QWidget *widget,
                           Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    m_paletteDock
        = makeDock(tr("Parts"), QStringLiteral("paletteDock"), m_palette, Qt::LeftDockWidgetArea);
    m_inspectorDock = makeDock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector,
                               Qt::RightDockWidgetArea);
    m_yamlDock
        = makeDock(tr("YAML"), QStringLiteral("yamlDock"), m_yamlPane, Qt::BottomDockWidgetArea);
    m_problemsDock = makeDock(tr("Problems"), QStringLiteral("problemsDock"), m_problems,
                              Qt::BottomDockWidgetArea);
    // Text and problems side by side: the bottom area is wide, and a learner should see a
    // finding's explanation next to the line it is about.
    splitDockWidget(m_yamlDock, m_problemsDock, Qt::Horizontal);
    resizeDocks({ m_yamlDock, m_problemsDock }, { 1, 1 }, Qt::Horizontal);
    resizeDocks({ m_yamlDock }, { 300 }, Qt::Vertical);
    resizeDocks({ m_paletteDock, m_inspectorDock },
                { std::max(220, m_palette->sizeHint().width()), 340 }, Qt::Horizontal);
}

void MainWindow::createStatusBar()
{
    m_podCountLabel = new QLabel(this);
    m_findingsLabel = new QLabel(this);
    m_cursorLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_podCountLabel);
    statusBar()->addPermanentWidget(m_findingsLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);
    connect(
        m_problems, &ProblemsPanel::countsChanged, this,
        [this](int errors, int warnings, int hints) {
            m_findingsLabel->setText(
                tr("Errors: %1 · Warnings: %2 · Hints: %3").arg(errors).arg(warnings).arg(hints));
            m_problemsDock->setWindowTitle(errors + warnings + hints > 0
                                               ? tr("Problems (%1)").arg(errors + warnings + hints)
                                               : tr("Problems"));
        });
    auto updateCursor = [this] {
        const SourcePos pos = m_yamlPane->editor()->cursorSourcePosition();
        m_cursorLabel->setText(tr("Ln %1, Col %2").arg(pos.line).arg(pos.column));
    };
    connect(m_yamlPane->editor(), &QPlainTextEdit::cursorPositionChanged, this, updateCursor);
    updateCursor();
    m_problems->setFindings(m_yamlPane->findings(), m_yamlPane->resourceNames());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Podwright").arg(m_files->displayName()));
    // Typing in the YAML pane that does not parse is in no undo step, but it is unsaved work.
    setWindowModified(!m_undoStack->isClean() || m_yamlPane->hasParseError());
}

void MainWindow::updateStatus()
{
    const auto pods = static_cast<int>(m_document->manifest().podResourceIndices().size());
    m_podCountLabel->setText(tr("Pods: %1").arg(pods));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray(), LayoutVersion);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState(LayoutVersion));
}

bool MainWindow::openFile(const QString &path)
{
    m_yamlPane->flush();
    return m_files->maybeSave() && m_files->open(path);
}

void MainWindow::newDocument()
{
    m_yamlPane->flush();
    if (m_files->maybeSave())
        m_files->newDocument();
}

void MainWindow::newFromTemplate()
{
    m_yamlPane->flush();
    if (!m_files->maybeSave())
        return;
    TemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedTemplate())
        return;
    const PodTemplate *chosen = dialog.selectedTemplate();
    const LoadResult loaded = loadManifest(chosen->text());
    m_files->newDocument(loaded.manifest, chosen->id);
}

void MainWindow::addPod()
{
    const Pod pod = newPod(m_document->manifest());
    ManifestResource resource;
    resource.pod = pod;
    resource.documentIndex = -1; // a document of its own
    const int index = m_document->resourceCount();
    m_undoStack->push(new InsertResourceCommand(m_document, index, resource, tr("Add pod")));
    m_selection->setCurrent(ElementRef::pod(index));
}

void MainWindow::removeSelectedPod()
{
    const ElementRef current = m_selection->current();
    if (!current.isValid() || current.resource >= m_document->resourceCount())
        return;
    m_undoStack->push(new RemoveResourceCommand(m_document, current.resource, tr("Remove pod")));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Podwright"),
        tr("<h3>Podwright %1</h3><p>Design Kubernetes pods visually, run them on Podman and "
           "watch them live.</p><p>Drag parts onto the canvas or type YAML: both are the same "
           "pod, validated as the Kubernetes API server would.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::offerRecovery()
{
    const std::vector<AutosaveEntry> orphans = Autosaver::orphans(m_autosaver->directory());
    if (orphans.empty())
        return;
    const AutosaveEntry &newest = orphans.front();
    const QString what = newest.originalPath.isEmpty()
        ? tr("an untitled document")
        : QStringLiteral("“%1”").arg(QFileInfo(newest.originalPath).fileName());
    QMessageBox box(
        QMessageBox::Question, tr("Recover Unsaved Work?"),
        tr("Podwright did not close properly last time. Unsaved changes to %1 from "
           "%2 were kept.")
            .arg(what, QLocale().toString(newest.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Recover them now? Discarding deletes them for good."));
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Discard);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover) {
        QFile file(newest.textPath);
        if (file.open(QIODevice::ReadOnly) && m_files->recover(file.readAll(), newest.originalPath))
            Autosaver::remove(newest);
        return;
    }
    for (const AutosaveEntry &entry : orphans)
        Autosaver::remove(entry);
}

void MainWindow::afterFirstPaint(std::function<void()> work)
{
    if (m_painted) {
        QTimer::singleShot(0, this, std::move(work));
        return;
    }
    // Children paint through the window's backing store and the window itself may get no paint
    // event of its own: watch every widget's paint events until the first one of this window.
    if (m_afterFirstPaint.empty())
        qApp->installEventFilter(this);
    m_afterFirstPaint.push_back(std::move(work));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        m_painted = true;
        qApp->removeEventFilter(this);
        // Queued: run once this paint pass, and the flush to the screen that ends it, is done;
        // queued twice so that whatever else waits for this paint (the start-up benchmark's
        // report) goes first, and the window is on screen before this work starts.
        QTimer::singleShot(0, this, [this] {
            QTimer::singleShot(0, this, [this] {
                for (std::function<void()> &work : std::exchange(m_afterFirstPaint, {}))
                    work();
            });
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_yamlPane->flush();
    if (!m_files->maybeSave() || !m_run->confirmQuit()) {
        event->ignore();
        return;
    }
    m_autosaver->discard();
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isManifestFile(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !isManifestFile(urls.first()))
        return;
    event->acceptProposedAction();
    // Open after the drop has finished: a modal prompt inside a drop handler stalls the source.
    const QString path = urls.first().toLocalFile();
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

} // namespace podwright::gui
