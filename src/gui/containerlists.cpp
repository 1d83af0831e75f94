#include "containerlists.h"

#include "canvasedits.h"

#include <QCoreApplication>

namespace podwright::gui {

namespace {

QString tr(const char *text)
{
    // lupdate files a tr() outside any class under the enclosing namespace; the context here
    // must be the same or the German text is never found.
    return QCoreApplication::translate("podwright::gui", text);
}

std::optional<qint64> optionalNumber(const QString &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

QList<TableColumn> portColumns()
{
    const QString port = QStringLiteral("^[0-9]{0,5}$");
    return {
        { tr("Name"),
          tr("Optional; up to 15 lowercase letters, digits and '-'. Probes and Services can "
             "refer to the port by this name"),
          TableColumn::Type::Text,
          QString(),
          {},
          QStringLiteral("name") },
        { tr("Container port"),
          tr("The port the process listens on inside the pod (1-65535); other containers reach "
             "it on localhost"),
          TableColumn::Type::Text,
          port,
          {},
          QStringLiteral("containerPort") },
        { tr("Host port"),
          tr("Also publish the port on the node's (with Podman: your machine's) address; empty "
             "means not published"),
          TableColumn::Type::Text,
          port,
          {},
          QStringLiteral("hostPort|hostIP") },
        { tr("Protocol"),
          tr("TCP unless the service speaks UDP or SCTP"),
          TableColumn::Type::Choice,
          QString(),
          { { QString(), tr("(default: TCP)") },
            { QStringLiteral("TCP"), QStringLiteral("TCP") },
            { QStringLiteral("UDP"), QStringLiteral("UDP") },
            { QStringLiteral("SCTP"), QStringLiteral("SCTP") } },
          QStringLiteral("protocol") },
    };
}

QStringList portRow(const ContainerPort &port)
{
    const auto number = [](std::optional<qint64> v) { return v ? QString::number(*v) : QString(); };
    return { port.name, number(port.containerPort), number(port.hostPort), port.protocol,
             port.hostIP };
}

void applyPortField(ContainerPort &port, int column, const QString &value)
{
    switch (column) {
    case PortColumn::Name: port.name = value; break;
    case PortColumn::ContainerPort: port.containerPort = optionalNumber(value); break;
    case PortColumn::HostPort: port.hostPort = optionalNumber(value); break;
    case PortColumn::Protocol: port.protocol = value; break;
    case PortColumn::HostIP: port.hostIP = value; break;
    default: break;
    }
}

void appendPort(const Pod &pod, Container &container)
{
    ContainerPort port;
    port.containerPort = freeContainerPort(pod);
    container.ports.push_back(port);
}

QList<TableColumn> mountColumns()
{
    return {
        { tr("Volume"), tr("Which of the pod's volumes to mount"), TableColumn::Type::Choice },
        { tr("Mount path"), tr("Where the volume appears inside the container; an absolute path") },
        { tr("Sub-path"),
          tr("Mount only this path inside the volume instead of its root; optional") },
        { tr("Read-only"), tr("Mount read-only: the container cannot change the volume"),
          TableColumn::Type::Check },
    };
}

QStringList mountRow(const VolumeMount &mount)
{
    return { mount.name, mount.mountPath, mount.subPath,
             mount.readOnly.value_or(false) ? QStringLiteral("true") : QString() };
}

void applyMountField(VolumeMount &mount, int column, const QString &value)
{
    switch (column) {
    case MountColumn::Volume: mount.name = value; break;
    case MountColumn::MountPath: mount.mountPath = value; break;
    case MountColumn::SubPath: mount.subPath = value; break;
    case MountColumn::ReadOnly:
        // Unchecking removes the field rather than writing "readOnly: false".
        mount.readOnly = value == QLatin1String("true") ? std::optional<bool>(true) : std::nullopt;
        break;
    default: break;
    }
}

void appendMount(const Pod &pod, Container &container)
{
    VolumeMount mount;
    for (const Volume &volume : pod.spec.volumes) {
        const bool mounted
            = std::any_of(container.volumeMounts.begin(), container.volumeMounts.end(),
                          [&](const VolumeMount &m) { return m.name == volume.name; });
        if (!mounted) {
            mount.name = volume.name;
            break;
        }
    }
    if (mount.name.isEmpty() && !pod.spec.volumes.empty())
        mount.name = pod.spec.volumes.front().name;
    mount.mountPath
        = mount.name.isEmpty() ? QStringLiteral("/mnt") : QStringLiteral("/mnt/") + mount.name;
    container.volumeMounts.push_back(mount);
}

QList<std::pair<QString, QString>> volumeChoices(const Pod &pod)
{
    QList<std::pair<QString, QString>> choices;
    for (const Volume &volume : pod.spec.volumes)
        choices.append({ volume.name, volume.name });
    return choices;
}

} // namespace podwright::gui
