#pragma once

#include "podmanservice.h"
#include "podruntime.h"

#include <functional>
#include <map>
#include <memory>

namespace podwright {

class HttpReply;
class PodmanClient;
class PodRun;
struct RunPlan;
class StreamDecoder;

/**
 * PodRuntime on Podman's libpod REST API. Finds or starts the service (PodmanService), keeps
 * the event stream open, sequences the pods it runs (PodRun) and reconnects when the service
 * goes away mid-run.
 */
class PodmanRuntime : public PodRuntime
{
    Q_OBJECT
public:
    explicit PodmanRuntime(const PodmanService::Options &options = {}, QObject *parent = nullptr);
    ~PodmanRuntime() override;

    Availability availability() const override { return m_availability; }
    QString availabilityMessage() const override { return m_message; }
    std::vector<PodRuntimeStatus> pods() const override;
    std::optional<PodRuntimeStatus> pod(const QString &name) const override;

    /// The service in use (for tests: its pid, whether Podwright started it).
    const PodmanService *service() const { return m_service; }
    /// The connection of the moment; null until Ready.
    PodmanClient *client() const { return m_client; }

public Q_SLOTS:
    void connectToRuntime() override;
    void runPod(const QByteArray &yaml) override;
    void stopPod(const QString &name, int graceSeconds = -1) override;
    void removePod(const QString &name) override;
    void refresh() override;
    int requestLogs(const QString &pod, const QString &container,
                    const LogOptions &options) override;
    void cancelLogs(int requestId) override;

private:
    void setAvailability(Availability availability, const QString &message);
    /// Runs `action` once the service answers (at once if it does already).
    void whenReady(std::function<void()> action);
    void onServiceReady(const QString &socketPath);
    void onServiceFailed(const QString &message, bool notInstalled);
    void onConnectionLost(const QString &message);
    void openEvents();
    void handleEvent(const QByteArray &line);
    void startRun(const RunPlan &plan);
    void playRun(const RunPlan &plan);
    /// Stops a pod this process did not run.
    void stopListedPod(const QString &name, int graceSeconds);
    PodRun *runById(const QString &podId) const;
    void forgetRun(const QString &name);
    static QString containerInMessage(const RunPlan &plan, const QString &message);
    /// In podmanlogs.cpp: a log request, and a follow resumed after the service came back.
    struct LogFollow;
    void openLogs(int id, const std::shared_ptr<LogFollow> &follow);
    void resumeLogs(int id, const std::shared_ptr<LogFollow> &follow, const QString &why);
    /// The runtime gave up reconnecting: the follows waiting for it end, saying so.
    void endResumingLogs(const QString &message);

    PodmanService *m_service;
    PodmanClient *m_client = nullptr;
    HttpReply *m_events = nullptr;
    std::unique_ptr<StreamDecoder> m_eventDecoder;
    Availability m_availability = Availability::Unknown;
    QString m_message;
    std::vector<std::function<void()>> m_pending;
    std::map<QString, PodRun *> m_runs; ///< by pod name, children of this
    std::map<QString, PodRuntimeStatus> m_listed; ///< other pods, from refresh()
    std::map<int, HttpReply *> m_logs;
    std::map<int, std::shared_ptr<LogFollow>> m_resuming; ///< follows waiting for the service
    int m_nextLogId = 1;
    static constexpr int kMaxReconnectAttempts = 30;
    int m_reconnectAttempts = 0; ///< > 0 while reconnecting after a loss
};

} // namespace podwright
