#include "manifestwriter.h"

#include "fieldschema.h"
#include "yamlemitter.h"

namespace podwright {

namespace {

/// A typed string: quoted only where YAML would misread it, because the emitter writes
/// every quoted scalar with quotes (that keeps `extra` nodes exactly as they were written).
YamlNode str(const QString &text)
{
    return YamlNode::scalar(text, stringNeedsQuotes(text));
}

YamlNode integer(qint64 value)
{
    return YamlNode::scalar(QString::number(value), false);
}

YamlNode boolean(bool value)
{
    return YamlNode::scalar(value ? QStringLiteral("true") : QStringLiteral("false"), false);
}

YamlNode stringList(const QStringList &list)
{
    YamlNode node = YamlNode::sequence();
    for (const QString &item : list)
        node.append(str(item));
    return node;
}

YamlNode stringMap(const StringMap &map)
{
    YamlNode node = YamlNode::map();
    for (const auto &[key, value] : map)
        node.appendEntry(key, str(value));
    return node;
}

/// Collects an object's typed fields, then lays them out with its `extra` fields in the
/// API's order (fieldschema.h); fields the API does not know come last, in source order.
/// A typed field wins over an `extra` entry of the same key (the user fixed a wrong type).
class ObjectBuilder
{
public:
    ObjectBuilder(ApiObject object, const YamlNode &extra)
        : m_object(object)
        , m_extra(extra)
    { }

    void add(const QString &key, YamlNode value) { m_typed.emplace_back(key, std::move(value)); }
    void addString(const QString &key, const QString &value)
    {
        if (!value.isEmpty())
            add(key, str(value));
    }
    void addString(const QString &key, const std::optional<QString> &value)
    {
        if (value)
            add(key, str(*value));
    }
    void addInt(const QString &key, const std::optional<qint64> &value)
    {
        if (value)
            add(key, integer(*value));
    }
    /// File modes in octal with a leading 0 (0644), the way people write them; YAML 1.1
    /// and so kubectl read that as octal.
    void addMode(const QString &key, const std::optional<qint64> &value)
    {
        if (!value)
            return;
        const QString text
            = *value > 0 ? QLatin1Char('0') + QString::number(*value, 8) : QString::number(*value);
        add(key, YamlNode::scalar(text, false));
    }
    void addBool(const QString &key, const std::optional<bool> &value)
    {
        if (value)
            add(key, boolean(*value));
    }
    void addList(const QString &key, const QStringList &value)
    {
        if (!value.isEmpty())
            add(key, stringList(value));
    }
    void addMap(const QString &key, const StringMap &value)
    {
        if (!value.empty())
            add(key, stringMap(value));
    }
    void addNode(const QString &key, const YamlNode &value)
    {
        if (!value.isNull())
            add(key, value);
    }
    void addIntOrString(const QString &key, const IntOrString &value)
    {
        if (value.isSet())
            add(key, value.isInt ? YamlNode::scalar(value.text, false) : str(value.text));
    }

    YamlNode build() const
    {
        YamlNode node = YamlNode::map();
        for (const QString &field : apiFields(m_object)) {
            if (const YamlNode *typed = findTyped(field))
                node.appendEntry(field, *typed);
            else if (const YamlNode *extra = m_extra.find(field))
                node.appendEntry(field, *extra);
        }
        for (const auto &[key, value] : m_extra.entries()) {
            if (!isApiField(m_object, key))
                node.appendEntry(key, value);
        }
        return node;
    }

private:
    const YamlNode *findTyped(const QString &key) const
    {
        for (const auto &entry : m_typed) {
            if (entry.first == key)
                return &entry.second;
        }
        return nullptr;
    }

