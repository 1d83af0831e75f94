#pragma once

#include "runtime/runtimetypes.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace podwright::gui {

class RunController;

/**
 * The Pods panel: every pod the runtime knows with its phase, each container's state (waiting,
 * running, terminated with exit code and reason, restarts) and published ports, updated live
 * from the runtime's signals. Its actions go to the RunController (Stop, Remove, Re-run) or
 * out as signals the window routes (logs, Send request); Open in browser is done here.
 */
class PodsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PodsPanel(RunController *controller, QWidget *parent = nullptr);

    /// The pod (and container, for a container row) of the current row.
    QString currentPod() const;
    QString currentContainer() const;
    /// The first published host port of the current pod, 0 if none.
    int currentHostPort() const;
    QTreeWidget *tree() const { return m_tree; }
    /// The last runtime error, in full (which pod, which container, Podman's own text).
    QString errorText() const;

public Q_SLOTS:
    void stopCurrent();
    void removeCurrent();
    void rerunCurrent();
    void showLogsOfCurrent();
    void sendRequestToCurrent();
    void openCurrentInBrowser();

Q_SIGNALS:
    /// A container's logs should be shown (double-click or the Logs action).
    void logsRequested(const QString &pod, const QString &container);
    /// "Send request" on a published port: show a SendRequestDialog for this URL.
    void sendRequestRequested(const QUrl &url);

private:
    void updatePod(const PodRuntimeStatus &status);
    void removePodRow(const QString &name);
    void updateActions();
    QTreeWidgetItem *podItem(const QString &name) const;
    QUrl currentUrl() const;

    RunController *m_controller;
    QTreeWidget *m_tree;
    QLabel *m_availability;
    QLabel *m_error;
    QToolButton *m_stop;
    QToolButton *m_remove;
    QToolButton *m_rerun;
    QToolButton *m_logs;
    QToolButton *m_request;
    QToolButton *m_browser;
};

/// How a container state reads in the panel: "Running", "Terminated: Error (exit 3)"...
QString describeContainerState(const ContainerRuntimeState &state);

} // namespace podwright::gui
