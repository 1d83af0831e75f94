#include "canvasedits.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace podwright::gui {

namespace {

QString tr(const char *text)
{
    // lupdate files a tr() outside any class under the enclosing namespace; the context here
    // must be the same or the German text is never found.
    return QCoreApplication::translate("podwright::gui", text);
}

std::vector<Container> &listOf(Pod &pod, ElementRef::Lane lane)
{
    return lane == ElementRef::Lane::Init ? pod.spec.initContainers : pod.spec.containers;
}

bool inRange(int index, std::size_t size)
{
    return index >= 0 && static_cast<std::size_t>(index) < size;
}

QString firstFree(const QString &prefix, const QSet<QString> &used)
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(n);
        if (!used.contains(name))
            return name;
    }
}

} // namespace

QString uniqueContainerName(const Pod &pod, const QString &prefix)
{
    QSet<QString> used;
    for (const auto &c : pod.spec.initContainers)
        used.insert(c.name);
    for (const auto &c : pod.spec.containers)
        used.insert(c.name);
    return firstFree(prefix, used);
}

QString uniqueVolumeName(const Pod &pod, const QString &prefix)
{
    QSet<QString> used;
    for (const auto &v : pod.spec.volumes)
        used.insert(v.name);
    return firstFree(prefix, used);
}

QString uniquePodName(const Manifest &manifest)
{
    QSet<QString> used;
    for (const auto &r : manifest.resources) {
        if (r.hasPod())
            used.insert(r.pod.metadata.name);
    }
    return firstFree(QStringLiteral("pod"), used);
}

qint64 freeContainerPort(const Pod &pod, qint64 from)
{
    QSet<qint64> used;
    for (const auto *list : { &pod.spec.initContainers, &pod.spec.containers }) {
        for (const auto &c : *list) {
            for (const auto &p : c.ports) {
                if (p.containerPort)
                    used.insert(*p.containerPort);
            }
        }
    }
    qint64 port = from;
    while (used.contains(port))
        ++port;
    return port;
}

QString defaultMountPath(const Pod &pod, int volumeIndex, const ElementRef &container)
{
    QString base = QStringLiteral("/data");
    if (inRange(volumeIndex, pod.spec.volumes.size())) {
        switch (pod.spec.volumes[static_cast<std::size_t>(volumeIndex)].sourceKind()) {
        case Volume::SourceKind::HostPath: base = QStringLiteral("/host-data"); break;
        case Volume::SourceKind::ConfigMap: base = QStringLiteral("/etc/config"); break;
        case Volume::SourceKind::Secret: base = QStringLiteral("/etc/secret"); break;
        default: break;
        }
    }
    QSet<QString> used;
    if (const Container *c = containerAt(pod, container)) {
        for (const auto &m : c->volumeMounts)
            used.insert(m.mountPath);
    }
    if (!used.contains(base))
        return base;
    return firstFree(base, used);
}

const Container *containerAt(const Pod &pod, const ElementRef &ref)
{
    const ElementRef c = ref.containerRef();
    if (c.kind != ElementRef::Kind::Container)
        return nullptr;
    const auto &list
        = c.lane == ElementRef::Lane::Init ? pod.spec.initContainers : pod.spec.containers;
    return inRange(c.index, list.size()) ? &list[static_cast<std::size_t>(c.index)] : nullptr;
}

Container *containerAt(Pod &pod, const ElementRef &ref)
{
    return const_cast<Container *>(containerAt(static_cast<const Pod &>(pod), ref));
}

const Volume *volumeAt(const Pod &pod, const ElementRef &ref)
{
    if (ref.kind != ElementRef::Kind::Volume || !inRange(ref.index, pod.spec.volumes.size()))
        return nullptr;
    return &pod.spec.volumes[static_cast<std::size_t>(ref.index)];
}

Pod newPod(const Manifest &manifest)
{
    Pod pod;
    pod.metadata.name = uniquePodName(manifest);
    pod.metadata.labels.emplace_back(QStringLiteral("app"), pod.metadata.name);
    addContainer(pod, 0, CanvasLane::App);
    return pod;
}

