#include "poddocument.h"

#include "manifestio.h"
#include "validator.h"
#include "yamlcommentmap.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace podwright {

PodDocument::PodDocument(QObject *parent)
    : QObject(parent)
{ }

const ManifestResource &PodDocument::resource(int index) const
{
    Q_ASSERT(index >= 0 && index < resourceCount());
    return m_manifest.resources[static_cast<std::size_t>(index)];
}

bool PodDocument::isValidPodIndex(int resourceIndex) const
{
    return resourceIndex >= 0 && resourceIndex < resourceCount()
        && resource(resourceIndex).hasPod();
}

const Pod &PodDocument::pod(int resourceIndex) const
{
    return resource(resourceIndex).pod;
}

QByteArray PodDocument::text() const
{
    if (!m_textValid) {
        m_text = writeManifest(m_manifest);
        m_textValid = true;
    }
    return m_text;
}

const Findings &PodDocument::findings() const
{
    if (!m_findingsValid) {
        // Validate what the YAML pane shows: reloading the export gives source positions
        // that match its lines, whatever view made the last edit.
        const LoadResult &reloaded = this->reloaded();
        m_findings = reloaded.diagnostics;
        // A file with no objects is an error for the API server, but in the designer an empty
        // document is where every design starts: say what to do, not that something is wrong.
        for (ValidationFinding &finding : m_findings) {
            if (finding.ruleId == QLatin1String("manifest-empty")) {
                finding.severity = Severity::Hint;
                finding.message = QCoreApplication::translate(
                    "podwright::Hints", "the document is empty: add a Pod to start");
                finding.explanation = QCoreApplication::translate(
                    "podwright::Hints",
                    "Drag a Pod or a Container from Parts onto the canvas, "
                    "press Ctrl+Shift+N, start from File > New from Template, "
                    "or type a manifest here (apiVersion: v1, kind: Pod, "
                    "metadata and spec).");
            }
        }
        if (reloaded.parsed) {
            const Findings validation = validateManifest(reloaded.manifest);
            m_findings.insert(m_findings.end(), validation.begin(), validation.end());
        }
        m_findingsValid = true;
    }
    return m_findings;
}

const LoadResult &PodDocument::reloaded() const
{
    if (!m_reloadedValid) {
        m_reloaded = loadManifest(text());
        m_reloadedValid = true;
    }
    return m_reloaded;
}

void PodDocument::invalidate()
{
    m_textValid = false;
    m_findingsValid = false;
    m_reloadedValid = false;
}

void PodDocument::setManifest(const Manifest &manifest)
{
    m_manifest = manifest;
    invalidate();
    Q_EMIT manifestReset();
    Q_EMIT changed();
}

