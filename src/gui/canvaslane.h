#pragma once

#include "elementref.h"
#include "pod.h"

#include <vector>

namespace podwright::gui {

/**
 * The three rows of cards the canvas shows. Kubernetes has two container lists; the canvas
 * splits spec.initContainers into run-to-completion init containers and native sidecars
 * (restartPolicy: Always) because a learner thinks of them as different things.
 */
enum class CanvasLane { Init, Sidecar, App };

inline CanvasLane canvasLaneOf(const Container &container, ElementRef::Lane list)
{
    if (list == ElementRef::Lane::App)
        return CanvasLane::App;
    return container.isSidecar() ? CanvasLane::Sidecar : CanvasLane::Init;
}

inline ElementRef::Lane specListOf(CanvasLane lane)
{
    return lane == CanvasLane::App ? ElementRef::Lane::App : ElementRef::Lane::Init;
}

/// Indices into the spec list of `lane` of the containers the canvas shows in that lane, in
/// spec (execution) order.
inline std::vector<int> laneMembers(const Pod &pod, CanvasLane lane)
{
    std::vector<int> members;
    const auto &list = lane == CanvasLane::App ? pod.spec.containers : pod.spec.initContainers;
    for (int i = 0; i < static_cast<int>(list.size()); ++i) {
        if (canvasLaneOf(list[static_cast<std::size_t>(i)], specListOf(lane)) == lane)
            members.push_back(i);
    }
    return members;
}

} // namespace podwright::gui
