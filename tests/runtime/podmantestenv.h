#pragma once

#include "runtime/podmanservice.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/**
 * A private Podman for one test executable: its own containers.conf and storage.conf in a
 * temporary directory (set through CONTAINERS_CONF / CONTAINERS_STORAGE_CONF for this process
 * and its children), its own API socket, and the image localhost/busybox:test built from
 * Debian's busybox-static. tearDown() removes every pod, container, the storage and the
 * service: a run touches none of the user's containers and leaves nothing behind.
 */
class PodmanTestEnv
{
public:
    static constexpr const char *image = "localhost/busybox:test";

    ~PodmanTestEnv();
    /// Empty when Podman can run here; otherwise why not (for QSKIP).
    static QString unavailableReason();

    bool setUp(QString *error);
    void tearDown();

    QString dir() const { return m_dir ? m_dir->path() : QString(); }
    QString socketPath() const { return dir() + QLatin1String("/api/podman.sock"); }
    /// Options that make PodmanService use this environment's socket and nothing else.
    podwright::PodmanService::Options serviceOptions() const;

    /// Runs the podman CLI in this environment; returns its exit code (-1 if it did not run).
    int podman(const QStringList &arguments, QByteArray *output = nullptr,
               int timeoutMs = 120000) const;
    /// Names of pods and containers that still exist.
    QStringList leftovers() const;

    bool startService(QString *error);
    void stopService();

private:
    bool writeConfig(const QString &driver);
    bool buildImage(QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_service;
};
