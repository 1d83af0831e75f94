#include "podreader.h"

#include "importcontext.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace podwright {

namespace {

using Expected = ImportContext::Expected;

/// Records the position of every node of an untyped subtree, so that findings about other
/// kinds, or about workload fields outside the template, still point at their line.
void markAll(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    ctx.mark(path, node.pos());
    if (node.isMap()) {
        for (const auto &[key, value] : node.entries())
            markAll(value, ImportContext::child(path, key), ctx);
    } else if (node.isSequence()) {
        std::size_t i = 0;
        for (const YamlNode &item : node.items())
            markAll(item, ImportContext::index(path, i++), ctx);
    }
}

/// Reads a Pod (`templateSpec` false: apiVersion, kind, metadata, spec) or a pod template
/// (metadata, spec) at `path`.
Pod readPodObject(const YamlNode &node, const QString &path, bool templateSpec, ImportContext &ctx)
{
    Pod pod;
    // A new Pod defaults to v1/Pod; a read one has what the text says, so that a missing
    // apiVersion stays missing (for validation to report) instead of being added by export.
    if (!templateSpec) {
        pod.apiVersion.clear();
        pod.kind.clear();
    }
    ctx.readFields(node, path, templateSpec ? ApiObject::PodTemplateSpec : ApiObject::Pod,
                   pod.extra, [&](const QString &key, const YamlNode &v, const QString &p) {
                       if (!templateSpec && key == QLatin1String("apiVersion"))
                           return ctx.readString(v, p, pod.apiVersion);
                       if (!templateSpec && key == QLatin1String("kind"))
                           return ctx.readString(v, p, pod.kind);
                       if (key == QLatin1String("metadata")) {
                           if (!ctx.expectMap(v, p))
                               return false;
                           pod.metadata = readObjectMeta(v, p, ctx);
                           return true;
                       }
                       if (key == QLatin1String("spec")) {
                           if (!ctx.expectMap(v, p))
                               return false;
                           pod.spec = readPodSpec(v, p, ctx);
                           return true;
                       }
                       return false;
                   });
    return pod;
}

QString kindOf(const YamlNode &node)
{
    const YamlNode *kind = node.find(QStringLiteral("kind"));
    return kind && kind->isScalar() ? kind->text() : QString();
}

class ManifestBuilder
{
public:
    explicit ManifestBuilder(Findings &diagnostics)
        : m_diagnostics(diagnostics)
    { }

    Manifest manifest;

    void readDocument(const YamlNode &document, int documentIndex)
    {
        const YamlNode *items = document.isMap() ? document.find(QStringLiteral("items")) : nullptr;
        const QString kind = document.isMap() ? kindOf(document) : QString();
        if (items && items->isSequence() && kind.endsWith(QLatin1String("List"))) {
            // The List's shell keeps an empty `items` as a placeholder for its position.
            YamlNode shell = document;
            shell.insert(QStringLiteral("items"), YamlNode::sequence());
            manifest.documentShells.push_back(std::move(shell));
            for (const YamlNode &item : items->items())
                addResource(item, documentIndex);
            return;
        }
        manifest.documentShells.emplace_back();
        addResource(document, documentIndex);
    }

private:
    void addResource(const YamlNode &node, int documentIndex)
    {
        ManifestResource resource;
        resource.documentIndex = documentIndex;
        resource.kind = ManifestResource::Kind::Other;
        resource.node = node;
        const int index = static_cast<int>(manifest.resources.size());
        ImportContext ctx(m_diagnostics, resource.positions, index, &resource.wrongTypePaths);
        resource.positions.insert(QString(), node.pos());

        if (!node.isMap()) {
            ctx.error(QStringLiteral("not-an-object"), QString(),
                      QCoreApplication::translate("podwright::Import",
                                                  "the document is not a Kubernetes object"),
                      node.pos(),
                      QCoreApplication::translate(
                          "podwright::Import",
                          "Each YAML document in a manifest must be an object with "
                          "apiVersion, kind, metadata and spec fields. This one is a "
                          "list or a single value."));
            manifest.resources.push_back(std::move(resource));
            return;
        }
        const QString kind = kindOf(node);
        checkApiVersion(node, kind, ctx);
        if (kind.isEmpty()) {
            markAll(node, QString(), ctx);
            ctx.error(
                QStringLiteral("kind-missing"), QStringLiteral("kind"),
                QStringLiteral("Required value: Object 'Kind' is missing"), node.pos(),
                QCoreApplication::translate("podwright::Import",
                                            "Every Kubernetes object says what it is with a `kind` "
                                            "field (Pod, Deployment, Service...) next to its "
                                            "apiVersion."));
        } else if (kind == QLatin1String("Pod")) {
            resource.kind = ManifestResource::Kind::Pod;
            resource.node = YamlNode();
            resource.pod = readPodObject(node, QString(), false, ctx);
        } else if (const QString templatePath = podTemplatePath(kind); !templatePath.isEmpty()) {
            markAll(node, QString(), ctx);
            const YamlNode *podTemplate = node.findPath(templatePath);
            if (podTemplate && podTemplate->isMap()) {
                resource.kind = ManifestResource::Kind::Workload;
                resource.templatePath = templatePath;
                resource.pod = readPodObject(*podTemplate, templatePath, true, ctx);
            }
        } else {
            markAll(node, QString(), ctx);
        }
        manifest.resources.push_back(std::move(resource));
    }

