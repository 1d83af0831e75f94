#pragma once

#include "canvaslane.h"
#include "canvasparts.h"
#include "elementref.h"
#include "manifest.h"

#include <QString>

#include <optional>

/**
 * The canvas' edits as pure functions over a Pod, so that what a drop, a menu entry or a key
 * does is tested apart from the UI. The view maps events to these and pushes the result as one
 * EditPodCommand; none of them touches a document or an undo stack.
 */
namespace podwright::gui {

/// "container-1", "container-2"...: the first `prefix-N` no container (either list) uses.
QString uniqueContainerName(const Pod &pod, const QString &prefix);
QString uniqueVolumeName(const Pod &pod, const QString &prefix);
/// The first pod name `pod-N` not used by any pod of the manifest.
QString uniquePodName(const Manifest &manifest);
/// The first port >= `from` no container of the pod uses: containers share one network
/// namespace, so two of them cannot listen on the same port.
qint64 freeContainerPort(const Pod &pod, qint64 from = 8080);
/// A mount path that suits the volume's kind and is not yet used in that container.
QString defaultMountPath(const Pod &pod, int volumeIndex, const ElementRef &container);

const Container *containerAt(const Pod &pod, const ElementRef &ref);
Container *containerAt(Pod &pod, const ElementRef &ref);
const Volume *volumeAt(const Pod &pod, const ElementRef &ref);

/// A new, valid pod with one app container, named so it does not clash with `manifest`.
Pod newPod(const Manifest &manifest);
/// Adds a container with a default name and image to `lane`; `insertBefore` is an index into
/// that lane's spec list (-1 appends). Returns the new container.
ElementRef addContainer(Pod &pod, int resource, CanvasLane lane, int insertBefore = -1);
ElementRef addVolume(Pod &pod, int resource, PartKind volumeKind);
/// Adds a port with a free number to the container; an invalid ref when it is not a container.
ElementRef addPort(Pod &pod, const ElementRef &container);

/// Why `container` cannot mount volume `volumeIndex`, or an empty string when it can.
QString mountRefusal(const Pod &pod, int volumeIndex, const ElementRef &container);
/// Mounts the volume in the container; returns the mount, invalid when refused.
ElementRef mountVolume(Pod &pod, int volumeIndex, const ElementRef &container,
                       const QString &mountPath, bool readOnly = false);

/// Where a drop at position `displayIndex` of `lane` (0 = before the first card shown there)
/// lands in that lane's spec list. Init containers and sidecars share spec.initContainers.
int specInsertIndex(const Pod &pod, CanvasLane lane, int displayIndex);
/// Moves a container to `lane` before spec index `insertBefore` (an index of the target list
/// before the move; -1 keeps the position within the same list, or appends to another list).
/// Converts it on the way: app <-> init <-> sidecar, setting or clearing restartPolicy.
/// Returns where it ended up.
ElementRef placeContainer(Pod &pod, const ElementRef &container, CanvasLane lane,
                          int insertBefore = -1);
/// Moves a container one place earlier (-1) or later (+1) among the cards of its lane.
ElementRef shiftContainer(Pod &pod, const ElementRef &container, int delta);
/// Removes a container (with its ports and mounts), a volume (with every mount of it), a port
/// or a mount. Returns the element to select next (the container or the pod).
ElementRef removeElement(Pod &pod, const ElementRef &ref);

} // namespace podwright::gui
