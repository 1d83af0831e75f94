#pragma once

#include "yamlnode.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/**
 * The typed model of a Kubernetes v1 Pod.
 *
 * Field names follow the Kubernetes API (k8s.io/api/core/v1). Every struct has an `extra` map
 * that keeps, in source order, each field the model does not type: import then export never
 * loses data. A QString that is empty means "not set"; optional<> is used where zero/false
 * and "not set" differ. Subtrees that are validated but rarely edited (affinity,
 * securityContext, lifecycle, valueFrom...) are kept as YamlNode.
 */
namespace podwright {

/// An ordered string map (labels, annotations, nodeSelector, resource lists): the order the
/// user wrote is kept, so the YAML pane does not reshuffle what they typed.
using StringMap = std::vector<std::pair<QString, QString>>;

QString stringMapValue(const StringMap &map, const QString &key);
void setStringMapValue(StringMap &map, const QString &key, const QString &value);

struct ObjectMeta {
    QString name;
    QString generateName;
    QString namespace_;
    StringMap labels;
    StringMap annotations;
    YamlNode extra;
    bool operator==(const ObjectMeta &) const = default;
};

struct ContainerPort {
    QString name;
    std::optional<qint64> containerPort;
    std::optional<qint64> hostPort;
    QString protocol; ///< TCP (default), UDP, SCTP
    QString hostIP;
    YamlNode extra;
    bool operator==(const ContainerPort &) const = default;
};

struct EnvVar {
    QString name;
    std::optional<QString> value;
    YamlNode valueFrom; ///< fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef
    YamlNode extra;
    bool operator==(const EnvVar &) const = default;
};

/// Quantities are kept as written ("500m", "128Mi", "1e3"); see quantity.h to parse them.
struct ResourceRequirements {
    StringMap limits;
    StringMap requests;
    YamlNode extra; ///< claims...
    bool operator==(const ResourceRequirements &) const = default;
    bool isEmpty() const { return limits.empty() && requests.empty() && extra.entries().empty(); }
};

struct VolumeMount {
    QString name;
    QString mountPath;
    QString subPath;
    QString subPathExpr;
    std::optional<bool> readOnly;
    QString mountPropagation;
    YamlNode extra;
    bool operator==(const VolumeMount &) const = default;
};

/// An int-or-string field (IntOrString in the API), e.g. a probe's port: 8080 or "http".
struct IntOrString {
    QString text;
    bool isInt = false;
    bool isSet() const { return !text.isEmpty(); }
    bool operator==(const IntOrString &) const = default;
};

struct ExecAction {
    QStringList command;
    YamlNode extra;
    bool operator==(const ExecAction &) const = default;
};

struct HttpGetAction {
    QString path;
    IntOrString port;
    QString host;
    QString scheme; ///< HTTP (default) or HTTPS
    YamlNode httpHeaders;
    YamlNode extra;
    bool operator==(const HttpGetAction &) const = default;
};

struct TcpSocketAction {
    IntOrString port;
    QString host;
    YamlNode extra;
    bool operator==(const TcpSocketAction &) const = default;
};

struct GrpcAction {
    std::optional<qint64> port;
    std::optional<QString> service;
    YamlNode extra;
    bool operator==(const GrpcAction &) const = default;
};

struct Probe {
    std::optional<ExecAction> exec;
    std::optional<HttpGetAction> httpGet;
    std::optional<TcpSocketAction> tcpSocket;
    std::optional<GrpcAction> grpc;
    std::optional<qint64> initialDelaySeconds;
    std::optional<qint64> timeoutSeconds;
    std::optional<qint64> periodSeconds;
    std::optional<qint64> successThreshold;
    std::optional<qint64> failureThreshold;
    std::optional<qint64> terminationGracePeriodSeconds;
    YamlNode extra;
    bool operator==(const Probe &) const = default;
};

struct Container {
    QString name;
    QString image;
    QStringList command;
    QStringList args;
    QString workingDir;
    std::vector<ContainerPort> ports;
    YamlNode envFrom; ///< sequence of {configMapRef|secretRef, prefix}
    std::vector<EnvVar> env;
    ResourceRequirements resources;
    std::vector<VolumeMount> volumeMounts;
    std::optional<Probe> livenessProbe;
    std::optional<Probe> readinessProbe;
    std::optional<Probe> startupProbe;
    YamlNode lifecycle;
    QString terminationMessagePath;
    QString terminationMessagePolicy;
    QString imagePullPolicy;
    YamlNode securityContext;
    QString restartPolicy; ///< only on init containers: "Always" makes a native sidecar
    std::optional<bool> stdin_;
    std::optional<bool> tty;
    YamlNode extra;
    bool operator==(const Container &) const = default;

