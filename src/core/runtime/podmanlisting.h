#pragma once

#include "runtimetypes.h"

#include <QJsonArray>

#include <vector>

namespace podwright {

/// Pod statuses from Podman's own listings (GET pods/json and containers/json?all=true), for
/// pods this process did not start. Init containers cannot be told apart there.
/// `stopEvents`: the body of PodmanClient::podStopEvents(). Podman 4.3 keeps no "stopped by
/// user" flag, and a container SIGKILLed by a stop looks like a crash (137): a pod whose
/// containers all exited after a stop request is Stopped, as in the window, not Failed.
std::vector<PodRuntimeStatus> podsFromPodman(const QJsonArray &pods, const QJsonArray &containers,
                                             const QByteArray &stopEvents = {});

/// Whether a container got its stop signal and is running out its grace period. Podman 4.3's
/// pods/json waits for a pod's lock, which a pod stop holds for the whole grace period;
/// containers/json answers at once, with such containers "stopping".
bool anyContainerStopping(const QJsonArray &containers);
/// Pods as pods/json would list them, made from containers/json alone (see above).
QJsonArray podsOfContainers(const QJsonArray &containers);

} // namespace podwright
