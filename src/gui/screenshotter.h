#pragma once

#include <QDir>
#include <QObject>

namespace podwright::gui {

class MainWindow;

/**
 * Drives the real window through the documentation screenshots (the hidden
 * `--screenshot-dir DIR` option, used by docs/screenshots/take-screenshots.sh): the canvas,
 * a selected container in the inspector, and the YAML pane with a finding. Each is a
 * QWidget::grab() of the whole window; the application quits afterwards.
 *
 * With PODWRIGHT_SCREENSHOT_RUN=SECONDS in the environment it takes the run shots instead
 * (docs/screenshots/take-app-run-screenshots.sh, the user guide's pictures): it runs the
 * first pod with the Run action, waits until it is Running and SECONDS more of charting, then
 * saves running.png (canvas badges and bars, Pods panel), logs.png (the first app container's
 * output) and stats.png (the pod's charts), and removes the pod before quitting.
 */
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(MainWindow *window, const QString &directory);

    void start();

private:
    void step();
    void runStep();
    void finishRun();
    bool save(const QString &name);
    int firstPod() const;

    MainWindow *m_window;
    QDir m_directory;
    int m_step = 0;
    bool m_failed = false;
    int m_runSeconds = 0; ///< > 0: the run shots, after this long Running
    QString m_runPod;
    qint64 m_runningSince = 0;
    qint64 m_runDeadline = 0;
};

} // namespace podwright::gui
