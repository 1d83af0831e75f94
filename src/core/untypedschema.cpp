#include "fieldschema.h"

namespace podwright {

namespace {

using FieldTypes = QHash<QString, QString>;

/// "name:Type name2 name3:[]Type" -> {name: Type, name2: "", name3: []Type}
FieldTypes fields(const char *spec)
{
    FieldTypes result;
    for (const QString &entry :
         QString::fromLatin1(spec).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon < 0)
            result.insert(entry, QString());
        else
            result.insert(entry.left(colon), entry.mid(colon + 1));
    }
    return result;
}

// From k8s.io/api core/v1 types.go (Kubernetes 1.34). Subtrees whose schema is large and
// rarely hand-written (affinity terms, podCertificate) are checked only at their top level.
const QHash<QString, FieldTypes> &schema()
{
    static const QHash<QString, FieldTypes> types = {
        { QStringLiteral("SecurityContext"),
          fields("capabilities:Capabilities privileged seLinuxOptions:SELinuxOptions "
                 "windowsOptions:WindowsSecurityContextOptions runAsUser runAsGroup runAsNonRoot "
                 "readOnlyRootFilesystem allowPrivilegeEscalation procMount "
                 "seccompProfile:SeccompProfile appArmorProfile:AppArmorProfile") },
        { QStringLiteral("PodSecurityContext"),
          fields("seLinuxOptions:SELinuxOptions windowsOptions:WindowsSecurityContextOptions "
                 "runAsUser runAsGroup runAsNonRoot supplementalGroups supplementalGroupsPolicy "
                 "fsGroup sysctls:[]Sysctl fsGroupChangePolicy seccompProfile:SeccompProfile "
                 "appArmorProfile:AppArmorProfile seLinuxChangePolicy") },
        { QStringLiteral("Capabilities"), fields("add drop") },
        { QStringLiteral("SELinuxOptions"), fields("user role type level") },
        { QStringLiteral("WindowsSecurityContextOptions"),
          fields("gmsaCredentialSpecName gmsaCredentialSpec runAsUserName hostProcess") },
        { QStringLiteral("SeccompProfile"), fields("type localhostProfile") },
        { QStringLiteral("AppArmorProfile"), fields("type localhostProfile") },
        { QStringLiteral("Sysctl"), fields("name value") },
        { QStringLiteral("Lifecycle"),
          fields("postStart:LifecycleHandler preStop:LifecycleHandler stopSignal") },
        { QStringLiteral("LifecycleHandler"),
          fields("exec:ExecAction httpGet:HTTPGetAction tcpSocket:TCPSocketAction "
                 "sleep:SleepAction") },
        { QStringLiteral("ExecAction"), fields("command") },
        { QStringLiteral("HTTPGetAction"),
          fields("path port host scheme httpHeaders:[]HTTPHeader") },
        { QStringLiteral("TCPSocketAction"), fields("port host") },
        { QStringLiteral("SleepAction"), fields("seconds") },
        { QStringLiteral("HTTPHeader"), fields("name value") },
        { QStringLiteral("EnvVarSource"),
          fields("fieldRef:ObjectFieldSelector resourceFieldRef:ResourceFieldSelector "
                 "configMapKeyRef:ConfigMapKeySelector secretKeyRef:SecretKeySelector "
                 "fileKeyRef:FileKeySelector") },
        { QStringLiteral("ObjectFieldSelector"), fields("apiVersion fieldPath") },
        { QStringLiteral("ResourceFieldSelector"), fields("containerName resource divisor") },
        { QStringLiteral("ConfigMapKeySelector"), fields("name key optional") },
        { QStringLiteral("SecretKeySelector"), fields("name key optional") },
        { QStringLiteral("FileKeySelector"), fields("volumeName path key optional") },
        { QStringLiteral("EnvFromSource"),
          fields("prefix configMapRef:ConfigMapEnvSource secretRef:SecretEnvSource") },
        { QStringLiteral("ConfigMapEnvSource"), fields("name optional") },
        { QStringLiteral("SecretEnvSource"), fields("name optional") },
        { QStringLiteral("Toleration"), fields("key operator value effect tolerationSeconds") },
        { QStringLiteral("Affinity"), fields("nodeAffinity podAffinity podAntiAffinity") },
        { QStringLiteral("ProjectedVolumeSource"),
          fields("sources:[]VolumeProjection defaultMode") },
        { QStringLiteral("VolumeProjection"),
          fields("secret:SecretProjection downwardAPI:DownwardAPIProjection "
                 "configMap:ConfigMapProjection serviceAccountToken:ServiceAccountTokenProjection "
                 "clusterTrustBundle:ClusterTrustBundleProjection podCertificate") },
        { QStringLiteral("SecretProjection"), fields("name items:[]KeyToPath optional") },
        { QStringLiteral("ConfigMapProjection"), fields("name items:[]KeyToPath optional") },
        { QStringLiteral("DownwardAPIProjection"), fields("items:[]DownwardAPIVolumeFile") },
        { QStringLiteral("ServiceAccountTokenProjection"),
          fields("audience expirationSeconds path") },
        { QStringLiteral("ClusterTrustBundleProjection"),
          fields("name signerName labelSelector optional path") },
        { QStringLiteral("DownwardAPIVolumeSource"),
          fields("items:[]DownwardAPIVolumeFile defaultMode") },
        { QStringLiteral("DownwardAPIVolumeFile"),
          fields("path fieldRef:ObjectFieldSelector resourceFieldRef:ResourceFieldSelector mode") },
        { QStringLiteral("KeyToPath"), fields("key path mode") },
    };
    return types;
}

} // namespace

const QHash<QString, QString> *untypedApiFields(const QString &type)
{
    const auto &types = schema();
    const auto it = types.constFind(type);
    return it == types.constEnd() ? nullptr : &it.value();
}

} // namespace podwright
