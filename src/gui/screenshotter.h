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
 */
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(MainWindow *window, const QString &directory);

    void start();

private:
    void step();
    bool save(const QString &name);

    MainWindow *m_window;
    QDir m_directory;
    int m_step = 0;
    bool m_failed = false;
};

} // namespace podwright::gui
