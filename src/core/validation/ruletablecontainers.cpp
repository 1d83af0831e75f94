#include "ruletable.h"

#include <QCoreApplication>

namespace podwright::validation {

// Kubernetes API rules for metadata, containers, ports and environment variables, with the
// messages of validation.go / apimachinery they explain.
static const RuleEntry entries[] = {
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
    { "api-warning-duplicate-port", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Two ports of the pod are the same"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "The API server accepts the pod but warns: two entries declare the same containerPort "
          "and protocol (and host port). All containers of a pod share one network, so two "
          "programs cannot listen on the same port: the second fails to bind and restarts "
          "again and again (CrashLoopBackOff). Give each container its own port, or remove the "
          "repeated entry."),
      "warnings.go warningsForPodSpecAndMeta" },
    { "api-warning-overlapping-port", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Two ports of the pod overlap"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "The API server warns: two entries declare the same containerPort and protocol, one "
          "with a hostPort and one without. Inside the pod it is still one port that only one "
          "container can listen on. Declare the port once."),
      "warnings.go warningsForPodSpecAndMeta" },
    { "api-warning-ambiguous-port", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "Two host ports are ambiguous"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "The API server warns: two entries publish the same port on the same hostPort, one "
          "on every host address (no hostIP) and one on a single address. Which one receives "
          "the traffic is undefined. Use different host ports, or the same hostIP on both."),
      "warnings.go warningsForPodSpecAndMeta" },
    { "api-warning-host-ip-without-host-port", Severity::Warning,
      QT_TRANSLATE_NOOP("podwright::Rules", "hostIP does nothing without hostPort"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "hostIP chooses the host address a hostPort is published on; without a hostPort "
          "nothing is published, so the API server warns that hostIP is ignored. Add a "
          "hostPort or remove hostIP."),
      "warnings.go warningsForPodSpecAndMeta" },
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
};

std::span<const RuleEntry> containerRuleEntries()
{
    return entries;
}

} // namespace podwright::validation
