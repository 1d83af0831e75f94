#include "httpclient.h"

#include <QLocalSocket>

namespace podwright {

HttpClient::HttpClient(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
{ }

HttpReply *HttpClient::send(const HttpRequest &request)
{
    return new HttpReply(m_socketPath, request, this);
}

HttpReply::HttpReply(const QString &socketPath, const HttpRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_socketPath(socketPath)
    , m_socket(new QLocalSocket(this))
{
    connect(m_socket, &QLocalSocket::connected, this, &HttpReply::onConnected);
    connect(m_socket, &QLocalSocket::readyRead, this, &HttpReply::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &HttpReply::onDisconnected);
    connect(m_socket, &QLocalSocket::errorOccurred, this,
            [this](QLocalSocket::LocalSocketError error) {
                if (m_state == State::Connecting)
                    finish(Error::ConnectionFailed, m_socket->errorString());
                else if (error != QLocalSocket::PeerClosedError)
                    onDisconnected();
            });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(Error::Timeout,
               QStringLiteral("no answer from %1 within %2 ms")
                   .arg(m_socketPath)
                   .arg(m_request.timeoutMs));
    });
    if (m_request.timeoutMs > 0)
        m_timer.start(m_request.timeoutMs);
    m_socket->connectToServer(m_socketPath);
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpReply::abort()
{
    finish(Error::Aborted, QStringLiteral("aborted"));
}

void HttpReply::onConnected()
{
    QByteArray head = m_request.method + ' ' + m_request.target + " HTTP/1.1\r\n";
    // The Host header is mandatory in HTTP/1.1; any name does for a unix socket.
    head += "Host: d\r\nConnection: close\r\n";
    for (const auto &[key, value] : m_request.headers)
        head += key + ": " + value + "\r\n";
    if (!m_request.body.isEmpty() || m_request.method != "GET")
        head += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    head += "\r\n";
    m_socket->write(head + m_request.body);
    m_state = State::StatusLine;
}

void HttpReply::onReadyRead()
{
    if (m_finished)
        return;
    m_buffer += m_socket->readAll();
    parse();
}

void HttpReply::onDisconnected()
{
    if (m_finished)
        return;
    m_buffer += m_socket->readAll();
    parse();
    if (m_finished)
        return;
    if (m_state == State::Body && m_remaining < 0)
        finish(Error::None); // a body delimited by the end of the connection
    else if (m_state == State::Connecting)
        finish(Error::ConnectionFailed, m_socket->errorString());
    else
        finish(Error::ConnectionClosed,
               QStringLiteral("the server closed the connection before the response was complete"));
}

bool HttpReply::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    m_headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    return true;
}

void HttpReply::deliver(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    if (!m_request.streaming)
        m_body += data;
    Q_EMIT dataReceived(data);
}

void HttpReply::parse()
{
    while (!m_finished) {
        if (m_state == State::Body) {
            if (m_remaining < 0) {
                deliver(std::exchange(m_buffer, {}));
                return;
            }
            const QByteArray part = m_buffer.left(m_remaining);
            m_buffer.remove(0, part.size());
            m_remaining -= part.size();
            deliver(part);
            if (m_remaining == 0 && !m_finished)
                finish(Error::None);
            return;
        }
        if (m_state == State::ChunkData) {
            if (m_buffer.isEmpty())
                return;
            const QByteArray part = m_buffer.left(m_remaining);
            m_buffer.remove(0, part.size());
            m_remaining -= part.size();
            if (m_remaining == 0)
                m_state = State::ChunkSize; // the CRLF after the data reads as an empty size line
            deliver(part);
            continue;
        }
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0) {
            if (m_buffer.size() > 64 * 1024)
                finish(Error::ProtocolError, QStringLiteral("response line too long"));
            return;
        }
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        switch (m_state) {
        case State::StatusLine: {
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            m_status = parts.value(1).toInt(&ok);
            if (!line.startsWith("HTTP/1.") || !ok) {
                finish(Error::ProtocolError,
                       QStringLiteral("not an HTTP response: %1")
                           .arg(QString::fromLatin1(line.left(80))));
                return;
            }
            m_reason = parts.mid(2).join(' ');
            m_state = State::Headers;
            break;
        }
        case State::Headers:
            if (!line.isEmpty()) {
                if (!parseHeaderLine(line)) {
                    finish(Error::ProtocolError, QStringLiteral("malformed header line"));
                    return;
                }
                break;
            }
            if (m_request.streaming)
                m_timer.stop();
            m_chunked = header("Transfer-Encoding").toLower().contains("chunked");
            if (m_chunked) {
                m_state = State::ChunkSize;
            } else if (!header("Content-Length").isEmpty()) {
                m_state = State::Body;
                m_remaining = header("Content-Length").toLongLong();
            } else if (m_status == 204 || m_status == 304 || m_request.method == "HEAD") {
                m_state = State::Done;
            } else {
                m_state = State::Body;
                m_remaining = -1;
            }
            Q_EMIT headersReceived();
            if (!m_finished
                && (m_state == State::Done || (m_state == State::Body && m_remaining == 0)))
                finish(Error::None);
            break;
        case State::ChunkSize: {
            if (line.isEmpty())
                break;
            bool ok = false;
            const qint64 size = line.split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                finish(Error::ProtocolError, QStringLiteral("malformed chunk size"));
                return;
            }
            if (size == 0) {
                m_state = State::ChunkTrailer;
            } else {
                m_state = State::ChunkData;
                m_remaining = size;
            }
            break;
        }
        case State::ChunkTrailer:
            if (line.isEmpty())
                finish(Error::None);
            break;
        default: return;
        }
    }
}

void HttpReply::finish(Error error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Done;
    m_error = error;
    m_errorString = message;
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT finished();
}

} // namespace podwright
