#include "podmantestenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

static const char *const kApplets[]
    = { "sh",   "sleep", "httpd", "wget",  "cat", "echo", "ls", "mkdir", "touch",
        "test", "[",     "true",  "false", "seq", "date", "rm", "kill" };

PodmanTestEnv::~PodmanTestEnv()
{
    tearDown();
}

QString PodmanTestEnv::unavailableReason()
{
    if (QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty())
        return QStringLiteral("podman is not installed (apt install podman runc busybox-static)");
    if (!QFileInfo::exists(QStringLiteral("/bin/busybox")))
        return QStringLiteral("/bin/busybox is missing (apt install busybox-static)");
    return {};
}

bool PodmanTestEnv::writeConfig(const QString &driver)
{
    const QString d = dir();
    QFile containers(d + QLatin1String("/containers.conf"));
    if (!containers.open(QIODevice::WriteOnly))
        return false;
    // runc: crun refuses this machine's hybrid cgroups. default_ulimits = []: the default
    // RLIMIT_NOFILE exceeds what an unprivileged-in-practice root may set here (PODMAN.md).
    containers.write(
        QStringLiteral(
            "[containers]\ndefault_ulimits = []\n"
            "[engine]\nruntime = \"runc\"\ncgroup_manager = \"cgroupfs\"\nevents_logger = "
            "\"file\"\n"
            "tmp_dir = \"%1/tmp\"\nvolume_path = \"%1/volumes\"\nstatic_dir = \"%1/libpod\"\n"
            "[network]\nnetwork_config_dir = \"%1/networks\"\n")
            .arg(d)
            .toUtf8());
    QFile storage(d + QLatin1String("/storage.conf"));
    if (!storage.open(QIODevice::WriteOnly))
        return false;
    storage.write(
        QStringLiteral(
            "[storage]\ndriver = \"%1\"\ngraphroot = \"%2/graph\"\nrunroot = \"%2/run\"\n")
            .arg(driver, d)
            .toUtf8());
    return true;
}