    bool isSidecar() const { return restartPolicy == QLatin1String("Always"); }
};

struct KeyToPath {
    QString key;
    QString path;
    std::optional<qint64> mode;
    YamlNode extra;
    bool operator==(const KeyToPath &) const = default;
};

struct EmptyDirSource {
    QString medium; ///< "" or Memory
    QString sizeLimit;
    YamlNode extra;
    bool operator==(const EmptyDirSource &) const = default;
};

struct HostPathSource {
    QString path;
    std::optional<QString> type; ///< "", DirectoryOrCreate, Directory, FileOrCreate, File, Socket,
                                 ///< CharDevice, BlockDevice
    YamlNode extra;
    bool operator==(const HostPathSource &) const = default;
};

struct ConfigMapSource {
    QString name;
    std::vector<KeyToPath> items;
    std::optional<qint64> defaultMode;
    std::optional<bool> optional;
    YamlNode extra;
    bool operator==(const ConfigMapSource &) const = default;
};

struct SecretSource {
    QString secretName;
    std::vector<KeyToPath> items;
    std::optional<qint64> defaultMode;
    std::optional<bool> optional;
    YamlNode extra;
    bool operator==(const SecretSource &) const = default;
};

struct PersistentVolumeClaimSource {
    QString claimName;
    std::optional<bool> readOnly;
    YamlNode extra;
    bool operator==(const PersistentVolumeClaimSource &) const = default;
};

struct Volume {
    QString name;
    std::optional<EmptyDirSource> emptyDir;
    std::optional<HostPathSource> hostPath;
    std::optional<ConfigMapSource> configMap;
    std::optional<SecretSource> secret;
    std::optional<PersistentVolumeClaimSource> persistentVolumeClaim;
    std::optional<YamlNode>
        projected; ///< sources: serviceAccountToken, configMap, secret, downwardAPI
    std::optional<YamlNode> downwardAPI; ///< items, defaultMode
    YamlNode extra; ///< any other volume source (nfs, csi, ...) stays here
    bool operator==(const Volume &) const = default;

    enum class SourceKind {
        None,
        EmptyDir,
        HostPath,
        ConfigMap,
        Secret,
        PersistentVolumeClaim,
        Projected,
        DownwardAPI,
        Other
    };
    /// The first source set, for display; validation checks that there is exactly one.
    SourceKind sourceKind() const;
    static QString sourceKindName(SourceKind kind); ///< "emptyDir", "hostPath", ...
};

struct PodSpec {
    std::vector<Volume> volumes;
    std::vector<Container> initContainers;
    std::vector<Container> containers;
    QString restartPolicy; ///< Always (default), OnFailure, Never
    std::optional<qint64> terminationGracePeriodSeconds;
    std::optional<qint64> activeDeadlineSeconds;
    QString dnsPolicy;
    StringMap nodeSelector;
    QString serviceAccountName;
    std::optional<bool> hostNetwork;
    QString hostname;
    QString subdomain;
    YamlNode securityContext;
    YamlNode tolerations;
    YamlNode affinity;
    YamlNode extra; ///< hostAliases, dnsConfig, topologySpreadConstraints, ...
    bool operator==(const PodSpec &) const = default;
};

struct Pod {
    QString apiVersion = QStringLiteral("v1");
    QString kind = QStringLiteral("Pod");
    ObjectMeta metadata;
    PodSpec spec;
    YamlNode extra; ///< status, ...
    bool operator==(const Pod &) const = default;

    /// A container of either list, addressed the way Kubernetes field paths do.
    const Container *findContainer(const QString &name) const;
};

} // namespace podwright
