#pragma once

#include "pod.h"
#include "tableeditor.h"

namespace podwright::gui {

// Ports and volume mounts as table rows, shared by the container form's tables and the
// single-port and single-mount forms so both edit a field the same way.

namespace PortColumn {
enum { Name = 0, ContainerPort, HostPort, Protocol, HostIP };
}
namespace MountColumn {
enum { Volume = 0, MountPath, SubPath, ReadOnly };
}

QList<TableColumn> portColumns();
QStringList portRow(const ContainerPort &port);
void applyPortField(ContainerPort &port, int column, const QString &value);
/// Appends a port on a number no container of the pod uses yet (8080, 8081...): they share one
/// network namespace, so two of them cannot listen on the same port.
void appendPort(const Pod &pod, Container &container);

QList<TableColumn> mountColumns();
QStringList mountRow(const VolumeMount &mount);
void applyMountField(VolumeMount &mount, int column, const QString &value);
/// Appends a mount of the first volume the container does not mount yet, at /mnt/<volume>.
void appendMount(const Pod &pod, Container &container);
/// The pod's volumes for the mount table's volume column.
QList<std::pair<QString, QString>> volumeChoices(const Pod &pod);

template<typename T>
void removeAt(std::vector<T> &list, int index)
{
    if (index >= 0 && static_cast<std::size_t>(index) < list.size())
        list.erase(list.begin() + index);
}

/// Moves item `index` by `delta` places (a TableEditor's Move Up/Down); out of range: nothing.
template<typename List>
void moveItem(List &list, int index, int delta)
{
    const auto size = static_cast<qsizetype>(list.size());
    const qsizetype to = static_cast<qsizetype>(index) + delta;
    if (index < 0 || index >= size || to < 0 || to >= size)
        return;
    std::swap(list[static_cast<std::size_t>(index)], list[static_cast<std::size_t>(to)]);
}

} // namespace podwright::gui