ElementRef addContainer(Pod &pod, int resource, CanvasLane lane, int insertBefore)
{
    Container c;
    switch (lane) {
    case CanvasLane::Init:
        c.name = uniqueContainerName(pod, QStringLiteral("init"));
        c.command = { QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("echo preparing; sleep 2") };
        break;
    case CanvasLane::Sidecar:
        c.name = uniqueContainerName(pod, QStringLiteral("sidecar"));
        c.restartPolicy = QStringLiteral("Always");
        c.command = { QStringLiteral("sleep"), QStringLiteral("infinity") };
        break;
    case CanvasLane::App:
        c.name = uniqueContainerName(pod, QStringLiteral("container"));
        // busybox's default command exits at once; a learner's first container should stay up.
        c.command = { QStringLiteral("sleep"), QStringLiteral("infinity") };
        break;
    }
    c.image = QStringLiteral("busybox:1.36");
    const ElementRef::Lane list = specListOf(lane);
    auto &containers = listOf(pod, list);
    const int at = inRange(insertBefore, containers.size()) ? insertBefore
                                                            : static_cast<int>(containers.size());
    containers.insert(containers.begin() + at, std::move(c));
    return ElementRef::container(resource, list, at);
}

ElementRef addVolume(Pod &pod, int resource, PartKind kind)
{
    Volume v;
    switch (kind) {
    case PartKind::HostPathVolume:
        v.name = uniqueVolumeName(pod, QStringLiteral("host"));
        v.hostPath = HostPathSource { QStringLiteral("/tmp/podwright-data"),
                                      QStringLiteral("DirectoryOrCreate"),
                                      {} };
        break;
    case PartKind::ConfigMapVolume:
        v.name = uniqueVolumeName(pod, QStringLiteral("config"));
        v.configMap.emplace();
        v.configMap->name = QStringLiteral("app-config");
        break;
    case PartKind::SecretVolume:
        v.name = uniqueVolumeName(pod, QStringLiteral("secret"));
        v.secret.emplace();
        v.secret->secretName = QStringLiteral("app-secret");
        break;
    case PartKind::PvcVolume:
        v.name = uniqueVolumeName(pod, QStringLiteral("claim"));
        v.persistentVolumeClaim.emplace();
        v.persistentVolumeClaim->claimName = QStringLiteral("app-data");
        break;
    default:
        v.name = uniqueVolumeName(pod, QStringLiteral("data"));
        v.emptyDir.emplace();
        break;
    }
    pod.spec.volumes.push_back(std::move(v));
    return ElementRef::volume(resource, static_cast<int>(pod.spec.volumes.size()) - 1);
}

ElementRef addPort(Pod &pod, const ElementRef &container)
{
    if (container.kind != ElementRef::Kind::Container)
        return {};
    const qint64 number = freeContainerPort(pod);
    Container *c = containerAt(pod, container);
    if (!c)
        return {};
    ContainerPort port;
    port.containerPort = number;
    c->ports.push_back(std::move(port));
    return ElementRef::port(container.resource, container.lane, container.index,
                            static_cast<int>(c->ports.size()) - 1);
}

QString mountRefusal(const Pod &pod, int volumeIndex, const ElementRef &container)
{
    if (!inRange(volumeIndex, pod.spec.volumes.size()))
        return tr("That volume no longer exists");
    const Container *c
        = container.kind == ElementRef::Kind::Container ? containerAt(pod, container) : nullptr;
    if (!c)
        return tr("A volume is mounted in a container: drop it on a container card");
    const QString &name = pod.spec.volumes[static_cast<std::size_t>(volumeIndex)].name;
    for (const auto &m : c->volumeMounts) {
        if (m.name == name)
            return tr("%1 already mounts %2").arg(c->name, name);
    }
    return {};
}

ElementRef mountVolume(Pod &pod, int volumeIndex, const ElementRef &container,
                       const QString &mountPath, bool readOnly)
{
    if (!mountRefusal(pod, volumeIndex, container).isEmpty() || mountPath.isEmpty())
        return {};
    Container *c = containerAt(pod, container);
    VolumeMount mount;
    mount.name = pod.spec.volumes[static_cast<std::size_t>(volumeIndex)].name;
    mount.mountPath = mountPath;
    if (readOnly)
        mount.readOnly = true;
    c->volumeMounts.push_back(std::move(mount));
    return ElementRef::mount(container.resource, container.lane, container.index,
                             static_cast<int>(c->volumeMounts.size()) - 1);
}