    /// What kubectl refuses before a request is sent: no apiVersion (its schema validation says
    /// "apiVersion not set"), or a group/version that has no such kind (its REST mapping says
    /// 'no matches for kind "Pod" in version "v2"'). Only the kinds Podwright models are
    /// mapped; any other kind may be a custom resource in any group.
    static void checkApiVersion(const YamlNode &node, const QString &kind, ImportContext &ctx)
    {
        const YamlNode *apiVersion = node.find(QStringLiteral("apiVersion"));
        // `apiVersion:` with no value (null) or an empty string is what kubectl reads as
        // not set, and what the export of a Pod leaves out.
        if (!apiVersion || apiVersion->isNullValue()
            || (apiVersion->isScalar() && apiVersion->text().isEmpty())) {
            if (kind.isEmpty())
                return; // kind-missing says it already, and kubectl stops there
            ctx.error(QStringLiteral("api-version-missing"), QStringLiteral("apiVersion"),
                      QStringLiteral("apiVersion not set"), node.pos(),
                      QCoreApplication::translate(
                          "podwright::Import",
                          "Every Kubernetes object names the API group and version its kind "
                          "belongs to. Add apiVersion: %1 above kind.")
                          .arg(expectedApiVersion(kind).value_or(QStringLiteral("v1"))));
            return;
        }
        const std::optional<QString> expected = expectedApiVersion(kind);
        if (!expected || !apiVersion->isScalar() || apiVersion->text() == *expected)
            return;
        ctx.error(QStringLiteral("api-version-unknown"), QStringLiteral("apiVersion"),
                  QStringLiteral("no matches for kind \"%1\" in version \"%2\"")
                      .arg(kind, apiVersion->text()),
                  apiVersion->pos(),
                  QCoreApplication::translate(
                      "podwright::Import",
                      "A cluster serves %1 only as apiVersion %2. Older versions such as "
                      "extensions/v1beta1 or batch/v1beta1 were removed from Kubernetes; "
                      "write apiVersion: %2.")
                      .arg(kind, *expected));
    }

    static std::optional<QString> expectedApiVersion(const QString &kind)
    {
        static const QHash<QString, QString> versions = {
            { QStringLiteral("Pod"), QStringLiteral("v1") },
            { QStringLiteral("PodTemplate"), QStringLiteral("v1") },
            { QStringLiteral("ReplicationController"), QStringLiteral("v1") },
            { QStringLiteral("List"), QStringLiteral("v1") },
            { QStringLiteral("Deployment"), QStringLiteral("apps/v1") },
            { QStringLiteral("ReplicaSet"), QStringLiteral("apps/v1") },
            { QStringLiteral("StatefulSet"), QStringLiteral("apps/v1") },
            { QStringLiteral("DaemonSet"), QStringLiteral("apps/v1") },
            { QStringLiteral("Job"), QStringLiteral("batch/v1") },
            { QStringLiteral("CronJob"), QStringLiteral("batch/v1") },
        };
        const auto it = versions.find(kind);
        return it == versions.end() ? std::nullopt : std::optional<QString>(*it);
    }

    Findings &m_diagnostics;
};

} // namespace

