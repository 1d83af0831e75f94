#include "screenshotter.h"

#include "autosaver.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "podcommands.h"
#include "poddocument.h"
#include "podview.h"
#include "problemspanel.h"
#include "selectionmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QTimer>

#include <cstdio>

namespace podwright::gui {

namespace {
// Long enough for layout, highlighting and the YAML pane's pause to settle between shots.
constexpr int StepDelayMs = 700;
} // namespace

Screenshotter::Screenshotter(MainWindow *window, const QString &directory)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
{ }

void Screenshotter::start()
{
    m_directory.mkpath(QStringLiteral("."));
    QTimer::singleShot(StepDelayMs, this, &Screenshotter::step);
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
    const int pod = document->manifest().podResourceIndices().empty()
        ? -1
        : document->manifest().podResourceIndices().front();
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

} // namespace podwright::gui
