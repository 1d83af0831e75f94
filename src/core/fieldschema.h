#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace podwright {

/// The v1 API objects whose fields Podwright checks on import and orders on export.
enum class ApiObject {
    Pod,
    PodTemplateSpec,
    ObjectMeta,
    PodSpec,
    Container,
    ContainerPort,
    EnvVar,
    ResourceRequirements,
    VolumeMount,
    Probe,
    ExecAction,
    HttpGetAction,
    TcpSocketAction,
    GrpcAction,
    Volume,
    KeyToPath,
    EmptyDirSource,
    HostPathSource,
    ConfigMapSource,
    SecretSource,
    PersistentVolumeClaimSource,
};

/**
 * Every JSON field name the Kubernetes API defines for `object` (k8s.io/api/core/v1
 * types.go, k8s.io/apimachinery ObjectMeta), in export order: the Go struct's field order,
 * except that `name` comes first in every named object (as kubectl and the docs write it)
 * and PodSpec starts with initContainers, containers, volumes.
 *
 * A field in this list that the model does not type is kept in `extra` silently; a field
 * not in it is reported as unknown, as `kubectl apply` with strict field validation does.
 */
const QStringList &apiFields(ApiObject object);

bool isApiField(ApiObject object, const QString &field);

/// The known field of `object` closest to `field` (a likely typo), or an empty string.
QString suggestApiField(ApiObject object, const QString &field);

/// The name in `fields` closest to `field`, at most two edits away, or an empty string.
QString closestField(const QStringList &fields, const QString &field);

/**
 * Field lists of the v1 objects the model keeps untyped (securityContext, lifecycle,
 * valueFrom, envFrom, tolerations, projected and downwardAPI volumes, httpHeaders...), for
 * the same strict unknown-field check. `type` names the Go type ("SecurityContext"); each
 * field maps to the type of its value: an object type, "[]Type" for a list of objects, or
 * an empty string for a plain value or a subtree that is not checked further.
 */
const QHash<QString, QString> *untypedApiFields(const QString &type);

} // namespace podwright
