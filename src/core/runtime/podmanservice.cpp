#include "podmanservice.h"

#include "podmanclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace podwright {

QStringList PodmanService::defaultCandidates()
{
    QStringList candidates;
    const QString host = qEnvironmentVariable("CONTAINER_HOST");
    if (host.startsWith(QLatin1String("unix://")))
        candidates << host.mid(7);
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty())
        candidates << runtimeDir + QLatin1String("/podman/podman.sock");
    candidates << QStringLiteral("/run/podman/podman.sock");
    return candidates;
}

QString PodmanService::installHint()
{
    return QStringLiteral("Podman is not installed. Install it with: sudo apt install podman "
                          "(designing, validating and exporting pods work without it).");
}

PodmanService::PodmanService(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &PodmanService::pollOwnService);
}

PodmanService::~PodmanService()
{
    shutdown();
}

qint64 PodmanService::servicePid() const
{
    return m_process ? m_process->processId() : 0;
}

QString PodmanService::programPath() const
{
    if (QFileInfo(m_options.program).isAbsolute())
        return QFileInfo(m_options.program).isExecutable() ? m_options.program : QString();
    return QStandardPaths::findExecutable(m_options.program);
}

void PodmanService::start()
{
    m_restartOwn = false;
    tryCandidate(0);
}

void PodmanService::reconnect()
{
    if (m_process || m_restartOwn) {
        // Our own service: the socket is private, so no point asking anyone else.
        m_restartOwn = true;
        shutdown();
        startOwnService();
        return;
    }
    tryCandidate(0);
}

void PodmanService::tryCandidate(int index)
{
    if (index >= m_options.candidates.size()) {
        if (!m_options.startServiceIfNeeded) {
            Q_EMIT failed(QStringLiteral("No Podman service answers at %1.")
                              .arg(m_options.candidates.join(QLatin1String(", "))),
                          programPath().isEmpty());
            return;
        }
        startOwnService();
        return;
    }
    const QString candidate = m_options.candidates.at(index);
    if (!QFileInfo::exists(candidate)) {
        tryCandidate(index + 1);
        return;
    }
    auto *probe = new PodmanClient(candidate, this);
    probe->ping(m_options.pingTimeoutMs,
                [this, probe, candidate, index](const PodmanResponse &response) {
                    probe->deleteLater();
                    if (response.ok) {
                        m_socketPath = candidate;
                        Q_EMIT ready(candidate);
                    } else {
                        tryCandidate(index + 1);
                    }
                });
}

void PodmanService::startOwnService()
{
    const QString program = programPath();
    if (program.isEmpty()) {
        Q_EMIT failed(installHint(), true);
        return;
    }
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                + QLatin1String("/podwright-podman-XXXXXX"));
        // Owner only: whoever can reach the socket controls every container.
        QFile::setPermissions(m_dir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_socketPath = m_dir->path() + QLatin1String("/podman.sock");
    QFile::remove(m_socketPath);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Not the directory Podwright was started from: conmon, which the service starts for each
    // container, writes an empty file named "oom" into its working directory when the
    // container's memory limit kills it (seen with Podman 4.3 on cgroups v1).
    m_process->setWorkingDirectory(m_dir->path());
    m_serviceOutput.clear();
    connect(m_process, &QProcess::readyRead, this, [this] {
        m_serviceOutput += m_process->readAll();
        m_serviceOutput = m_serviceOutput.right(8192);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_pollTimer.stop();
        m_process->deleteLater();
        m_process = nullptr;
        Q_EMIT failed(QStringLiteral("Podman could not be started: %1").arg(m_options.program),
                      false);
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        QProcess *process = std::exchange(m_process, nullptr);
        if (!process)
            return;
        process->deleteLater();
        const QString output = QString::fromLocal8Bit(m_serviceOutput).trimmed();
        if (m_pollTimer.isActive()) {
            m_pollTimer.stop();
            Q_EMIT failed(
                QStringLiteral("podman system service exited (code %1) before answering: %2")
                    .arg(exitCode)
                    .arg(output),
                false);
            return;
        }
        m_restartOwn = true;
        Q_EMIT serviceLost(
            QStringLiteral("The Podman service Podwright started exited (code %1).").arg(exitCode));
    });
    // The service runs with --time=0 (no idle exit): if Podwright dies without shutdown() (a
    // crash, kill -9), the kernel ends the service too instead of leaving it running for good.
    // The main thread starts it and lives as long as the process, which PR_SET_PDEATHSIG needs.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(program,
                     { QStringLiteral("system"), QStringLiteral("service"),
                       QStringLiteral("--time=0"), QLatin1String("unix://") + m_socketPath });
    m_pollDeadline = QDateTime::currentMSecsSinceEpoch() + m_options.startTimeoutMs;
    // The service gives no sign when it listens; the socket file appearing and answering is it.
    m_pollTimer.start();
}

QStringList PodmanService::loggedErrorsSince(const QDateTime &since)
{
    if (!m_process)
        return {};
    // What the service wrote just before answering may still wait in the pipe.
    m_process->waitForReadyRead(0);
    m_serviceOutput += m_process->readAll();
    // logrus' text format: time="2026-01-02T03:04:05Z" level=error msg="..."
    static const QRegularExpression line(
        QStringLiteral("time=\"([^\"]+)\" level=error msg=\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList errors;
    for (const QString &text : QString::fromLocal8Bit(m_serviceOutput).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        const QDateTime time = QDateTime::fromString(match.captured(1), Qt::ISODate);
        if (!time.isValid() || time.toSecsSinceEpoch() < since.toSecsSinceEpoch())
            continue;
        QString message = match.captured(2);
        message.replace(QLatin1String("\\\""), QLatin1String("\""));
        if (message.size() > 1 && message.startsWith(QLatin1Char('"'))
            && message.endsWith(QLatin1Char('"')))
            message = message.mid(1, message.size() - 2);
        if (!errors.contains(message))
            errors << message;
    }
    return errors;
}

void PodmanService::pollOwnService()
{
    if (!m_process)
        return;
    if (QDateTime::currentMSecsSinceEpoch() > m_pollDeadline) {
        m_pollTimer.stop();
        shutdown();
        Q_EMIT failed(QStringLiteral("podman system service did not answer within %1 s")
                          .arg(m_options.startTimeoutMs / 1000),
                      false);
        return;
    }
    if (!QFileInfo::exists(m_socketPath) || m_probe)
        return;
    m_probe = new PodmanClient(m_socketPath, this);
    m_probe->ping(1000, [this](const PodmanResponse &response) {
        std::exchange(m_probe, nullptr)->deleteLater();
        if (!response.ok || !m_pollTimer.isActive())
            return;
        m_pollTimer.stop();
        Q_EMIT ready(m_socketPath);
    });
}

void PodmanService::shutdown()
{
    m_pollTimer.stop();
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    process->disconnect(this);
    process->terminate();
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(2000);
    }
    delete process;
}

} // namespace podwright
