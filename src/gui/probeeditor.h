#pragma once

#include "pod.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QStackedWidget;

namespace podwright::gui {

class FieldMessage;
class OptionalIntEdit;
class StringListEditor;

/**
 * One of a container's probes (liveness, readiness, startup): the group's checkbox enables it,
 * a combo picks the handler (exec, httpGet, tcpSocket, grpc) with its fields, then the timings.
 *
 * It edits through the handler the container form gives it, so each change is one undo command
 * on the live model.
 */
class ProbeEditor : public QGroupBox
{
    Q_OBJECT
public:
    using Change = std::function<void(std::optional<Probe> &)>;
    /// `field` is a small number (< 16) for fields whose typing merges, or -1.
    using EditHandler = std::function<void(int field, const QString &text, const Change &change)>;

    ProbeEditor(const QString &title, const QString &toolTip, QWidget *parent = nullptr);

    void setEditHandler(EditHandler handler) { m_handler = std::move(handler); }
    void setProbe(const std::optional<Probe> &probe);
    /// The port a newly enabled probe checks: the container's first port.
    void setDefaultPort(const IntOrString &port) { m_defaultPort = port; }
    /// Inline messages by path relative to the probe ("httpGet.port", "periodSeconds").
    const std::vector<std::pair<QString, FieldMessage *>> &messages() const { return m_messages; }

    QComboBox *handlerCombo() const { return m_kind; }
    static QString handlerKind(const Probe &probe);

private:
    void emitEdit(int field, const QString &text, const std::function<void(Probe &)> &change);
    void setHandlerKind(const QString &kind);
    QWidget *addPage(const std::function<void(QFormLayout *)> &fill);
    OptionalIntEdit *addTiming(QFormLayout *form, int field, const QString &label,
                               const QString &key, const QString &toolTip,
                               std::optional<qint64> Probe::*member, qint64 minimum);

    EditHandler m_handler;
    IntOrString m_defaultPort;
    QWidget *m_body;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    StringListEditor *m_execCommand;
    QLineEdit *m_httpPath;
    QLineEdit *m_httpPort;
    QComboBox *m_httpScheme;
    QLineEdit *m_httpHost;
    QLineEdit *m_tcpPort;
    QLineEdit *m_tcpHost;
    OptionalIntEdit *m_grpcPort;
    QLineEdit *m_grpcService;
    std::vector<std::pair<OptionalIntEdit *, std::optional<qint64> Probe::*>> m_timings;
    std::vector<std::pair<QString, FieldMessage *>> m_messages;
};

/// "8080" is a port number, "http" a port name (IntOrString in the API).
IntOrString intOrStringFromText(const QString &text);

} // namespace podwright::gui
