// The Podman runtime against a real Podman, in a private environment (PodmanTestEnv).
#include "podmantestenv.h"
#include "runtime/podmanclient.h"
#include "runtime/podmanruntime.h"
#include "runtime/podrun.h"
#include "runtime/runplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <tuple>

using namespace podwright;

namespace {

QByteArray podYaml(const QString &name, const QString &spec)
{
    return QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %1\nspec:\n%2")
        .arg(name, spec)
        .toUtf8();
}

QString container(const QString &name, const QString &command, const QString &extra = {},
                  const QString &indent = QStringLiteral("  "))
{
    return QStringLiteral(
               "%1- name: %2\n%1  image: %3\n%1  imagePullPolicy: Never\n%1  command: %4\n%5")
        .arg(indent, name, QLatin1String(PodmanTestEnv::image), command, extra);
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/// The pid of the `podman system service` listening on a socket under `dir`, or 0.
qint64 servicePidUnder(const QString &dir)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray arguments = cmdline.readAll();
        if (arguments.contains(QByteArrayView("system\0service\0", 15))
            && arguments.contains(dir.toLocal8Bit()))
            return pid.toLongLong();
    }
    return 0;
}

/// Whether `pid` still runs (a zombie waiting for its reaper does not).
bool isRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype state = text.lastIndexOf(')') + 2; // "pid (comm) S ..."
    return state < text.size() && text.at(state) != 'Z' && text.at(state) != 'X';
}

} // namespace

class TestPodmanRuntime : public QObject
{
    Q_OBJECT

    PodmanTestEnv m_env;
    std::unique_ptr<PodmanRuntime> m_runtime;
    std::vector<RuntimeError> m_errors;

