#include "validator.h"

#include <QCoreApplication>
#include <QHash>

namespace podwright {

namespace {

// The translation context of the rule texts; lupdate reads it from each QT_TRANSLATE_NOOP.
constexpr char RuleContext[] = "podwright::Rules";

struct Entry {
    const char *id;
    Severity severity;
    const char *title;
    const char *explanation;
    const char *source;
};

// One entry per rule id; the docs' rule reference is generated from this table. Titles and
// explanations are Podwright's own prose, so they are marked for translation; the GUI shows them
// in its language, the CLI and the docs in English (translatedRuleTitle/-Explanation below).
const Entry entries[] = {
    { "metadata-name-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "A pod needs a name"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Every pod needs metadata.name (or metadata.generateName, from which the API server "
          "makes a unique name). Add a short lowercase name such as \"web\"."),
      "validation.go ValidateObjectMeta" },
    { "metadata-name-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Pod names must be DNS subdomains"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A pod name may contain only lowercase letters, digits, \"-\" and \".\", must start "
          "and end with a letter or digit, and be at most 253 characters. Rename it, e.g. "
          "\"My_Pod\" to \"my-pod\"."),
      "validation.go ValidatePodName (NameIsDNSSubdomain)" },
    { "metadata-generate-name-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "generateName must be a valid name prefix"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "generateName is the start of a name the API server completes with random characters, "
          "so it follows the same rules as a name (a trailing \"-\" is allowed). Use lowercase "
          "letters, digits and \"-\"."),
      "objectmeta.go ValidateObjectMetaAccessor" },
    { "metadata-namespace-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Namespaces must be DNS labels"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A namespace name may contain only lowercase letters, digits and \"-\", at most 63 "
          "characters. Fix the value or leave it out to use your current namespace."),
      "objectmeta.go ValidateNamespaceName" },
    { "label-key-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Label keys must be qualified names"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A label key is an optional DNS-subdomain prefix and \"/\", then a name of at most 63 "
          "letters, digits, \"-\", \"_\" or \".\", starting and ending with a letter or digit, "
          "e.g. \"app\" or \"example.com/tier\"."),
      "apimachinery ValidateLabels / IsQualifiedName" },
    { "label-value-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Label values have a restricted format"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A label value is empty or at most 63 letters, digits, \"-\", \"_\" or \".\", starting "
          "and ending with a letter or digit. Quote numbers (\"1\") and avoid spaces and \"/\"."),
      "apimachinery ValidateLabels / IsValidLabelValue" },
    { "annotation-key-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Annotation keys must be qualified names"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Annotation keys follow the label key rules (case does not matter): an optional DNS "
          "prefix and \"/\", then a short name. The value may be anything."),
      "objectmeta.go ValidateAnnotations" },
    { "annotations-too-long", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Annotations are limited to 256 KiB"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "All annotation keys and values together must fit in 256 KiB. Move large data into a "
          "ConfigMap and mount it."),
      "objectmeta.go ValidateAnnotations (TotalAnnotationSizeLimitB)" },
    { "containers-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "A pod needs at least one container"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "spec.containers lists the programs the pod runs; it must have at least one entry with "
          "a name and an image."),
      "validation.go validateContainers" },
    { "container-name-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Containers need a name"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Every container needs a name, unique in the pod, such as \"web\" or \"sidecar\"."),
      "validation.go validateContainerCommon" },
    { "container-name-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Container names must be DNS labels"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A container name may contain only lowercase letters, digits and \"-\", must start and "
          "end with a letter or digit, and be at most 63 characters."),
      "validation.go validateContainerCommon (ValidateDNS1123Label)" },
    { "container-name-duplicate", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Container names must be unique"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Init containers and app containers share one namespace of names: no two containers of "
          "a pod may have the same name. Rename one of them."),
      "validation.go validateContainers / validateInitContainers" },
    { "container-image-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Containers need an image"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each container runs an image, e.g. \"nginx:1.25\". Set image to the image to run."),
      "validation.go validateContainerCommon" },
    { "container-image-whitespace", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Image names may not have surrounding spaces"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "The image name starts or ends with whitespace, which no registry accepts. Remove the "
          "spaces (watch for quotes in YAML)."),
      "validation.go validateContainerOnlyForPod" },
    { "image-pull-policy-unsupported", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "imagePullPolicy has three values"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "imagePullPolicy is Always, IfNotPresent or Never (capitalised exactly so). Leave it "
          "out to get IfNotPresent for tagged images and Always for :latest."),
      "validation.go validatePullPolicy" },
    { "termination-message-policy-unsupported", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "terminationMessagePolicy has two values"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "terminationMessagePolicy is File (read the message from terminationMessagePath) or "
          "FallbackToLogsOnError (use the last log lines when that file is empty)."),
      "validation.go validateContainerCommon" },
    { "container-restart-policy-forbidden", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Only init containers take a restartPolicy"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A container-level restartPolicy is only for init containers, where Always makes a "
          "sidecar. For app containers use the pod's spec.restartPolicy instead."),
      "validation.go validateContainers" },
    { "init-container-restart-policy-unsupported", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Init containers accept only restartPolicy: Always"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "On an init container, restartPolicy: Always turns it into a sidecar that keeps "
          "running beside the app; no other value is allowed. Remove the field for an ordinary "
          "init container."),
      "validation.go validateInitContainerRestartPolicy" },
    { "init-container-field-forbidden", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Probes and lifecycle hooks need a sidecar"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "An ordinary init container runs once to completion, so probes and lifecycle hooks "
          "make no sense on it. Remove them, or add restartPolicy: Always to make it a sidecar."),
      "validation.go validateInitContainers" },
    { "port-container-port-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Ports need a containerPort"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each entry of ports must say which port the container listens on, e.g. containerPort: "
          "80."),
      "validation.go validateContainerPorts" },
    { "port-number-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Port numbers are 1 to 65535"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "containerPort and hostPort must be between 1 and 65535. Use the port your program "
          "actually listens on."),
      "apimachinery IsValidPortNum" },
    { "port-name-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Port names must be IANA service names"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A port name is at most 15 lowercase letters, digits and \"-\", with at least one "
          "letter, no \"--\" and no \"-\" at either end, e.g. \"http\" or \"metrics\"."),
      "apimachinery IsValidPortName" },
    { "port-name-duplicate", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Port names must be unique in a container"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Two ports of the same container have the same name, so a Service or probe could not "
          "tell them apart. Rename one."),
      "validation.go validateContainerPorts" },
    { "port-protocol-unsupported", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Port protocol is TCP, UDP or SCTP"),
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "protocol must be TCP (the default), UDP or SCTP, in capitals."),
      "validation.go validateContainerPorts" },
    { "host-port-conflict", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Host ports may not collide"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Two containers ask for the same hostPort with the same protocol and hostIP; only one "
          "process can bind it. Use different host ports or drop hostPort."),
      "validation.go AccumulateUniqueHostPorts" },
    { "host-network-port-mismatch", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "With hostNetwork, hostPort must equal containerPort"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A pod on the host network listens directly on the host, so hostPort cannot differ "
          "from containerPort. Remove hostPort or make them equal."),
      "validation.go validatePodHostNetworkDeps" },
    { "env-name-required", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Environment variables need a name"),
      QT_TRANSLATE_NOOP("podwright::Rules", "Each env entry needs a name, e.g. name: LOG_LEVEL."),
      "validation.go ValidateEnv" },
    { "env-name-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "Environment variable names have a restricted format"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Use letters, digits, \"_\", \"-\" and \".\", not starting with a digit, e.g. "
          "\"DB_HOST\". Names may not be \".\" or start with \"..\"."),
      "apimachinery IsEnvVarName" },
    { "env-value-from-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "valueFrom needs exactly one source, without value"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "valueFrom takes exactly one of fieldRef, resourceFieldRef, configMapKeyRef or "
          "secretKeyRef, and cannot be combined with a non-empty value."),
      "validation.go validateEnvVarValueFrom" },
    { "env-field-ref-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "fieldRef must name a supported pod field"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "fieldRef exposes a pod field such as metadata.name, metadata.namespace, spec.nodeName "
          "or status.podIP (apiVersion v1). Labels and annotations need a key: "
          "metadata.labels['app']."),
      "validation.go validateObjectFieldSelector" },
    { "env-resource-field-ref-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "resourceFieldRef must name a container resource"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "resourceFieldRef exposes a container's requests or limits: limits.cpu, limits.memory, "
          "limits.ephemeral-storage, requests.cpu, requests.memory or requests.ephemeral-storage."),
      "validation.go validateContainerResourceFieldSelector" },
    { "env-key-selector-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "configMapKeyRef and secretKeyRef need a name and a valid key"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A key reference names the ConfigMap or Secret (a DNS subdomain) and the key inside it "
          "(letters, digits, \"-\", \"_\", \".\")."),
      "validation.go validateConfigMapKeySelector / validateSecretKeySelector" },
    { "env-from-invalid", Severity::Error,
      QT_TRANSLATE_NOOP("podwright::Rules", "envFrom entries need one valid source"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Each envFrom entry imports every key of one configMapRef or secretRef (with a valid "
          "name); an optional prefix must itself be a valid variable name."),
      "validation.go ValidateEnvFrom" },
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
    { "podman-native-sidecar", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Native sidecars do not start under plain kube play"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3 treats an init container with restartPolicy: Always as an ordinary init "
          "container and waits for it to exit, so the app containers stay Created. Podwright "
          "starts such sidecars itself when it runs the pod; with plain `podman kube play` "
          "remove the restartPolicy or run the sidecar as an app container."),
      "Podman 4.3 (/work/shared/PODMAN.md: native sidecars never start under kube play)" },
    { "podman-init-container-delay", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Init containers slow down the local start"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3 notices an exited init container only after a conmon timeout, about 20 "
          "seconds per pod (Podman issue 16343). The pod works, just starts late."),
      "Podman 4.3 (/work/shared/PODMAN.md: init containers stall kube play about 20 s)" },
    { "podman-readiness-probe-ignored", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Readiness probes are not run locally"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3 ignores readinessProbe, so a local pod counts as ready at once. The probe "
          "still matters on a cluster."),
      "Podman 4.3 (/work/shared/PODMAN.md: readiness and startup probes are not honoured)" },
    { "podman-startup-probe-ignored", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Startup probes are not run locally"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3 ignores startupProbe; liveness checks (where they run) start immediately."),
      "Podman 4.3 (/work/shared/PODMAN.md: readiness and startup probes are not honoured)" },
    { "podman-liveness-probe-needs-systemd", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Liveness probes need systemd locally"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman turns a livenessProbe into a health check run by systemd timers; on a machine "
          "without systemd it never runs and a hung container is not restarted."),
      "Podman 4.3 (/work/shared/PODMAN.md: probes and health checks)" },
    { "podman-scheduling-ignored", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Scheduling rules do not apply to a local pod"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "nodeSelector, affinity, tolerations and topologySpreadConstraints choose a node on a "
          "cluster; `podman kube play` runs the pod on this machine, so they have no effect "
          "locally."),
      "Podman 4.3 kube play: one machine, no scheduler" },
    { "podman-pvc-volume", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "A PersistentVolumeClaim becomes a Podman volume"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "There is no storage class locally: Podman mounts a named Podman volume with the "
          "claim's name, creating it if needed. Its data stays on this machine."),
      "Podman 4.3 (/work/shared/PODMAN.md: PVC volumes supported) / podman-kube-play(1)" },
    { "podman-object-not-in-file", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "ConfigMaps must be in the same file"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A cluster looks the ConfigMap up by name; `podman kube play` only knows the ones in "
          "the YAML it plays (or passed with --configmap) and otherwise fails with \"no such "
          "ConfigMap\". Add the ConfigMap to this file or mark the volume optional."),
      "Experiment with Podman 4.3.1 (isolated storage, runc): kube play of a pod whose configMap "
      "volume names a ConfigMap not in the file" },
    { "podman-volume-unsupported", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules",
                        "Projected, downwardAPI and network volumes do not work locally"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3 kube play refuses every volume except hostPath, configMap, emptyDir, "
          "persistentVolumeClaim and secret (\"HostPath, ConfigMap, EmptyDir, and "
          "PersistentVolumeClaim are currently the only supported VolumeSource\"), so the pod "
          "does not start. Use an emptyDir or a configMap to try the pod locally."),
      "Experiment with Podman 4.3.1 (isolated storage, runc): projected serviceAccountToken and "
      "downwardAPI volumes" },
    { "podman-secret-volume", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Secret volumes come from Podman's own secrets"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3 reads a secret volume from its own secret store (podman secret create), "
          "not from a Secret in the manifest, and crashed (nil pointer in VolumeFromSecret) on "
          "secret volumes when tried. Prefer a configMap volume for local runs of non-sensitive "
          "data."),
      "Experiment with Podman 4.3.1 (isolated storage, runc): secret volume with and without the "
      "Secret in the file" },
    { "podman-cpu-request-ignored", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "CPU requests are not applied locally"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3 sets no CPU shares from requests.cpu, so the request has no effect on one "
          "machine; limits.cpu does limit the container. (A memory request becomes a soft memory "
          "reservation.)"),
      "Experiment with Podman 4.3.1 (isolated storage, runc): podman inspect shows CpuShares 0 and "
      "MemoryReservation 64Mi" },
    { "podman-active-deadline-ignored", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "activeDeadlineSeconds is not enforced locally"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3 keeps the pod running after activeDeadlineSeconds; on a cluster the pod "
          "would be stopped and marked Failed."),
      "Experiment with Podman 4.3.1 (isolated storage, runc): a pod with activeDeadlineSeconds: 5 "
      "still running after 10 s" },
    { "podman-service-account-token", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "No service account token locally"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A local pod has no Kubernetes API and no service account: nothing is mounted at "
          "/var/run/secrets/kubernetes.io/serviceaccount, so code that talks to the API fails."),
      "Experiment with Podman 4.3.1 (isolated storage, runc): no token file in the container" },
    { "hint-image-latest", Severity::Hint,
      QT_TRANSLATE_NOOP("podwright::Rules", "Pin image versions"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "An image without a tag, or with :latest, can change under you: two runs may use "
          "different code. Use a fixed tag such as nginx:1.25.3 (or a digest)."),
      "Kubernetes docs: Configuration best practices (images)" },
    { "hint-no-resource-limits", Severity::Hint,
      QT_TRANSLATE_NOOP("podwright::Rules", "Set resource limits"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Without limits a container may use all the CPU and memory of its node (or your "
          "machine). Add resources.limits, e.g. cpu: \"500m\", memory: \"256Mi\"."),
      "Kubernetes docs: Resource Management for Pods and Containers" },
    { "hint-no-resource-requests", Severity::Hint,
      QT_TRANSLATE_NOOP("podwright::Rules", "Set resource requests"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "When only limits are set, Kubernetes copies them into the requests, so the scheduler "
          "reserves the whole limit. Set resources.requests to what the container usually needs."),
      "Kubernetes docs: Resource Management for Pods and Containers" },
    { "hint-no-probes", Severity::Hint,
      QT_TRANSLATE_NOOP("podwright::Rules", "Add probes to long-running containers"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A liveness probe lets Kubernetes restart a hung container; a readiness probe keeps "
          "traffic away until it is ready. Add at least one for servers."),
      "Kubernetes docs: Configure Liveness, Readiness and Startup Probes" },
    { "hint-privileged", Severity::Hint,
      QT_TRANSLATE_NOOP("podwright::Rules", "Avoid privileged containers"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "A privileged container has almost all the powers of the host. Grant only the "
          "capabilities it needs (securityContext.capabilities.add) instead."),
      "Kubernetes docs: Pod Security Standards" },
    { "hint-host-path", Severity::Hint,
      QT_TRANSLATE_NOOP("podwright::Rules", "Prefer other volumes to hostPath"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "hostPath mounts files of the node: the pod depends on that machine and may read or "
          "change host files. Use emptyDir, a ConfigMap or a PersistentVolumeClaim where you can."),
      "Kubernetes docs: Volumes (hostPath)" },
    { "hint-host-network", Severity::Hint,
      QT_TRANSLATE_NOOP("podwright::Rules", "hostNetwork exposes the host's network"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "With hostNetwork the pod uses the node's network directly: ports can clash and "
          "isolation is lost. Use container ports and a Service instead where you can."),
      "Kubernetes docs: Pod Security Standards" },
    { "hint-runs-as-root", Severity::Hint,
      QT_TRANSLATE_NOOP("podwright::Rules", "Avoid running as root"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "runAsUser: 0 runs the container as root; a bug in it then has more power. Run as an "
          "unprivileged user (e.g. runAsUser: 1000, runAsNonRoot: true)."),
      "Kubernetes docs: Configure a Security Context" },
    { "hint-no-labels", Severity::Hint, QT_TRANSLATE_NOOP("podwright::Rules", "Label your pods"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Labels such as app: web are how Services, Deployments and kubectl select pods. Add at "
          "least an app label."),
      "Kubernetes docs: Recommended Labels" },
};

} // namespace

