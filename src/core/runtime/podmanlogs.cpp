// PodmanRuntime, continued: container logs, and a follow that outlives the service. When the
// Podman service dies or restarts mid-follow, the request waits for the runtime's reconnection
// and asks again from the time of the last line passed on (libpod's logs `since`), dropping
// the lines it already passed on.
#include "httpclient.h"
#include "podmanclient.h"
#include "podmanruntime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace podwright {

namespace {

/// A log line's time as Podman wrote it, comparable to the nanosecond: (seconds since the
/// epoch, nanoseconds). Podman 4.3 writes whole seconds; later versions up to nanoseconds.
using Stamp = std::pair<qint64, qint64>;

std::optional<Stamp> parseStamp(const QString &text)
{
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d+)"));
    const QRegularExpressionMatch match = fraction.match(text);
    QString whole = text;
    qint64 nanos = 0;
    if (match.hasMatch()) {
        whole.remove(match.capturedStart(), match.capturedLength());
        nanos = match.captured(1).left(9).leftJustified(9, QLatin1Char('0')).toLongLong();
    }
    const QDateTime time = QDateTime::fromString(whole, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return Stamp { time.toSecsSinceEpoch(), nanos };
}

} // namespace

struct PodmanRuntime::LogFollow {
    QString pod;
    QString container;
    LogOptions options;
    std::optional<Stamp> last; ///< of the last line passed on
    int atLast = 0; ///< lines passed on with that time
    int toSkip = 0; ///< after a resume: lines at `last` that Podman sends again
    int attempts = 0; ///< resumes since the last answer
};

int PodmanRuntime::requestLogs(const QString &pod, const QString &container,
                               const LogOptions &options)
{
    const int id = m_nextLogId++;
    auto follow = std::make_shared<LogFollow>();
    follow->pod = pod;
    follow->container = container;
    follow->options = options;
    whenReady([this, id, follow] { openLogs(id, follow); });
    return id;
}

void PodmanRuntime::openLogs(int id, const std::shared_ptr<LogFollow> &follow)
{
    const LogOptions &options = follow->options;
    // A follow always asks for the times, to know where to resume.
    const bool timestamps = options.timestamps || options.follow;
    QString since;
    if (follow->last)
        since = QStringLiteral("%1.%2")
                    .arg(follow->last->first)
                    .arg(follow->last->second, 9, 10, QLatin1Char('0'));
    HttpReply *reply
        = m_client->logs(follow->pod + QLatin1Char('-') + follow->container, options.follow,
                         timestamps, follow->last ? -1 : options.tail, since);
    m_logs[id] = reply;
    auto decoder = std::make_shared<StreamDecoder>(StreamDecoder::Mode::LogFrames);
    auto emitLines = [this, id, follow, timestamps](const std::vector<StreamDecoder::Line> &lines) {
        for (const StreamDecoder::Line &line : lines) {
            LogLine out {
                follow->pod, follow->container, line.stream == 2, {}, QString::fromUtf8(line.text)
            };
            std::optional<Stamp> stamp;
            if (timestamps) {
                // RFC 3339 with up to nanoseconds, then a space, then the text.
                const qsizetype space = out.text.indexOf(QLatin1Char(' '));
                QString text = out.text.left(space);
                stamp = parseStamp(text);
                static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d*"));
                out.subSecondTime = text.contains(fraction);
                text.replace(fraction, QStringLiteral(".\\1"));
                out.time = QDateTime::fromString(text, Qt::ISODateWithMs);
                if (out.time.isValid())
                    out.text = out.text.mid(space + 1);
            }
            if (stamp && follow->last) {
                // `since` is inclusive and Podman 4.3's times are whole seconds: the lines of
                // that second come again.
                if (*stamp < *follow->last)
                    continue;
                if (*stamp == *follow->last && follow->toSkip > 0) {
                    --follow->toSkip;
                    continue;
                }
            }
            if (stamp) {
                follow->atLast = stamp == follow->last ? follow->atLast + 1 : 1;
                follow->last = stamp;
            }
            if (!follow->options.timestamps) {
                out.time = {};
                out.subSecondTime = false;
            }
            Q_EMIT logLine(id, out);
        }
    };
    // An error answer (no such container...) carries Podman's JSON, not the container's
    // output: keep it for the message instead of showing it as log lines. A follow request
    // streams, so its reply does not keep the body itself.
    auto errorBody = std::make_shared<QByteArray>();
    connect(reply, &HttpReply::dataReceived, this,
            [reply, decoder, emitLines, errorBody, follow](const QByteArray &data) {
                if (reply->statusCode() >= 300) {
                    *errorBody += data;
                    return;
                }
                follow->attempts = 0;
                emitLines(decoder->feed(data));
            });
    connect(reply, &HttpReply::finished, this,
            [this, id, reply, decoder, emitLines, errorBody, follow] {
                reply->deleteLater();
                m_logs.erase(id);
                emitLines(decoder->flush());
                const HttpReply::Error error = reply->error();
                if (follow->options.follow && error != HttpReply::Error::None
                    && error != HttpReply::Error::Aborted && reply->statusCode() < 300)
                    return resumeLogs(id, follow, reply->errorString());
                QString message;
                if (error != HttpReply::Error::None && error != HttpReply::Error::Aborted)
                    message = reply->errorString();
                else if (error == HttpReply::Error::None && reply->statusCode() >= 300)
                    message = QStringLiteral("No logs for container %1 of pod %2: %3")
                                  .arg(follow->container, follow->pod,
                                       QJsonDocument::fromJson(*errorBody)
                                           .object()
                                           .value(QLatin1String("message"))
                                           .toString());
                Q_EMIT logsFinished(id, message);
            });
}

void PodmanRuntime::resumeLogs(int id, const std::shared_ptr<LogFollow> &follow, const QString &why)
{
    // The runtime reconnects on its own (onConnectionLost); this waits for it. The attempts
    // only count while it believes itself connected and the request still fails.
    if (++follow->attempts > kMaxReconnectAttempts) {
        Q_EMIT logsFinished(id,
                            QStringLiteral("Lost the connection to Podman while following the "
                                           "logs of container %1 of pod %2: %3")
                                .arg(follow->container, follow->pod, why));
        return;
    }
    m_resuming[id] = follow;
    follow->toSkip = follow->atLast;
    QTimer::singleShot(1000, this, [this, id, follow] {
        whenReady([this, id, follow] {
            if (m_resuming.erase(id))
                openLogs(id, follow);
        });
    });
}

void PodmanRuntime::endResumingLogs(const QString &message)
{
    for (const auto &[id, follow] : std::exchange(m_resuming, {}))
        Q_EMIT logsFinished(id,
                            QStringLiteral("Lost the connection to Podman while following the "
                                           "logs of container %1 of pod %2, and it did not "
                                           "come back: %3")
                                .arg(follow->container, follow->pod, message));
}

void PodmanRuntime::cancelLogs(int requestId)
{
    if (auto it = m_logs.find(requestId); it != m_logs.end())
        it->second->abort();
    else if (m_resuming.erase(requestId))
        Q_EMIT logsFinished(requestId, {});
}

} // namespace podwright
