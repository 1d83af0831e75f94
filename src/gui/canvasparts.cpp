#include "canvasparts.h"

#include <QCoreApplication>

namespace podwright::gui {

namespace {

QString tr(const char *text)
{
    // lupdate files a tr() outside any class under the enclosing namespace; the context here
    // must be the same or the German text is never found.
    return QCoreApplication::translate("podwright::gui", text);
}

struct PartInfo {
    PartKind kind;
    const char *mime;
};

constexpr PartInfo kParts[] = {
    { PartKind::Pod, "pod" },
    { PartKind::Container, "container" },
    { PartKind::InitContainer, "init-container" },
    { PartKind::Sidecar, "sidecar" },
    { PartKind::EmptyDirVolume, "volume/emptyDir" },
    { PartKind::HostPathVolume, "volume/hostPath" },
    { PartKind::ConfigMapVolume, "volume/configMap" },
    { PartKind::SecretVolume, "volume/secret" },
    { PartKind::PvcVolume, "volume/persistentVolumeClaim" },
    { PartKind::Port, "port" },
};

} // namespace

QString partMimeType()
{
    return QStringLiteral("application/x-podwright-part");
}

QString elementMimeType()
{
    return QStringLiteral("application/x-podwright-element");
}

QByteArray partToMime(PartKind kind)
{
    for (const auto &part : kParts) {
        if (part.kind == kind)
            return QByteArray(part.mime);
    }
    return {};
}

std::optional<PartKind> partFromMime(const QByteArray &data)
{
    for (const auto &part : kParts) {
        if (data == part.mime)
            return part.kind;
    }
    return std::nullopt;
}

// A plain "kind resource lane index sub" line: the payload only travels within the process.
QByteArray elementToMime(const ElementRef &ref)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(static_cast<int>(ref.kind))
        .arg(ref.resource)
        .arg(static_cast<int>(ref.lane))
        .arg(ref.index)
        .arg(ref.subIndex)
        .toLatin1();
}

std::optional<ElementRef> elementFromMime(const QByteArray &data)
{
    const QList<QByteArray> fields = data.split(' ');
    if (fields.size() != 5)
        return std::nullopt;
    int values[5];
    for (int i = 0; i < 5; ++i) {
        bool ok = false;
        values[i] = fields[i].toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (values[0] < static_cast<int>(ElementRef::Kind::Pod)
        || values[0] > static_cast<int>(ElementRef::Kind::Mount) || values[2] < 0 || values[2] > 1)
        return std::nullopt;
    ElementRef ref;
    ref.kind = static_cast<ElementRef::Kind>(values[0]);
    ref.resource = values[1];
    ref.lane = static_cast<ElementRef::Lane>(values[2]);
    ref.index = values[3];
    ref.subIndex = values[4];
    return ref;
}

QString partLabel(PartKind kind)
{
    switch (kind) {
    case PartKind::Pod: return tr("Pod");
    case PartKind::Container: return tr("Container");
    case PartKind::InitContainer: return tr("Init container");
    case PartKind::Sidecar: return tr("Sidecar");
    case PartKind::EmptyDirVolume: return tr("emptyDir volume");
    case PartKind::HostPathVolume: return tr("hostPath volume");
    case PartKind::ConfigMapVolume: return tr("configMap volume");
    case PartKind::SecretVolume: return tr("secret volume");
    case PartKind::PvcVolume: return tr("persistentVolumeClaim volume");
    case PartKind::Port: return tr("Port");
    }
    return {};
}

QString partDescription(PartKind kind)
{
    switch (kind) {
    case PartKind::Pod: return tr("A new pod: drop it on the canvas");
    case PartKind::Container: return tr("An app container: runs for the life of the pod");
    case PartKind::InitContainer:
        return tr("Runs to completion before the app containers start, one after another");
    case PartKind::Sidecar:
        return tr("An init container with restartPolicy: Always: starts first, keeps running");
    case PartKind::EmptyDirVolume:
        return tr("Scratch space shared by the pod's containers, deleted with the pod");
    case PartKind::HostPathVolume: return tr("A directory of the host machine");
    case PartKind::ConfigMapVolume: return tr("Files from a ConfigMap");
    case PartKind::SecretVolume: return tr("Files from a Secret");
    case PartKind::PvcVolume: return tr("Storage that outlives the pod, through a claim");
    case PartKind::Port: return tr("A port a container listens on: drop it on a container");
    }
    return {};
}

bool isVolumePart(PartKind kind)
{
    return kind >= PartKind::EmptyDirVolume && kind <= PartKind::PvcVolume;
}

bool isContainerPart(PartKind kind)
{
    return kind == PartKind::Container || kind == PartKind::InitContainer
        || kind == PartKind::Sidecar;
}

CanvasLane laneOfPart(PartKind kind)
{
    switch (kind) {
    case PartKind::InitContainer: return CanvasLane::Init;
    case PartKind::Sidecar: return CanvasLane::Sidecar;
    default: return CanvasLane::App;
    }
}

} // namespace podwright::gui