int specInsertIndex(const Pod &pod, CanvasLane lane, int displayIndex)
{
    const std::vector<int> members = laneMembers(pod, lane);
    if (displayIndex >= 0 && displayIndex < static_cast<int>(members.size()))
        return members[static_cast<std::size_t>(displayIndex)];
    if (!members.empty())
        return members.back() + 1;
    // An empty lane: init containers go after everything already in spec.initContainers so
    // that a new init step runs last; a first sidecar goes first so it is up before them.
    if (lane == CanvasLane::Sidecar)
        return 0;
    return -1;
}

ElementRef placeContainer(Pod &pod, const ElementRef &ref, CanvasLane lane, int insertBefore)
{
    if (ref.kind != ElementRef::Kind::Container || !containerAt(pod, ref))
        return {};
    auto &from = listOf(pod, ref.lane);
    const ElementRef::Lane targetList = specListOf(lane);
    auto &to = listOf(pod, targetList);
    Container moving = from[static_cast<std::size_t>(ref.index)];
    if (lane == CanvasLane::Sidecar)
        moving.restartPolicy = QStringLiteral("Always");
    else
        moving.restartPolicy.clear();

    int at;
    if (targetList == ref.lane) {
        at = ref.index; // converting init <-> sidecar without a position keeps the run order
        // An index taken before the card left its place is one too far past it.
        if (insertBefore >= 0 && insertBefore <= static_cast<int>(to.size()))
            at = insertBefore > ref.index ? insertBefore - 1 : insertBefore;
    } else {
        at = insertBefore < 0 || insertBefore > static_cast<int>(to.size())
            ? static_cast<int>(to.size())
            : insertBefore;
    }
    from.erase(from.begin() + ref.index);
    at = std::clamp(at, 0, static_cast<int>(to.size()));
    to.insert(to.begin() + at, std::move(moving));
    return ElementRef::container(ref.resource, targetList, at);
}

ElementRef shiftContainer(Pod &pod, const ElementRef &ref, int delta)
{
    const Container *c = ref.kind == ElementRef::Kind::Container ? containerAt(pod, ref) : nullptr;
    if (!c)
        return {};
    const CanvasLane lane = canvasLaneOf(*c, ref.lane);
    const std::vector<int> members = laneMembers(pod, lane);
    const auto it = std::find(members.begin(), members.end(), ref.index);
    const int position = static_cast<int>(it - members.begin()) + delta;
    if (position < 0 || position >= static_cast<int>(members.size()))
        return ref;
    const int neighbour = members[static_cast<std::size_t>(position)];
    auto &list = listOf(pod, ref.lane);
    std::swap(list[static_cast<std::size_t>(ref.index)], list[static_cast<std::size_t>(neighbour)]);
    return ElementRef::container(ref.resource, ref.lane, neighbour);
}

ElementRef removeElement(Pod &pod, const ElementRef &ref)
{
    if (!ref.existsIn(pod))
        return {};
    const ElementRef podRef = ElementRef::pod(ref.resource);
    switch (ref.kind) {
    case ElementRef::Kind::Container: {
        auto &list = listOf(pod, ref.lane);
        list.erase(list.begin() + ref.index);
        return podRef;
    }
    case ElementRef::Kind::Volume: {
        const QString name = pod.spec.volumes[static_cast<std::size_t>(ref.index)].name;
        pod.spec.volumes.erase(pod.spec.volumes.begin() + ref.index);
        for (auto *list : { &pod.spec.initContainers, &pod.spec.containers }) {
            for (auto &c : *list) {
                std::erase_if(c.volumeMounts, [&](const VolumeMount &m) { return m.name == name; });
            }
        }
        return podRef;
    }
    case ElementRef::Kind::Port: {
        auto &ports = containerAt(pod, ref)->ports;
        ports.erase(ports.begin() + ref.subIndex);
        return ref.containerRef();
    }
    case ElementRef::Kind::Mount: {
        auto &mounts = containerAt(pod, ref)->volumeMounts;
        mounts.erase(mounts.begin() + ref.subIndex);
        return ref.containerRef();
    }
    case ElementRef::Kind::Pod:
    case ElementRef::Kind::None: break;
    }
    return {};
}

} // namespace podwright::gui
