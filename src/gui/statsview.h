#pragma once

#include <QWidget>

namespace podwright {
class StatsMonitor;
struct Pod;
} // namespace podwright

namespace podwright::gui {

/**
 * What the window (and the screenshot tool) ask of the Stats dock's panel. The panel itself
 * (StatsPanel, charts) lives in the run module, which the executable does not link: it calls
 * these through the vtable only, so nothing of Qt Charts is needed until the dock is shown.
 */
class StatsView : public QWidget
{
public:
    using QWidget::QWidget;

    virtual StatsMonitor *monitor() const = 0;
    /// Request and limit lines for the pod named in `pod.metadata.name`.
    virtual void setPodSpec(const podwright::Pod &pod) = 0;
    virtual void showPod(const QString &pod) = 0;
    virtual void setWindowMinutes(int minutes) = 0;
    /// Redraws what is visible now.
    virtual void refreshNow() = 0;
};

} // namespace podwright::gui
