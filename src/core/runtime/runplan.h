#pragma once

#include "runtimetypes.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace podwright {

/**
 * What the runtime needs to know about a pod to sequence its start itself: read from the same
 * YAML that is sent to Podman, so what runs is exactly what was exported.
 */
struct RunPlan {
    struct Step {
        QString name;
        QString image;
        bool init = false;
        bool sidecar = false; ///< init container with restartPolicy: Always
    };
    QString podName;
    QString restartPolicy = QStringLiteral("Always"); ///< Always, OnFailure, Never
    int terminationGracePeriodSeconds = 30; ///< Kubernetes' default
    std::vector<Step> initContainers;
    std::vector<Step> containers;
    std::vector<PublishedPort> ports; ///< containerPorts with a hostPort
    /// Which container declared each containerPort, to name the owner of what Podman publishes.
    std::vector<std::pair<int, QString>> containerPorts;
    QByteArray yaml; ///< the YAML as given, sent to Podman unchanged

    /// Reads the first `kind: Pod` document. On failure returns nothing and says why.
    static std::optional<RunPlan> fromYaml(const QByteArray &yaml, QString *error);
    /// Podman names a kube container "<pod>-<container>".
    QString podmanName(const QString &container) const
    {
        return podName + QLatin1Char('-') + container;
    }
    const Step *step(const QString &container) const;
    /// The YAML sent to Podman: `yaml` with the grace period recorded as the pod label
    /// kGraceLabel, since Podman 4.3's kube play drops terminationGracePeriodSeconds (every
    /// container stops after 10 s) and a later process (`podwright stop`) must know it.
    /// `yaml` itself when the label cannot be added safely.
    QByteArray yamlForPodman() const;
    /// Kept by Podman 4.3 on the pod and on each container (in their Labels).
    static constexpr const char *kGraceLabel = "podwright.io/termination-grace-period";
};

} // namespace podwright
