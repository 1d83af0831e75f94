#include "runcontroller.h"

#include "runmodule.h"
#include "runtime/deferredruntime.h"
#include "runtime/runplan.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace podwright::gui {

RunController::RunController(PodRuntime *runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
{
    m_runtime->setParent(this);
    connect(m_runtime, &PodRuntime::podRemoved, this,
            [this](const QString &name) { m_started.erase(name); });
    connect(m_runtime, &PodRuntime::availabilityChanged, this,
            [this](PodRuntime::Availability, const QString &message) {
                Q_EMIT statusMessage(message);
            });
    connect(m_runtime, &PodRuntime::errorOccurred, this,
            [this](const RuntimeError &error) { Q_EMIT statusMessage(error.message); });
}

RunController *RunController::createForPodman(QObject *parent)
{
    // The Podman runtime needs Qt Network, so it is in the run module, loaded on first use.
    return new RunController(new DeferredRuntime([](QString *error) -> PodRuntime * {
                                 const RunModuleApi *api = RunModule::api(error);
                                 return api ? api->createPodmanRuntime(nullptr) : nullptr;
                             }),
                             parent);
}

QStringList RunController::startedPods() const
{
    QStringList pods;
    for (const auto &[name, yaml] : m_started) {
        // Not a pod that failed before Podman held it (Podman or an image missing) or that was
        // removed right after a failed start: it has no Podman id.
        const std::optional<PodRuntimeStatus> status = m_runtime->pod(name);
        if (!status || status->phase != QLatin1String("Failed") || !status->id.isEmpty())
            pods << name;
    }
    return pods;
}

QByteArray RunController::lastYaml(const QString &pod) const
{
    const auto it = m_started.find(pod);
    return it == m_started.end() ? QByteArray() : it->second;
}

void RunController::runPod(const QByteArray &yaml)
{
    QString error;
    const std::optional<RunPlan> plan = RunPlan::fromYaml(yaml, &error);
    if (plan) {
        m_started[plan->podName] = yaml;
        Q_EMIT statusMessage(tr("Running pod %1…").arg(plan->podName));
    }
    m_runtime->runPod(yaml); // reports a YAML it cannot run through errorOccurred
}

void RunController::askToRun(const QByteArray &yaml, QWidget *parent)
{
    QString error;
    const std::optional<RunPlan> plan = RunPlan::fromYaml(yaml, &error);
    if (!plan || m_started.count(plan->podName) > 0)
        return runPod(yaml); // a re-run of this window's own pod, or a YAML runPod() refuses
    const QString name = plan->podName;
    // One answer from whichever comes first, the listing or Podman out of reach; the
    // waiter takes both connections with it. Queued: the question's event loop must not run
    // inside the runtime's signal.
    auto *waiter = new QObject(this);
    auto decide = [this, waiter, yaml, name, parent = QPointer<QWidget>(parent)] {
        if (waiter->property("decided").toBool())
            return;
        waiter->setProperty("decided", true);
        waiter->deleteLater();
        const std::optional<PodRuntimeStatus> existing = m_runtime->pod(name);
        if (existing && !m_replacePrompt(*existing, parent)) {
            Q_EMIT statusMessage(tr("Pod %1 left as it was: nothing was run.").arg(name));
            return;
        }
        runPod(yaml);
    };
    connect(m_runtime, &PodRuntime::refreshed, waiter, decide, Qt::QueuedConnection);
    connect(
        m_runtime, &PodRuntime::availabilityChanged, waiter,
        [decide](PodRuntime::Availability availability) {
            if (availability == PodRuntime::Availability::NotInstalled
                || availability == PodRuntime::Availability::Unavailable)
                decide();
        },
        Qt::QueuedConnection);
    // A listing that fails ("Could not list the pods") must not leave Run doing nothing.
    connect(
        m_runtime, &PodRuntime::errorOccurred, waiter, [decide] { decide(); },
        Qt::QueuedConnection);
    const PodRuntime::Availability now = m_runtime->availability();
    if (now == PodRuntime::Availability::NotInstalled
        || now == PodRuntime::Availability::Unavailable)
        return decide();
    m_runtime->refresh();
}

void RunController::stopPod(const QString &name)
{
    Q_EMIT statusMessage(tr("Stopping pod %1…").arg(name));
    m_runtime->stopPod(name);
}

void RunController::removePod(const QString &name)
{
    Q_EMIT statusMessage(tr("Removing pod %1…").arg(name));
    m_runtime->removePod(name);
}

void RunController::rerunPod(const QString &name)
{
    QByteArray yaml = m_yamlProvider ? m_yamlProvider(name) : QByteArray();
    if (yaml.isEmpty())
        yaml = lastYaml(name);
    if (yaml.isEmpty()) {
        Q_EMIT statusMessage(
            tr("Pod %1 was not started from Podwright: there is nothing to re-run.").arg(name));
        return;
    }
    runPod(yaml);
}

void RunController::refresh()
{
    m_runtime->refresh();
}

bool RunController::askReplaceWithDialog(const PodRuntimeStatus &existing, QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Replace Pod?"),
                    tr("Podman already has a pod named “%1” (%2), not started from this "
                       "window.\n\nRunning the design replaces it: its containers are removed, "
                       "and their logs with them.")
                        .arg(existing.name, existing.phase),
                    QMessageBox::NoButton, parent);
    QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

RunController::QuitChoice RunController::askWithDialog(const QStringList &pods, QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Pods still running"),
                    tr("Podwright started these pods, which are still on Podman:\n\n%1\n\nWhat "
                       "should happen to them?")
                        .arg(pods.join(QLatin1Char('\n'))),
                    QMessageBox::NoButton, parent);
    QPushButton *remove = box.addButton(tr("Stop and Remove"), QMessageBox::DestructiveRole);
    QPushButton *leave = box.addButton(tr("Leave Running"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(leave);
    box.exec();
    if (box.clickedButton() == remove)
        return QuitChoice::RemovePods;
    if (box.clickedButton() == leave)
        return QuitChoice::LeavePods;
    return QuitChoice::Cancel;
}

bool RunController::confirmQuit(QWidget *parent, int timeoutMs)
{
    const QStringList pods = startedPods();
    if (pods.isEmpty())
        return true;
    const QuitChoice choice = m_quitPrompt(pods, parent);
    if (choice == QuitChoice::Cancel)
        return false;
    if (choice == QuitChoice::LeavePods)
        return true;
    // Quitting is the one place where waiting is right: a pod left half-removed is worse.
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(m_runtime, &PodRuntime::podRemoved, &loop, [this, &loop] {
        if (m_started.empty())
            loop.quit();
    });
    for (const QString &pod : pods)
        m_runtime->removePod(pod);
    if (!m_started.empty())
        loop.exec();
    return true;
}

} // namespace podwright::gui