    ApiObject m_object;
    const YamlNode &m_extra;
    std::vector<YamlNode::Entry> m_typed;
};

YamlNode metaToYaml(const ObjectMeta &meta)
{
    ObjectBuilder b(ApiObject::ObjectMeta, meta.extra);
    b.addString(QStringLiteral("name"), meta.name);
    b.addString(QStringLiteral("generateName"), meta.generateName);
    b.addString(QStringLiteral("namespace"), meta.namespace_);
    b.addMap(QStringLiteral("labels"), meta.labels);
    b.addMap(QStringLiteral("annotations"), meta.annotations);
    return b.build();
}

YamlNode portToYaml(const ContainerPort &port)
{
    ObjectBuilder b(ApiObject::ContainerPort, port.extra);
    b.addString(QStringLiteral("name"), port.name);
    b.addInt(QStringLiteral("containerPort"), port.containerPort);
    b.addInt(QStringLiteral("hostPort"), port.hostPort);
    b.addString(QStringLiteral("protocol"), port.protocol);
    b.addString(QStringLiteral("hostIP"), port.hostIP);
    return b.build();
}

YamlNode envToYaml(const EnvVar &env)
{
    ObjectBuilder b(ApiObject::EnvVar, env.extra);
    b.addString(QStringLiteral("name"), env.name);
    b.addString(QStringLiteral("value"), env.value);
    b.addNode(QStringLiteral("valueFrom"), env.valueFrom);
    return b.build();
}

YamlNode resourcesToYaml(const ResourceRequirements &resources)
{
    ObjectBuilder b(ApiObject::ResourceRequirements, resources.extra);
    b.addMap(QStringLiteral("limits"), resources.limits);
    b.addMap(QStringLiteral("requests"), resources.requests);
    return b.build();
}

YamlNode mountToYaml(const VolumeMount &mount)
{
    ObjectBuilder b(ApiObject::VolumeMount, mount.extra);
    b.addString(QStringLiteral("name"), mount.name);
    b.addBool(QStringLiteral("readOnly"), mount.readOnly);
    b.addString(QStringLiteral("mountPath"), mount.mountPath);
    b.addString(QStringLiteral("subPath"), mount.subPath);
    b.addString(QStringLiteral("mountPropagation"), mount.mountPropagation);
    b.addString(QStringLiteral("subPathExpr"), mount.subPathExpr);
    return b.build();
}

YamlNode probeToYaml(const Probe &probe)
{
    ObjectBuilder b(ApiObject::Probe, probe.extra);
    if (probe.exec) {
        ObjectBuilder e(ApiObject::ExecAction, probe.exec->extra);
        e.addList(QStringLiteral("command"), probe.exec->command);
        b.add(QStringLiteral("exec"), e.build());
    }
    if (probe.httpGet) {
        ObjectBuilder h(ApiObject::HttpGetAction, probe.httpGet->extra);
        h.addString(QStringLiteral("path"), probe.httpGet->path);
        h.addIntOrString(QStringLiteral("port"), probe.httpGet->port);
        h.addString(QStringLiteral("host"), probe.httpGet->host);
        h.addString(QStringLiteral("scheme"), probe.httpGet->scheme);
        h.addNode(QStringLiteral("httpHeaders"), probe.httpGet->httpHeaders);
        b.add(QStringLiteral("httpGet"), h.build());
    }
    if (probe.tcpSocket) {
        ObjectBuilder t(ApiObject::TcpSocketAction, probe.tcpSocket->extra);
        t.addIntOrString(QStringLiteral("port"), probe.tcpSocket->port);
        t.addString(QStringLiteral("host"), probe.tcpSocket->host);
        b.add(QStringLiteral("tcpSocket"), t.build());
    }
    if (probe.grpc) {
        ObjectBuilder g(ApiObject::GrpcAction, probe.grpc->extra);
        g.addInt(QStringLiteral("port"), probe.grpc->port);
        g.addString(QStringLiteral("service"), probe.grpc->service);
        b.add(QStringLiteral("grpc"), g.build());
    }
    b.addInt(QStringLiteral("initialDelaySeconds"), probe.initialDelaySeconds);
    b.addInt(QStringLiteral("timeoutSeconds"), probe.timeoutSeconds);
    b.addInt(QStringLiteral("periodSeconds"), probe.periodSeconds);
    b.addInt(QStringLiteral("successThreshold"), probe.successThreshold);
    b.addInt(QStringLiteral("failureThreshold"), probe.failureThreshold);
    b.addInt(QStringLiteral("terminationGracePeriodSeconds"), probe.terminationGracePeriodSeconds);
    return b.build();
}

template<typename T, typename F>
YamlNode listToYaml(const std::vector<T> &items, F convert)
{
    YamlNode node = YamlNode::sequence();
    for (const T &item : items)
        node.append(convert(item));
    return node;
}

YamlNode containerToYaml(const Container &c)
{
    ObjectBuilder b(ApiObject::Container, c.extra);
    b.addString(QStringLiteral("name"), c.name);
    b.addString(QStringLiteral("image"), c.image);
    b.addList(QStringLiteral("command"), c.command);
    b.addList(QStringLiteral("args"), c.args);
    b.addString(QStringLiteral("workingDir"), c.workingDir);
    if (!c.ports.empty())
        b.add(QStringLiteral("ports"), listToYaml(c.ports, portToYaml));
    b.addNode(QStringLiteral("envFrom"), c.envFrom);
    if (!c.env.empty())
        b.add(QStringLiteral("env"), listToYaml(c.env, envToYaml));
    if (!c.resources.isEmpty())
        b.add(QStringLiteral("resources"), resourcesToYaml(c.resources));
    b.addString(QStringLiteral("restartPolicy"), c.restartPolicy);
    if (!c.volumeMounts.empty())
        b.add(QStringLiteral("volumeMounts"), listToYaml(c.volumeMounts, mountToYaml));
    if (c.livenessProbe)
        b.add(QStringLiteral("livenessProbe"), probeToYaml(*c.livenessProbe));
    if (c.readinessProbe)
        b.add(QStringLiteral("readinessProbe"), probeToYaml(*c.readinessProbe));
    if (c.startupProbe)
        b.add(QStringLiteral("startupProbe"), probeToYaml(*c.startupProbe));
    b.addNode(QStringLiteral("lifecycle"), c.lifecycle);
    b.addString(QStringLiteral("terminationMessagePath"), c.terminationMessagePath);
    b.addString(QStringLiteral("terminationMessagePolicy"), c.terminationMessagePolicy);
    b.addString(QStringLiteral("imagePullPolicy"), c.imagePullPolicy);
    b.addNode(QStringLiteral("securityContext"), c.securityContext);
    b.addBool(QStringLiteral("stdin"), c.stdin_);
    b.addBool(QStringLiteral("tty"), c.tty);
    return b.build();
}

YamlNode keyToPathToYaml(const KeyToPath &item)
{
    ObjectBuilder b(ApiObject::KeyToPath, item.extra);
    b.addString(QStringLiteral("key"), item.key);
    b.addString(QStringLiteral("path"), item.path);
    b.addMode(QStringLiteral("mode"), item.mode);
    return b.build();
}

YamlNode volumeToYaml(const Volume &v)
{
    ObjectBuilder b(ApiObject::Volume, v.extra);
    b.addString(QStringLiteral("name"), v.name);
    if (v.hostPath) {
        ObjectBuilder s(ApiObject::HostPathSource, v.hostPath->extra);
        s.addString(QStringLiteral("path"), v.hostPath->path);
        s.addString(QStringLiteral("type"), v.hostPath->type);
        b.add(QStringLiteral("hostPath"), s.build());
    }
    if (v.emptyDir) {
        ObjectBuilder s(ApiObject::EmptyDirSource, v.emptyDir->extra);
        s.addString(QStringLiteral("medium"), v.emptyDir->medium);
        s.addString(QStringLiteral("sizeLimit"), v.emptyDir->sizeLimit);
        b.add(QStringLiteral("emptyDir"), s.build());
    }
    if (v.secret) {
        ObjectBuilder s(ApiObject::SecretSource, v.secret->extra);
        s.addString(QStringLiteral("secretName"), v.secret->secretName);
        if (!v.secret->items.empty())
            s.add(QStringLiteral("items"), listToYaml(v.secret->items, keyToPathToYaml));
        s.addMode(QStringLiteral("defaultMode"), v.secret->defaultMode);
        s.addBool(QStringLiteral("optional"), v.secret->optional);
        b.add(QStringLiteral("secret"), s.build());
    }
    if (v.persistentVolumeClaim) {
        ObjectBuilder s(ApiObject::PersistentVolumeClaimSource, v.persistentVolumeClaim->extra);
        s.addString(QStringLiteral("claimName"), v.persistentVolumeClaim->claimName);
        s.addBool(QStringLiteral("readOnly"), v.persistentVolumeClaim->readOnly);
        b.add(QStringLiteral("persistentVolumeClaim"), s.build());
    }
    if (v.downwardAPI)
        b.add(QStringLiteral("downwardAPI"), *v.downwardAPI);
    if (v.configMap) {
        ObjectBuilder s(ApiObject::ConfigMapSource, v.configMap->extra);
        s.addString(QStringLiteral("name"), v.configMap->name);
        if (!v.configMap->items.empty())
            s.add(QStringLiteral("items"), listToYaml(v.configMap->items, keyToPathToYaml));
        s.addMode(QStringLiteral("defaultMode"), v.configMap->defaultMode);
        s.addBool(QStringLiteral("optional"), v.configMap->optional);
        b.add(QStringLiteral("configMap"), s.build());
    }
    if (v.projected)
        b.add(QStringLiteral("projected"), *v.projected);
    return b.build();
}

YamlNode specToYaml(const PodSpec &spec)
{
    ObjectBuilder b(ApiObject::PodSpec, spec.extra);
    if (!spec.initContainers.empty())
        b.add(QStringLiteral("initContainers"), listToYaml(spec.initContainers, containerToYaml));
    if (!spec.containers.empty())
        b.add(QStringLiteral("containers"), listToYaml(spec.containers, containerToYaml));
    if (!spec.volumes.empty())
        b.add(QStringLiteral("volumes"), listToYaml(spec.volumes, volumeToYaml));
    b.addString(QStringLiteral("restartPolicy"), spec.restartPolicy);
    b.addInt(QStringLiteral("terminationGracePeriodSeconds"), spec.terminationGracePeriodSeconds);
    b.addInt(QStringLiteral("activeDeadlineSeconds"), spec.activeDeadlineSeconds);
    b.addString(QStringLiteral("dnsPolicy"), spec.dnsPolicy);
    b.addMap(QStringLiteral("nodeSelector"), spec.nodeSelector);
    b.addString(QStringLiteral("serviceAccountName"), spec.serviceAccountName);
    b.addBool(QStringLiteral("hostNetwork"), spec.hostNetwork);
    b.addNode(QStringLiteral("securityContext"), spec.securityContext);
    b.addString(QStringLiteral("hostname"), spec.hostname);
    b.addString(QStringLiteral("subdomain"), spec.subdomain);
    b.addNode(QStringLiteral("affinity"), spec.affinity);
    b.addNode(QStringLiteral("tolerations"), spec.tolerations);
    return b.build();
}

bool isEmptyMeta(const ObjectMeta &meta)
{
    return meta == ObjectMeta {};
}

} // namespace

// Applied to every resource so that other kinds read the same way.
YamlNode canonicalTopLevel(const YamlNode &node)
{
    if (!node.isMap())
        return node;
    static const QStringList head = { QStringLiteral("apiVersion"), QStringLiteral("kind"),
                                      QStringLiteral("metadata"), QStringLiteral("spec") };
    YamlNode result = YamlNode::map();
    for (const QString &key : head) {
        const YamlNode *value = node.find(key);
        if (!value)
            continue;
        if (key == QLatin1String("metadata") && value->isMap()) {
            ObjectBuilder meta(ApiObject::ObjectMeta, *value);
            result.appendEntry(key, meta.build());
        } else {
            result.appendEntry(key, *value);
        }
    }
    for (const auto &[key, value] : node.entries()) {
        if (!head.contains(key))
            result.appendEntry(key, value);
    }
    return result;
}

YamlNode podTemplateToYaml(const Pod &pod)
{
    ObjectBuilder b(ApiObject::PodTemplateSpec, pod.extra);
    if (!isEmptyMeta(pod.metadata))
        b.add(QStringLiteral("metadata"), metaToYaml(pod.metadata));
    // An empty spec is still written (a pod has one), unless `extra` holds a spec of the
    // wrong type that must be written back instead.
    if (!(pod.spec == PodSpec {} && pod.extra.contains(QStringLiteral("spec"))))
        b.add(QStringLiteral("spec"), specToYaml(pod.spec));
    return b.build();
}

YamlNode podToYaml(const Pod &pod)
{
    ObjectBuilder b(ApiObject::Pod, pod.extra);
    b.addString(QStringLiteral("apiVersion"), pod.apiVersion);
    b.addString(QStringLiteral("kind"), pod.kind);
    if (!isEmptyMeta(pod.metadata))
        b.add(QStringLiteral("metadata"), metaToYaml(pod.metadata));
    // An empty spec is still written (a pod has one), unless `extra` holds a spec of the
    // wrong type that must be written back instead.
    if (!(pod.spec == PodSpec {} && pod.extra.contains(QStringLiteral("spec"))))
        b.add(QStringLiteral("spec"), specToYaml(pod.spec));
    return b.build();
}

YamlNode resourceToYaml(const ManifestResource &resource)
{
    switch (resource.kind) {
    case ManifestResource::Kind::Pod: return podToYaml(resource.pod);
    case ManifestResource::Kind::Workload: {
        YamlNode node = resource.node;
        YamlNode *cursor = &node;
        const QStringList steps = resource.templatePath.split(QLatin1Char('.'));
        for (qsizetype i = 0; cursor && i + 1 < steps.size(); ++i)
            cursor = cursor->find(steps.at(i));
        if (cursor && cursor->isMap())
            cursor->insert(steps.last(), podTemplateToYaml(resource.pod));
        return canonicalTopLevel(node);
    }
    case ManifestResource::Kind::Other: break;
    }
    return canonicalTopLevel(resource.node);
}

} // namespace podwright
