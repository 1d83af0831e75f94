#include "ruletable.h"

#include <QCoreApplication>

namespace podwright::validation {

// What differs when the pod runs on Podman 4.3 (each seen on this machine), then the hints
// for learners.
static const RuleEntry entries[] = {
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
      QT_TRANSLATE_NOOP("podwright::Rules", "Init containers slow down plain kube play"),
      QT_TRANSLATE_NOOP(
          "podwright::Rules",
          "Podman 4.3's `podman kube play` notices an exited init container only after a conmon "
          "timeout, about 20 seconds per pod (Podman issue 16343): the pod works, just starts "
          "late. Podwright's Run starts the init containers itself, one after another, and "
          "starts the app containers as soon as the last one has exited, so this matters only "
          "when you play the exported YAML with Podman yourself."),
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

std::span<const RuleEntry> localRuleEntries()
{
    return entries;
}

} // namespace podwright::validation