const std::vector<RuleInfo> &ruleCatalog()
{
    static const std::vector<RuleInfo> catalog = [] {
        std::vector<RuleInfo> list;
        for (const Entry &e : entries)
            list.push_back({ QLatin1String(e.id), e.severity, QLatin1String(e.title),
                             QString::fromUtf8(e.explanation), QString::fromUtf8(e.source) });
        return list;
    }();
    return catalog;
}

const RuleInfo *findRule(const QString &id)
{
    static const QHash<QString, const RuleInfo *> byId = [] {
        QHash<QString, const RuleInfo *> map;
        for (const RuleInfo &rule : ruleCatalog())
            map.insert(rule.id, &rule);
        return map;
    }();
    return byId.value(id, nullptr);
}

namespace {

const Entry *entryFor(const QString &id)
{
    const RuleInfo *rule = findRule(id);
    return rule ? &entries[rule - ruleCatalog().data()] : nullptr;
}

} // namespace

QString translatedRuleTitle(const QString &id)
{
    const Entry *e = entryFor(id);
    return e ? QCoreApplication::translate(RuleContext, e->title) : QString();
}

QString translatedRuleExplanation(const QString &id)
{
    const Entry *e = entryFor(id);
    return e ? QCoreApplication::translate(RuleContext, e->explanation) : QString();
}

} // namespace podwright
