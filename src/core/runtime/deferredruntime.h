#pragma once

#include "podruntime.h"

#include <functional>

namespace podwright {

/**
 * A PodRuntime that builds the real one on first use and passes everything through. The window
 * gets the Podman runtime from the run module (RunModule), which should not be loaded for a
 * learner who only designs: until a slot is called, nothing is loaded and availability() is
 * Unknown. When the factory fails, availabilityChanged() reports Unavailable with its message
 * and every request fails with it.
 */
class DeferredRuntime : public PodRuntime
{
    Q_OBJECT
public:
    /// Returns the runtime (taken over), or null with `*error` set.
    using Factory = std::function<PodRuntime *(QString *error)>;

    explicit DeferredRuntime(Factory factory, QObject *parent = nullptr);

    /// The real runtime; null until first use or when it could not be built.
    PodRuntime *target() const { return m_target; }

    Availability availability() const override;
    QString availabilityMessage() const override;
    std::vector<PodRuntimeStatus> pods() const override;
    std::optional<PodRuntimeStatus> pod(const QString &name) const override;

public Q_SLOTS:
    void connectToRuntime() override;
    void runPod(const QByteArray &yaml) override;
    void stopPod(const QString &name, int graceSeconds = -1) override;
    void removePod(const QString &name) override;
    void refresh() override;
    int requestLogs(const QString &pod, const QString &container,
                    const LogOptions &options) override;
    void cancelLogs(int requestId) override;

Q_SIGNALS:
    /// The real runtime exists now (emitted before the request that built it is passed on).
    void targetCreated(podwright::PodRuntime *runtime);

private:
    PodRuntime *ensureTarget();
    void fail(const QString &pod);

    Factory m_factory;
    PodRuntime *m_target = nullptr;
    QString m_error; ///< why the factory failed
};

} // namespace podwright
