#pragma once

#include "runtime/podruntime.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <map>

class QWidget;

namespace podwright::gui {

/**
 * Owns the runtime for the window: runs, stops, removes and re-runs pods, remembers which pods
 * Podwright started in this session, and on quit asks what to do with those still there.
 *
 * The window connects its Run action to runPod() (with writePod() of the current pod), gives
 * setYamlProvider() a way to export the current version of a pod for Re-run, and calls
 * confirmQuit() from closeEvent().
 */
class RunController : public QObject
{
    Q_OBJECT
public:
    enum class QuitChoice { RemovePods, LeavePods, Cancel };
    using QuitPrompt = std::function<QuitChoice(const QStringList &pods, QWidget *parent)>;
    using YamlProvider = std::function<QByteArray(const QString &podName)>;
    /// Whether to replace `existing`, a pod of the same name this window did not start.
    using ReplacePrompt = std::function<bool(const PodRuntimeStatus &existing, QWidget *parent)>;

    /// Takes ownership of `runtime`.
    explicit RunController(PodRuntime *runtime, QObject *parent = nullptr);
    /// A controller on the Podman runtime (socket discovery, private service when needed), built
    /// on first use through the run module: runtime() is a DeferredRuntime.
    static RunController *createForPodman(QObject *parent = nullptr);

    PodRuntime *runtime() const { return m_runtime; }
    /// Pods started from this window that still exist.
    QStringList startedPods() const;
    /// The YAML last sent for `pod` (empty if none).
    QByteArray lastYaml(const QString &pod) const;

    /// Re-run takes the pod's YAML from here when set (the current, edited design), else the
    /// YAML sent last.
    void setYamlProvider(YamlProvider provider) { m_yamlProvider = std::move(provider); }
    /// Replaces the question asked on quit (tests answer without a dialog).
    void setQuitPrompt(QuitPrompt prompt) { m_quitPrompt = std::move(prompt); }
    /// Replaces the question askToRun() asks (tests answer without a dialog).
    void setReplacePrompt(ReplacePrompt prompt) { m_replacePrompt = std::move(prompt); }

    /// runPod() for the Run action: Podman runs a pod by replacing any pod of its name, so
    /// when a fresh listing shows one that this window did not start (from a terminal,
    /// another window, an earlier session), ask first: its containers and their logs would
    /// go. Runs at once when Podman cannot list (runPod() then says why).
    void askToRun(const QByteArray &yaml, QWidget *parent);

    /// Call from the window's closeEvent(): false means "do not quit". With RemovePods it
    /// removes the pods and waits (at most `timeoutMs`) for Podman to confirm.
    bool confirmQuit(QWidget *parent, int timeoutMs = 15000);

public Q_SLOTS:
    void runPod(const QByteArray &yaml);
    void stopPod(const QString &name);
    void removePod(const QString &name);
    void rerunPod(const QString &name);
    void refresh();

Q_SIGNALS:
    /// A one-line status for the status bar ("Running web…", "Podman is not installed…").
    void statusMessage(const QString &text);

private:
    static QuitChoice askWithDialog(const QStringList &pods, QWidget *parent);
    static bool askReplaceWithDialog(const PodRuntimeStatus &existing, QWidget *parent);

    PodRuntime *m_runtime;
    std::map<QString, QByteArray> m_started; ///< pod name -> YAML sent
    YamlProvider m_yamlProvider;
    QuitPrompt m_quitPrompt = &RunController::askWithDialog;
    ReplacePrompt m_replacePrompt = &RunController::askReplaceWithDialog;
};

} // namespace podwright::gui
