#include "manifest.h"

namespace podwright {

SourcePos lookupPosition(const SourceMap &map, const QString &path)
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = map.constFind(p);
        if (it != map.constEnd() && it->isValid())
            return *it;
        // The validator writes map keys as the API server does, "requests[memory]"; the map
        // records them as "requests.memory".
        if (p.endsWith(QLatin1Char(']'))) {
            const qsizetype open = p.lastIndexOf(QLatin1Char('['));
            const QString key = p.mid(open + 1, p.size() - open - 2);
            bool isIndex = false;
            key.toInt(&isIndex);
            if (open > 0 && !isIndex) {
                const auto keyed = map.constFind(p.left(open) + QLatin1Char('.') + key);
                if (keyed != map.constEnd() && keyed->isValid())
                    return *keyed;
            }
        }
        // Strip the last segment: "a.b[2]" -> "a.b", "a.b" -> "a".
        const qsizetype dot = p.lastIndexOf(QLatin1Char('.'));
        const qsizetype bracket = p.lastIndexOf(QLatin1Char('['));
        const qsizetype cut = std::max(dot, bracket);
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return map.value(QString());
}

QString ManifestResource::podPathPrefix() const
{
    return templatePath.isEmpty() ? QString() : templatePath + QLatin1Char('.');
}

QString ManifestResource::kindName() const
{
    if (kind == Kind::Pod)
        return pod.kind.isEmpty() ? QStringLiteral("Pod") : pod.kind;
    if (const YamlNode *k = node.find(QStringLiteral("kind")))
        return k->text();
    return QString();
}

QString ManifestResource::displayName() const
{
    QString name;
    if (kind == Kind::Pod) {
        name = pod.metadata.name.isEmpty() ? pod.metadata.generateName : pod.metadata.name;
    } else if (const YamlNode *meta = node.find(QStringLiteral("metadata"))) {
        if (const YamlNode *n = meta->find(QStringLiteral("name")))
            name = n->text();
    }
    const QString k = kindName();
    return name.isEmpty() ? k : k + QLatin1Char('/') + name;
}

int Manifest::appendPod(const Pod &pod)
{
    ManifestResource resource;
    resource.kind = ManifestResource::Kind::Pod;
    resource.pod = pod;
    resource.documentIndex = static_cast<int>(documentShells.size());
    documentShells.emplace_back();
    resources.push_back(std::move(resource));
    return static_cast<int>(resources.size()) - 1;
}

void Manifest::removeResource(int index)
{
    if (index < 0 || index >= static_cast<int>(resources.size()))
        return;
    resources.erase(resources.begin() + index);
}

std::vector<int> Manifest::podResourceIndices() const
{
    std::vector<int> indices;
    for (int i = 0; i < static_cast<int>(resources.size()); ++i) {
        if (resources[static_cast<std::size_t>(i)].hasPod())
            indices.push_back(i);
    }
    return indices;
}

} // namespace podwright
