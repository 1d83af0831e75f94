#include "podspanel.h"

#include "runcontroller.h"
#include "runtime/podruntime.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace podwright::gui {

namespace {
enum Column { NameColumn, StateColumn, RestartsColumn, PortsColumn };
enum Role { PodRole = Qt::UserRole, ContainerRole, PortRole };
} // namespace

QString describeContainerState(const ContainerRuntimeState &state)
{
    switch (state.state) {
    case ContainerRuntimeState::State::Running:
        return state.isTerminating() ? PodsPanel::tr("Running: terminating")
                                     : PodsPanel::tr("Running");
    case ContainerRuntimeState::State::Terminated:
        return PodsPanel::tr("Terminated: %1 (exit %2)").arg(state.reason).arg(state.exitCode);
    case ContainerRuntimeState::State::Waiting:
        return state.reason.isEmpty() ? PodsPanel::tr("Waiting")
                                      : PodsPanel::tr("Waiting: %1").arg(state.reason);
    case ContainerRuntimeState::State::Unknown: break;
    }
    return PodsPanel::tr("Unknown");
}

PodsPanel::PodsPanel(RunController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_tree(new QTreeWidget(this))
    , m_availability(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({ tr("Pod / container"), tr("State"), tr("Restarts"), tr("Ports") });
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    // "Terminated: Completed (exit 0)" must be read whole, not elided.
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Pods"));
    m_availability->setWordWrap(true);
    m_availability->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto makeButton = [this](const QString &text, const QString &tip, void (PodsPanel::*slot)()) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        connect(button, &QToolButton::clicked, this, slot);
        return button;
    };
    m_stop
        = makeButton(tr("Stop"), tr("Stop the pod: SIGTERM, then SIGKILL after its grace period"),
                     &PodsPanel::stopCurrent);
    m_remove = makeButton(tr("Remove"), tr("Remove the pod and its containers"),
                          &PodsPanel::removeCurrent);
    m_rerun = makeButton(tr("Re-run"), tr("Replace the pod with the current design"),
                         &PodsPanel::rerunCurrent);
    m_logs = makeButton(tr("Logs"), tr("Show the selected container's output"),
                        &PodsPanel::showLogsOfCurrent);
    m_request = makeButton(tr("Send Request"), tr("HTTP GET to the pod's published port"),
                           &PodsPanel::sendRequestToCurrent);
    m_browser
        = makeButton(tr("Open in Browser"), tr("Open the pod's published port in the web browser"),
                     &PodsPanel::openCurrentInBrowser);

    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : { m_stop, m_remove, m_rerun, m_logs, m_request, m_browser })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);
    layout->addWidget(m_availability);
    layout->addWidget(m_error);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    PodRuntime *runtime = m_controller->runtime();
    connect(runtime, &PodRuntime::podChanged, this, &PodsPanel::updatePod);
    connect(runtime, &PodRuntime::podRemoved, this, &PodsPanel::removePodRow);
    connect(runtime, &PodRuntime::refreshed, this, [this, runtime] {
        for (const PodRuntimeStatus &status : runtime->pods())
            updatePod(status);
    });
    connect(runtime, &PodRuntime::availabilityChanged, this,
            [this](PodRuntime::Availability availability, const QString &message) {
                m_availability->setText(availability == PodRuntime::Availability::Ready ? QString()
                                                                                        : message);
                m_availability->setVisible(availability != PodRuntime::Availability::Ready);
            });
    // Built after the runtime failed (the run module missing, Podman not installed): say so.
    const PodRuntime::Availability known = runtime->availability();
    const bool failed = known == PodRuntime::Availability::NotInstalled
        || known == PodRuntime::Availability::Unavailable;
    m_availability->setText(failed ? runtime->availabilityMessage() : QString());
    m_availability->setVisible(failed);
    connect(runtime, &PodRuntime::errorOccurred, this, [this](const RuntimeError &error) {
        // "Podman is not installed…" comes both as the availability (the line above) and as
        // the error of the Run that waited for it: say it once.
        const QString known = m_availability->text();
        if (!known.isEmpty() && (error.message == known || error.detail == known))
            return;
        QString where;
        if (!error.container.isEmpty())
            where = tr("Pod %1, container %2: ").arg(error.pod, error.container);
        else if (!error.pod.isEmpty())
            where = tr("Pod %1: ").arg(error.pod);
        QString text = where + error.message;
        if (!error.detail.isEmpty())
            text += QLatin1Char('\n') + tr("Podman said: %1").arg(error.detail);
        m_error->setText(text);
        m_error->setVisible(true);
    });
    // Running a pod again starts with a clean slate.
    connect(runtime, &PodRuntime::podChanged, this, [this](const PodRuntimeStatus &status) {
        if (status.phase == QLatin1String("Pending") && m_error->text().contains(status.name))
            m_error->setVisible(false);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PodsPanel::updateActions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, ContainerRole).toString().isEmpty())
            showLogsOfCurrent();
    });
    for (const PodRuntimeStatus &status : runtime->pods())
        updatePod(status);
    updateActions();
}

