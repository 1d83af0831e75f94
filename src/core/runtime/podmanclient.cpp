#include "podmanclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QtEndian>

namespace podwright {

void StreamDecoder::splitLines(int stream, QByteArray &pending, std::vector<Line> &out)
{
    qsizetype start = 0;
    for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
        QByteArray text = pending.mid(start, nl - start);
        if (text.endsWith('\r'))
            text.chop(1);
        out.push_back({ stream, text });
        start = nl + 1;
    }
    pending.remove(0, start);
}

std::vector<StreamDecoder::Line> StreamDecoder::feed(const QByteArray &data)
{
    std::vector<Line> out;
    if (m_mode == Mode::Lines) {
        m_pending[1] += data;
        splitLines(1, m_pending[1], out);
        return out;
    }
    m_raw += data;
    if (!m_framesChecked && m_raw.size() >= 4) {
        m_framesChecked = true;
        // A container with a tty gets its output raw, without frame headers.
        const bool framed
            = quint8(m_raw[0]) <= 2 && m_raw[1] == 0 && m_raw[2] == 0 && m_raw[3] == 0;
        if (!framed)
            m_mode = Mode::Lines;
    }
    if (m_mode == Mode::Lines) {
        m_pending[1] += std::exchange(m_raw, {});
        splitLines(1, m_pending[1], out);
        return out;
    }
    while (m_raw.size() >= 8) {
        const quint32 size = qFromBigEndian<quint32>(m_raw.constData() + 4);
        if (m_raw.size() < qsizetype(8 + size))
            break;
        const int stream = quint8(m_raw[0]) == 2 ? 2 : 1;
        m_pending[stream] += m_raw.mid(8, size);
        m_raw.remove(0, 8 + size);
        splitLines(stream, m_pending[stream], out);
    }
    return out;
}

std::vector<StreamDecoder::Line> StreamDecoder::flush()
{
    std::vector<Line> out;
    for (int stream = 1; stream <= 2; ++stream) {
        if (!m_pending[stream].isEmpty())
            out.push_back({ stream, std::exchange(m_pending[stream], {}) });
    }
    return out;
}

