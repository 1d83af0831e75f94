#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>

class QLocalSocket;

namespace podwright {

/// One HTTP/1.1 request sent over a unix socket.
struct HttpRequest {
    QByteArray method = "GET";
    QByteArray target; ///< path and query, already percent-encoded: "/v4.0.0/libpod/_ping"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// For an ordinary request: the whole exchange. For a streaming one: until the response
    /// headers arrive (a stream may then stay open for hours). 0 = no limit.
    int timeoutMs = 30000;
    /// Streaming: the body is only delivered through HttpReply::dataReceived, never kept.
    bool streaming = false;
};

/**
 * The response to one HttpRequest, on its own socket. Emits dataReceived() as body bytes arrive
 * (chunked encoding already removed), then finished() exactly once, successful or not.
 * The HttpClient owns it; call deleteLater() when done with it.
 */
class HttpReply : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, ConnectionFailed, Timeout, ProtocolError, ConnectionClosed, Aborted };

    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    QByteArray header(const QByteArray &name) const; ///< case-insensitive, empty when absent
    QByteArray body() const { return m_body; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool isFinished() const { return m_finished; }
    bool hasHeaders() const { return m_state > State::Headers; }

    /// Closes the connection; finished() follows with Error::Aborted unless already finished.
    void abort();

Q_SIGNALS:
    void headersReceived();
    void dataReceived(const QByteArray &data);
    void finished();

private:
    friend class HttpClient;
    HttpReply(const QString &socketPath, const HttpRequest &request, QObject *parent);

    enum class State {
        Connecting,
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkTrailer,
        Done
    };
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void parse();
    bool parseHeaderLine(const QByteArray &line);
    void deliver(const QByteArray &data);
    void finish(Error error, const QString &message = {});

    HttpRequest m_request;
    QString m_socketPath;
    QLocalSocket *m_socket = nullptr;
    QTimer m_timer;
    QByteArray m_buffer;
    State m_state = State::Connecting;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_remaining = -1; ///< Content-Length left or current chunk left; -1 = until close
    bool m_chunked = false;
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorString;
};

/**
 * A minimal HTTP/1.1 client over a QLocalSocket, for Podman's REST API.
 *
 * Hand-written because Qt 6.4's QNetworkAccessManager cannot speak over a unix domain socket
 * (that arrived in Qt 6.8 with QNetworkRequest::FullLocalServerNameAttribute). It does what the
 * libpod API needs: bodies with Content-Length, chunked and Content-Length responses, streaming
 * responses delivered as they arrive, and any number of concurrent requests, one socket each
 * (no keep-alive: connecting to a local socket costs microseconds).
 */
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(const QString &socketPath, QObject *parent = nullptr);

    QString socketPath() const { return m_socketPath; }
    /// Starts the request at once; the reply is a child of this client.
    HttpReply *send(const HttpRequest &request);

private:
    QString m_socketPath;
};

} // namespace podwright