bool PodmanTestEnv::setUp(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                            + QLatin1String("/podwright-test-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QDir(dir()).mkpath(QStringLiteral("api"));
    qputenv("CONTAINERS_CONF", (dir() + QLatin1String("/containers.conf")).toLocal8Bit());
    qputenv("CONTAINERS_STORAGE_CONF", (dir() + QLatin1String("/storage.conf")).toLocal8Bit());
    qunsetenv("CONTAINER_HOST");
    // overlay when the kernel allows it here, vfs (slower, always works) otherwise.
    QByteArray output;
    bool configured = false;
    for (const QString &driver : { QStringLiteral("overlay"), QStringLiteral("vfs") }) {
        writeConfig(driver);
        if (podman({ QStringLiteral("info"), QStringLiteral("--format"),
                     QStringLiteral("{{.Store.GraphDriverName}}") },
                   &output)
            == 0) {
            configured = true;
            break;
        }
        podman({ QStringLiteral("system"), QStringLiteral("reset"), QStringLiteral("--force") });
    }
    if (!configured) {
        *error = QStringLiteral("podman info fails with both overlay and vfs: %1")
                     .arg(QString::fromLocal8Bit(output));
        return false;
    }
    if (!buildImage(error))
        return false;
    // The first pod of a fresh storage builds Podman's pause image (~1 s); do it now so that
    // timings measure starting pods, not that one-off.
    podman({ QStringLiteral("pod"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("podwright-warmup") });
    podman({ QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("--force"),
             QStringLiteral("podwright-warmup") });
    return startService(error);
}

bool PodmanTestEnv::buildImage(QString *error)
{
    const QString rootfs = dir() + QLatin1String("/rootfs");
    QDir().mkpath(rootfs + QLatin1String("/bin"));
    QDir().mkpath(rootfs + QLatin1String("/tmp"));
    QFile::copy(QStringLiteral("/bin/busybox"), rootfs + QLatin1String("/bin/busybox"));
    for (const char *applet : kApplets)
        QFile::link(QStringLiteral("busybox"),
                    rootfs + QLatin1String("/bin/") + QLatin1String(applet));
    const QString tarball = dir() + QLatin1String("/rootfs.tar");
    if (QProcess::execute(
            QStringLiteral("tar"),
            { QStringLiteral("-C"), rootfs, QStringLiteral("-cf"), tarball, QStringLiteral(".") })
        != 0) {
        *error = QStringLiteral("tar of the busybox rootfs failed");
        return false;
    }
    QByteArray output;
    // Without the PATH every command fails with "executable file not found in $PATH".
    if (podman({ QStringLiteral("import"), QStringLiteral("--change"),
                 QStringLiteral("ENV=PATH=/bin"), QStringLiteral("--change"),
                 QStringLiteral("CMD=[\"sh\"]"), tarball, QLatin1String(image) },
               &output)
        != 0) {
        *error = QStringLiteral("podman import failed: %1").arg(QString::fromLocal8Bit(output));
        return false;
    }
    return true;
}

bool PodmanTestEnv::startService(QString *error)
{
    QFile::remove(socketPath());
    m_service = std::make_unique<QProcess>();
    m_service->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_service->setWorkingDirectory(dir()); // conmon leaves an "oom" file in it (PodmanService)
    // If the test crashes, the service must not outlive it: an orphan keeps the test's output
    // pipe open, and CTest then waits for it until the test's timeout.
    m_service->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_service->start(QStringLiteral("podman"),
                     { QStringLiteral("system"), QStringLiteral("service"),
                       QStringLiteral("--time=0"), QLatin1String("unix://") + socketPath() });
    for (int i = 0; i < 150; ++i) {
        if (QFileInfo::exists(socketPath()))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("podman system service did not create %1").arg(socketPath());
    return false;
}

void PodmanTestEnv::stopService()
{
    if (!m_service)
        return;
    m_service->terminate();
    if (!m_service->waitForFinished(5000))
        m_service->kill();
    m_service->waitForFinished(2000);
    m_service.reset();
}

podwright::PodmanService::Options PodmanTestEnv::serviceOptions() const
{
    podwright::PodmanService::Options options;
    options.candidates = { socketPath() };
    options.startServiceIfNeeded = false;
    return options;
}

int PodmanTestEnv::podman(const QStringList &arguments, QByteArray *output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("podman"), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QStringList PodmanTestEnv::leftovers() const
{
    QByteArray pods;
    QByteArray containers;
    podman({ QStringLiteral("pod"), QStringLiteral("ps"), QStringLiteral("--format"),
             QStringLiteral("pod {{.Name}}") },
           &pods);
    podman({ QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
             QStringLiteral("container {{.Names}}") },
           &containers);
    return QString::fromLocal8Bit(pods + containers).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void PodmanTestEnv::tearDown()
{
    if (!m_dir)
        return;
    stopService();
    podman({ QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("--all"),
             QStringLiteral("--force"), QStringLiteral("--time=0") });
    podman({ QStringLiteral("rm"), QStringLiteral("--all"), QStringLiteral("--force"),
             QStringLiteral("--time=0") });
    // Unmounts and deletes the storage (overlay mounts would keep the directory busy).
    podman({ QStringLiteral("system"), QStringLiteral("reset"), QStringLiteral("--force") });
    // Podman 4.3's reset leaves the overlay driver's bind mount of its home behind, which
    // keeps the temporary directory from being deleted.
    const QString overlay = dir() + QLatin1String("/graph/overlay");
    if (QProcess::execute(QStringLiteral("mountpoint"), { QStringLiteral("-q"), overlay }) == 0)
        QProcess::execute(QStringLiteral("umount"), { overlay });
    m_dir.reset();
    qunsetenv("CONTAINERS_CONF");
    qunsetenv("CONTAINERS_STORAGE_CONF");
}