PodmanClient::PodmanClient(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_http(socketPath)
{
    m_http.setParent(this);
}

QByteArray PodmanClient::path(const QString &endpoint)
{
    return "/v4.0.0/libpod/" + QUrl::toPercentEncoding(endpoint, "/?&=");
}

static QByteArray name(const QString &containerOrPod)
{
    return QUrl::toPercentEncoding(containerOrPod);
}

void PodmanClient::call(const QByteArray &method, const QByteArray &target, PodmanHandler handler,
                        const QByteArray &body, const QByteArray &contentType, int timeoutMs)
{
    HttpRequest request;
    request.method = method;
    request.target = target;
    request.body = body;
    request.timeoutMs = timeoutMs;
    if (!contentType.isEmpty())
        request.headers.append({ "Content-Type", contentType });
    HttpReply *reply = m_http.send(request);
    connect(reply, &HttpReply::finished, this, [reply, handler = std::move(handler)] {
        reply->deleteLater();
        PodmanResponse response;
        response.status = reply->statusCode();
        response.body = reply->body();
        if (reply->error() != HttpReply::Error::None) {
            response.unreachable = true;
            response.errorMessage = reply->errorString();
        } else {
            response.ok
                = (response.status >= 200 && response.status < 300) || response.status == 304;
            QJsonParseError parseError;
            response.json = QJsonDocument::fromJson(response.body, &parseError);
            if (!response.ok) {
                // libpod errors: {"cause": "...", "message": "... full text ...", "response": 500}
                response.errorMessage
                    = response.json.object().value(QLatin1String("message")).toString();
                if (response.errorMessage.isEmpty())
                    response.errorMessage = QString::fromUtf8(response.body).trimmed();
                if (response.errorMessage.isEmpty())
                    response.errorMessage = QStringLiteral("HTTP %1 %2")
                                                .arg(response.status)
                                                .arg(QString::fromLatin1(reply->reasonPhrase()));
            }
        }
        if (handler)
            handler(response);
    });
}

void PodmanClient::ping(int timeoutMs, PodmanHandler handler)
{
    // _ping lives outside the versioned prefix too, but the libpod one proves the v4 API.
    call("GET", path(QStringLiteral("_ping")), std::move(handler), {}, {}, timeoutMs);
}

void PodmanClient::version(PodmanHandler handler)
{
    call("GET", path(QStringLiteral("version")), std::move(handler));
}

void PodmanClient::playKube(const QByteArray &yaml, bool start, PodmanHandler handler)
{
    call("POST", path(QStringLiteral("play/kube?start=%1").arg(start ? "true" : "false")),
         std::move(handler), yaml, "application/yaml", 120000);
}

void PodmanClient::playKubeDown(const QByteArray &yaml, PodmanHandler handler)
{
    call("DELETE", path(QStringLiteral("play/kube")), std::move(handler), yaml, "application/yaml",
         120000);
}

void PodmanClient::startContainer(const QString &container, PodmanHandler handler)
{
    call("POST", path(QStringLiteral("containers/")) + name(container) + "/start",
         std::move(handler));
}

void PodmanClient::stopContainer(const QString &container, int timeoutSeconds,
                                 PodmanHandler handler)
{
    call("POST",
         path(QStringLiteral("containers/")) + name(container)
             + "/stop?timeout=" + QByteArray::number(timeoutSeconds),
         std::move(handler), {}, {}, (timeoutSeconds + 30) * 1000);
}

void PodmanClient::killContainer(const QString &container, const QString &signal,
                                 PodmanHandler handler)
{
    call("POST",
         path(QStringLiteral("containers/")) + name(container) + "/kill?signal=" + name(signal),
         std::move(handler));
}

void PodmanClient::waitContainer(const QString &container, const QString &condition,
                                 PodmanHandler handler)
{
    call("POST",
         path(QStringLiteral("containers/")) + name(container)
             + "/wait?condition=" + name(condition),
         std::move(handler), {}, {}, 0);
}

void PodmanClient::inspectContainer(const QString &container, PodmanHandler handler)
{
    call("GET", path(QStringLiteral("containers/")) + name(container) + "/json",
         std::move(handler));
}

void PodmanClient::removeContainer(const QString &container, bool force, PodmanHandler handler)
{
    call("DELETE",
         path(QStringLiteral("containers/")) + name(container) + (force ? "?force=true" : ""),
         std::move(handler));
}

void PodmanClient::listContainers(const QString &pod, PodmanHandler handler)
{
    QByteArray target = path(QStringLiteral("containers/json?all=true"));
    if (!pod.isEmpty()) {
        const QByteArray filters
            = QJsonDocument(QJsonObject { { QStringLiteral("pod"), QJsonArray { pod } } })
                  .toJson(QJsonDocument::Compact);
        target += "&filters=" + QUrl::toPercentEncoding(QString::fromUtf8(filters));
    }
    call("GET", target, std::move(handler));
}

void PodmanClient::listPods(PodmanHandler handler)
{
    call("GET", path(QStringLiteral("pods/json")), std::move(handler));
}

void PodmanClient::podStopEvents(qint64 sinceSecs, PodmanHandler handler)
{
    const QByteArray filters
        = QUrl::toPercentEncoding(QStringLiteral(R"({"type":["pod"],"event":["stop"]})"));
    call("GET",
         path(QStringLiteral("events?stream=false&since=%1&filters=").arg(sinceSecs)) + filters,
         std::move(handler));
}

void PodmanClient::inspectPod(const QString &pod, PodmanHandler handler)
{
    call("GET", path(QStringLiteral("pods/")) + name(pod) + "/json", std::move(handler));
}

void PodmanClient::stopPod(const QString &pod, int timeoutSeconds, PodmanHandler handler)
{
    call(
        "POST",
        path(QStringLiteral("pods/")) + name(pod) + "/stop?t=" + QByteArray::number(timeoutSeconds),
        [this, pod, timeoutSeconds, handler](const PodmanResponse &response) {
            // Podman 4.3 stops a pod only when every container of it runs; otherwise (an init
            // container running while the app containers wait, an app container that exited:
            // "Degraded") it answers 304 and stops nothing. Then stop the running ones here,
            // after a SIGTERM to the pod: its "kill" event tells whoever watches the pod (a
            // `podwright run --wait`) that this is a stop, not a crash to restart.
            if (response.status != 304)
                return handler(response);
            killPod(pod, QStringLiteral("SIGTERM"),
                    [this, pod, timeoutSeconds, handler](const PodmanResponse &) {
                        stopRunningContainers(pod, timeoutSeconds, handler);
                    });
        },
        {}, {}, (qMax(timeoutSeconds, 10) + 30) * 1000);
}

void PodmanClient::stopRunningContainers(const QString &pod, int timeoutSeconds,
                                         PodmanHandler handler)
{
    listContainers(pod, [this, timeoutSeconds, handler](const PodmanResponse &list) {
        if (!list.ok)
            return handler(list);
        QStringList running;
        QString infra;
        for (const QJsonValue &value : list.json.array()) {
            const QJsonObject container = value.toObject();
            if (container.value(QLatin1String("State")).toString() != QLatin1String("running"))
                continue;
            const QString id = container.value(QLatin1String("Id")).toString();
            if (container.value(QLatin1String("IsInfra")).toBool())
                infra = id;
            else
                running << id;
        }
        // The infra container last, as Podman's own pod stop does.
        auto result = std::make_shared<PodmanResponse>();
        result->ok = true;
        result->status = 200;
        auto finish = [this, infra, timeoutSeconds, handler, result] {
            if (infra.isEmpty())
                return handler(*result);
            stopContainer(infra, timeoutSeconds,
                          [handler, result](const PodmanResponse &) { handler(*result); });
        };
        if (running.isEmpty())
            return finish();
        auto pending = std::make_shared<qsizetype>(running.size());
        for (const QString &id : running) {
            stopContainer(id, timeoutSeconds,
                          [pending, result, finish](const PodmanResponse &response) {
                              // 304: it had exited meanwhile, as wanted.
                              if (!response.ok && response.status != 304 && result->ok)
                                  *result = response;
                              if (--*pending == 0)
                                  finish();
                          });
        }
    });
}

void PodmanClient::killPod(const QString &pod, const QString &signal, PodmanHandler handler)
{
    call("POST", path(QStringLiteral("pods/")) + name(pod) + "/kill?signal=" + name(signal),
         std::move(handler));
}

void PodmanClient::removePod(const QString &pod, bool force, PodmanHandler handler)
{
    call("DELETE", path(QStringLiteral("pods/")) + name(pod) + (force ? "?force=true" : ""),
         std::move(handler), {}, {}, 120000);
}

HttpReply *PodmanClient::events()
{
    HttpRequest request;
    request.target = path(QStringLiteral("events?stream=true"));
    request.streaming = true;
    request.timeoutMs = 10000;
    return m_http.send(request);
}

HttpReply *PodmanClient::logs(const QString &container, bool follow, bool timestamps, int tail,
                              const QString &since)
{
    HttpRequest request;
    request.target
        = path(QStringLiteral("containers/")) + name(container) + "/logs?stdout=true&stderr=true";
    if (follow)
        request.target += "&follow=true";
    if (timestamps)
        request.target += "&timestamps=true";
    if (tail >= 0)
        request.target += "&tail=" + QByteArray::number(tail);
    if (!since.isEmpty())
        request.target += "&since=" + QUrl::toPercentEncoding(since);
    request.streaming = follow;
    request.timeoutMs = follow ? 10000 : 60000;
    return m_http.send(request);
}

} // namespace podwright
