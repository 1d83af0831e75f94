#include "probeeditor.h"

#include "containerlists.h"
#include "fieldmessage.h"
#include "formsync.h"
#include "keyvaluetableeditor.h"
#include "optionalintedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace podwright::gui {

namespace {
enum Field { HttpPath = 0, HttpPort, HttpHost, TcpPort, TcpHost, GrpcPort, GrpcService, Timing };
const QStringList kinds = { QStringLiteral("exec"), QStringLiteral("httpGet"),
                            QStringLiteral("tcpSocket"), QStringLiteral("grpc") };
} // namespace

IntOrString intOrStringFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool isInt = false;
    trimmed.toLongLong(&isInt);
    return IntOrString { trimmed, isInt };
}

ProbeEditor::ProbeEditor(const QString &title, const QString &toolTip, QWidget *parent)
    : QGroupBox(title, parent)
    , m_body(new QWidget(this))
    , m_kind(new QComboBox)
    , m_pages(new QStackedWidget)
    , m_execCommand(
          new StringListEditor(tr("Command"), tr("Run in the container; exit status 0 is healthy")))
    , m_httpPath(new QLineEdit)
    , m_httpPort(new QLineEdit)
    , m_httpScheme(new QComboBox)
    , m_httpHost(new QLineEdit)
    , m_tcpPort(new QLineEdit)
    , m_tcpHost(new QLineEdit)
    , m_grpcPort(new OptionalIntEdit)
    , m_grpcService(new QLineEdit)
{
    setCheckable(true);
    setToolTip(toolTip);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    m_kind->addItem(tr("Run a command (exec)"), kinds[0]);
    m_kind->addItem(tr("HTTP GET request (httpGet)"), kinds[1]);
    m_kind->addItem(tr("TCP connection (tcpSocket)"), kinds[2]);
    m_kind->addItem(tr("gRPC health check (grpc)"), kinds[3]);
    fillEnumCombo(m_httpScheme, { QStringLiteral("HTTP"), QStringLiteral("HTTPS") },
                  QStringLiteral("HTTP"));
    m_httpPath->setPlaceholderText(QStringLiteral("/healthz"));
    m_httpPort->setPlaceholderText(tr("8080 or a port name"));
    m_tcpPort->setPlaceholderText(tr("8080 or a port name"));
    m_httpHost->setPlaceholderText(tr("(the pod's IP)"));
    m_tcpHost->setPlaceholderText(tr("(the pod's IP)"));
    m_grpcPort->setRange(1, 65535);

    // Unchecked, the group shows only its title: three empty probes would fill the screen.
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_body);
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_messages.emplace_back(
        QString(),
        addFieldRow(form, tr("C&heck:"), m_kind, tr("How the kubelet checks the container.")));
    form->addRow(m_pages);

    addPage([this](QFormLayout *page) {
        m_messages.emplace_back(QStringLiteral("exec"),
                                addFieldRow(page, tr("Co&mmand:"), m_execCommand,
                                            tr("Run inside the container (no shell unless you "
                                               "call one); exit status 0 means healthy.")));
    });
    addPage([this](QFormLayout *page) {
        m_messages.emplace_back(QStringLiteral("httpGet.path"),
                                addFieldRow(page, tr("&Path:"), m_httpPath,
                                            tr("The URL path requested; a status from 200 to "
                                               "399 means healthy.")));
        m_messages.emplace_back(QStringLiteral("httpGet.port"),
                                addFieldRow(page, tr("P&ort:"), m_httpPort,
                                            tr("The container port number, or the name of one "
                                               "of its ports.")));
        m_messages.emplace_back(QStringLiteral("httpGet.scheme"),
                                addFieldRow(page, tr("Sche&me:"), m_httpScheme,
                                            tr("HTTPS skips certificate verification.")));
        m_messages.emplace_back(QStringLiteral("httpGet.host"),
                                addFieldRow(page, tr("Hos&t:"), m_httpHost,
                                            tr("Rarely needed: defaults to the pod's IP. Set "
                                               "a Host header in YAML instead.")));
    });
    addPage([this](QFormLayout *page) {
        m_messages.emplace_back(QStringLiteral("tcpSocket.port"),
                                addFieldRow(page, tr("P&ort:"), m_tcpPort,
                                            tr("Healthy when a TCP connection to this port "
                                               "opens.")));
        m_messages.emplace_back(
            QStringLiteral("tcpSocket.host"),
            addFieldRow(page, tr("Hos&t:"), m_tcpHost, tr("Defaults to the pod's IP.")));
    });
    addPage([this](QFormLayout *page) {
        m_messages.emplace_back(QStringLiteral("grpc.port"),
                                addFieldRow(page, tr("P&ort:"), m_grpcPort,
                                            tr("The port of a server implementing the gRPC "
                                               "Health Checking Protocol.")));
        m_messages.emplace_back(QStringLiteral("grpc.service"),
                                addFieldRow(page, tr("Ser&vice:"), m_grpcService,
                                            tr("The service name sent in the health check "
                                               "request; empty checks the whole server.")));
    });

    addTiming(form, Timing, tr("&Initial delay (s):"), QStringLiteral("initialDelaySeconds"),
              tr("Seconds after the container starts before the first check; default 0."),
              &Probe::initialDelaySeconds, 0);
    addTiming(form, Timing + 1, tr("P&eriod (s):"), QStringLiteral("periodSeconds"),
              tr("Seconds between checks; default 10."), &Probe::periodSeconds, 1);
    addTiming(form, Timing + 2, tr("Time&out (s):"), QStringLiteral("timeoutSeconds"),
              tr("Seconds a check may take before it counts as failed; default 1."),
              &Probe::timeoutSeconds, 1);
    addTiming(form, Timing + 3, tr("S&uccess threshold:"), QStringLiteral("successThreshold"),
              tr("Consecutive successes needed after a failure; must be 1 for liveness and "
                 "startup probes."),
              &Probe::successThreshold, 1);
    addTiming(form, Timing + 4, tr("&Failure threshold:"), QStringLiteral("failureThreshold"),
              tr("Consecutive failures before Kubernetes acts (restarts the container, or "
                 "marks it not ready); default 3."),
              &Probe::failureThreshold, 1);

    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        if (!m_handler)
            return;
        m_handler(-1, on ? tr("Enable %1").arg(this->title()) : tr("Disable %1").arg(this->title()),
                  [this, on](std::optional<Probe> &probe) {
                      if (!on) {
                          probe.reset();
                          return;
                      }
                      Probe fresh;
                      fresh.tcpSocket = TcpSocketAction {};
                      fresh.tcpSocket->port = m_defaultPort.isSet()
                          ? m_defaultPort
                          : IntOrString { QStringLiteral("8080"), true };
                      probe = fresh;
                  });
    });
    connect(m_kind, &QComboBox::activated, this, [this] { setHandlerKind(comboValue(m_kind)); });
    connect(m_execCommand, &TableEditor::cellEdited, this,
            [this](int row, int, const QString &value) {
                emitEdit(-1, tr("Edit probe command"), [&](Probe &p) {
                    if (p.exec)
                        StringListEditor::applyEdit(p.exec->command, row, value);
                });
            });
    connect(m_execCommand, &TableEditor::addRequested, this, [this] {
        emitEdit(-1, tr("Edit probe command"), [](Probe &p) {
            if (p.exec)
                p.exec->command.append(QString());
        });
    });
    connect(m_execCommand, &TableEditor::removeRequested, this, [this](int row) {
        emitEdit(-1, tr("Edit probe command"), [&](Probe &p) {
            if (p.exec)
                StringListEditor::removeItem(p.exec->command, row);
        });
    });
    m_execCommand->setMovable(true); // the words of a command run in order
    connect(m_execCommand, &TableEditor::moveRequested, this, [this](int row, int delta) {
        emitEdit(-1, tr("Edit probe command"), [&](Probe &p) {
            if (p.exec)
                moveItem(p.exec->command, row, delta);
        });
    });
    const auto bindText = [this](QLineEdit *edit, int field, const QString &undoText,
                                 const std::function<void(Probe &, const QString &)> &apply) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field, undoText, apply](const QString &t) {
                    emitEdit(field, undoText, [&](Probe &p) { apply(p, t); });
                });
    };
    bindText(m_httpPath, HttpPath, tr("Set probe path"), [](Probe &p, const QString &t) {
        if (p.httpGet)
            p.httpGet->path = t;
    });
    bindText(m_httpPort, HttpPort, tr("Set probe port"), [](Probe &p, const QString &t) {
        if (p.httpGet)
            p.httpGet->port = intOrStringFromText(t);
    });
    bindText(m_httpHost, HttpHost, tr("Set probe host"), [](Probe &p, const QString &t) {
        if (p.httpGet)
            p.httpGet->host = t;
    });
    bindText(m_tcpPort, TcpPort, tr("Set probe port"), [](Probe &p, const QString &t) {
        if (p.tcpSocket)
            p.tcpSocket->port = intOrStringFromText(t);
    });
    bindText(m_tcpHost, TcpHost, tr("Set probe host"), [](Probe &p, const QString &t) {
        if (p.tcpSocket)
            p.tcpSocket->host = t;
    });
    bindText(m_grpcService, GrpcService, tr("Set probe service"), [](Probe &p, const QString &t) {
        if (p.grpc)
            p.grpc->service = t.isEmpty() ? std::nullopt : std::optional<QString>(t);
    });
    connect(m_httpScheme, &QComboBox::activated, this, [this] {
        const QString scheme = comboValue(m_httpScheme);
        emitEdit(-1, tr("Set probe scheme"), [&](Probe &p) {
            if (p.httpGet)
                p.httpGet->scheme = scheme;
        });
    });
    connect(m_grpcPort, &OptionalIntEdit::valueEdited, this, [this](std::optional<qint64> v) {
        emitEdit(GrpcPort, tr("Set probe port"), [&](Probe &p) {
            if (p.grpc)
                p.grpc->port = v;
        });
    });
}

