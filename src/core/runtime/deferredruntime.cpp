#include "deferredruntime.h"

#include <QTimer>

namespace podwright {

DeferredRuntime::DeferredRuntime(Factory factory, QObject *parent)
    : PodRuntime(parent)
    , m_factory(std::move(factory))
{ }

PodRuntime::Availability DeferredRuntime::availability() const
{
    if (m_target)
        return m_target->availability();
    return m_error.isEmpty() ? Availability::Unknown : Availability::Unavailable;
}

QString DeferredRuntime::availabilityMessage() const
{
    return m_target ? m_target->availabilityMessage() : m_error;
}

std::vector<PodRuntimeStatus> DeferredRuntime::pods() const
{
    return m_target ? m_target->pods() : std::vector<PodRuntimeStatus>();
}

std::optional<PodRuntimeStatus> DeferredRuntime::pod(const QString &name) const
{
    return m_target ? m_target->pod(name) : std::nullopt;
}

PodRuntime *DeferredRuntime::ensureTarget()
{
    if (m_target || !m_factory)
        return m_target;
    const Factory factory = std::exchange(m_factory, nullptr); // tried once
    m_target = factory(&m_error);
    if (!m_target) {
        Q_EMIT availabilityChanged(Availability::Unavailable, m_error);
        return nullptr;
    }
    m_target->setParent(this);
    connect(m_target, &PodRuntime::availabilityChanged, this, &PodRuntime::availabilityChanged);
    connect(m_target, &PodRuntime::podChanged, this, &PodRuntime::podChanged);
    connect(m_target, &PodRuntime::podRemoved, this, &PodRuntime::podRemoved);
    connect(m_target, &PodRuntime::podStopped, this, &PodRuntime::podStopped);
    connect(m_target, &PodRuntime::refreshed, this, &PodRuntime::refreshed);
    connect(m_target, &PodRuntime::eventReceived, this, &PodRuntime::eventReceived);
    connect(m_target, &PodRuntime::errorOccurred, this, &PodRuntime::errorOccurred);
    connect(m_target, &PodRuntime::logLine, this, &PodRuntime::logLine);
    connect(m_target, &PodRuntime::logsFinished, this, &PodRuntime::logsFinished);
    Q_EMIT targetCreated(m_target);
    return m_target;
}

void DeferredRuntime::fail(const QString &pod)
{
    RuntimeError error;
    error.pod = pod;
    error.message = m_error;
    Q_EMIT errorOccurred(error);
}

void DeferredRuntime::connectToRuntime()
{
    if (PodRuntime *target = ensureTarget())
        target->connectToRuntime();
}

void DeferredRuntime::runPod(const QByteArray &yaml)
{
    if (PodRuntime *target = ensureTarget())
        target->runPod(yaml);
    else
        fail({});
}

void DeferredRuntime::stopPod(const QString &name, int graceSeconds)
{
    if (PodRuntime *target = ensureTarget())
        target->stopPod(name, graceSeconds);
    else
        fail(name);
}

void DeferredRuntime::removePod(const QString &name)
{
    if (PodRuntime *target = ensureTarget())
        target->removePod(name);
    else
        fail(name);
}

void DeferredRuntime::refresh()
{
    if (PodRuntime *target = ensureTarget())
        target->refresh();
}

int DeferredRuntime::requestLogs(const QString &pod, const QString &container,
                                 const LogOptions &options)
{
    if (PodRuntime *target = ensureTarget())
        return target->requestLogs(pod, container, options);
    // The caller learns the id first, then that the stream ended.
    constexpr int failedId = 1;
    QTimer::singleShot(0, this, [this] { Q_EMIT logsFinished(failedId, m_error); });
    return failedId;
}

void DeferredRuntime::cancelLogs(int requestId)
{
    if (m_target)
        m_target->cancelLogs(requestId);
}

} // namespace podwright
