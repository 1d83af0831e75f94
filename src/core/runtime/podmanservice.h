#pragma once

#include <QDateTime>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace podwright {

class PodmanClient;

/**
 * Finds a Podman API socket that answers, or starts a private `podman system service`.
 *
 * Order: $CONTAINER_HOST (unix://...), $XDG_RUNTIME_DIR/podman/podman.sock (rootless),
 * /run/podman/podman.sock (rootful). When none answers a _ping, it runs
 * `podman system service --time=0 unix://<private 0700 dir>/podman.sock` and stops it when
 * destroyed (or on shutdown()). If that service dies, serviceLost() fires; reconnect() starts
 * it again.
 */
class PodmanService : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QStringList candidates = defaultCandidates();
        bool startServiceIfNeeded = true;
        QString program = QStringLiteral("podman");
        int pingTimeoutMs = 2000;
        int startTimeoutMs = 15000;
    };
    static QStringList defaultCandidates();
    static QString installHint();

    explicit PodmanService(const Options &options, QObject *parent = nullptr);
    ~PodmanService() override;

    QString socketPath() const { return m_socketPath; }
    bool ownsService() const { return m_process != nullptr; }
    qint64 servicePid() const;
    /// What the private service logged at level error since `since` (its log has whole
    /// seconds), oldest first; empty when the service is not Podwright's.
    QStringList loggedErrorsSince(const QDateTime &since);

    /// Asynchronous: ready() or failed() follows.
    void start();
    /// After a loss: tries the sockets again, restarting the private service if it was ours.
    void reconnect();
    /// Stops the service this object started (SIGTERM, then SIGKILL after 5 s).
    void shutdown();

Q_SIGNALS:
    void ready(const QString &socketPath);
    void failed(const QString &message, bool notInstalled);
    /// The private service exited while in use.
    void serviceLost(const QString &message);

private:
    void tryCandidate(int index);
    void startOwnService();
    void pollOwnService();
    QString programPath() const;

    Options m_options;
    QString m_socketPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QByteArray m_serviceOutput;
    QTimer m_pollTimer;
    qint64 m_pollDeadline = 0;
    bool m_restartOwn = false;
    PodmanClient *m_probe = nullptr;
};

} // namespace podwright
