#pragma once

#include "runtimetypes.h"

#include <QJsonArray>

#include <vector>

namespace podwright {

/// Pod statuses from Podman's own listings (GET pods/json and containers/json?all=true), for
/// pods this process did not start. Init containers cannot be told apart there.
std::vector<PodRuntimeStatus> podsFromPodman(const QJsonArray &pods, const QJsonArray &containers);

} // namespace podwright
