#include "screenshotter.h"

#include "autosaver.h"
#include "containerlogview.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "podcommands.h"
#include "poddocument.h"
#include "podspanel.h"
#include "podview.h"
#include "problemspanel.h"
#include "runcontroller.h"
#include "runworkspace.h"
#include "selectionmodel.h"
#include "statspanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDockWidget>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>

namespace podwright::gui {

namespace {
// Long enough for layout, highlighting and the YAML pane's pause to settle between shots.
constexpr int StepDelayMs = 700;
// Run shots: how often the pod's phase is looked at, how long it may take to be Running, and
// how long a dock is given to fill (logs streamed, charts redrawn) before it is shot.
constexpr int PollMs = 250;
constexpr int RunTimeoutMs = 90000;
constexpr int FillDelayMs = 2000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

Screenshotter::Screenshotter(MainWindow *window, const QString &directory)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
    , m_runSeconds(qEnvironmentVariableIntValue("PODWRIGHT_SCREENSHOT_RUN"))
{ }

void Screenshotter::start()
{
    m_directory.mkpath(QStringLiteral("."));
    if (m_runSeconds > 0)
        QTimer::singleShot(StepDelayMs, this, &Screenshotter::runStep);
    else
        QTimer::singleShot(StepDelayMs, this, &Screenshotter::step);
}

int Screenshotter::firstPod() const
{
    const std::vector<int> pods = m_window->document()->manifest().podResourceIndices();
    return pods.empty() ? -1 : pods.front();
}

bool Screenshotter::save(const QString &name)
{
    const QString path = m_directory.filePath(name);
    const bool ok = m_window->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED to save", qPrintable(path));
    m_failed = m_failed || !ok;
    return ok;
}

void Screenshotter::step()
{
    PodDocument *document = m_window->document();
    const int pod = firstPod();
    switch (m_step++) {
    case 0:
        m_window->selectionModel()->clear();
        m_window->podView()->zoomToFit();
        break;
    case 1:
        save(QStringLiteral("designer.png"));
        if (pod >= 0)
            m_window->selectionModel()->setCurrent(
                ElementRef::container(pod, ElementRef::Lane::App, 0));
        break;
    case 2: {
        save(QStringLiteral("inspector.png"));
        if (pod < 0)
            break;
        // A typical learner's slip: two containers with the same name (or, with one container,
        // an image without a tag).
        pushPodEdit(
            m_window->undoStack(), document, pod,
            [](Pod &p) {
                if (p.spec.containers.size() > 1)
                    p.spec.containers[1].name = p.spec.containers[0].name;
                else if (!p.spec.containers.empty())
                    p.spec.containers[0].image = QStringLiteral("nginx");
            },
            tr("Rename container"));
        m_window->yamlDock()->raise();
        const Findings &findings = m_window->problemsPanel()->model()->findings();
        for (std::size_t i = 0; i < findings.size(); ++i) {
            if (findings[i].severity == Severity::Error || i + 1 == findings.size()) {
                m_window->problemsPanel()->activateFinding(static_cast<int>(i));
                break;
            }
        }
        break;
    }
    default:
        save(QStringLiteral("yaml-finding.png"));
        // Leave no autosave and ask no questions: the document was changed for the picture only.
        m_window->autosaver()->discard();
        QCoreApplication::exit(m_failed ? 1 : 0);
        return;
    }
    QTimer::singleShot(StepDelayMs, this, &Screenshotter::step);
}

void Screenshotter::runStep()
{
    RunWorkspace *run = m_window->runWorkspace();
    const int pod = firstPod();
    int delay = PollMs;
    switch (m_step) {
    case 0: { // Run, as a learner would: select the pod, press Run.
        if (pod < 0) {
            std::fprintf(stderr, "no pod to run\n");
            m_failed = true;
            return finishRun();
        }
        m_runPod = run->runName(pod);
        m_window->selectionModel()->setCurrent(ElementRef::pod(pod));
        m_window->actions()->runPod->trigger();
        m_runDeadline = now() + RunTimeoutMs;
        ++m_step;
        break;
    }
    case 1: { // Wait for Running; then let the charts fill.
        const auto status = run->controller()->runtime()->pod(m_runPod);
        const QString phase = status ? status->phase : QString();
        if (phase == QLatin1String("Running")) {
            std::fprintf(stderr, "pod %s is Running; charting for %d s\n", qPrintable(m_runPod),
                         m_runSeconds);
            m_runningSince = now();
            ++m_step;
        } else if (phase == QLatin1String("Failed") || now() > m_runDeadline) {
            std::fprintf(stderr, "pod %s did not reach Running (phase \"%s\"): %s\n",
                         qPrintable(m_runPod), qPrintable(phase),
                         qPrintable(run->podsPanel()->errorText()));
            m_failed = true;
            return finishRun();
        }
        break;
    }
    case 2:
        if (now() - m_runningSince < m_runSeconds * 1000)
            break;
        m_window->selectionModel()->clear();
        run->podsDock()->raise();
        // The list needs a few rows; the canvas, with its badges and bars, gets the rest.
        m_window->resizeDocks({ run->podsDock() }, { m_window->height() / 4 }, Qt::Vertical);
        run->podsPanel()->tree()->expandAll();
        run->podsPanel()->tree()->setCurrentItem(run->podsPanel()->tree()->topLevelItem(0));
        QTimer::singleShot(0, m_window->podView(), &PodView::zoomToFit); // after the resize
        delay = StepDelayMs;
        ++m_step;
        break;
    case 3: { // running.png, then the first app container's output.
        save(QStringLiteral("running.png"));
        const Pod &spec = m_window->document()->resource(pod).pod;
        if (!spec.spec.containers.empty())
            run->showLogs(m_runPod, spec.spec.containers.front().name);
        run->logView()->timestampsBox()->setChecked(true); // asks for the output again
        m_window->resizeDocks({ run->logsDock() }, { m_window->height() * 2 / 5 }, Qt::Vertical);
        delay = FillDelayMs;
        ++m_step;
        break;
    }
    case 4:
        save(QStringLiteral("logs.png"));
        run->statsDock()->show();
        run->statsDock()->raise();
        // The charts need the room the canvas and the YAML pane can do without for a moment.
        m_window->resizeDocks({ run->statsDock() }, { m_window->height() * 2 / 3 }, Qt::Vertical);
        m_window->resizeDocks({ m_window->yamlDock() }, { m_window->width() / 4 }, Qt::Horizontal);
        // The monitor has kept every sample since Run; the panel draws them when built.
        run->statsPanel()->setWindowMinutes(1);
        run->statsPanel()->showPod(m_runPod);
        delay = FillDelayMs;
        ++m_step;
        break;
    default:
        run->statsPanel()->refreshNow();
        save(QStringLiteral("stats.png"));
        return finishRun();
    }
    QTimer::singleShot(delay, this, &Screenshotter::runStep);
}

void Screenshotter::finishRun()
{
    // The pod goes with the application; nothing asks, nothing is left on Podman.
    RunWorkspace *run = m_window->runWorkspace();
    run->controller()->setQuitPrompt(
        [](const QStringList &, QWidget *) { return RunController::QuitChoice::RemovePods; });
    run->confirmQuit();
    m_window->autosaver()->discard();
    QCoreApplication::exit(m_failed ? 1 : 0);
}

} // namespace podwright::gui
