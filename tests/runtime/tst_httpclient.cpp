// The HTTP/1.1 client over a unix socket, against a tiny QLocalServer that answers scripted bytes.
#include "runtime/httpclient.h"
#include "runtime/podmanclient.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace podwright;

/// Answers each connection with the parts of `script`, one write per part (with a pause in
/// between), after reading the whole request head and body.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    QList<QByteArray> script;
    int pauseMs = 0;
    bool closeAfter = true;
    QList<QByteArray> requests;

    explicit ScriptedServer(const QString &path)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests << *buffer;
                    delete buffer;
                    socket->disconnect(this);
                    answer(socket, 0);
                });
            }
        });
    }

private:
    void answer(QLocalSocket *socket, int part)
    {
        if (part >= script.size()) {
            if (closeAfter)
                socket->disconnectFromServer();
            return;
        }
        socket->write(script.at(part));
        socket->flush();
        QTimer::singleShot(pauseMs, socket, [this, socket, part] { answer(socket, part + 1); });
    }
    QLocalServer m_server;
};

class TestHttpClient : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path() const { return m_dir.path() + QLatin1String("/api.sock"); }

    HttpReply *finishedReply(HttpClient &client, const HttpRequest &request)
    {
        HttpReply *reply = client.send(request);
        QSignalSpy finished(reply, &HttpReply::finished);
        if (!reply->isFinished())
            [&] { QVERIFY(finished.wait(5000)); }();
        return reply;
    }

