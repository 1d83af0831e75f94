#pragma once

#include "httpclient.h"

#include <QJsonDocument>
#include <QObject>
#include <QString>

#include <functional>

namespace podwright {

/// The outcome of one libpod API call: transport failures and Podman's own errors alike.
struct PodmanResponse {
    bool ok = false; ///< 2xx or 304 (already in the requested state)
    int status = 0; ///< HTTP status, 0 when Podman could not be reached
    bool unreachable = false; ///< no answer at all (socket missing, service died, timeout)
    QByteArray body;
    QJsonDocument json;
    /// Podman's "message" (its full error text) or the transport error, empty when ok.
    QString errorMessage;
};

using PodmanHandler = std::function<void(const PodmanResponse &)>;

/**
 * Splits a byte stream into lines (Podman's event stream and stats are JSON lines) and
 * demultiplexes container logs. Logs of a container without a tty come as frames:
 * an 8-byte header [stream (1 stdout, 2 stderr), 0, 0, 0, size as big-endian uint32] then
 * the payload (Docker's "stdcopy" format, used by libpod's /containers/{name}/logs).
 */
class StreamDecoder
{
public:
    enum class Mode { Lines, LogFrames };
    struct Line {
        int stream = 1; ///< 1 stdout, 2 stderr
        QByteArray text; ///< without the newline
    };
    explicit StreamDecoder(Mode mode = Mode::Lines)
        : m_mode(mode)
    { }
    std::vector<Line> feed(const QByteArray &data);
    /// What is left when the stream ends (a last line without a newline).
    std::vector<Line> flush();

private:
    void splitLines(int stream, QByteArray &pending, std::vector<Line> &out);
    Mode m_mode;
    bool m_framesChecked = false;
    QByteArray m_raw;
    QByteArray m_pending[3];
};

/**
 * Podman's libpod REST API (v4), asynchronously. Each call takes a handler that runs on this
 * object's thread when the answer arrives (never if the client is destroyed first).
 * Endpoints and parameters are those of containers/podman pkg/api/server/register_*.go.
 */
class PodmanClient : public QObject
{
    Q_OBJECT
public:
    explicit PodmanClient(const QString &socketPath, QObject *parent = nullptr);
    QString socketPath() const { return m_http.socketPath(); }

    void ping(int timeoutMs, PodmanHandler handler);
    void version(PodmanHandler handler);
    /// POST /libpod/play/kube. Needs Content-Type application/yaml: Podman 4.3 otherwise
    /// answers "YAML document does not contain any supported kube kind".
    void playKube(const QByteArray &yaml, bool start, PodmanHandler handler);
    /// DELETE /libpod/play/kube: stops and removes what the YAML created.
    void playKubeDown(const QByteArray &yaml, PodmanHandler handler);

    void startContainer(const QString &name, PodmanHandler handler);
    /// Stop signal, then SIGKILL after `timeoutSeconds`.
    void stopContainer(const QString &name, int timeoutSeconds, PodmanHandler handler);
    void killContainer(const QString &name, const QString &signal, PodmanHandler handler);
    /// Beware: on Podman 4.3 this answers ~20 s late for a container that already exited
    /// (conmon timeout, podman issue 16343). The runtime watches events instead.
    void waitContainer(const QString &name, const QString &condition, PodmanHandler handler);
    void inspectContainer(const QString &name, PodmanHandler handler);
    void removeContainer(const QString &name, bool force, PodmanHandler handler);
    /// GET /libpod/containers/json?all=true, only the pod's containers when `pod` is set.
    void listContainers(const QString &pod, PodmanHandler handler);

    void listPods(PodmanHandler handler);
    void inspectPod(const QString &name, PodmanHandler handler);
    /// `timeoutSeconds` < 0: each container's own stop timeout.
    void stopPod(const QString &name, int timeoutSeconds, PodmanHandler handler);
    void killPod(const QString &name, const QString &signal, PodmanHandler handler);
    void removePod(const QString &name, bool force, PodmanHandler handler);

    /// GET /libpod/events?stream=false for the pods' "stop" events since `sinceSecs` (seconds
    /// since the epoch; bounds how much of the journal Podman reads): JSON lines in `body`.
    void podStopEvents(qint64 sinceSecs, PodmanHandler handler);
    /// GET /libpod/events?stream=true: JSON lines until aborted. Decode with StreamDecoder.
    HttpReply *events();
    /// GET /libpod/containers/{name}/logs: multiplexed frames (StreamDecoder::Mode::LogFrames).
    /// `since`: only lines from that time on, as Unix seconds[.nanoseconds] (inclusive).
    HttpReply *logs(const QString &container, bool follow, bool timestamps, int tail = -1,
                    const QString &since = {});

    /// Any request; `timeoutMs` 0 = none.
    void call(const QByteArray &method, const QByteArray &target, PodmanHandler handler,
              const QByteArray &body = {}, const QByteArray &contentType = {},
              int timeoutMs = 30000);

private:
    static QByteArray path(const QString &endpoint);
    /// stopPod()'s way when Podman will not stop the pod itself.
    void stopRunningContainers(const QString &pod, int timeoutSeconds, PodmanHandler handler);
    HttpClient m_http;
};

} // namespace podwright
