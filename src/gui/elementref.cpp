#include "elementref.h"

#include "pod.h"

#include <QRegularExpression>

namespace podwright::gui {

ElementRef ElementRef::pod(int resource)
{
    ElementRef ref;
    ref.kind = Kind::Pod;
    ref.resource = resource;
    return ref;
}

ElementRef ElementRef::container(int resource, Lane lane, int index)
{
    ElementRef ref = pod(resource);
    ref.kind = Kind::Container;
    ref.lane = lane;
    ref.index = index;
    return ref;
}

ElementRef ElementRef::volume(int resource, int index)
{
    ElementRef ref = pod(resource);
    ref.kind = Kind::Volume;
    ref.index = index;
    return ref;
}

ElementRef ElementRef::port(int resource, Lane lane, int container, int port)
{
    ElementRef ref = ElementRef::container(resource, lane, container);
    ref.kind = Kind::Port;
    ref.subIndex = port;
    return ref;
}

ElementRef ElementRef::mount(int resource, Lane lane, int container, int mount)
{
    ElementRef ref = ElementRef::container(resource, lane, container);
    ref.kind = Kind::Mount;
    ref.subIndex = mount;
    return ref;
}

ElementRef ElementRef::containerRef() const
{
    if (kind == Kind::Port || kind == Kind::Mount)
        return container(resource, lane, index);
    return *this;
}

QString ElementRef::fieldPath() const
{
    const QString list = lane == Lane::Init ? QStringLiteral("spec.initContainers")
                                            : QStringLiteral("spec.containers");
    switch (kind) {
    case Kind::None:
    case Kind::Pod: return QString();
    case Kind::Container: return QStringLiteral("%1[%2]").arg(list).arg(index);
    case Kind::Volume: return QStringLiteral("spec.volumes[%1]").arg(index);
    case Kind::Port: return QStringLiteral("%1[%2].ports[%3]").arg(list).arg(index).arg(subIndex);
    case Kind::Mount:
        return QStringLiteral("%1[%2].volumeMounts[%3]").arg(list).arg(index).arg(subIndex);
    }
    return QString();
}

ElementRef ElementRef::fromFieldPath(int resource, const QString &path)
{
    static const QRegularExpression containerRe(QStringLiteral(
        "^spec\\.(containers|initContainers)\\[(\\d+)\\](?:\\.(ports|volumeMounts)\\[(\\d+)\\])?"));
    static const QRegularExpression volumeRe(QStringLiteral("^spec\\.volumes\\[(\\d+)\\]"));
    if (const auto m = containerRe.match(path); m.hasMatch()) {
        const Lane lane = m.captured(1) == QLatin1String("initContainers") ? Lane::Init : Lane::App;
        const int index = m.captured(2).toInt();
        if (m.captured(3) == QLatin1String("ports"))
            return port(resource, lane, index, m.captured(4).toInt());
        if (m.captured(3) == QLatin1String("volumeMounts"))
            return mount(resource, lane, index, m.captured(4).toInt());
        return container(resource, lane, index);
    }
    if (const auto m = volumeRe.match(path); m.hasMatch())
        return volume(resource, m.captured(1).toInt());
    return pod(resource);
}

bool ElementRef::existsIn(const Pod &p) const
{
    const auto &list = lane == Lane::Init ? p.spec.initContainers : p.spec.containers;
    const auto inRange
        = [](int i, std::size_t size) { return i >= 0 && static_cast<std::size_t>(i) < size; };
    switch (kind) {
    case Kind::None: return false;
    case Kind::Pod: return true;
    case Kind::Volume: return inRange(index, p.spec.volumes.size());
    case Kind::Container: return inRange(index, list.size());
    case Kind::Port:
        return inRange(index, list.size())
            && inRange(subIndex, list[static_cast<std::size_t>(index)].ports.size());
    case Kind::Mount:
        return inRange(index, list.size())
            && inRange(subIndex, list[static_cast<std::size_t>(index)].volumeMounts.size());
    }
    return false;
}

} // namespace podwright::gui