private Q_SLOTS:
    void responseBodies_data()
    {
        QTest::addColumn<QList<QByteArray>>("script");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("content-length")
            << QList<QByteArray> { "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello" }
            << QByteArray("hello");
        QTest::newRow("content-length-split")
            << QList<QByteArray> { "HTTP/1.1 200 OK\r\nConte", "nt-Length: 11\r\n\r\nhel",
                                   "lo world" }
            << QByteArray("hello world");
        QTest::newRow("chunked") << QList<QByteArray> {
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n "
            "world\r\n0\r\n\r\n"
        } << QByteArray("hello world");
        QTest::newRow("chunked-split-everywhere")
            << QList<QByteArray> { "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5",
                                   "\r\nhe", "llo\r", "\na;ext=1\r\n0123456789\r\n", "0\r\n\r\n" }
            << QByteArray("hello0123456789");
        QTest::newRow("until-close") << QList<QByteArray> { "HTTP/1.1 200 OK\r\n\r\nraw ", "bytes" }
                                     << QByteArray("raw bytes");
        QTest::newRow("no-content")
            << QList<QByteArray> { "HTTP/1.1 204 No Content\r\n\r\n" } << QByteArray();
    }
    void responseBodies()
    {
        QFETCH(QList<QByteArray>, script);
        ScriptedServer server(path());
        server.script = script;
        server.pauseMs = 20;
        HttpClient client(path());
        HttpReply *reply = finishedReply(client, {});
        QCOMPARE(reply->error(), HttpReply::Error::None);
        QVERIFY(reply->statusCode() == 200 || reply->statusCode() == 204);
        QTEST(reply->body(), "body");
    }

    void requestCarriesMethodBodyAndHeaders()
    {
        ScriptedServer server(path());
        server.script = { "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}" };
        HttpClient client(path());
        HttpRequest request;
        request.method = "POST";
        request.target = "/v4.0.0/libpod/play/kube?start=false";
        request.body = "kind: Pod\n";
        request.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/yaml")));
        HttpReply *reply = finishedReply(client, request);
        QCOMPARE(reply->error(), HttpReply::Error::None);
        QCOMPARE(server.requests.size(), 1);
        const QByteArray sent = server.requests.first();
        QVERIFY(sent.startsWith("POST /v4.0.0/libpod/play/kube?start=false HTTP/1.1\r\n"));
        QVERIFY(sent.contains("\r\nContent-Type: application/yaml\r\n"));
        QVERIFY(sent.contains("\r\nContent-Length: 10\r\n"));
        QVERIFY(sent.endsWith("\r\n\r\nkind: Pod\n"));
    }

    void streamingDeliversIncrementally()
    {
        ScriptedServer server(path());
        server.script = { "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                          "c\r\n{\"a\":1}\n{\"b\"\r\n", "3\r\n:2}\r\n", "2\r\n\n\n\r\n" };
        server.pauseMs = 150;
        server.closeAfter = false;
        HttpClient client(path());
        HttpRequest request;
        request.streaming = true;
        request.timeoutMs = 1000; // only until the headers: the stream itself may last
        HttpReply *reply = client.send(request);
        StreamDecoder decoder;
        QStringList lines;
        connect(reply, &HttpReply::dataReceived, this, [&](const QByteArray &data) {
            for (const auto &line : decoder.feed(data))
                lines << QString::fromUtf8(line.text);
        });
        QTRY_COMPARE_WITH_TIMEOUT(lines, QStringList { QStringLiteral("{\"a\":1}") }, 2000);
        QVERIFY(!reply->isFinished()); // the first line came before the rest was even sent
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 3, 2000);
        QCOMPARE(lines.at(1), QStringLiteral("{\"b\":2}"));
        QVERIFY(reply->body().isEmpty()); // streams are not kept
        reply->abort();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error(), HttpReply::Error::Aborted);
    }

    void concurrentRequestsUseOwnSockets()
    {
        ScriptedServer server(path());
        server.script = { "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", "ok" };
        server.pauseMs = 200;
        HttpClient client(path());
        QList<HttpReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies << client.send({});
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                             [](HttpReply *r) { return r->isFinished(); }),
                                 3000);
        QVERIFY2(timer.elapsed() < 800, "the five answers must overlap, not queue");
        for (HttpReply *reply : replies)
            QCOMPARE(reply->body(), QByteArray("ok"));
    }

    void errors_data()
    {
        QTest::addColumn<QList<QByteArray>>("script");
        QTest::addColumn<bool>("listen");
        QTest::addColumn<int>("error");
        QTest::newRow("no-server")
            << QList<QByteArray> {} << false << int(HttpReply::Error::ConnectionFailed);
        QTest::newRow("silent-server")
            << QList<QByteArray> { QByteArray() } << true << int(HttpReply::Error::Timeout);
        QTest::newRow("truncated-body")
            << QList<QByteArray> { "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort" } << true
            << int(HttpReply::Error::ConnectionClosed);
        QTest::newRow("not-http") << QList<QByteArray> { "SSH-2.0-OpenSSH\r\n" } << true
                                  << int(HttpReply::Error::ProtocolError);
    }
    void errors()
    {
        QFETCH(QList<QByteArray>, script);
        QFETCH(bool, listen);
        std::unique_ptr<ScriptedServer> server;
        if (listen) {
            server = std::make_unique<ScriptedServer>(path());
            server->script = script;
            server->closeAfter
                = QLatin1String(QTest::currentDataTag()) != QLatin1String("silent-server");
        } else {
            QFile::remove(path());
        }
        HttpClient client(path());
        HttpRequest request;
        request.timeoutMs = 300;
        HttpReply *reply = finishedReply(client, request);
        QTEST(int(reply->error()), "error");
        QVERIFY(!reply->errorString().isEmpty());
    }

    void podmanErrorsCarryPodmansMessage()
    {
        ScriptedServer server(path());
        const QByteArray body = "{\"cause\":\"no such container\",\"message\":\"no container with "
                                "name or ID x found: no such container\",\"response\":404}";
        server.script
            = { "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body };
        PodmanClient client(path());
        PodmanResponse response;
        bool done = false;
        client.startContainer(QStringLiteral("x"), [&](const PodmanResponse &r) {
            response = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY(!response.ok);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.errorMessage,
                 QStringLiteral("no container with name or ID x found: no such container"));
        QVERIFY(
            server.requests.first().startsWith("POST /v4.0.0/libpod/containers/x/start HTTP/1.1"));
    }

    void logFramesAreDemultiplexed()
    {
        auto frame = [](char stream, const QByteArray &payload) {
            QByteArray header(8, '\0');
            header[0] = stream;
            qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
            return header + payload;
        };
        const QByteArray data = frame(1, "out one\nout ") + frame(2, "err line\n")
            + frame(1, "two\n") + frame(1, "tail");
        StreamDecoder decoder(StreamDecoder::Mode::LogFrames);
        std::vector<StreamDecoder::Line> lines;
        for (qsizetype i = 0; i < data.size(); i += 3) { // fed in awkward pieces
            for (auto &line : decoder.feed(data.mid(i, 3)))
                lines.push_back(line);
        }
        for (auto &line : decoder.flush())
            lines.push_back(line);
        QCOMPARE(lines.size(), size_t(4));
        QCOMPARE(lines[0].text, QByteArray("out one"));
        QCOMPARE(lines[1].stream, 2);
        QCOMPARE(lines[1].text, QByteArray("err line"));
        QCOMPARE(lines[2].text, QByteArray("out two"));
        QCOMPARE(lines[3].text, QByteArray("tail"));
    }

    void ttyLogsAreRawLines()
    {
        StreamDecoder decoder(StreamDecoder::Mode::LogFrames);
        const auto lines = decoder.feed("plain tty output\r\nsecond\n");
        QCOMPARE(lines.size(), size_t(2));
        QCOMPARE(lines[0].text, QByteArray("plain tty output"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