QWidget *ProbeEditor::addPage(const std::function<void(QFormLayout *)> &fill)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fill(form);
    m_pages->addWidget(page);
    return page;
}

OptionalIntEdit *ProbeEditor::addTiming(QFormLayout *form, int field, const QString &label,
                                        const QString &key, const QString &toolTip,
                                        std::optional<qint64> Probe::*member, qint64 minimum)
{
    auto *edit = new OptionalIntEdit;
    edit->setRange(minimum, std::numeric_limits<int>::max());
    m_messages.emplace_back(key, addFieldRow(form, label, edit, toolTip));
    m_timings.emplace_back(edit, member);
    connect(edit, &OptionalIntEdit::valueEdited, this,
            [this, field, member](std::optional<qint64> v) {
                emitEdit(field, tr("Set probe timing"), [&](Probe &p) { p.*member = v; });
            });
    return edit;
}

QString ProbeEditor::handlerKind(const Probe &probe)
{
    if (probe.exec)
        return kinds[0];
    if (probe.httpGet)
        return kinds[1];
    if (probe.tcpSocket)
        return kinds[2];
    if (probe.grpc)
        return kinds[3];
    return QString();
}

void ProbeEditor::emitEdit(int field, const QString &text,
                           const std::function<void(Probe &)> &change)
{
    if (m_handler)
        m_handler(field, text, [&](std::optional<Probe> &probe) {
            if (probe)
                change(*probe);
        });
}

