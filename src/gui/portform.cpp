#include "portform.h"

#include "containerlists.h"
#include "elementaccess.h"
#include "formsync.h"
#include "optionalintedit.h"
#include "poddocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace podwright::gui {

namespace {
enum Field { NameField = 200, ContainerPortField, HostPortField, HostIPField };
}

PortForm::PortForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent)
    : InspectorForm(document, undoStack, parent)
    , m_name(new QLineEdit)
    , m_containerPort(new OptionalIntEdit)
    , m_hostPort(new OptionalIntEdit)
    , m_protocol(new QComboBox)
    , m_hostIP(new QLineEdit)
{
    setObjectName(QStringLiteral("portForm"));
    m_containerPort->setRange(1, 65535);
    m_hostPort->setRange(1, 65535);
    m_hostPort->setPlaceholderText(tr("(not published)"));
    m_name->setPlaceholderText(tr("e.g. http"));
    m_hostIP->setPlaceholderText(tr("(all addresses)"));
    fillEnumCombo(m_protocol,
                  { QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP") },
                  QStringLiteral("TCP"));

    QFormLayout *form = addSection(tr("Port"));
    addRow(form, tr("&Name:"), m_name, QStringLiteral("name"),
           tr("Optional; up to 15 lowercase letters, digits and '-', unique in the container. "
              "Probes and Services can refer to the port by name."));
    addRow(form, tr("&Container port:"), m_containerPort, QStringLiteral("containerPort"),
           tr("The port the process listens on (1-65535). Every container of the pod shares "
              "one network: others reach it at localhost:<port>."));
    addRow(form, tr("&Host port:"), m_hostPort, QStringLiteral("hostPort"),
           tr("Also publish the port on the node (with Podman: your machine), like podman run "
              "-p; empty means not published."));
    addRow(form, tr("&Protocol:"), m_protocol, QStringLiteral("protocol"),
           tr("TCP unless the service speaks UDP or SCTP."));
    addRow(form, tr("Host &IP:"), m_hostIP, QStringLiteral("hostIP"),
           tr("The host address to publish on, e.g. 127.0.0.1 to keep it local; needs a host "
              "port."));

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &t) { editField(NameField, PortColumn::Name, t); });
    connect(m_hostIP, &QLineEdit::textEdited, this,
            [this](const QString &t) { editField(HostIPField, PortColumn::HostIP, t); });
    connect(m_containerPort, &OptionalIntEdit::valueEdited, this, [this] {
        editField(ContainerPortField, PortColumn::ContainerPort, m_containerPort->text());
    });
    connect(m_hostPort, &OptionalIntEdit::valueEdited, this,
            [this] { editField(HostPortField, PortColumn::HostPort, m_hostPort->text()); });
    connect(m_protocol, &QComboBox::activated, this,
            [this] { editField(-1, PortColumn::Protocol, comboValue(m_protocol)); });
}

void PortForm::editField(int field, int column, const QString &value)
{
    edit(field, tr("Edit port"),
         [&](Pod &p) { applyPortField(*findPort(p, element()), column, value); });
}

void PortForm::refreshFields()
{
    const ContainerPort &port = *findPort(pod(), element());
    setTextKeepingCursor(m_name, port.name);
    m_containerPort->setValue(port.containerPort);
    m_hostPort->setValue(port.hostPort);
    setComboValue(m_protocol, port.protocol);
    setTextKeepingCursor(m_hostIP, port.hostIP);
}

QString PortForm::headerTitle() const
{
    const ContainerPort &port = *findPort(pod(), element());
    const QString number = port.containerPort ? QString::number(*port.containerPort) : tr("?");
    return tr("Port %1 of %2").arg(number, findContainer(pod(), element())->name);
}

} // namespace podwright::gui
