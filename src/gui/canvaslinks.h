#pragma once

#include "canvaslayout.h"

namespace podwright::gui {

/// Where the volume area of a pod goes: under its lanes, across its inside.
struct VolumeAreaFrame {
    qreal left = 0; ///< the inside's left edge (the lanes' left)
    qreal width = 0; ///< the inside's width
    qreal top = 0; ///< under the last lane
};

/**
 * The second half of layoutPod(): the volumes under the lanes, a link from each card to every
 * volume it mounts (spread along both edges, routed round the cards below an upper lane's
 * card) and each link's label (LinkLabelPlacer). Adds to `pod`, whose cards and lanes are laid
 * out; returns the bottom of the volume area. When labels cannot all be placed clear of cards,
 * volumes and each other, the volumes move down to make room, a few times at most.
 */
qreal layoutVolumesAndLinks(const Pod &model, int resourceIndex, const VolumeAreaFrame &area,
                            PodGeometry &pod);

} // namespace podwright::gui