void ProbeEditor::setHandlerKind(const QString &kind)
{
    emitEdit(-1, tr("Change probe check"), [&](Probe &p) {
        if (handlerKind(p) == kind)
            return;
        // Keep the port across kinds: switching httpGet -> tcpSocket should still probe 8080.
        IntOrString port = m_defaultPort;
        if (p.httpGet)
            port = p.httpGet->port;
        else if (p.tcpSocket)
            port = p.tcpSocket->port;
        else if (p.grpc && p.grpc->port)
            port = IntOrString { QString::number(*p.grpc->port), true };
        if (!port.isSet())
            port = IntOrString { QStringLiteral("8080"), true };
        p.exec.reset();
        p.httpGet.reset();
        p.tcpSocket.reset();
        p.grpc.reset();
        if (kind == kinds[0]) {
            p.exec = ExecAction { { QStringLiteral("true") }, {} };
        } else if (kind == kinds[1]) {
            p.httpGet = HttpGetAction {};
            p.httpGet->path = QStringLiteral("/");
            p.httpGet->port = port;
        } else if (kind == kinds[2]) {
            p.tcpSocket = TcpSocketAction {};
            p.tcpSocket->port = port;
        } else {
            p.grpc = GrpcAction {};
            p.grpc->port = port.isInt ? std::optional<qint64>(port.text.toLongLong())
                                      : std::optional<qint64>(8080);
        }
    });
}

void ProbeEditor::setProbe(const std::optional<Probe> &probe)
{
    {
        const QSignalBlocker blocker(this);
        if (isChecked() != probe.has_value())
            setChecked(probe.has_value());
    }
    m_body->setVisible(probe.has_value());
    if (!probe)
        return;
    const QString kind = handlerKind(*probe);
    setComboValue(m_kind, kind);
    const int page = static_cast<int>(kinds.indexOf(kind));
    m_pages->setVisible(page >= 0);
    if (page >= 0)
        showStackPage(m_pages, page);
    m_execCommand->setList(probe->exec ? probe->exec->command : QStringList());
    const HttpGetAction http = probe->httpGet.value_or(HttpGetAction {});
    setTextKeepingCursor(m_httpPath, http.path);
    setTextKeepingCursor(m_httpPort, http.port.text);
    setComboValue(m_httpScheme, http.scheme);
    setTextKeepingCursor(m_httpHost, http.host);
    const TcpSocketAction tcp = probe->tcpSocket.value_or(TcpSocketAction {});
    setTextKeepingCursor(m_tcpPort, tcp.port.text);
    setTextKeepingCursor(m_tcpHost, tcp.host);
    const GrpcAction grpc = probe->grpc.value_or(GrpcAction {});
    m_grpcPort->setValue(grpc.port);
    setTextKeepingCursor(m_grpcService, grpc.service.value_or(QString()));
    for (const auto &[edit, member] : m_timings)
        edit->setValue((*probe).*member);
}

} // namespace podwright::gui
