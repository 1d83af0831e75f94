#pragma once

#include "pod.h"
#include "validator.h"

#include <QMetaType>
#include <QStringList>

#include <functional>

/// Shared by the tst_validator_* tests: a small valid pod to break one field at a time.
namespace podwright::test {

using PodEdit = std::function<void(Pod &)>;

inline Pod baselinePod()
{
    Pod pod;
    pod.metadata.name = QStringLiteral("web");
    pod.metadata.labels = { { QStringLiteral("app"), QStringLiteral("web") } };
    Container c;
    c.name = QStringLiteral("web");
    c.image = QStringLiteral("nginx:1.25");
    ContainerPort port;
    port.name = QStringLiteral("http");
    port.containerPort = 80;
    c.ports.push_back(port);
    pod.spec.containers.push_back(c);
    return pod;
}

inline Container container(const QString &name,
                           const QString &image = QStringLiteral("busybox:1.36"))
{
    Container c;
    c.name = name;
    c.image = image;
    return c;
}

inline Volume emptyDirVolume(const QString &name)
{
    Volume v;
    v.name = name;
    v.emptyDir = EmptyDirSource();
    return v;
}

/// "path: message [rule]" of every finding of `severity`, for readable failures.
inline QStringList describe(const Findings &findings, Severity severity)
{
    QStringList out;
    for (const ValidationFinding &f : findings) {
        if (f.severity == severity)
            out << f.summary() + QStringLiteral(" [") + f.ruleId + QLatin1Char(']');
    }
    return out;
}

/// Builds a YamlNode map from "key: value" pairs of scalars.
inline YamlNode scalarMap(std::initializer_list<std::pair<const char *, const char *>> entries)
{
    YamlNode map = YamlNode::map();
    for (const auto &[k, v] : entries)
        map.insert(QLatin1String(k), YamlNode::scalar(QLatin1String(v)));
    return map;
}

} // namespace podwright::test

Q_DECLARE_METATYPE(podwright::test::PodEdit)