ObjectMeta readObjectMeta(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    ObjectMeta meta;
    ctx.readFields(node, path, ApiObject::ObjectMeta, meta.extra,
                   [&](const QString &key, const YamlNode &v, const QString &p) {
                       if (key == QLatin1String("name"))
                           return ctx.readString(v, p, meta.name);
                       if (key == QLatin1String("generateName"))
                           return ctx.readString(v, p, meta.generateName);
                       if (key == QLatin1String("namespace"))
                           return ctx.readString(v, p, meta.namespace_);
                       if (key == QLatin1String("labels"))
                           return ctx.readStringMap(v, p, meta.labels);
                       if (key == QLatin1String("annotations"))
                           return ctx.readStringMap(v, p, meta.annotations);
                       return false;
                   });
    return meta;
}

PodSpec readPodSpec(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    PodSpec spec;
    auto containers = [&](std::vector<Container> &out, const YamlNode &v, const QString &p) {
        return ctx.readObjectList(v, p, out, [&](const YamlNode &n, const QString &ip) {
            return readContainer(n, ip, ctx);
        });
    };
    ctx.readFields(node, path, ApiObject::PodSpec, spec.extra,
                   [&](const QString &key, const YamlNode &v, const QString &p) {
                       if (key == QLatin1String("containers"))
                           return containers(spec.containers, v, p);
                       if (key == QLatin1String("initContainers"))
                           return containers(spec.initContainers, v, p);
                       if (key == QLatin1String("volumes")) {
                           return ctx.readObjectList(v, p, spec.volumes,
                                                     [&](const YamlNode &n, const QString &ip) {
                                                         return readVolume(n, ip, ctx);
                                                     });
                       }
                       if (key == QLatin1String("restartPolicy"))
                           return ctx.readString(v, p, spec.restartPolicy);
                       if (key == QLatin1String("terminationGracePeriodSeconds"))
                           return ctx.readInt(v, p, spec.terminationGracePeriodSeconds);
                       if (key == QLatin1String("activeDeadlineSeconds"))
                           return ctx.readInt(v, p, spec.activeDeadlineSeconds);
                       if (key == QLatin1String("dnsPolicy"))
                           return ctx.readString(v, p, spec.dnsPolicy);
                       if (key == QLatin1String("nodeSelector"))
                           return ctx.readStringMap(v, p, spec.nodeSelector);
                       if (key == QLatin1String("serviceAccountName"))
                           return ctx.readString(v, p, spec.serviceAccountName);
                       if (key == QLatin1String("hostNetwork"))
                           return ctx.readBool(v, p, spec.hostNetwork);
                       if (key == QLatin1String("hostname"))
                           return ctx.readString(v, p, spec.hostname);
                       if (key == QLatin1String("subdomain"))
                           return ctx.readString(v, p, spec.subdomain);
                       if (key == QLatin1String("securityContext"))
                           return ctx.readNode(v, p, spec.securityContext, Expected::Object,
                                               QStringLiteral("PodSecurityContext"));
                       if (key == QLatin1String("tolerations"))
                           return ctx.readNode(v, p, spec.tolerations, Expected::List,
                                               QStringLiteral("[]Toleration"));
                       if (key == QLatin1String("affinity"))
                           return ctx.readNode(v, p, spec.affinity, Expected::Object,
                                               QStringLiteral("Affinity"));
                       return false;
                   });
    return spec;
}

QString podTemplatePath(const QString &kind)
{
    static const QStringList templated
        = { QStringLiteral("Deployment"),  QStringLiteral("ReplicaSet"),
            QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
            QStringLiteral("Job"),         QStringLiteral("ReplicationController"),
            QStringLiteral("PodTemplate") };
    if (kind == QLatin1String("CronJob"))
        return QStringLiteral("spec.jobTemplate.spec.template");
    if (kind == QLatin1String("PodTemplate"))
        return QStringLiteral("template");
    return templated.contains(kind) ? QStringLiteral("spec.template") : QString();
}

Manifest readManifest(const std::vector<YamlNode> &documents, Findings &diagnostics)
{
    ManifestBuilder builder(diagnostics);
    int index = 0;
    for (const YamlNode &document : documents)
        builder.readDocument(document, index++);
    return std::move(builder.manifest);
}

} // namespace podwright