    std::optional<PodRuntimeStatus> status(const QString &pod) const { return m_runtime->pod(pod); }
    QString phase(const QString &pod) const
    {
        const auto s = status(pod);
        return s ? s->phase : QString();
    }
    bool waitForPhase(const QString &pod, const QString &wanted, int timeoutMs = 15000)
    {
        if (QTest::qWaitFor([&] { return phase(pod) == wanted; }, timeoutMs))
            return true;
        // Say where the pod got stuck instead, and what went wrong on the way.
        QStringList seen;
        if (const auto s = status(pod)) {
            for (const ContainerRuntimeState &c : s->containers)
                seen << QStringLiteral("%1 %2 %3").arg(c.name).arg(int(c.state)).arg(c.reason);
        }
        for (const RuntimeError &e : m_errors)
            seen << e.container + QStringLiteral(": ") + e.message + QStringLiteral(" / ")
                    + e.detail;
        qWarning("pod %s is %s, not %s: %s", qPrintable(pod), qPrintable(phase(pod)),
                 qPrintable(wanted), qPrintable(seen.join(QLatin1String("; "))));
        return false;
    }
    QString logsOf(const QString &pod, const QString &name)
    {
        QString text;
        bool done = false;
        const int id = m_runtime->requestLogs(pod, name, {});
        auto c1 = connect(m_runtime.get(), &PodRuntime::logLine, this,
                          [&](int request, const LogLine &line) {
                              if (request == id)
                                  text += line.text + QLatin1Char('\n');
                          });
        auto c2 = connect(m_runtime.get(), &PodRuntime::logsFinished, this,
                          [&](int request, const QString &) { done |= request == id; });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        disconnect(c1);
        disconnect(c2);
        return text;
    }
    /// How many ms after `sinceMs` (epoch) Podman says the container `podmanName` exited:
    /// when the grace period really ended, however late a busy Podman answers the stop
    /// itself (once 9.95 s for a 3 s grace period on a loaded machine).
    qint64 msUntilExit(const QString &podmanName, qint64 sinceMs)
    {
        QByteArray out;
        if (m_env.podman({ QStringLiteral("inspect"), QStringLiteral("--format"),
                           QStringLiteral("{{.State.FinishedAt.UnixMilli}}"), podmanName },
                         &out)
            != 0)
            return -1;
        return out.trimmed().toLongLong() - sinceMs;
    }
    void removeAndWait(const QString &pod)
    {
        QSignalSpy removed(m_runtime.get(), &PodRuntime::podRemoved);
        m_runtime->removePod(pod);
        QVERIFY(removed.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = PodmanTestEnv::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
        m_runtime = std::make_unique<PodmanRuntime>(m_env.serviceOptions());
        connect(m_runtime.get(), &PodRuntime::errorOccurred, this, [this](const RuntimeError &e) {
            m_errors.push_back(e);
            if (qEnvironmentVariableIsSet("PODWRIGHT_TEST_VERBOSE"))
                qInfo() << "error:" << e.pod << e.container << e.message << e.detail;
        });
        if (qEnvironmentVariableIsSet("PODWRIGHT_TEST_VERBOSE")) {
            connect(m_runtime.get(), &PodRuntime::podChanged, this, [](const PodRuntimeStatus &s) {
                QStringList states;
                for (const auto &c : s.containers)
                    states << QStringLiteral("%1=%2/%3/%4/r%5")
                                  .arg(c.name)
                                  .arg(int(c.state))
                                  .arg(c.reason)
                                  .arg(c.exitCode)
                                  .arg(c.restartCount);
                qInfo() << QTime::currentTime().toString(QStringLiteral("ss.zzz")) << s.name
                        << s.phase << states.join(QLatin1Char(' '));
            });
        }
        m_runtime->connectToRuntime();
        QTRY_COMPARE_WITH_TIMEOUT(m_runtime->availability(), PodRuntime::Availability::Ready,
                                  20000);
    }

    void init() { m_errors.clear(); }

    void initContainerFillsEmptyDirServedToSidecar()
    {
        const int port = freePort();
        const QString volume
            = QStringLiteral("    volumeMounts: [{name: site, mountPath: /site}]\n");
        const QByteArray yaml = podYaml(
            QStringLiteral("web"),
            QStringLiteral("  restartPolicy: Never\n  initContainers:\n")
                + container(QStringLiteral("fill"),
                            QStringLiteral("[sh, -c, 'echo hello from init > /site/index.html']"),
                            volume)
                + QStringLiteral("  containers:\n")
                + container(
                    QStringLiteral("server"), QStringLiteral("[httpd, -f, -p, '8080', -h, /site]"),
                    volume
                        + QStringLiteral("    ports: [{containerPort: 8080, hostPort: %1}]\n")
                              .arg(port))
                + container(
                    QStringLiteral("fetcher"),
                    QStringLiteral("[sh, -c, 'until wget -q -O - http://localhost:8080/index.html; "
                                   "do sleep 0.2; done; sleep 600']"))
                + QStringLiteral("  volumes: [{name: site, emptyDir: {}}]\n"));
        QElapsedTimer timer;
        timer.start();
        m_runtime->runPod(yaml);
        QVERIFY2(waitForPhase(QStringLiteral("web"), QStringLiteral("Running")),
                 qPrintable(phase(QStringLiteral("web"))));
        const qint64 toRunning = timer.elapsed();
        qInfo("pod with one init container Running after %lld ms", toRunning);
        QVERIFY2(toRunning < 3000, "the sequenced start should beat kube play's ~20 s stall");
        const PodRuntimeStatus s = *status(QStringLiteral("web"));
        QCOMPARE(s.container(QStringLiteral("fill"))->state,
                 ContainerRuntimeState::State::Terminated);
        QCOMPARE(s.container(QStringLiteral("fill"))->reason, QStringLiteral("Completed"));
        QCOMPARE(s.ports.size(), size_t(1));
        QCOMPARE(s.ports.front().hostPort, port);
        // Once listed by Podman, the published port is still attributed to its container.
        QTest::qWait(1200);
        QCOMPARE(status(QStringLiteral("web"))->ports.size(), size_t(1));
        QCOMPARE(status(QStringLiteral("web"))->ports.front().container, QStringLiteral("server"));
        QCOMPARE(status(QStringLiteral("web"))->ports.front().containerPort, 8080);
        // The published port answers from the host, as "Send request" will ask it.
        QNetworkAccessManager network;
        QByteArray page;
        for (int attempt = 0; attempt < 20 && !page.contains("hello from init"); ++attempt) {
            QNetworkReply *reply = network.get(
                QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/index.html").arg(port))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(5000));
            page = reply->readAll();
            reply->deleteLater();
            if (!page.contains("hello from init"))
                QTest::qWait(200);
        }
        QCOMPARE(page, QByteArray("hello from init\n"));
        QTRY_VERIFY_WITH_TIMEOUT(logsOf(QStringLiteral("web"), QStringLiteral("fetcher"))
                                     .contains(QLatin1String("hello from init")),
                                 15000);
        QVERIFY(m_errors.empty());
        removeAndWait(QStringLiteral("web"));
    }

    void nativeSidecarKeepsRunning()
    {
        const QByteArray yaml
            = podYaml(QStringLiteral("sidecars"),
                      QStringLiteral("  initContainers:\n")
                          + container(QStringLiteral("proxy"), QStringLiteral("[sleep, '600']"),
                                      QStringLiteral("    restartPolicy: Always\n"))
                          + container(QStringLiteral("setup"), QStringLiteral("[sh, -c, 'exit 0']"))
                          + QStringLiteral("  containers:\n")
                          + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']")));
        m_runtime->runPod(yaml);
        QVERIFY2(waitForPhase(QStringLiteral("sidecars"), QStringLiteral("Running")),
                 qPrintable(phase(QStringLiteral("sidecars"))));
        const PodRuntimeStatus s = *status(QStringLiteral("sidecars"));
        QVERIFY(s.container(QStringLiteral("proxy"))->sidecar);
        QCOMPARE(s.container(QStringLiteral("proxy"))->state,
                 ContainerRuntimeState::State::Running);
        QCOMPARE(s.container(QStringLiteral("app"))->state, ContainerRuntimeState::State::Running);
        removeAndWait(QStringLiteral("sidecars"));
    }

    void nativeSidecarEndsWithTheAppContainers()
    {
        // Kubernetes terminates native sidecars once every regular container has terminated;
        // only then is the pod Succeeded. A sidecar must not go on running in a finished pod.
        m_runtime->runPod(podYaml(
            QStringLiteral("sidecarend"),
            QStringLiteral("  restartPolicy: Never\n  terminationGracePeriodSeconds: 5\n"
                           "  initContainers:\n")
                + container(QStringLiteral("logger"),
                            QStringLiteral(
                                "[sh, -c, \"trap 'exit 0' TERM; while true; do sleep 0.1; done\"]"),
                            QStringLiteral("    restartPolicy: Always\n"))
                + QStringLiteral("  containers:\n")
                + container(QStringLiteral("app"), QStringLiteral("[sh, -c, 'sleep 1']"))));
        QVERIFY2(waitForPhase(QStringLiteral("sidecarend"), QStringLiteral("Succeeded"), 20000),
                 qPrintable(phase(QStringLiteral("sidecarend"))));
        const PodRuntimeStatus s = *status(QStringLiteral("sidecarend"));
        QCOMPARE(s.container(QStringLiteral("app"))->state,
                 ContainerRuntimeState::State::Terminated);
        QCOMPARE(s.container(QStringLiteral("logger"))->state,
                 ContainerRuntimeState::State::Terminated);
        QCOMPARE(s.container(QStringLiteral("logger"))->exitCode, 0); // its SIGTERM trap
        QCOMPARE(s.container(QStringLiteral("logger"))->restartCount, 0);
        QByteArray output;
        m_env.podman({ QStringLiteral("ps"), QStringLiteral("--format"),
                       QStringLiteral("{{.Names}}"), QStringLiteral("--filter"),
                       QStringLiteral("pod=sidecarend") },
                     &output);
        QVERIFY2(!output.contains("logger"), output.constData());
        removeAndWait(QStringLiteral("sidecarend"));
    }

    void nativeSidecarEndsWhenAnInitContainerFails()
    {
        // restartPolicy Never and an init container failing: the pod is Failed, and its
        // sidecar, started before, is stopped first (`podwright run` exits on Failed).
        bool sidecarRunningAtFailed = false;
        auto connection = connect(
            m_runtime.get(), &PodRuntime::podChanged, this, [&](const PodRuntimeStatus &s) {
                if (s.name == QLatin1String("initfails") && s.phase == QLatin1String("Failed"))
                    sidecarRunningAtFailed |= s.container(QStringLiteral("logger"))->state
                        == ContainerRuntimeState::State::Running;
            });
        m_runtime->runPod(podYaml(
            QStringLiteral("initfails"),
            QStringLiteral("  restartPolicy: Never\n  terminationGracePeriodSeconds: 5\n"
                           "  initContainers:\n")
                + container(QStringLiteral("logger"),
                            QStringLiteral(
                                "[sh, -c, \"trap 'exit 0' TERM; while true; do sleep 0.1; done\"]"),
                            QStringLiteral("    restartPolicy: Always\n"))
                + container(QStringLiteral("setup"), QStringLiteral("[sh, -c, 'sleep 1; exit 3']"))
                + QStringLiteral("  containers:\n")
                + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))));
        QVERIFY2(waitForPhase(QStringLiteral("initfails"), QStringLiteral("Failed"), 20000),
                 qPrintable(phase(QStringLiteral("initfails"))));
        disconnect(connection);
        QVERIFY(!sidecarRunningAtFailed);
        const PodRuntimeStatus s = *status(QStringLiteral("initfails"));
        QCOMPARE(s.container(QStringLiteral("logger"))->state,
                 ContainerRuntimeState::State::Terminated);
        QVERIFY2(s.message.contains(QLatin1String("setup")), qPrintable(s.message));
        QByteArray output;
        m_env.podman({ QStringLiteral("ps"), QStringLiteral("--format"),
                       QStringLiteral("{{.Names}}"), QStringLiteral("--filter"),
                       QStringLiteral("pod=initfails") },
                     &output);
        QVERIFY2(!output.contains("logger"), output.constData());
        removeAndWait(QStringLiteral("initfails"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("containerName");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("success") << QStringLiteral("  restartPolicy: Never\n  containers:\n")
                + container(QStringLiteral("job"), QStringLiteral("[sh, -c, 'exit 0']"))
                                 << "Succeeded"
                                 << "job" << 0 << "Completed";
        QTest::newRow("failure") << QStringLiteral("  restartPolicy: Never\n  containers:\n")
                + container(QStringLiteral("job"), QStringLiteral("[sh, -c, 'exit 3']"))
                                 << "Failed"
                                 << "job" << 3 << "Error";
        QTest::newRow("init-failure")
            << QStringLiteral("  restartPolicy: Never\n  initContainers:\n")
                + container(QStringLiteral("check"), QStringLiteral("[sh, -c, 'exit 7']"))
                + QStringLiteral("  containers:\n")
                + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))
            << "Failed"
            << "check" << 7 << "Error";
    }
    void exitCodes()
    {
        QFETCH(QString, spec);
        const QString pod
            = QStringLiteral("exit-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
        m_runtime->runPod(podYaml(pod, spec));
        QFETCH(QString, phase);
        QVERIFY2(waitForPhase(pod, phase), qPrintable(this->phase(pod)));
        QFETCH(QString, containerName);
        const ContainerRuntimeState *c = status(pod)->container(containerName);
        QCOMPARE(c->state, ContainerRuntimeState::State::Terminated);
        QTEST(c->exitCode, "exitCode");
        QTEST(c->reason, "reason");
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("init-failure")) {
            QVERIFY(status(pod)->message.contains(QLatin1String("check")));
            QCOMPARE(status(pod)->container(QStringLiteral("app"))->state,
                     ContainerRuntimeState::State::Waiting);
        }
        removeAndWait(pod);
    }

    void crashingContainerIsRestarted()
    {
        m_runtime->runPod(
            podYaml(QStringLiteral("crasher"),
                    QStringLiteral("  restartPolicy: Always\n  containers:\n")
                        + container(QStringLiteral("boom"),
                                    QStringLiteral("[sh, -c, 'echo boom; exit 2']"))));
        QTRY_VERIFY_WITH_TIMEOUT(status(QStringLiteral("crasher"))
                                     && status(QStringLiteral("crasher"))
                                             ->container(QStringLiteral("boom"))
                                             ->restartCount
                                         >= 2,
                                 15000);
        QCOMPARE(phase(QStringLiteral("crasher")), QStringLiteral("Running"));
        QCOMPARE(status(QStringLiteral("crasher"))->container(QStringLiteral("boom"))->exitCode, 2);
        removeAndWait(QStringLiteral("crasher"));
    }

    void failingInitContainerIsRetriedOnFailure()
    {
        const QString volume
            = QStringLiteral("    volumeMounts: [{name: state, mountPath: /state}]\n");
        m_runtime->runPod(podYaml(
            QStringLiteral("retry"),
            QStringLiteral("  restartPolicy: OnFailure\n  initContainers:\n")
                + container(
                    QStringLiteral("flaky"),
                    QStringLiteral(
                        "[sh, -c, 'test -f /state/once && exit 0; touch /state/once; exit 1']"),
                    volume)
                + QStringLiteral("  containers:\n")
                + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))
                + QStringLiteral("  volumes: [{name: state, emptyDir: {}}]\n")));
        QVERIFY2(waitForPhase(QStringLiteral("retry"), QStringLiteral("Running")),
                 qPrintable(phase(QStringLiteral("retry"))));
        QCOMPARE(status(QStringLiteral("retry"))->container(QStringLiteral("flaky"))->restartCount,
                 1);
        removeAndWait(QStringLiteral("retry"));
    }

    void missingImageNamesTheContainer()
    {
        m_runtime->runPod(podYaml(
            QStringLiteral("noimage"),
            QStringLiteral("  containers:\n  - name: ghost\n    image: localhost/does-not-exist:1\n"
                           "    imagePullPolicy: Never\n")));
        QVERIFY(waitForPhase(QStringLiteral("noimage"), QStringLiteral("Failed")));
        QCOMPARE(m_errors.size(), size_t(1));
        QCOMPARE(m_errors.front().pod, QStringLiteral("noimage"));
        QCOMPARE(m_errors.front().container, QStringLiteral("ghost"));
        QVERIFY2(m_errors.front().detail.contains(QLatin1String("does-not-exist")),
                 qPrintable(m_errors.front().detail));
        QCOMPARE(status(QStringLiteral("noimage"))->container(QStringLiteral("ghost"))->reason,
                 QStringLiteral("ErrImagePull"));
        // No half-made pod is left behind to be listed as Pending.
        QByteArray output;
        QVERIFY(m_env.podman(
                    { QStringLiteral("pod"), QStringLiteral("exists"), QStringLiteral("noimage") },
                    &output)
                != 0);
        removeAndWait(QStringLiteral("noimage"));
    }

    void portInUseIsReported()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::Any, 0));
        m_runtime->runPod(podYaml(
            QStringLiteral("busyport"),
            QStringLiteral("  containers:\n")
                + container(QStringLiteral("server"), QStringLiteral("[httpd, -f, -p, '8080']"),
                            QStringLiteral("    ports: [{containerPort: 8080, hostPort: %1}]\n")
                                .arg(blocker.serverPort()))));
        QVERIFY(waitForPhase(QStringLiteral("busyport"), QStringLiteral("Failed")));
        QVERIFY(!m_errors.empty());
        QCOMPARE(m_errors.front().pod, QStringLiteral("busyport"));
        QCOMPARE(m_errors.front().container, QStringLiteral("server"));
        QVERIFY2(m_errors.front().message.contains(QString::number(blocker.serverPort()))
                     && m_errors.front().message.contains(QLatin1String("already in use")),
                 qPrintable(m_errors.front().message));
        QCOMPARE(status(QStringLiteral("busyport"))->container(QStringLiteral("server"))->reason,
                 QStringLiteral("RunContainerError"));
        // Nothing ran: no pod is left behind to be listed as Pending.
        QByteArray output;
        QVERIFY(m_env.podman(
                    { QStringLiteral("pod"), QStringLiteral("exists"), QStringLiteral("busyport") },
                    &output)
                != 0);
        removeAndWait(QStringLiteral("busyport"));
    }

    void portHeldByAnotherPodNamesThePod()
    {
        // Two pods of a learner's on one host port: say which pod holds it, not "another
        // program".
        const int port = freePort();
        const QString spec
            = QStringLiteral("  containers:\n")
            + container(
                  QStringLiteral("server"), QStringLiteral("[httpd, -f, -p, '8080']"),
                  QStringLiteral("    ports: [{containerPort: 8080, hostPort: %1}]\n").arg(port));
        m_runtime->runPod(podYaml(QStringLiteral("holder"), spec));
        QVERIFY(waitForPhase(QStringLiteral("holder"), QStringLiteral("Running")));
        m_runtime->runPod(podYaml(QStringLiteral("latecomer"), spec));
        QVERIFY(waitForPhase(QStringLiteral("latecomer"), QStringLiteral("Failed")));
        QVERIFY(!m_errors.empty());
        QCOMPARE(m_errors.front().pod, QStringLiteral("latecomer"));
        QVERIFY2(m_errors.front().message.contains(QString::number(port))
                     && m_errors.front().message.contains(QLatin1String("in use by pod holder")),
                 qPrintable(m_errors.front().message + QLatin1Char(' ') + m_errors.front().detail));
        removeAndWait(QStringLiteral("latecomer"));
        removeAndWait(QStringLiteral("holder"));
    }

    void portWithoutHostPortInUseIsReported()
    {
        // Podman 4.3 publishes a containerPort without hostPort on the host too (80 -> 80): two
        // web pods of the templates clash on it. The learner must hear which port, not only
        // Podman's "internal libpod error".
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::Any, 0));
        m_runtime->runPod(podYaml(
            QStringLiteral("busyimplicit"),
            QStringLiteral("  containers:\n")
                + container(QStringLiteral("server"),
                            QStringLiteral("[httpd, -f, -p, '%1']").arg(blocker.serverPort()),
                            QStringLiteral("    ports: [{containerPort: %1}]\n")
                                .arg(blocker.serverPort()))));
        QVERIFY(waitForPhase(QStringLiteral("busyimplicit"), QStringLiteral("Failed")));
        QVERIFY(!m_errors.empty());
        QCOMPARE(m_errors.front().container, QStringLiteral("server"));
        QVERIFY2(m_errors.front().message.contains(QString::number(blocker.serverPort()))
                     && m_errors.front().message.contains(QLatin1String("already in use")),
                 qPrintable(m_errors.front().message));
        removeAndWait(QStringLiteral("busyimplicit"));
    }

    void internalErrorCarriesTheServiceLog()
    {
        // Podman 4.3 answers a container start whose infra container fails to start with
        // "internal libpod error" and writes the cause only to its own log (a taken port;
        // rootless: "failed to mount runtime directory for rootless netns"). When the service is
        // Podwright's, its log is at hand: show it. Since PodRun starts the infra container
        // itself first, Podman's answer to that start names a taken port on its own: whichever
        // way, the learner must read the cause.
        PodmanService::Options options;
        options.candidates = {};
        PodmanRuntime runtime(options);
        std::vector<RuntimeError> errors;
        connect(&runtime, &PodRuntime::errorOccurred, this,
                [&](const RuntimeError &e) { errors.push_back(e); });
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::Any, 0));
        runtime.runPod(podYaml(
            QStringLiteral("ownlog"),
            QStringLiteral("  containers:\n")
                + container(QStringLiteral("server"), QStringLiteral("[httpd, -f, -p, '8080']"),
                            QStringLiteral("    ports: [{containerPort: 8080, hostPort: %1}]\n")
                                .arg(blocker.serverPort()))));
        QTRY_VERIFY_WITH_TIMEOUT(runtime.pod(QStringLiteral("ownlog"))
                                     && runtime.pod(QStringLiteral("ownlog"))->phase
                                         == QLatin1String("Failed"),
                                 20000);
        QVERIFY(runtime.service()->ownsService());
        QVERIFY(!errors.empty());
        QVERIFY2(errors.front().detail.contains(QLatin1String("address already in use")),
                 qPrintable(errors.front().detail));
        QVERIFY2(runtime.pod(QStringLiteral("ownlog"))
                     ->message.contains(QLatin1String("address already in use")),
                 qPrintable(runtime.pod(QStringLiteral("ownlog"))->message));
        QSignalSpy removed(&runtime, &PodRuntime::podRemoved);
        runtime.removePod(QStringLiteral("ownlog"));
        QVERIFY(removed.wait(30000));
    }

    void startFailureIsNotBlamedOnThePodsOwnPort()
    {
        // Once the pod's infra container runs, its host port is busy because the pod itself
        // holds it: a container that cannot start for another reason must be named with
        // Podman's reason, not "port already in use by another program".
        const int port = freePort();
        m_runtime->runPod(podYaml(
            QStringLiteral("badcommand"),
            QStringLiteral("  containers:\n")
                + container(
                    QStringLiteral("ok"), QStringLiteral("[sleep, '600']"),
                    QStringLiteral("    ports: [{containerPort: %1, hostPort: %1}]\n").arg(port))
                + container(QStringLiteral("bad"), QStringLiteral("[no-such-program]"))));
        QVERIFY(waitForPhase(QStringLiteral("badcommand"), QStringLiteral("Failed")));
        QVERIFY(!m_errors.empty());
        QStringList seen; // every error, to say what went wrong should this fail
        for (const RuntimeError &e : m_errors)
            seen << e.container + QStringLiteral(": ") + e.message + QStringLiteral(" / ")
                    + e.detail;
        QVERIFY2(m_errors.front().container == QLatin1String("bad"),
                 qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(!m_errors.front().message.contains(QLatin1String("already in use")),
                 qPrintable(m_errors.front().message));
        QVERIFY2(m_errors.front().detail.contains(QLatin1String("no-such-program")),
                 qPrintable(m_errors.front().detail));
        removeAndWait(QStringLiteral("badcommand"));
    }

    void publishedPortsAreKnownOnceRunning()
    {
        // `podwright run` prints the published ports and exits on the first Running: they must
        // be Podman's real ones by then, a containerPort without hostPort included.
        const int port = freePort();
        std::vector<PublishedPort> portsWhenRunning;
        bool running = false;
        auto connection = connect(m_runtime.get(), &PodRuntime::podChanged, this,
                                  [&](const PodRuntimeStatus &s) {
                                      if (s.name != QLatin1String("ported") || running
                                          || s.phase != QLatin1String("Running"))
                                          return;
                                      running = true;
                                      portsWhenRunning = s.ports;
                                  });
        m_runtime->runPod(podYaml(
            QStringLiteral("ported"),
            QStringLiteral("  containers:\n")
                + container(QStringLiteral("web"),
                            QStringLiteral("[httpd, -f, -p, '%1']").arg(port),
                            QStringLiteral("    ports: [{containerPort: %1}]\n").arg(port))));
        QVERIFY(waitForPhase(QStringLiteral("ported"), QStringLiteral("Running")));
        disconnect(connection);
        QCOMPARE(portsWhenRunning.size(), size_t(1));
        QCOMPARE(portsWhenRunning.front().hostPort, port);
        QCOMPARE(portsWhenRunning.front().containerPort, port);
        QCOMPARE(portsWhenRunning.front().container, QStringLiteral("web"));
        removeAndWait(QStringLiteral("ported"));
    }

    void logsOfUnknownContainerAreAnErrorNotOutput()
    {
        m_runtime->runPod(
            podYaml(QStringLiteral("logsof"),
                    QStringLiteral("  containers:\n")
                        + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))));
        QVERIFY(waitForPhase(QStringLiteral("logsof"), QStringLiteral("Running")));
        QStringList lines;
        QString error;
        bool done = false;
        const int id = m_runtime->requestLogs(QStringLiteral("logsof"), QStringLiteral("nope"), {});
        auto c1 = connect(m_runtime.get(), &PodRuntime::logLine, this,
                          [&](int request, const LogLine &line) {
                              if (request == id)
                                  lines << line.text;
                          });
        auto c2 = connect(m_runtime.get(), &PodRuntime::logsFinished, this,
                          [&](int request, const QString &why) {
                              if (request != id)
                                  return;
                              done = true;
                              error = why;
                          });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        disconnect(c1);
        disconnect(c2);
        // Podman's JSON error body is not a line the container wrote.
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(error.contains(QLatin1String("nope")), qPrintable(error));
        removeAndWait(QStringLiteral("logsof"));
    }

    void everyContainerOfAFreshPodStarts()
    {
        // Podman 4.3 *restarts* the dependencies of a container it starts (startDependencies
        // passes restart=true). Containers started at once in a pod whose infra container was
        // not running yet could each set out to start it: the second one stopped the infra again
        // under the first, which failed with "cannot get namespace path unless container ... is
        // running" (stopHonoursGracePeriod, 1 run in 20; 1 in 10 with the service's debug log).
        // PodRun starts the infra container first. The race itself is rare, but the restart is
        // not: every container start that finds the infra not running restarts it, and Podman's
        // events say so.
        QString spec = QStringLiteral("  containers:\n");
        for (int i = 0; i < 4; ++i)
            spec += container(QStringLiteral("c%1").arg(i), QStringLiteral("[sleep, '600']"));
        for (int round = 0; round < 3; ++round) {
            m_runtime->runPod(podYaml(QStringLiteral("together"), spec));
            auto allRunning = [&] {
                const auto s = status(QStringLiteral("together"));
                return s && !s->id.isEmpty()
                    && std::all_of(s->containers.begin(), s->containers.end(), [](const auto &c) {
                           return c.state == ContainerRuntimeState::State::Running;
                       });
            };
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return allRunning()
                        || phase(QStringLiteral("together")) == QLatin1String("Failed");
                },
                15000));
            QVERIFY2(allRunning() && m_errors.empty(),
                     qPrintable(QStringLiteral("round %1: %2 %3")
                                    .arg(round)
                                    .arg(phase(QStringLiteral("together")),
                                         m_errors.empty() ? QString() : m_errors.front().detail)));
            QByteArray infra;
            QCOMPARE(
                m_env.podman({ QStringLiteral("pod"), QStringLiteral("inspect"),
                               QStringLiteral("--format"), QStringLiteral("{{.InfraContainerID}}"),
                               status(QStringLiteral("together"))->id },
                             &infra),
                0);
            QByteArray events;
            QCOMPARE(
                m_env.podman({ QStringLiteral("events"), QStringLiteral("--stream=false"),
                               QStringLiteral("--filter"),
                               QStringLiteral("container=") + QString::fromLatin1(infra.trimmed()),
                               QStringLiteral("--format"), QStringLiteral("{{.Status}}") },
                             &events),
                0);
            const QStringList actions
                = QString::fromLatin1(events).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(actions.contains(QLatin1String("start"))
                         && !actions.contains(QLatin1String("restart")),
                     qPrintable(actions.join(QLatin1Char(' '))));
        }
        removeAndWait(QStringLiteral("together"));
    }

    void stopHonoursGracePeriod()
    {
        m_runtime->runPod(podYaml(
            QStringLiteral("stopper"),
            QStringLiteral("  terminationGracePeriodSeconds: 3\n  containers:\n")
                + container(QStringLiteral("polite"),
                            QStringLiteral(
                                "[sh, -c, \"trap 'exit 0' TERM; while true; do sleep 0.1; done\"]"))
                + container(QStringLiteral("stubborn"), QStringLiteral("[sleep, '600']"))));
        QVERIFY(waitForPhase(QStringLiteral("stopper"), QStringLiteral("Running")));
        QTest::qWait(300); // let the shell install its trap
        QSignalSpy stopped(m_runtime.get(), &PodRuntime::podStopped);
        const qint64 stopAt = QDateTime::currentMSecsSinceEpoch();
        m_runtime->stopPod(QStringLiteral("stopper"));
        // While "stubborn" runs out its grace period the pod is Terminating, as kubectl says,
        // here and in a listing by another process (`podwright ps`), not already Stopped.
        QVERIFY(waitForPhase(QStringLiteral("stopper"), QStringLiteral("Terminating"), 2000));
        QTest::qWait(500);
        QCOMPARE(status(QStringLiteral("stopper"))->container(QStringLiteral("stubborn"))->state,
                 ContainerRuntimeState::State::Running);
        QCOMPARE(phase(QStringLiteral("stopper")), QStringLiteral("Terminating"));
        QCOMPARE(status(QStringLiteral("stopper"))->container(QStringLiteral("stubborn"))->reason,
                 QStringLiteral("Terminating"));
        {
            PodmanRuntime other(m_env.serviceOptions());
            QSignalSpy refreshed(&other, &PodRuntime::refreshed);
            other.refresh();
            QVERIFY(refreshed.wait(10000));
            QCOMPARE(other.pod(QStringLiteral("stopper"))->phase, QStringLiteral("Terminating"));
            QCOMPARE(
                other.pod(QStringLiteral("stopper"))->container(QStringLiteral("stubborn"))->reason,
                QStringLiteral("Terminating"));
        }
        QVERIFY(stopped.size() == 1 || stopped.wait(20000));
        const qint64 elapsed = stopped.first().at(1).toLongLong();
        const qint64 killedAfter = msUntilExit(QStringLiteral("stopper-stubborn"), stopAt);
        qInfo("stop took %lld ms with a 3 s grace period; \"stubborn\" was killed after %lld ms",
              elapsed, killedAfter);
        // Podman's own default would be 10 s, Kubernetes' 30 s.
        QVERIFY2(killedAfter >= 2500 && killedAfter < 8000,
                 qPrintable(QString::number(killedAfter)));
        QVERIFY2(elapsed >= 2500, qPrintable(QString::number(elapsed))); // answered after it
        const PodRuntimeStatus s = *status(QStringLiteral("stopper"));
        QCOMPARE(s.phase, QStringLiteral("Stopped"));
        QCOMPARE(s.container(QStringLiteral("polite"))->exitCode, 0);
        QCOMPARE(s.container(QStringLiteral("stubborn"))->exitCode, 137); // SIGKILL
        removeAndWait(QStringLiteral("stopper"));
    }

    void answersToADeletedRunAreDropped()
    {
        // PodmanRuntime deletes a run that is replaced or removed while Podman's answers to it
        // are still on their way: a relist's answer once crashed into a removed run.
        m_runtime->runPod(
            podYaml(QStringLiteral("orphan"),
                    QStringLiteral("  terminationGracePeriodSeconds: 1\n"
                                   "  containers:\n")
                        + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))));
        QVERIFY(waitForPhase(QStringLiteral("orphan"), QStringLiteral("Running")));
        QString error;
        const std::optional<RunPlan> plan = RunPlan::fromYaml(
            podYaml(QStringLiteral("orphan"),
                    QStringLiteral("  containers:\n")
                        + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))),
            &error);
        QVERIFY2(plan.has_value(), qPrintable(error));
        PodmanClient client(m_env.socketPath());
        auto *run = new PodRun(*plan, &client);
        run->stop(1); // Podman answers once the pod has stopped, a second or so from now
        delete run;
        // Reuse the freed memory at once, so that a handler still reaching into the run reads
        // garbage and crashes here rather than going unnoticed.
        std::vector<std::unique_ptr<unsigned char[]>> reuse;
        for (int i = 0; i < 64; ++i) {
            reuse.emplace_back(new unsigned char[sizeof(PodRun)]);
            std::fill_n(reuse.back().get(), sizeof(PodRun), 0xa5);
        }
        QByteArray state;
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_env.podman({ QStringLiteral("pod"), QStringLiteral("inspect"),
                            QStringLiteral("--format"), QStringLiteral("{{.State}}"),
                            QStringLiteral("orphan") },
                          &state),
             !state.trimmed().startsWith("Running")),
            15000);
        QTest::qWait(500); // the stop's answer, then the listing it would have sent
        removeAndWait(QStringLiteral("orphan"));
    }

    void stopFromAnotherProcessHonoursGracePeriod()
    {
        // Podman 4.3 drops terminationGracePeriodSeconds; a second runtime (as `podwright stop`
        // in another terminal) reads it back from the label Podwright added.
        m_runtime->runPod(
            podYaml(QStringLiteral("elsewhere"),
                    QStringLiteral("  terminationGracePeriodSeconds: 3\n  containers:\n")
                        + container(QStringLiteral("stubborn"), QStringLiteral("[sleep, '600']"))));
        QVERIFY(waitForPhase(QStringLiteral("elsewhere"), QStringLiteral("Running")));
        QSignalSpy runnerStopped(m_runtime.get(), &PodRuntime::podStopped);
        PodmanRuntime other(m_env.serviceOptions());
        QSignalSpy stopped(&other, &PodRuntime::podStopped);
        QSignalSpy refreshed(&other, &PodRuntime::refreshed);
        const qint64 stopAt = QDateTime::currentMSecsSinceEpoch();
        other.stopPod(QStringLiteral("elsewhere"));
        QVERIFY(stopped.wait(20000));
        const qint64 elapsed = stopped.first().at(1).toLongLong();
        const qint64 killedAfter = msUntilExit(QStringLiteral("elsewhere-stubborn"), stopAt);
        qInfo("stop from another runtime took %lld ms with a 3 s grace period; killed after "
              "%lld ms",
              elapsed, killedAfter);
        QVERIFY2(killedAfter >= 2500 && killedAfter < 8000,
                 qPrintable(QString::number(killedAfter)));
        QVERIFY2(elapsed >= 2500, qPrintable(QString::number(elapsed))); // answered after it
        // The runtime that ran the pod sees a stop on request, not a crash to restart.
        QTRY_COMPARE_WITH_TIMEOUT(runnerStopped.size(), 1, 5000);
        QCOMPARE(phase(QStringLiteral("elsewhere")), QStringLiteral("Stopped"));
        QTest::qWait(2500); // past the first restart back-off
        const ContainerRuntimeState *c
            = status(QStringLiteral("elsewhere"))->container(QStringLiteral("stubborn"));
        QCOMPARE(c->state, ContainerRuntimeState::State::Terminated);
        QCOMPARE(c->restartCount, 0);
        QCOMPARE(c->exitCode, 137);
        // And a listing from Podman says Stopped as well, not Failed with Error(137).
        QVERIFY(refreshed.size() > 0 || refreshed.wait(10000));
        QCOMPARE(other.pod(QStringLiteral("elsewhere"))->phase, QStringLiteral("Stopped"));
        removeAndWait(QStringLiteral("elsewhere"));
    }

    void stopDuringAnInitContainer()
    {
        // Podman 4.3's pod stop answers 304 and stops nothing unless every container of the
        // pod runs: while an init container runs the app containers are only created. Stop
        // must still stop it, from this runtime or from another process (`podwright stop`).
        for (const bool fromElsewhere : { false, true }) {
            const QString name
                = fromElsewhere ? QStringLiteral("initstop2") : QStringLiteral("initstop1");
            m_runtime->runPod(
                podYaml(name,
                        QStringLiteral("  terminationGracePeriodSeconds: 1\n  initContainers:\n")
                            + container(QStringLiteral("slow"), QStringLiteral("[sleep, '30']"))
                            + QStringLiteral("  containers:\n")
                            + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))));
            QTRY_VERIFY_WITH_TIMEOUT(status(name)
                                         && status(name)->container(QStringLiteral("slow"))->state
                                             == ContainerRuntimeState::State::Running,
                                     15000);
            QSignalSpy stopped(m_runtime.get(), &PodRuntime::podStopped);
            PodmanRuntime other(m_env.serviceOptions());
            QSignalSpy otherStopped(&other, &PodRuntime::podStopped);
            if (fromElsewhere)
                other.stopPod(name);
            else
                m_runtime->stopPod(name);
            QVERIFY(stopped.wait(15000));
            if (fromElsewhere)
                QVERIFY(otherStopped.size() == 1 || otherStopped.wait(10000));
            QTRY_COMPARE_WITH_TIMEOUT(status(name)->container(QStringLiteral("slow"))->state,
                                      ContainerRuntimeState::State::Terminated, 5000);
            QTest::qWait(1500); // the app container must not start after all
            QCOMPARE(phase(name), QStringLiteral("Stopped"));
            QByteArray output;
            m_env.podman({ QStringLiteral("ps"), QStringLiteral("--format"),
                           QStringLiteral("{{.Names}}"), QStringLiteral("--filter"),
                           QStringLiteral("pod=") + name },
                         &output);
            QVERIFY2(!output.contains("slow") && !output.contains("app"), output.constData());
            // `podwright ps` says Stopped too, not Failed with the SIGKILL's 137.
            QSignalSpy refreshed(&other, &PodRuntime::refreshed);
            other.refresh();
            QVERIFY(refreshed.wait(10000));
            QCOMPARE(other.pod(name)->phase, QStringLiteral("Stopped"));
            removeAndWait(name);
        }
    }

    void rerunReplacesThePod()
    {
        const QString spec = QStringLiteral("  containers:\n")
            + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"));
        m_runtime->runPod(podYaml(QStringLiteral("again"), spec));
        QVERIFY(waitForPhase(QStringLiteral("again"), QStringLiteral("Running")));
        const QString firstId = status(QStringLiteral("again"))->id;
        m_runtime->runPod(podYaml(QStringLiteral("again"), spec));
        QTRY_VERIFY_WITH_TIMEOUT(phase(QStringLiteral("again")) == QLatin1String("Running")
                                     && status(QStringLiteral("again"))->id != firstId,
                                 15000);
        QVERIFY(m_errors.empty());
        removeAndWait(QStringLiteral("again"));
    }

    void serviceKilledMidRunIsReportedAndReconnected()
    {
        // A runtime that starts its own service, so that it also has to restart it.
        PodmanService::Options options;
        options.candidates = {};
        PodmanRuntime runtime(options);
        std::vector<RuntimeError> errors;
        connect(&runtime, &PodRuntime::errorOccurred, this,
                [&](const RuntimeError &e) { errors.push_back(e); });
        runtime.runPod(podYaml(
            QStringLiteral("survivor"),
            QStringLiteral("  containers:\n")
                + container(QStringLiteral("app"), QStringLiteral("[sh, -c, 'sleep 2; exit 4']"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            runtime.pod(QStringLiteral("survivor"))->phase == QLatin1String("Running"), 20000);
        QVERIFY(runtime.service()->ownsService());
        const qint64 pid = runtime.service()->servicePid();
        QSignalSpy availability(&runtime, &PodRuntime::availabilityChanged);
        ::kill(pid_t(pid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(!errors.empty(), 10000);
        QVERIFY(errors.front().message.contains(QLatin1String("Lost the connection")));
        QTRY_COMPARE_WITH_TIMEOUT(runtime.availability(), PodRuntime::Availability::Ready, 20000);
        QVERIFY(runtime.service()->servicePid() != pid);
        // Supervision goes on over the new connection: the app's exit is seen and it restarts.
        QTRY_VERIFY_WITH_TIMEOUT(
            runtime.pod(QStringLiteral("survivor"))->container(QStringLiteral("app"))->restartCount
                >= 1,
            20000);
        QCOMPARE(
            runtime.pod(QStringLiteral("survivor"))->container(QStringLiteral("app"))->exitCode, 4);
        QSignalSpy removed(&runtime, &PodRuntime::podRemoved);
        runtime.removePod(QStringLiteral("survivor"));
        QVERIFY(removed.wait(30000));
    }

    void externalServiceRestartIsFollowed()
    {
        m_runtime->runPod(
            podYaml(QStringLiteral("steady"),
                    QStringLiteral("  containers:\n")
                        + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))));
        QVERIFY(waitForPhase(QStringLiteral("steady"), QStringLiteral("Running")));
        m_env.stopService();
        QTRY_COMPARE_WITH_TIMEOUT(m_runtime->availability(), PodRuntime::Availability::Connecting,
                                  10000);
        QVERIFY(!m_errors.empty());
        QTest::qWait(1500); // a retry or two find nobody
        QCOMPARE(m_runtime->availability(), PodRuntime::Availability::Connecting);
        QString error;
        QVERIFY2(m_env.startService(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_runtime->availability(), PodRuntime::Availability::Ready,
                                  15000);
        QSignalSpy stopped(m_runtime.get(), &PodRuntime::podStopped);
        m_runtime->stopPod(QStringLiteral("steady"), 0);
        QVERIFY(stopped.wait(20000));
        removeAndWait(QStringLiteral("steady"));
    }

    void logsFollowResumesAfterServiceRestart()
    {
        // `podwright logs -f` while the service goes away and comes back: it reconnects and
        // goes on where it was, every line once, none lost (the container wrote on meanwhile).
        m_runtime->runPod(
            podYaml(QStringLiteral("chatty"),
                    QStringLiteral("  containers:\n")
                        + container(QStringLiteral("app"),
                                    QStringLiteral("[sh, -c, 'i=0; while true; do echo line $i; "
                                                   "i=$((i+1)); sleep 0.1; done']"))));
        QVERIFY(waitForPhase(QStringLiteral("chatty"), QStringLiteral("Running")));
        QProcess follow;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTAINER_HOST"), QLatin1String("unix://") + m_env.socketPath());
        follow.setProcessEnvironment(env);
        follow.start(QStringLiteral(PODWRIGHT_BINARY),
                     { QStringLiteral("logs"), QStringLiteral("chatty"), QStringLiteral("-f") });
        QByteArray out;
        auto lineNumbers = [&] {
            out += follow.readAllStandardOutput();
            std::vector<int> numbers;
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("line "))
                    numbers.push_back(line.mid(5).toInt());
            }
            return numbers;
        };
        QVERIFY(QTest::qWaitFor([&] { return lineNumbers().size() >= 15; }, 15000));
        m_env.stopService();
        QTest::qWait(1500); // the container writes on meanwhile
        const size_t before = lineNumbers().size();
        QString error;
        QVERIFY2(m_env.startService(&error), qPrintable(error));
        QVERIFY2(QTest::qWaitFor([&] { return lineNumbers().size() >= before + 40; }, 20000),
                 out.constData());
        QCOMPARE(follow.state(), QProcess::Running); // still following
        follow.kill();
        follow.waitForFinished(5000);
        const std::vector<int> numbers = lineNumbers();
        for (size_t i = 0; i < numbers.size(); ++i)
            QVERIFY2(numbers[i] == int(i), out.constData()); // no line twice, none missing
        QTRY_COMPARE_WITH_TIMEOUT(m_runtime->availability(), PodRuntime::Availability::Ready,
                                  15000);
        removeAndWait(QStringLiteral("chatty"));
    }

    void logsFollowGivesUpWhenTheServiceStaysGone()
    {
        m_runtime->runPod(
            podYaml(QStringLiteral("orphaned"),
                    QStringLiteral("  containers:\n")
                        + container(QStringLiteral("app"),
                                    QStringLiteral("[sh, -c, 'echo hello; sleep 600']"))));
        QVERIFY(waitForPhase(QStringLiteral("orphaned"), QStringLiteral("Running")));
        QProcess follow;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTAINER_HOST"), QLatin1String("unix://") + m_env.socketPath());
        follow.setProcessEnvironment(env);
        follow.start(QStringLiteral(PODWRIGHT_BINARY),
                     { QStringLiteral("logs"), QStringLiteral("orphaned"), QStringLiteral("-f") });
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += follow.readAllStandardOutput();
                return out.contains("hello");
            },
            10000));
        m_env.stopService();
        QVERIFY(QTest::qWaitFor([&] { return follow.state() == QProcess::NotRunning; }, 60000));
        const QByteArray err = follow.readAllStandardError();
        QVERIFY(follow.exitCode() != 0);
        QVERIFY2(err.contains("Lost the connection to Podman while following the logs of "
                              "container app of pod orphaned"),
                 err.constData());
        QString error;
        QVERIFY2(m_env.startService(&error), qPrintable(error));
        removeAndWait(QStringLiteral("orphaned"));
    }

    void listedPodWhoseContainersEndedIsNotRunning()
    {
        // Podman calls a pod whose containers have all exited "Degraded" (its infra container
        // still runs); `podwright ps` in another terminal must say Succeeded / Failed as the
        // run itself did, not Running.
        for (const auto &[name, command, wanted] :
             { std::tuple { QStringLiteral("endedok"), QStringLiteral("[sh, -c, 'exit 0']"),
                            QStringLiteral("Succeeded") },
               std::tuple { QStringLiteral("endedbad"), QStringLiteral("[sh, -c, 'exit 2']"),
                            QStringLiteral("Failed") } }) {
            m_runtime->runPod(podYaml(name,
                                      QStringLiteral("  restartPolicy: Never\n  containers:\n")
                                          + container(QStringLiteral("app"), command)));
            QVERIFY2(waitForPhase(name, wanted), qPrintable(phase(name)));
            PodmanRuntime other(m_env.serviceOptions());
            QSignalSpy refreshed(&other, &PodRuntime::refreshed);
            other.refresh();
            QVERIFY(refreshed.wait(10000));
            QVERIFY(other.pod(name).has_value());
            QCOMPARE(other.pod(name)->phase, wanted);
            removeAndWait(name);
        }
    }

    void listsPodsItDidNotStart()
    {
        QByteArray output;
        QCOMPARE(m_env.podman({ QStringLiteral("pod"), QStringLiteral("create"),
                                QStringLiteral("--name"), QStringLiteral("foreign") },
                              &output),
                 0);
        QSignalSpy refreshed(m_runtime.get(), &PodRuntime::refreshed);
        m_runtime->refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(status(QStringLiteral("foreign")).has_value());
        QCOMPARE(status(QStringLiteral("foreign"))->phase, QStringLiteral("Pending"));
        QVERIFY(!status(QStringLiteral("foreign"))->startedByPodwright);
        removeAndWait(QStringLiteral("foreign"));
    }

    void ownServiceEndsWhenPodwrightIsKilled()
    {
        // A Podwright killed outright (a crash, kill -9) must not leave the podman service it
        // started running: it never exits on its own (--time=0).
        if (QFileInfo::exists(QStringLiteral("/run/podman/podman.sock")))
            QSKIP("a system Podman service is running: podwright would use it, not start one");
        QTemporaryDir tmp;
        QTemporaryDir runtimeDir;
        QVERIFY(tmp.isValid() && runtimeDir.isValid());
        QProcess podwright;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CONTAINER_HOST"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path()); // no user socket
        env.insert(QStringLiteral("TMPDIR"), tmp.path()); // the service's socket dir goes here
        podwright.setProcessEnvironment(env);
        podwright.setProcessChannelMode(QProcess::MergedChannels);
        podwright.start(QStringLiteral(PODWRIGHT_BINARY),
                        { QStringLiteral("run"), QStringLiteral("--wait"), QStringLiteral("-") });
        podwright.write(
            podYaml(QStringLiteral("orphan-check"),
                    QStringLiteral("  containers:\n")
                        + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))));
        podwright.closeWriteChannel();
        QByteArray output;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         podwright.waitForReadyRead(100);
                         output += podwright.readAll();
                         return output.contains("orphan-check  Running");
                     },
                     60000),
                 output.constData());
        const qint64 service = servicePidUnder(tmp.path());
        QVERIFY2(service > 0, "no podman system service with its socket under TMPDIR");
        // conmon writes an "oom" file into the service's working directory: not the user's.
        QVERIFY2(
            QFileInfo(QStringLiteral("/proc/%1/cwd").arg(service))
                .symLinkTarget()
                .startsWith(QFileInfo(tmp.path()).canonicalFilePath()),
            qPrintable(QFileInfo(QStringLiteral("/proc/%1/cwd").arg(service)).symLinkTarget()));
        ::kill(pid_t(podwright.processId()), SIGKILL);
        QVERIFY(podwright.waitForFinished(5000));
        QTRY_VERIFY2_WITH_TIMEOUT(!isRunning(service), "the service outlived podwright", 15000);
        m_env.podman({ QStringLiteral("pod"), QStringLiteral("rm"), QStringLiteral("-f"),
                       QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("orphan-check") });
    }

    void headlessCommands()
    {
        // The podwright binary, pointed at this environment's service.
        auto podwright
            = [this](const QStringList &arguments, QByteArray *out, const QByteArray &input = {}) {
                  QProcess process;
                  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                  env.insert(QStringLiteral("CONTAINER_HOST"),
                             QLatin1String("unix://") + m_env.socketPath());
                  process.setProcessEnvironment(env);
                  process.start(QStringLiteral(PODWRIGHT_BINARY), arguments);
                  process.write(input);
                  process.closeWriteChannel();
                  if (!process.waitForFinished(60000))
                      return -1;
                  *out = process.readAllStandardOutput() + process.readAllStandardError();
                  return process.exitCode();
              };
        const QByteArray yaml
            = podYaml(QStringLiteral("cli"),
                      QStringLiteral("  terminationGracePeriodSeconds: 1\n  initContainers:\n")
                          + container(QStringLiteral("hello"),
                                      QStringLiteral("[echo, hello from the init container]"))
                          + QStringLiteral("  containers:\n")
                          + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']")));
        QByteArray out;
        QCOMPARE(podwright({ QStringLiteral("run"), QStringLiteral("-") }, &out, yaml), 0);
        QVERIFY2(out.contains("cli  Running"), out.constData());
        QCOMPARE(podwright({ QStringLiteral("ps") }, &out), 0);
        QVERIFY2(out.contains("cli") && out.contains("Running") && out.contains("app:running"),
                 out.constData());
        QCOMPARE(podwright({ QStringLiteral("logs"), QStringLiteral("cli"), QStringLiteral("-c"),
                             QStringLiteral("hello"), QStringLiteral("--timestamps") },
                           &out),
                 0);
        QVERIFY2(out.contains(" hello from the init container"), out.constData());
        // Podman 4.3 gives whole seconds: no made-up ".000".
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z? hello"))
                    .match(QString::fromUtf8(out))
                    .hasMatch()
                && !out.contains(".000 hello"),
            out.constData());
        QCOMPARE(podwright({ QStringLiteral("logs"), QStringLiteral("cli") }, &out),
                 2); // which container?
        QVERIFY2(out.contains("-c"), out.constData());
        QCOMPARE(podwright({ QStringLiteral("stop"), QStringLiteral("cli"),
                             QStringLiteral("--time"), QStringLiteral("1") },
                           &out),
                 0);
        QVERIFY2(out.contains("pod cli stopped"), out.constData());
        QCOMPARE(podwright({ QStringLiteral("ps") }, &out), 0);
        QVERIFY2(out.contains("Stopped"), out.constData());
        // Running a file whose pod is already there: an error unless --replace, as with
        // `podman kube play`, so that a pod made elsewhere is not removed by surprise.
        QCOMPARE(podwright({ QStringLiteral("run"), QStringLiteral("-") }, &out, yaml), 1);
        QVERIFY2(out.contains("pod \"cli\" already exists (Stopped): run with --replace"),
                 out.constData());
        QCOMPARE(podwright({ QStringLiteral("ps") }, &out), 0);
        QVERIFY2(out.contains("Stopped"), out.constData()); // untouched
        QCOMPARE(
            podwright({ QStringLiteral("run"), QStringLiteral("--replace"), QStringLiteral("-") },
                      &out, yaml),
            0);
        QVERIFY2(out.contains("cli  Running"), out.constData());
        QCOMPARE(podwright({ QStringLiteral("rm"), QStringLiteral("cli") }, &out), 0);
        QCOMPARE(podwright({ QStringLiteral("ps") }, &out), 0);
        QVERIFY2(!out.contains("cli"), out.constData());

        // `run --wait` in one terminal, `stop` (no --time) in another: the wait ends instead of
        // restarting the containers; code 1 since `sleep` was SIGKILLed (137).
        QProcess waiting;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTAINER_HOST"), QLatin1String("unix://") + m_env.socketPath());
        waiting.setProcessEnvironment(env);
        waiting.setProcessChannelMode(QProcess::MergedChannels);
        waiting.start(QStringLiteral(PODWRIGHT_BINARY),
                      { QStringLiteral("run"), QStringLiteral("--wait"), QStringLiteral("-") });
        waiting.write(yaml);
        waiting.closeWriteChannel();
        QByteArray waited;
        QVERIFY(QTest::qWaitFor(
            [&] {
                waiting.waitForReadyRead(100);
                waited += waiting.readAll();
                return waited.contains("cli  Running");
            },
            30000));
        QCOMPARE(podwright({ QStringLiteral("stop"), QStringLiteral("cli") }, &out), 0);
        QVERIFY2(out.contains("pod cli stopped"), out.constData());
        QVERIFY(waiting.waitForFinished(10000));
        waited += waiting.readAll();
        QCOMPARE(waiting.exitCode(), 1);
        QVERIFY2(waited.contains("cli  Stopped") && !waited.contains("CrashLoopBackOff"),
                 waited.constData());
        QCOMPARE(podwright({ QStringLiteral("rm"), QStringLiteral("cli") }, &out), 0);
    }

    void headlessCommandsOnMissingPod()
    {
        // A typo in a pod's name must say so (status 1), as kubectl's NotFound does, not
        // report success.
        auto podwright = [this](const QStringList &arguments, QByteArray *out) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CONTAINER_HOST"),
                       QLatin1String("unix://") + m_env.socketPath());
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PODWRIGHT_BINARY), arguments);
            if (!process.waitForFinished(60000))
                return -1;
            *out = process.readAllStandardOutput() + process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray out;
        QCOMPARE(podwright({ QStringLiteral("rm"), QStringLiteral("no-such-pod") }, &out), 1);
        QVERIFY2(out.contains("no-such-pod") && !out.contains("removed"), out.constData());
        QCOMPARE(podwright({ QStringLiteral("stop"), QStringLiteral("no-such-pod") }, &out), 1);
        QCOMPARE(podwright({ QStringLiteral("logs"), QStringLiteral("no-such-pod") }, &out), 1);

        m_runtime->runPod(
            podYaml(QStringLiteral("known"),
                    QStringLiteral("  containers:\n")
                        + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']"))));
        QVERIFY(waitForPhase(QStringLiteral("known"), QStringLiteral("Running")));
        QCOMPARE(podwright({ QStringLiteral("logs"), QStringLiteral("known"), QStringLiteral("-c"),
                             QStringLiteral("nope") },
                           &out),
                 1);
        // Which containers there are, and no JSON from Podman.
        QVERIFY2(out.contains("app") && !out.contains("{\""), out.constData());
        removeAndWait(QStringLiteral("known"));
    }

    void headlessCommandsWithoutPodman()
    {
        if (QFileInfo::exists(QStringLiteral("/run/podman/podman.sock")))
            QSKIP("a system Podman service is running: podwright would use it");
        QTemporaryDir runtimeDir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CONTAINER_HOST"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path()); // no user socket
        env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        const QByteArray yaml
            = podYaml(QStringLiteral("nopodman"),
                      QStringLiteral("  containers:\n")
                          + container(QStringLiteral("app"), QStringLiteral("[sleep, '600']")));
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("run"), QStringLiteral("-") },
               QStringList { QStringLiteral("ps") }, QStringList { QStringLiteral("top") },
               QStringList { QStringLiteral("rm"), QStringLiteral("nopodman") } }) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PODWRIGHT_BINARY), arguments);
            process.write(yaml);
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(30000));
            const QString err = QString::fromLocal8Bit(process.readAllStandardError());
            QCOMPARE(process.exitCode(), 3);
            // What to install, said once.
            QVERIFY2(err.count(QLatin1String("apt install podman")) == 1,
                     qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + err));
        }
    }

    void cleanupTestCase()
    {
        if (!m_runtime)
            return;
        QCOMPARE(m_env.leftovers(), QStringList());
        m_runtime.reset();
        m_env.tearDown();
    }
};

QTEST_GUILESS_MAIN(TestPodmanRuntime)
#include "tst_podmanruntime.moc"
