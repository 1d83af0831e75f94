#include "fieldschema.h"

#include <QSet>

#include <array>

namespace podwright {

namespace {

QStringList split(const char *fields)
{
    return QString::fromLatin1(fields).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Field lists transcribed from k8s.io/api core/v1 types.go (Kubernetes 1.34) and
// k8s.io/apimachinery meta/v1 ObjectMeta. Feature-gated alpha fields are included: a
// cluster with the gate off drops them, it does not reject them as unknown.
struct Schema {
    std::array<QStringList, 21> fields;
    std::array<QSet<QString>, 21> sets;

    Schema()
    {
        set(ApiObject::Pod, "apiVersion kind metadata spec status");
        set(ApiObject::PodTemplateSpec, "metadata spec");
        set(ApiObject::ObjectMeta,
            "name generateName namespace labels annotations selfLink uid resourceVersion "
            "generation creationTimestamp deletionTimestamp deletionGracePeriodSeconds "
            "ownerReferences finalizers managedFields");
        set(ApiObject::PodSpec,
            "initContainers containers volumes ephemeralContainers restartPolicy "
            "terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy nodeSelector "
            "serviceAccountName serviceAccount automountServiceAccountToken nodeName "
            "hostNetwork hostPID hostIPC shareProcessNamespace securityContext "
            "imagePullSecrets hostname subdomain affinity schedulerName tolerations "
            "hostAliases priorityClassName priority dnsConfig readinessGates "
            "runtimeClassName enableServiceLinks preemptionPolicy overhead "
            "topologySpreadConstraints setHostnameAsFQDN os hostUsers schedulingGates "
            "resourceClaims resources hostnameOverride workloadRef");
        set(ApiObject::Container,
            "name image command args workingDir ports envFrom env resources resizePolicy "
            "restartPolicy restartPolicyRules volumeMounts volumeDevices livenessProbe "
            "readinessProbe startupProbe lifecycle terminationMessagePath "
            "terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty");
        // containerPort before hostPort (Go has hostPort first): the port the container listens on
        // is what a reader looks for, and the docs list it first.
        set(ApiObject::ContainerPort, "name containerPort hostPort protocol hostIP");
        set(ApiObject::EnvVar, "name value valueFrom");
        set(ApiObject::ResourceRequirements, "limits requests claims");
        set(ApiObject::VolumeMount,
            "name readOnly recursiveReadOnly mountPath subPath mountPropagation subPathExpr");
        set(ApiObject::Probe,
            "exec httpGet tcpSocket grpc initialDelaySeconds timeoutSeconds periodSeconds "
            "successThreshold failureThreshold terminationGracePeriodSeconds");
        set(ApiObject::ExecAction, "command");
        set(ApiObject::HttpGetAction, "path port host scheme httpHeaders");
        set(ApiObject::TcpSocketAction, "port host");
        set(ApiObject::GrpcAction, "port service");
        set(ApiObject::Volume,
            "name hostPath emptyDir gcePersistentDisk awsElasticBlockStore gitRepo secret nfs "
            "iscsi glusterfs persistentVolumeClaim rbd flexVolume cinder cephfs flocker "
            "downwardAPI fc azureFile configMap vsphereVolume quobyte azureDisk "
            "photonPersistentDisk projected portworxVolume scaleIO storageos csi ephemeral "
            "image");
        set(ApiObject::KeyToPath, "key path mode");
        set(ApiObject::EmptyDirSource, "medium sizeLimit");
        set(ApiObject::HostPathSource, "path type");
        set(ApiObject::ConfigMapSource, "name items defaultMode optional");
        set(ApiObject::SecretSource, "secretName items defaultMode optional");
        set(ApiObject::PersistentVolumeClaimSource, "claimName readOnly");
    }

    void set(ApiObject object, const char *names)
    {
        const auto index = static_cast<std::size_t>(object);
        fields[index] = split(names);
        sets[index] = QSet<QString>(fields[index].begin(), fields[index].end());
    }
};

const Schema &schema()
{
    static const Schema instance;
    return instance;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[static_cast<std::size_t>(j)];
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            row[static_cast<std::size_t>(j)] = std::min(
                { above + 1, row[static_cast<std::size_t>(j - 1)] + 1, diagonal + cost });
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

const QStringList &apiFields(ApiObject object)
{
    return schema().fields[static_cast<std::size_t>(object)];
}

bool isApiField(ApiObject object, const QString &field)
{
    return schema().sets[static_cast<std::size_t>(object)].contains(field);
}

QString suggestApiField(ApiObject object, const QString &field)
{
    return closestField(apiFields(object), field);
}

QString closestField(const QStringList &fields, const QString &field)
{
    QString best;
    int bestDistance = 3; // more than two edits away is a different word, not a typo
    for (const QString &candidate : fields) {
        const int d = editDistance(field, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace podwright
