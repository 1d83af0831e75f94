#include "pod.h"

namespace podwright {

QString stringMapValue(const StringMap &map, const QString &key)
{
    for (const auto &[k, v] : map) {
        if (k == key)
            return v;
    }
    return {};
}

void setStringMapValue(StringMap &map, const QString &key, const QString &value)
{
    for (auto &entry : map) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    map.emplace_back(key, value);
}

Volume::SourceKind Volume::sourceKind() const
{
    if (emptyDir)
        return SourceKind::EmptyDir;
    if (hostPath)
        return SourceKind::HostPath;
    if (configMap)
        return SourceKind::ConfigMap;
    if (secret)
        return SourceKind::Secret;
    if (persistentVolumeClaim)
        return SourceKind::PersistentVolumeClaim;
    if (projected)
        return SourceKind::Projected;
    if (downwardAPI)
        return SourceKind::DownwardAPI;
    if (!extra.entries().empty())
        return SourceKind::Other;
    return SourceKind::None;
}

QString Volume::sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::EmptyDir: return QStringLiteral("emptyDir");
    case SourceKind::HostPath: return QStringLiteral("hostPath");
    case SourceKind::ConfigMap: return QStringLiteral("configMap");
    case SourceKind::Secret: return QStringLiteral("secret");
    case SourceKind::PersistentVolumeClaim: return QStringLiteral("persistentVolumeClaim");
    case SourceKind::Projected: return QStringLiteral("projected");
    case SourceKind::DownwardAPI: return QStringLiteral("downwardAPI");
    case SourceKind::Other: return QStringLiteral("other");
    case SourceKind::None: break;
    }
    return QStringLiteral("none");
}

const Container *Pod::findContainer(const QString &name) const
{
    for (const auto &c : spec.initContainers) {
        if (c.name == name)
            return &c;
    }
    for (const auto &c : spec.containers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace podwright
