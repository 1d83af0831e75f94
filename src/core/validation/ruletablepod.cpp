#include "ruletable.h"

#include <QCoreApplication>

namespace podwright::validation {

// Kubernetes API rules for volumes, mounts, probes, resources and the pod spec.
static const RuleEntry entries[] = {
    { "volume-name-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Volumes need a name"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "Each volume needs a name that volumeMounts refer to, e.g. \"data\"."),
      "validation.go ValidateVolumes" },
    { "volume-name-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Volume names must be DNS labels"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A volume name may contain only lowercase letters, digits and \"-\", start and end "
          "with a letter or digit, and be at most 63 characters."),
      "validation.go ValidateVolumes" },
    { "volume-name-duplicate", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Volume names must be unique"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Two volumes of the pod have the same name, so a mount could not say which it means. "
          "Rename one."),
      "validation.go ValidateVolumes" },
    { "volume-source-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "A volume needs a type"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "A volume must say what it is: emptyDir: {}, hostPath, configMap, secret, "
                        "persistentVolumeClaim, projected, downwardAPI..."),
      "validation.go validateVolumeSource" },
    { "volume-source-multiple", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "A volume has exactly one type"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each volume entry may have only one source (e.g. emptyDir or configMap, not both). "
          "Split it into two volumes."),
      "validation.go validateVolumeSource" },
    { "volume-source-name-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "configMap, secret and PVC volumes must name their object"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "A configMap volume needs name, a secret volume needs secretName, and a "
                        "persistentVolumeClaim volume needs claimName."),
      "validation.go validateConfigMapVolumeSource / validateSecretVolumeSource / "
      "validatePersistentClaimVolumeSource" },
    { "host-path-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "hostPath needs a path without \"..\""),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "hostPath.path is the directory or file on the node to mount; it is required and may "
          "not contain \"..\"."),
      "validation.go validateHostPathVolumeSource" },
    { "host-path-type-unsupported", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "hostPath type has fixed values"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "hostPath.type is \"\", DirectoryOrCreate, Directory, FileOrCreate, File, Socket, "
          "CharDevice or BlockDevice."),
      "validation.go validateHostPathType" },
    { "volume-file-mode-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "File modes are 0 to 0777"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "defaultMode and mode are Unix permission bits between 0 and 0777. In YAML write them "
          "in octal with a leading 0 (0644) or in decimal (420)."),
      "validation.go validateKeyToPath (fileModeErrorMsg)" },
    { "volume-item-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Volume items need a key and a relative path"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each item maps a key to a file path inside the volume; the path must be relative and "
          "may not contain \"..\"."),
      "validation.go validateKeyToPath / ValidateLocalNonReservedPath" },
    { "projected-source-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Projected sources must be distinct"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each source of a projected volume has exactly one type, files may not share a path, "
          "and a serviceAccountToken needs a relative path."),
      "validation.go validateProjectionSources" },
    { "projected-token-expiration-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Token expiration is 10 minutes to 2^32 seconds"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "serviceAccountToken.expirationSeconds must be at least 600 (10 minutes) and at most "
          "4294967296."),
      "validation.go validateProjectionSources" },
    { "downward-api-item-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "downwardAPI items need a path and one field"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each downwardAPI item needs a relative path and exactly one of fieldRef "
          "(metadata.name, labels, annotations...) or resourceFieldRef (with containerName)."),
      "validation.go validateDownwardAPIVolumeFile" },
    { "volume-mount-name-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Volume mounts need a name"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "A volumeMount says which volume to mount by its name."),
      "validation.go ValidateVolumeMounts" },
    { "volume-mount-not-found", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Mounts must name a volume of the pod"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "The mount names a volume that spec.volumes does not define (or defines with errors). "
          "Add the volume or fix the name."),
      "validation.go ValidateVolumeMounts" },
    { "volume-mount-path-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Volume mounts need a mountPath"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "mountPath is where the volume appears inside the container, e.g. /data."),
      "validation.go ValidateVolumeMounts" },
    { "volume-mount-path-duplicate", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "mountPath must be unique in a container"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Two mounts of the same container use the same mountPath; only one can be there. "
          "Change one path."),
      "validation.go ValidateVolumeMounts" },
    { "volume-mount-subpath-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "subPath must be relative, without \"..\""),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "subPath (or subPathExpr, but not both) selects a directory inside the volume; it must "
          "be a relative path without \"..\"."),
      "validation.go ValidateVolumeMounts" },
    { "volume-mount-propagation-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "mountPropagation has three values"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "mountPropagation is None, HostToContainer or Bidirectional; Bidirectional also needs "
          "a privileged container."),
      "validation.go validateMountPropagation" },
    { "probe-handler-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Probes and hooks need a handler"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A probe or lifecycle hook must say how to check: exec, httpGet, tcpSocket or grpc "
          "(hooks: exec, httpGet, tcpSocket or sleep)."),
      "validation.go validateHandler" },
    { "probe-handler-multiple", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Probes and hooks have exactly one handler"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Use only one of exec, httpGet, tcpSocket, grpc (or sleep for hooks) in a probe or "
          "hook."),
      "validation.go validateHandler" },
    { "probe-exec-command-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "exec handlers need a command"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "exec.command is the program to run, as a list, e.g. [\"cat\", \"/tmp/healthy\"]."),
      "validation.go validateExecAction" },
    { "probe-port-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Probe ports are numbers or port names"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A probe port is a number from 1 to 65535 or the name of a container port, e.g. 8080 "
          "or \"http\"."),
      "validation.go ValidatePortNumOrName" },
    { "probe-scheme-unsupported", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "httpGet scheme is HTTP or HTTPS"),
      QT_TRANSLATE_NOOP("podwright::Rules", "scheme is HTTP (the default) or HTTPS, in capitals."),
      "validation.go validateHTTPGetAction" },
    { "probe-http-header-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "HTTP header names have a restricted format"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "httpHeaders names may contain only letters, digits and \"-\", e.g. "
                        "\"X-Custom-Header\"."),
      "apimachinery IsHTTPHeaderName" },
    { "probe-number-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Probe timings may not be negative"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "initialDelaySeconds, timeoutSeconds, periodSeconds and the thresholds must be 0 or "
          "more (0 takes the default); a probe's terminationGracePeriodSeconds must be above 0 "
          "and is not allowed on readiness probes."),
      "validation.go validateProbe" },
    { "probe-success-threshold-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Liveness and startup probes need successThreshold 1"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A liveness or startup probe counts one success as healthy, so successThreshold must "
          "be 1. Only readiness probes may ask for more."),
      "validation.go validateLivenessProbe / validateStartupProbe" },
    { "lifecycle-sleep-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "A sleep hook must fit in the grace period"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "lifecycle sleep.seconds must be 0 or more and no longer than the pod's "
                        "terminationGracePeriodSeconds, or the container is killed mid-sleep."),
      "validation.go validateSleepAction" },
    { "resource-name-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Resource names must be known or fully qualified"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Containers request cpu, memory, ephemeral-storage or hugepages-<size>; any other "
          "resource needs a domain, e.g. \"nvidia.com/gpu\"."),
      "validation.go validateContainerResourceName" },
    { "quantity-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Quantities must be Kubernetes quantities"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Write a number with an optional suffix: cpu as \"500m\" or \"0.5\", memory as "
          "\"128Mi\" or \"1Gi\" (binary) or \"100M\" (decimal). Units like \"MB\" or \"1K\" are "
          "not accepted."),
      "resource.ParseQuantity" },
    { "quantity-negative", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Quantities may not be negative"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "A request or limit below zero means nothing; use a positive amount."),
      "validation.go ValidateNonnegativeQuantity" },
    { "quantity-not-integer", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Extended resources come in whole units"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Devices such as GPUs cannot be split: request whole numbers like \"1\", not \"500m\"."),
      "validation.go ValidateResourceQuantityValue" },
    { "resource-request-exceeds-limit", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Requests may not exceed limits"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A request is what the container is guaranteed, a limit the most it may use: the "
          "request must be less than or equal to the limit. Lower the request or raise the limit."),
      "validation.go validateResourceRequirements" },
    { "resource-request-limit-mismatch", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Non-overcommittable resources need request == limit"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Huge pages and extended resources (GPUs...) cannot be shared, so their request must "
          "equal their limit."),
      "validation.go validateResourceRequirements" },
    { "resource-limit-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Non-overcommittable resources need a limit"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Requesting huge pages or an extended resource (e.g. a GPU) requires the same amount "
          "as a limit."),
      "validation.go validateResourceRequirements" },
    { "restart-policy-unsupported", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "restartPolicy is Always, OnFailure or Never"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "spec.restartPolicy says what happens when a container exits: Always (default, for "
          "servers), OnFailure or Never (for jobs)."),
      "validation.go validateRestartPolicy" },
    { "workload-selector-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "A Deployment needs a selector"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "In apps/v1, a Deployment, ReplicaSet or StatefulSet must say which pods it owns with "
          "spec.selector; nothing fills it in for you (the same holds for a Job with "
          "manualSelector: true). Copy the template's labels into spec.selector.matchLabels, "
          "e.g. matchLabels: {app: web} when the template has labels: {app: web}."),
      "apps/validation ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec; "
      "batch/validation ValidateJobSpec" },
    { "workload-selector-empty", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "A workload's selector may not be empty"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "An empty selector would select every pod in the namespace, so the API server refuses "
          "it. Put at least one of the template's labels under spec.selector.matchLabels."),
      "apps/validation ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec, "
      "ValidateDaemonSetSpec" },
    { "workload-selector-mismatch", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "The selector must match the template's labels"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A Deployment (or ReplicaSet, StatefulSet, DaemonSet) finds its pods by their labels. "
          "The pods it creates get spec.template.metadata.labels, so these labels must satisfy "
          "spec.selector: every matchLabels entry must appear with the same value, and every "
          "matchExpressions entry must hold. Otherwise the workload could never see its own "
          "pods. Usually a label is spelt differently in one of the two places."),
      "apps/validation ValidatePodTemplateSpecForReplicaSet, ValidateDaemonSetSpec; "
      "batch/validation ValidateJobSpec" },
    { "job-template-selector-generated", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "A CronJob's jobs get their selector generated"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Kubernetes gives every Job a CronJob creates its own selector, built from the Job's "
          "unique id, so the jobTemplate may not set spec.selector or manualSelector: true. "
          "Remove both; the pods are still found by their labels."),
      "batch/validation ValidateJobTemplateSpec" },
    { "dns-policy-unsupported", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "dnsPolicy has four values"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "dnsPolicy is ClusterFirst (default), ClusterFirstWithHostNet, Default or None."),
      "validation.go validateDNSPolicy" },
    { "dns-config-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "dnsConfig must be usable"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "dnsPolicy None needs dnsConfig with at least one nameserver; at most 3 nameservers "
          "(IP addresses) and 32 search domains are allowed, and each option needs a name."),
      "validation.go validatePodDNSConfig" },
    { "node-selector-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "nodeSelector entries are labels"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "nodeSelector matches node labels, so its keys and values follow the label rules."),
      "validation.go ValidatePodSpec (ValidateLabels)" },
    { "termination-grace-period-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "terminationGracePeriodSeconds must be 0 or more"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "This is how many seconds a container gets to shut down after SIGTERM; it cannot be "
          "negative."),
      "validation.go ValidatePodSpec" },
    { "active-deadline-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "activeDeadlineSeconds must be positive"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "activeDeadlineSeconds limits how long the pod may run, from 1 to 2147483647 seconds."),
      "validation.go ValidatePodSpec" },
    { "service-account-name-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Service account names must be DNS subdomains"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "serviceAccountName uses lowercase letters, digits, \"-\" and \".\"; leave it out to "
          "use \"default\"."),
      "validation.go ValidateServiceAccountName" },
    { "hostname-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "hostname and subdomain must be DNS labels"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "spec.hostname and spec.subdomain may contain only lowercase letters, digits and "
          "\"-\", at most 63 characters."),
      "validation.go ValidatePodSpec" },
    { "host-alias-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "hostAliases need an IP and valid host names"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each hostAliases entry adds a line to /etc/hosts: a valid IP address and hostnames "
          "that are DNS subdomains."),
      "validation.go ValidateHostAliases" },
    { "toleration-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Tolerations must be well formed"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "operator is Equal (default) or Exists; Exists takes no value and is required when key "
          "is empty; effect is NoSchedule, PreferNoSchedule or NoExecute, and tolerationSeconds "
          "needs NoExecute."),
      "validation.go ValidateTolerations" },
    { "affinity-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Affinity terms must be well formed"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Node selector requirements need a key, an operator (In, NotIn, Exists, DoesNotExist, "
          "Gt, Lt) and values that fit it; weights are 1 to 100; required node affinity needs at "
          "least one term."),
      "validation.go validateAffinity" },
    { "pod-affinity-topology-key-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Pod (anti-)affinity needs a topologyKey"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "topologyKey says what \"near\" means, e.g. kubernetes.io/hostname (same node) or "
          "topology.kubernetes.io/zone (same zone)."),
      "validation.go validatePodAffinityTerm" },
    { "label-selector-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Label selectors must be well formed"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "matchLabels are labels; matchExpressions need a key, an operator (In, NotIn, Exists, "
          "DoesNotExist) and values only for In/NotIn."),
      "apimachinery ValidateLabelSelector" },
    { "topology-spread-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Topology spread constraints must be complete"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each constraint needs maxSkew of 1 or more, a topologyKey, and whenUnsatisfiable "
          "DoNotSchedule or ScheduleAnyway; the same key/action pair may appear only once."),
      "validation.go validateTopologySpreadConstraints" },
    { "security-context-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "securityContext values must be in range"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "User and group IDs are 0 to 4294967295; allowPrivilegeEscalation: false conflicts "
          "with privileged: true and with adding CAP_SYS_ADMIN; procMount is Default or Unmasked."),
      "validation.go ValidateSecurityContext / validatePodSpecSecurityContext" },
    { "sysctl-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "sysctl names must be valid and unique"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each sysctl needs a name like net.ipv4.ip_local_port_range, listed once; net.* "
          "sysctls cannot be set on a hostNetwork pod."),
      "validation.go validateSysctls" },
    { "seccomp-profile-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "seccompProfile must be complete"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "seccompProfile.type is RuntimeDefault, Unconfined or Localhost; only Localhost takes "
          "(and needs) a relative localhostProfile."),
      "validation.go validateSeccompProfileField" },
};

std::span<const RuleEntry> podRuleEntries()
{
    return entries;
}

} // namespace podwright::validation
