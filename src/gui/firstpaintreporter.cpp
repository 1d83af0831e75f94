#include "firstpaintreporter.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace podwright::gui {

FirstPaintReporter::FirstPaintReporter(QWidget *window, bool exitAfter)
    : QObject(window)
    , m_window(window)
    , m_exitAfter(exitAfter)
{
    // Children paint through the window's backing store: watch every widget's paint events.
    qApp->installEventFilter(this);
}

void FirstPaintReporter::installIfRequested(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("PODWRIGHT_REPORT_FIRST_PAINT"))
        return;
    new FirstPaintReporter(
        window, qEnvironmentVariable("PODWRIGHT_REPORT_FIRST_PAINT") == QLatin1String("exit"));
}

void FirstPaintReporter::markStage(const char *name)
{
    if (!qEnvironmentVariableIsSet("PODWRIGHT_REPORT_FIRST_PAINT"))
        return;
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    timespec cpu {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    std::fprintf(stderr, "startup-stage %s %lld %lld\n", name,
                 static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec,
                 static_cast<long long>(cpu.tv_sec) * 1000000000LL + cpu.tv_nsec);
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_reported && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_reported = true;
        markStage("paint-begins");
        // Report once this paint pass (and the flush to the screen that ends it) is done.
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintReporter::report()
{
    qApp->removeEventFilter(this);
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    // The CPU time of the process (all threads) up to here as well: on a loaded machine the
    // wall time mostly measures waiting for a core, the CPU time the work itself.
    timespec cpu {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    std::fprintf(stderr, "first-paint-monotonic-ns %lld\nfirst-paint-cpu-ns %lld\n",
                 static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec,
                 static_cast<long long>(cpu.tv_sec) * 1000000000LL + cpu.tv_nsec);
    std::fflush(stderr);
    if (m_exitAfter)
        QCoreApplication::exit(0);
}

} // namespace podwright::gui
