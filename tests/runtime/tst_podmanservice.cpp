// Socket discovery and the "Podman is missing" path; needs no Podman.
#include "runtime/podmanruntime.h"
#include "runtime/podmanservice.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace podwright;

class TestPodmanService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidatesFollowTheDocumentedOrder()
    {
        qputenv("CONTAINER_HOST", "unix:///custom/podman.sock");
        qputenv("XDG_RUNTIME_DIR", "/run/user/1000");
        QCOMPARE(PodmanService::defaultCandidates(),
                 (QStringList { QStringLiteral("/custom/podman.sock"),
                                QStringLiteral("/run/user/1000/podman/podman.sock"),
                                QStringLiteral("/run/podman/podman.sock") }));
        qputenv("CONTAINER_HOST", "ssh://core@remote/run/podman.sock"); // not a local socket
        qunsetenv("XDG_RUNTIME_DIR");
        QCOMPARE(PodmanService::defaultCandidates(),
                 QStringList { QStringLiteral("/run/podman/podman.sock") });
        qunsetenv("CONTAINER_HOST");
    }

    void firstAnsweringSocketWins()
    {
        QTemporaryDir dir;
        const QString dead = dir.path() + QLatin1String("/dead.sock");
        const QString alive = dir.path() + QLatin1String("/alive.sock");
        QLocalServer server;
        QVERIFY(server.listen(alive));
        connect(&server, &QLocalServer::newConnection, this, [&server] {
            QLocalSocket *socket = server.nextPendingConnection();
            connect(socket, &QLocalSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK");
                socket->disconnectFromServer();
            });
        });
        PodmanService::Options options;
        options.candidates = { dead, alive };
        options.startServiceIfNeeded = false;
        PodmanService service(options);
        QSignalSpy ready(&service, &PodmanService::ready);
        service.start();
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().first().toString(), alive);
        QVERIFY(!service.ownsService());
    }

    void missingPodmanSaysWhatToInstall()
    {
        PodmanService::Options options;
        options.candidates = {};
        options.program = QStringLiteral("/nonexistent/bin/podman");
        PodmanRuntime runtime(options);
        QSignalSpy errors(&runtime, &PodRuntime::errorOccurred);
        runtime.runPod("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  "
                       "- name: a\n    image: busybox\n");
        QTRY_COMPARE_WITH_TIMEOUT(runtime.availability(), PodRuntime::Availability::NotInstalled,
                                  5000);
        QVERIFY(runtime.availabilityMessage().contains(QLatin1String("sudo apt install podman")));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().value<RuntimeError>().detail.contains(
            QLatin1String("apt install podman")));
    }

    void unreadableYamlIsReportedNotSent()
    {
        PodmanService::Options options;
        options.candidates = {};
        options.startServiceIfNeeded = false;
        PodmanRuntime runtime(options);
        QSignalSpy errors(&runtime, &PodRuntime::errorOccurred);
        runtime.runPod("kind: Pod\nmetadata: {name: x\n");
        runtime.runPod("kind: ConfigMap\nmetadata: {name: x}\n");
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).first().value<RuntimeError>().detail.contains(
            QLatin1String("cannot be read")));
        QVERIFY(
            errors.at(1).first().value<RuntimeError>().detail.contains(QLatin1String("no Pod")));
        QCOMPARE(runtime.availability(), PodRuntime::Availability::Unknown); // nothing was sent
    }
};

QTEST_GUILESS_MAIN(TestPodmanService)
#include "tst_podmanservice.moc"
