#include "rawlistguard.h"

#include <QCoreApplication>
#include <QLatin1Char>

namespace podwright::gui {

namespace {

/// Walks the typed collections that may have a raw twin in `extra`, stopping at the first one
/// that would hide it.
class ShadowFinder
{
public:
    QString found;

    template<typename Collection>
    void check(const QString &path, const YamlNode &extra, const QString &key,
               const Collection &typed)
    {
        if (!found.isEmpty() || typed.empty())
            return;
        const YamlNode *raw = extra.find(key);
        if (raw && !raw->isNullValue())
            found = path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    void meta(const QString &path, const ObjectMeta &meta)
    {
        check(path, meta.extra, QStringLiteral("labels"), meta.labels);
        check(path, meta.extra, QStringLiteral("annotations"), meta.annotations);
    }

    void container(const QString &path, const Container &c)
    {
        check(path, c.extra, QStringLiteral("command"), c.command);
        check(path, c.extra, QStringLiteral("args"), c.args);
        check(path, c.extra, QStringLiteral("ports"), c.ports);
        check(path, c.extra, QStringLiteral("env"), c.env);
        check(path, c.extra, QStringLiteral("volumeMounts"), c.volumeMounts);
        const QString resources = path + QStringLiteral(".resources");
        check(resources, c.resources.extra, QStringLiteral("limits"), c.resources.limits);
        check(resources, c.resources.extra, QStringLiteral("requests"), c.resources.requests);
        probe(path + QStringLiteral(".livenessProbe"), c.livenessProbe);
        probe(path + QStringLiteral(".readinessProbe"), c.readinessProbe);
        probe(path + QStringLiteral(".startupProbe"), c.startupProbe);
    }

    void probe(const QString &path, const std::optional<Probe> &probe)
    {
        if (probe && probe->exec)
            check(path + QStringLiteral(".exec"), probe->exec->extra, QStringLiteral("command"),
                  probe->exec->command);
    }

    void containers(const QString &path, const std::vector<Container> &list)
    {
        for (std::size_t i = 0; i < list.size(); ++i)
            container(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), list[i]);
    }

    void volume(const QString &path, const Volume &v)
    {
        if (v.configMap)
            check(path + QStringLiteral(".configMap"), v.configMap->extra, QStringLiteral("items"),
                  v.configMap->items);
        if (v.secret)
            check(path + QStringLiteral(".secret"), v.secret->extra, QStringLiteral("items"),
                  v.secret->items);
    }
};

} // namespace

QString shadowedRawField(const Pod &pod)
{
    ShadowFinder finder;
    finder.meta(QStringLiteral("metadata"), pod.metadata);
    const QString spec = QStringLiteral("spec");
    finder.check(spec, pod.spec.extra, QStringLiteral("volumes"), pod.spec.volumes);
    finder.check(spec, pod.spec.extra, QStringLiteral("initContainers"), pod.spec.initContainers);
    finder.check(spec, pod.spec.extra, QStringLiteral("containers"), pod.spec.containers);
    finder.check(spec, pod.spec.extra, QStringLiteral("nodeSelector"), pod.spec.nodeSelector);
    finder.containers(QStringLiteral("spec.initContainers"), pod.spec.initContainers);
    finder.containers(QStringLiteral("spec.containers"), pod.spec.containers);
    for (std::size_t i = 0; i < pod.spec.volumes.size(); ++i)
        finder.volume(QStringLiteral("spec.volumes[%1]").arg(i), pod.spec.volumes[i]);
    return finder.found;
}

QString shadowedRawFieldMessage(const QString &field)
{
    return QCoreApplication::translate(
               "podwright::gui::RawListGuard",
               "Not changed: %1 has entries of the wrong type, and this edit would lose them. "
               "Fix those entries in the YAML pane first.")
        .arg(field);
}

} // namespace podwright::gui
