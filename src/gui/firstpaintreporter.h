#pragma once

#include <QObject>

class QWidget;

namespace podwright::gui {

/**
 * For the start-up benchmark: when PODWRIGHT_REPORT_FIRST_PAINT is set, prints
 * "first-paint-monotonic-ns <CLOCK_MONOTONIC nanoseconds>" and "first-paint-cpu-ns <process CPU
 * nanoseconds>" to stderr once `window` has painted for the first time, and quits the
 * application if the variable's value is "exit".
 *
 * Compiled both into the app and into the bare comparison window, so that both measure the same
 * moment in the same way.
 */
class FirstPaintReporter : public QObject
{
    Q_OBJECT
public:
    /// Installs a reporter on `window` if the environment asks for one.
    static void installIfRequested(QWidget *window);
    /// When the environment asks for a report, prints "startup-stage <name> <CLOCK_MONOTONIC
    /// ns> <process CPU ns>", so that bench_startup can say where the time before the first
    /// paint goes. Safe to call before the QApplication exists.
    static void markStage(const char *name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintReporter(QWidget *window, bool exitAfter);
    void report();

    QWidget *m_window;
    bool m_exitAfter;
    bool m_reported = false;
};

} // namespace podwright::gui