namespace {

/// Moves the comments of each item of a named list that was renamed in place: they are tied
/// to "...[name=web]" paths. So does any item whose path changes because a name became or
/// stopped being shared ("[name=web]" <-> "[1]": a learner's duplicate name). Items are matched
/// by position; an item only counts as renamed, not reordered, when its old name is gone or
/// its new name is new.
template<typename Item>
void followRenamedItems(YamlComments &comments, const QString &listPath,
                        const std::vector<Item> &old, const std::vector<Item> &now)
{
    if (old.size() != now.size())
        return;
    const auto has = [](const std::vector<Item> &list, const QString &name) {
        return std::any_of(list.begin(), list.end(),
                           [&name](const Item &item) { return item.name == name; });
    };
    std::vector<QString> oldNames, newNames;
    for (std::size_t i = 0; i < old.size(); ++i) {
        oldNames.push_back(old[i].name);
        newNames.push_back(now[i].name);
    }
    const std::vector<QString> from = itemPathSegments(oldNames);
    const std::vector<QString> to = itemPathSegments(newNames);
    std::vector<std::pair<QString, QString>> moves;
    for (std::size_t i = 0; i < old.size(); ++i) {
        const bool sameItem
            = old[i].name == now[i].name || !has(now, old[i].name) || !has(old, now[i].name);
        if (sameItem && from[i] != to[i])
            moves.emplace_back(listPath + from[i], listPath + to[i]);
    }
    moveCommentPaths(comments, moves);
}

/// The container `after` was before the edit: the one of its name in either list (it may
/// have changed lanes), else the one in its place in its own list (renamed).
const Container *containerBefore(const Pod &before, const std::vector<Container> &beforeList,
                                 const std::vector<Container> &afterList, std::size_t index)
{
    const QString &name = afterList[index].name;
    for (const auto *list : { &beforeList, &before.spec.containers, &before.spec.initContainers })
        for (const Container &c : *list)
            if (c.name == name)
                return &c;
    return beforeList.size() == afterList.size() ? &beforeList[index] : nullptr;
}

/// A container or volume renamed in place, or a container moved between the init and app
/// lists, takes its comments along; so does a port, an env var or a mount renamed within its
/// container (a volume's rename renames its mounts too). Undo sets the old pod back, which
/// moves them back the same way.
void followMovedItems(ManifestResource &resource, const Pod &before, const Pod &after)
{
    if (resource.comments.empty())
        return;
    YamlComments &comments = resource.comments;
    const QString prefix = resource.podPathPrefix() + QStringLiteral("spec.");
    const QString app = QStringLiteral("containers");
    const QString init = QStringLiteral("initContainers");
    followRenamedItems(comments, prefix + app, before.spec.containers, after.spec.containers);
    followRenamedItems(comments, prefix + init, before.spec.initContainers,
                       after.spec.initContainers);
    followRenamedItems(comments, prefix + QStringLiteral("volumes"), before.spec.volumes,
                       after.spec.volumes);

    const auto path = [&prefix](const QString &list, const QString &name) {
        return prefix + list + QStringLiteral("[name=%1]").arg(name);
    };
    const auto names = [](const std::vector<Container> &list) {
        QSet<QString> set;
        for (const Container &c : list)
            set.insert(c.name);
        return set;
    };
    const QSet<QString> oldApp = names(before.spec.containers);
    const QSet<QString> oldInit = names(before.spec.initContainers);
    const QSet<QString> newApp = names(after.spec.containers);
    const QSet<QString> newInit = names(after.spec.initContainers);
    for (const QString &name : oldApp) {
        if (!name.isEmpty() && !newApp.contains(name) && newInit.contains(name)
            && !oldInit.contains(name))
            moveCommentPaths(comments, path(app, name), path(init, name));
    }
    for (const QString &name : oldInit) {
        if (!name.isEmpty() && !newInit.contains(name) && newApp.contains(name)
            && !oldApp.contains(name))
            moveCommentPaths(comments, path(init, name), path(app, name));
    }

    // Each container's comments are now at its new path; its named lists follow within it.
    const auto withinContainers = [&](const QString &list, const std::vector<Container> &old,
                                      const std::vector<Container> &now) {
        std::vector<QString> containerNames;
        for (const Container &c : now)
            containerNames.push_back(c.name);
        const std::vector<QString> segments = itemPathSegments(containerNames);
        for (std::size_t i = 0; i < now.size(); ++i) {
            const Container *was = containerBefore(before, old, now, i);
            if (!was)
                continue;
            const QString container = prefix + list + segments[i] + QLatin1Char('.');
            followRenamedItems(comments, container + QStringLiteral("ports"), was->ports,
                               now[i].ports);
            followRenamedItems(comments, container + QStringLiteral("env"), was->env, now[i].env);
            followRenamedItems(comments, container + QStringLiteral("volumeMounts"),
                               was->volumeMounts, now[i].volumeMounts);
        }
    };
    withinContainers(app, before.spec.containers, after.spec.containers);
    withinContainers(init, before.spec.initContainers, after.spec.initContainers);
}

} // namespace

void PodDocument::setPod(int resourceIndex, const Pod &pod)
{
    if (!isValidPodIndex(resourceIndex))
        return;
    auto &target = m_manifest.resources[static_cast<std::size_t>(resourceIndex)];
    if (target.pod == pod)
        return;
    followMovedItems(target, target.pod, pod);
    target.pod = pod;
    invalidate();
    Q_EMIT podChanged(resourceIndex);
    Q_EMIT changed();
}

void PodDocument::setResourceNode(int resourceIndex, const YamlNode &node)
{
    if (resourceIndex < 0 || resourceIndex >= resourceCount())
        return;
    auto &target = m_manifest.resources[static_cast<std::size_t>(resourceIndex)];
    target.node = node;
    invalidate();
    if (target.hasPod())
        Q_EMIT podChanged(resourceIndex);
    Q_EMIT changed();
}

void PodDocument::insertResource(int index, const ManifestResource &resource)
{
    index = std::clamp(index, 0, resourceCount());
    ManifestResource copy = resource;
    if (copy.documentIndex < 0
        || copy.documentIndex >= static_cast<int>(m_manifest.documentShells.size())) {
        copy.documentIndex = static_cast<int>(m_manifest.documentShells.size());
        m_manifest.documentShells.emplace_back();
    }
    m_manifest.resources.insert(m_manifest.resources.begin() + index, copy);
    invalidate();
    Q_EMIT resourceInserted(index);
    Q_EMIT changed();
}

void PodDocument::removeResource(int index)
{
    if (index < 0 || index >= resourceCount())
        return;
    m_manifest.removeResource(index);
    invalidate();
    Q_EMIT resourceRemoved(index);
    Q_EMIT changed();
}

} // namespace podwright
