#include "importcontext.h"

namespace podwright {

namespace {

using Expected = ImportContext::Expected;

ContainerPort readPort(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    ContainerPort port;
    ctx.readFields(node, path, ApiObject::ContainerPort, port.extra,
                   [&](const QString &key, const YamlNode &v, const QString &p) {
                       if (key == QLatin1String("name"))
                           return ctx.readString(v, p, port.name);
                       if (key == QLatin1String("containerPort"))
                           return ctx.readInt(v, p, port.containerPort);
                       if (key == QLatin1String("hostPort"))
                           return ctx.readInt(v, p, port.hostPort);
                       if (key == QLatin1String("protocol"))
                           return ctx.readString(v, p, port.protocol);
                       if (key == QLatin1String("hostIP"))
                           return ctx.readString(v, p, port.hostIP);
                       return false;
                   });
    return port;
}

EnvVar readEnv(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    EnvVar env;
    ctx.readFields(node, path, ApiObject::EnvVar, env.extra,
                   [&](const QString &key, const YamlNode &v, const QString &p) {
                       if (key == QLatin1String("name"))
                           return ctx.readString(v, p, env.name);
                       if (key == QLatin1String("value"))
                           return ctx.readString(v, p, env.value);
                       if (key == QLatin1String("valueFrom"))
                           return ctx.readNode(v, p, env.valueFrom, Expected::Object,
                                               QStringLiteral("EnvVarSource"));
                       return false;
                   });
    return env;
}

VolumeMount readMount(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    VolumeMount mount;
    ctx.readFields(node, path, ApiObject::VolumeMount, mount.extra,
                   [&](const QString &key, const YamlNode &v, const QString &p) {
                       if (key == QLatin1String("name"))
                           return ctx.readString(v, p, mount.name);
                       if (key == QLatin1String("mountPath"))
                           return ctx.readString(v, p, mount.mountPath);
                       if (key == QLatin1String("subPath"))
                           return ctx.readString(v, p, mount.subPath);
                       if (key == QLatin1String("subPathExpr"))
                           return ctx.readString(v, p, mount.subPathExpr);
                       if (key == QLatin1String("readOnly"))
                           return ctx.readBool(v, p, mount.readOnly);
                       if (key == QLatin1String("mountPropagation"))
                           return ctx.readString(v, p, mount.mountPropagation);
                       return false;
                   });
    return mount;
}

ResourceRequirements readResources(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    ResourceRequirements resources;
    ctx.readFields(node, path, ApiObject::ResourceRequirements, resources.extra,
                   [&](const QString &key, const YamlNode &v, const QString &p) {
                       if (key == QLatin1String("limits"))
                           return ctx.readStringMap(v, p, resources.limits, true);
                       if (key == QLatin1String("requests"))
                           return ctx.readStringMap(v, p, resources.requests, true);
                       return false;
                   });
    return resources;
}

/// A probe handler (exec, httpGet, tcpSocket, grpc): an object read into `T` by `readInto`.
template<typename T, typename ReadInto>
bool readHandler(const YamlNode &v, const QString &p, ApiObject object, std::optional<T> &out,
                 ImportContext &ctx, ReadInto &&readInto)
{
    if (v.isNullValue() && !v.isQuoted())
        return true;
    if (!ctx.expectMap(v, p))
        return false;
    T handler;
    ctx.readFields(v, p, object, handler.extra,
                   [&](const QString &key, const YamlNode &value, const QString &path) {
                       return readInto(handler, key, value, path);
                   });
    out = std::move(handler);
    return true;
}

bool readProbe(const YamlNode &node, const QString &path, std::optional<Probe> &out,
               ImportContext &ctx)
{
    if (node.isNullValue() && !node.isQuoted())
        return true;
    if (!ctx.expectMap(node, path))
        return false;
    Probe probe;
    ctx.readFields(
        node, path, ApiObject::Probe, probe.extra,
        [&](const QString &key, const YamlNode &v, const QString &p) {
            if (key == QLatin1String("exec")) {
                return readHandler(
                    v, p, ApiObject::ExecAction, probe.exec, ctx,
                    [&](ExecAction &h, const QString &k, const YamlNode &value, const QString &fp) {
                        return k == QLatin1String("command")
                            && ctx.readStringList(value, fp, h.command);
                    });
            }
            if (key == QLatin1String("httpGet")) {
                return readHandler(v, p, ApiObject::HttpGetAction, probe.httpGet, ctx,
                                   [&](HttpGetAction &h, const QString &k, const YamlNode &value,
                                       const QString &fp) {
                                       if (k == QLatin1String("path"))
                                           return ctx.readString(value, fp, h.path);
                                       if (k == QLatin1String("port"))
                                           return ctx.readIntOrString(value, fp, h.port);
                                       if (k == QLatin1String("host"))
                                           return ctx.readString(value, fp, h.host);
                                       if (k == QLatin1String("scheme"))
                                           return ctx.readString(value, fp, h.scheme);
                                       if (k == QLatin1String("httpHeaders"))
                                           return ctx.readNode(value, fp, h.httpHeaders,
                                                               Expected::List,
                                                               QStringLiteral("[]HTTPHeader"));
                                       return false;
                                   });
            }
            if (key == QLatin1String("tcpSocket")) {
                return readHandler(v, p, ApiObject::TcpSocketAction, probe.tcpSocket, ctx,
                                   [&](TcpSocketAction &h, const QString &k, const YamlNode &value,
                                       const QString &fp) {
                                       if (k == QLatin1String("port"))
                                           return ctx.readIntOrString(value, fp, h.port);
                                       if (k == QLatin1String("host"))
                                           return ctx.readString(value, fp, h.host);
                                       return false;
                                   });
            }
            if (key == QLatin1String("grpc")) {
                return readHandler(
                    v, p, ApiObject::GrpcAction, probe.grpc, ctx,
                    [&](GrpcAction &h, const QString &k, const YamlNode &value, const QString &fp) {
                        if (k == QLatin1String("port"))
                            return ctx.readInt(value, fp, h.port);
                        if (k == QLatin1String("service"))
                            return ctx.readString(value, fp, h.service);
                        return false;
                    });
            }
            if (key == QLatin1String("initialDelaySeconds"))
                return ctx.readInt(v, p, probe.initialDelaySeconds);
            if (key == QLatin1String("timeoutSeconds"))
                return ctx.readInt(v, p, probe.timeoutSeconds);
            if (key == QLatin1String("periodSeconds"))
                return ctx.readInt(v, p, probe.periodSeconds);
            if (key == QLatin1String("successThreshold"))
                return ctx.readInt(v, p, probe.successThreshold);
            if (key == QLatin1String("failureThreshold"))
                return ctx.readInt(v, p, probe.failureThreshold);
            if (key == QLatin1String("terminationGracePeriodSeconds"))
                return ctx.readInt(v, p, probe.terminationGracePeriodSeconds);
            return false;
        });
    out = std::move(probe);
    return true;
}

} // namespace

Container readContainer(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    Container c;
    ctx.readFields(
        node, path, ApiObject::Container, c.extra,
        [&](const QString &key, const YamlNode &v, const QString &p) {
            if (key == QLatin1String("name"))
                return ctx.readString(v, p, c.name);
            if (key == QLatin1String("image"))
                return ctx.readString(v, p, c.image);
            if (key == QLatin1String("command"))
                return ctx.readStringList(v, p, c.command);
            if (key == QLatin1String("args"))
                return ctx.readStringList(v, p, c.args);
            if (key == QLatin1String("workingDir"))
                return ctx.readString(v, p, c.workingDir);
            if (key == QLatin1String("ports"))
                return ctx.readObjectList(v, p, c.ports, [&](const YamlNode &n, const QString &ip) {
                    return readPort(n, ip, ctx);
                });
            if (key == QLatin1String("envFrom"))
                return ctx.readNode(v, p, c.envFrom, Expected::List,
                                    QStringLiteral("[]EnvFromSource"));
            if (key == QLatin1String("env"))
                return ctx.readObjectList(v, p, c.env, [&](const YamlNode &n, const QString &ip) {
                    return readEnv(n, ip, ctx);
                });
            if (key == QLatin1String("resources")) {
                if (!ctx.expectMap(v, p))
                    return false;
                c.resources = readResources(v, p, ctx);
                return true;
            }
            if (key == QLatin1String("volumeMounts"))
                return ctx.readObjectList(
                    v, p, c.volumeMounts,
                    [&](const YamlNode &n, const QString &ip) { return readMount(n, ip, ctx); });
            if (key == QLatin1String("livenessProbe"))
                return readProbe(v, p, c.livenessProbe, ctx);
            if (key == QLatin1String("readinessProbe"))
                return readProbe(v, p, c.readinessProbe, ctx);
            if (key == QLatin1String("startupProbe"))
                return readProbe(v, p, c.startupProbe, ctx);
            if (key == QLatin1String("lifecycle"))
                return ctx.readNode(v, p, c.lifecycle, Expected::Object,
                                    QStringLiteral("Lifecycle"));
            if (key == QLatin1String("terminationMessagePath"))
                return ctx.readString(v, p, c.terminationMessagePath);
            if (key == QLatin1String("terminationMessagePolicy"))
                return ctx.readString(v, p, c.terminationMessagePolicy);
            if (key == QLatin1String("imagePullPolicy"))
                return ctx.readString(v, p, c.imagePullPolicy);
            if (key == QLatin1String("securityContext"))
                return ctx.readNode(v, p, c.securityContext, Expected::Object,
                                    QStringLiteral("SecurityContext"));
            if (key == QLatin1String("restartPolicy"))
                return ctx.readString(v, p, c.restartPolicy);
            if (key == QLatin1String("stdin"))
                return ctx.readBool(v, p, c.stdin_);
            if (key == QLatin1String("tty"))
                return ctx.readBool(v, p, c.tty);
            return false;
        });
    return c;
}

} // namespace podwright
