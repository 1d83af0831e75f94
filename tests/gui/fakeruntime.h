#pragma once

#include "runtime/podruntime.h"

#include <QStringList>

#include <map>

/**
 * A PodRuntime for GUI tests: records what it is asked and reports what the test scripts.
 * (The real runtime is tested against a real Podman in tests/runtime.)
 */
class FakeRuntime : public podwright::PodRuntime
{
    Q_OBJECT
public:
    QStringList calls; ///< "run:<pod>", "stop:<pod>", "remove:<pod>",
                       ///< "logs:<pod>/<container>:<follow><timestamps>", "cancel:<id>"
    std::map<QString, podwright::PodRuntimeStatus> statuses;
    bool removeAnswers = true; ///< removePod() reports podRemoved() at once
    int lastLogRequest = 0;

    Availability available = Availability::Ready;
    QString availableMessage;

    Availability availability() const override { return available; }
    QString availabilityMessage() const override { return availableMessage; }
    /// What the Podman runtime says when it cannot connect (Podman missing...).
    void setAvailability(Availability availability, const QString &message)
    {
        available = availability;
        availableMessage = message;
        Q_EMIT availabilityChanged(availability, message);
    }
    std::vector<podwright::PodRuntimeStatus> pods() const override
    {
        std::vector<podwright::PodRuntimeStatus> all;
        for (const auto &[name, status] : statuses)
            all.push_back(status);
        return all;
    }
    std::optional<podwright::PodRuntimeStatus> pod(const QString &name) const override
    {
        const auto it = statuses.find(name);
        return it == statuses.end() ? std::nullopt : std::optional(it->second);
    }

    /// What Podman would report: the status is stored and announced.
    void report(const podwright::PodRuntimeStatus &status)
    {
        statuses[status.name] = status;
        Q_EMIT podChanged(status);
    }

    void connectToRuntime() override { }
    void runPod(const QByteArray &yaml) override
    {
        const qsizetype at = yaml.indexOf("name: ");
        calls << QStringLiteral("run:")
                + QString::fromUtf8(yaml.mid(at + 6, yaml.indexOf('\n', at) - at - 6));
        lastYaml = yaml;
    }
    void stopPod(const QString &name, int) override { calls << QStringLiteral("stop:") + name; }
    void removePod(const QString &name) override
    {
        calls << QStringLiteral("remove:") + name;
        if (removeAnswers) {
            statuses.erase(name);
            Q_EMIT podRemoved(name);
        }
    }
    void refresh() override { Q_EMIT refreshed(); }
    int requestLogs(const QString &pod, const QString &container,
                    const podwright::LogOptions &options) override
    {
        calls << QStringLiteral("logs:%1/%2:%3%4")
                     .arg(pod, container)
                     .arg(int(options.follow))
                     .arg(int(options.timestamps));
        return ++lastLogRequest;
    }
    void cancelLogs(int requestId) override { calls << QStringLiteral("cancel:%1").arg(requestId); }

    QByteArray lastYaml;
};