QTreeWidgetItem *PodsPanel::podItem(const QString &name) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, PodRole).toString() == name)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

void PodsPanel::updatePod(const PodRuntimeStatus &status)
{
    QTreeWidgetItem *pod = podItem(status.name);
    if (!pod) {
        pod = new QTreeWidgetItem(m_tree);
        pod->setData(0, PodRole, status.name);
        pod->setExpanded(true);
    }
    pod->setText(NameColumn, status.name);
    pod->setText(StateColumn, status.phase);
    pod->setToolTip(StateColumn, status.message);
    QStringList ports;
    for (const PublishedPort &port : status.ports)
        ports << QStringLiteral("%1→%2/%3")
                     .arg(port.hostPort)
                     .arg(port.containerPort)
                     .arg(port.protocol.toLower());
    pod->setText(PortsColumn, ports.join(QLatin1String(", ")));
    pod->setData(0, PortRole, status.ports.empty() ? 0 : status.ports.front().hostPort);

    // Rows are reused in order, so the selection stays on the same container across updates.
    while (pod->childCount() > int(status.containers.size()))
        delete pod->takeChild(pod->childCount() - 1);
    for (size_t i = 0; i < status.containers.size(); ++i) {
        const ContainerRuntimeState &c = status.containers[i];
        QTreeWidgetItem *row
            = int(i) < pod->childCount() ? pod->child(int(i)) : new QTreeWidgetItem(pod);
        row->setData(0, PodRole, status.name);
        row->setData(0, ContainerRole, c.name);
        row->setText(NameColumn,
                     c.sidecar    ? tr("%1 (sidecar)").arg(c.name)
                         : c.init ? tr("%1 (init)").arg(c.name)
                                  : c.name);
        row->setText(StateColumn, describeContainerState(c));
        row->setText(RestartsColumn, QString::number(c.restartCount));
        QStringList containerPorts;
        for (const PublishedPort &port : status.ports) {
            if (port.container == c.name)
                containerPorts << QString::number(port.hostPort);
        }
        row->setText(PortsColumn, containerPorts.join(QLatin1String(", ")));
    }
    updateActions();
}

void PodsPanel::removePodRow(const QString &name)
{
    delete podItem(name);
    updateActions();
}

QString PodsPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PodsPanel::currentPod() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, PodRole).toString() : QString();
}

QString PodsPanel::currentContainer() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, ContainerRole).toString() : QString();
}

int PodsPanel::currentHostPort() const
{
    const QTreeWidgetItem *pod = podItem(currentPod());
    return pod ? pod->data(0, PortRole).toInt() : 0;
}

QUrl PodsPanel::currentUrl() const
{
    const int port = currentHostPort();
    return port > 0 ? QUrl(QStringLiteral("http://localhost:%1/").arg(port)) : QUrl();
}

void PodsPanel::updateActions()
{
    const bool pod = !currentPod().isEmpty();
    for (QToolButton *button : { m_stop, m_remove, m_rerun })
        button->setEnabled(pod);
    m_logs->setEnabled(!currentContainer().isEmpty());
    m_request->setEnabled(currentHostPort() > 0);
    m_browser->setEnabled(currentHostPort() > 0);
}

void PodsPanel::stopCurrent()
{
    if (!currentPod().isEmpty())
        m_controller->stopPod(currentPod());
}

void PodsPanel::removeCurrent()
{
    if (!currentPod().isEmpty())
        m_controller->removePod(currentPod());
}

void PodsPanel::rerunCurrent()
{
    if (!currentPod().isEmpty())
        m_controller->rerunPod(currentPod());
}

void PodsPanel::showLogsOfCurrent()
{
    if (!currentContainer().isEmpty())
        Q_EMIT logsRequested(currentPod(), currentContainer());
}

void PodsPanel::sendRequestToCurrent()
{
    if (currentUrl().isValid())
        Q_EMIT sendRequestRequested(currentUrl());
}

void PodsPanel::openCurrentInBrowser()
{
    if (currentUrl().isValid())
        QDesktopServices::openUrl(currentUrl());
}

} // namespace podwright::gui
