// The Pods panel, the log view, the Send request dialog and the RunController, offscreen, with a
// fake runtime.
#include "containerlogview.h"
#include "fakeruntime.h"
#include "podspanel.h"
#include "runcontroller.h"
#include "sendrequestdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>

using namespace podwright;
using namespace podwright::gui;

namespace {

PodRuntimeStatus webPod(const QString &phase, int restarts = 0)
{
    PodRuntimeStatus status;
    status.name = QStringLiteral("web");
    status.phase = phase;
    ContainerRuntimeState init;
    init.name = QStringLiteral("fill");
    init.init = true;
    init.state = ContainerRuntimeState::State::Terminated;
    init.reason = QStringLiteral("Completed");
    ContainerRuntimeState server;
    server.name = QStringLiteral("server");
    server.state = ContainerRuntimeState::State::Running;
    server.restartCount = restarts;
    status.containers = { init, server };
    status.ports = { { QStringLiteral("server"), 8080, 18080, QStringLiteral("TCP"), {} } };
    return status;
}

const QByteArray kYaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  "
                         "containers:\n  - name: server\n    image: nginx\n";

} // namespace

class TestRunPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panelShowsPhaseAndContainerStatesLive()
    {
        auto *fake = new FakeRuntime;
        RunController controller(fake);
        PodsPanel panel(&controller);
        fake->report(webPod(QStringLiteral("Init:0/1")));
        QTreeWidget *tree = panel.tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *pod = tree->topLevelItem(0);
        QCOMPARE(pod->text(1), QStringLiteral("Init:0/1"));
        QCOMPARE(pod->childCount(), 2);
        QCOMPARE(pod->child(0)->text(0), QStringLiteral("fill (init)"));
        QCOMPARE(pod->child(0)->text(1), QStringLiteral("Terminated: Completed (exit 0)"));
        QCOMPARE(pod->text(3), QStringLiteral("18080→8080/tcp"));

        fake->report(webPod(QStringLiteral("Running"), 3));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(pod->text(1), QStringLiteral("Running"));
        QCOMPARE(pod->child(1)->text(1), QStringLiteral("Running"));
        QCOMPARE(pod->child(1)->text(2), QStringLiteral("3"));

        // A stop running out the grace period, as kubectl shows it.
        PodRuntimeStatus stopping = webPod(QStringLiteral("Terminating"), 3);
        stopping.containers[1].reason = QStringLiteral("Terminating");
        fake->report(stopping);
        QCOMPARE(pod->text(1), QStringLiteral("Terminating"));
        QCOMPARE(pod->child(1)->text(1), QStringLiteral("Running: terminating"));

        Q_EMIT fake->podRemoved(QStringLiteral("web"));
        QCOMPARE(tree->topLevelItemCount(), 0);
    }

    void actionsGoToTheRuntime()
    {
        auto *fake = new FakeRuntime;
        RunController controller(fake);
        PodsPanel panel(&controller);
        controller.runPod(kYaml);
        fake->report(webPod(QStringLiteral("Running")));
        panel.tree()->setCurrentItem(panel.tree()->topLevelItem(0)->child(1));
        QCOMPARE(panel.currentPod(), QStringLiteral("web"));
        QCOMPARE(panel.currentContainer(), QStringLiteral("server"));
        QSignalSpy logs(&panel, &PodsPanel::logsRequested);
        QSignalSpy request(&panel, &PodsPanel::sendRequestRequested);
        panel.stopCurrent();
        panel.showLogsOfCurrent();
        panel.sendRequestToCurrent();
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.first().at(1).toString(), QStringLiteral("server"));
        QCOMPARE(request.first().first().toUrl(), QUrl(QStringLiteral("http://localhost:18080/")));
        panel.removeCurrent();
        QCOMPARE(fake->calls,
                 (QStringList { QStringLiteral("run:web"), QStringLiteral("stop:web"),
                                QStringLiteral("remove:web") }));
        QCOMPARE(panel.tree()->topLevelItemCount(), 0);
    }

    void errorsAreShownInFullWithPodAndContainer()
    {
        auto *fake = new FakeRuntime;
        RunController controller(fake);
        PodsPanel panel(&controller);
        QVERIFY(panel.errorText().isEmpty());
        Q_EMIT fake->errorOccurred(
            { QStringLiteral("web"), QStringLiteral("server"),
              QStringLiteral("Podman could not create container server of pod web"),
              QStringLiteral(
                  "playing YAML file: docker.io/library/nginx:latest: image not known") });
        QCOMPARE(
            panel.errorText(),
            QStringLiteral(
                "Pod web, container server: Podman could not create container server of pod web\n"
                "Podman said: playing YAML file: docker.io/library/nginx:latest: image not known"));
        PodRuntimeStatus again;
        again.name = QStringLiteral("web");
        again.phase = QStringLiteral("Pending");
        fake->report(again);
        QVERIFY(panel.errorText().isEmpty());
    }

    void podmanMissingIsSaidOnce()
    {
        // What PodmanRuntime reports when Run waited for a Podman that is not installed: the
        // availability, then the Run's error carrying the same text.
        auto *fake = new FakeRuntime;
        RunController controller(fake);
        PodsPanel panel(&controller);
        panel.show();
        const QString missing
            = QStringLiteral("Podman is not installed. Install it with: sudo apt install podman");
        fake->setAvailability(PodRuntime::Availability::NotInstalled, missing);
        Q_EMIT fake->errorOccurred({ {}, {}, QStringLiteral("Podman is not available"), missing });
        Q_EMIT fake->errorOccurred({ QStringLiteral("web"), {}, missing, {} });
        int shown = 0;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            shown += label->isVisible() && label->text().contains(missing) ? 1 : 0;
        QCOMPARE(shown, 1);
        QVERIFY(panel.errorText().isEmpty());
        // Other errors still show.
        fake->setAvailability(PodRuntime::Availability::Ready, {});
        Q_EMIT fake->errorOccurred({ QStringLiteral("web"), {}, QStringLiteral("boom"), {} });
        QCOMPARE(panel.errorText(), QStringLiteral("Pod web: boom"));
    }

    void rerunSendsTheCurrentDesign()
    {
        auto *fake = new FakeRuntime;
        RunController controller(fake);
        controller.runPod(kYaml);
        QByteArray edited = kYaml;
        edited.replace("nginx", "nginx:1.27");
        controller.setYamlProvider([&](const QString &pod) {
            return pod == QLatin1String("web") ? edited : QByteArray();
        });
        controller.rerunPod(QStringLiteral("web"));
        QCOMPARE(fake->calls.size(), 2);
        QCOMPARE(fake->lastYaml, edited);
        controller.setYamlProvider({});
        QSignalSpy status(&controller, &RunController::statusMessage);
        controller.rerunPod(QStringLiteral("unknown"));
        QCOMPARE(fake->calls.size(), 2); // nothing to re-run
        QVERIFY(status.last().first().toString().contains(QLatin1String("nothing to re-run")));
    }

    void quitAsksAboutStartedPods_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("quits");
        QTest::addColumn<QStringList>("calls");
        QTest::newRow("remove") << int(RunController::QuitChoice::RemovePods) << true
                                << QStringList { QStringLiteral("run:web"),
                                                 QStringLiteral("remove:web") };
        QTest::newRow("leave") << int(RunController::QuitChoice::LeavePods) << true
                               << QStringList { QStringLiteral("run:web") };
        QTest::newRow("cancel") << int(RunController::QuitChoice::Cancel) << false
                                << QStringList { QStringLiteral("run:web") };
    }
    void quitAsksAboutStartedPods()
    {
        QFETCH(int, choice);
        auto *fake = new FakeRuntime;
        RunController controller(fake);
        QStringList asked;
        controller.setQuitPrompt([&](const QStringList &pods, QWidget *) {
            asked = pods;
            return RunController::QuitChoice(choice);
        });
        QVERIFY(controller.confirmQuit(nullptr)); // nothing started: no question
        QVERIFY(asked.isEmpty());
        controller.runPod(kYaml);
        QTEST(controller.confirmQuit(nullptr), "quits");
        QCOMPARE(asked, QStringList { QStringLiteral("web") });
        QTEST(fake->calls, "calls");
    }

    void logViewFollowsSearchesAndCopies()
    {
        FakeRuntime fake;
        ContainerLogView view(&fake);
        view.showContainer(QStringLiteral("web"), QStringLiteral("fill"));
        QCOMPARE(fake.calls.last(), QStringLiteral("logs:web/fill:10"));
        const int id = fake.lastLogRequest;
        Q_EMIT fake.logLine(id,
                            { QStringLiteral("web"),
                              QStringLiteral("fill"),
                              false,
                              {},
                              QStringLiteral("copying site") });
        Q_EMIT fake.logLine(id,
                            { QStringLiteral("web"),
                              QStringLiteral("fill"),
                              false,
                              {},
                              QStringLiteral("done: 3 files") });
        Q_EMIT fake.logLine(id + 100,
                            { QStringLiteral("web"),
                              QStringLiteral("other"),
                              false,
                              {},
                              QStringLiteral("not mine") });
        QCOMPARE(view.text()->toPlainText(), QStringLiteral("copying site\ndone: 3 files"));

        view.searchField()->setText(QStringLiteral("3 files"));
        QVERIFY(view.findNext());
        QCOMPARE(view.text()->textCursor().selectedText(), QStringLiteral("3 files"));
        view.copy();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("3 files"));
        view.searchField()->setText(QStringLiteral("absent"));
        QVERIFY(!view.findNext());

        view.timestampsBox()->setChecked(true); // asks again, with timestamps
        QCOMPARE(fake.calls.mid(fake.calls.size() - 2),
                 (QStringList { QStringLiteral("cancel:%1").arg(id),
                                QStringLiteral("logs:web/fill:11") }));
        QVERIFY(view.text()->toPlainText().isEmpty());
        QDateTime at(QDate(2026, 1, 2), QTime(3, 4, 5, 600), Qt::UTC);
        Q_EMIT fake.logLine(fake.lastLogRequest,
                            { QStringLiteral("web"), QStringLiteral("fill"), false, at,
                              QStringLiteral("stamped"), true });
        QVERIFY(view.text()->toPlainText().endsWith(QLatin1String(":05.600 stamped")));
        // Podman 4.3 gives whole seconds: shown as such, not with a made-up ".000".
        Q_EMIT fake.logLine(fake.lastLogRequest,
                            { QStringLiteral("web"), QStringLiteral("fill"), false,
                              QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6), Qt::UTC),
                              QStringLiteral("whole"), false });
        QVERIFY2(view.text()->toPlainText().endsWith(QLatin1String(":06 whole")),
                 qPrintable(view.text()->toPlainText()));
        view.text()->selectAll();
        view.text()->setTextCursor(QTextCursor(view.text()->document())); // no selection: copy all
        view.copy();
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("stamped")));
    }

    void sendRequestShowsStatusHeadersAndBody()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Served-By: "
                              "busybox\r\nContent-Length: 16\r\n"
                              "Connection: close\r\n\r\nhello from init\n");
                socket->disconnectFromHost();
            });
        });
        SendRequestDialog dialog(
            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort())));
        QSignalSpy shown(&dialog, &SendRequestDialog::replyShown);
        dialog.send();
        QVERIFY(shown.wait(10000));
        QCOMPARE(dialog.statusText(), QStringLiteral("HTTP 200 OK"));
        QVERIFY2(dialog.headersText().contains(QLatin1String("X-Served-By: busybox")),
                 qPrintable(dialog.headersText()));
        QCOMPARE(dialog.bodyText(), QStringLiteral("hello from init\n"));

        server.close();
        dialog.send();
        QVERIFY(shown.wait(10000));
        QVERIFY2(dialog.statusText().startsWith(QLatin1String("No answer")),
                 qPrintable(dialog.statusText()));
    }
};

QTEST_MAIN(TestRunPanels)
#include "tst_runpanels.moc"
