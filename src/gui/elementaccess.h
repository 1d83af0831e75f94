#pragma once

#include "elementref.h"
#include "pod.h"

namespace podwright::gui {

// The model object an ElementRef addresses, or nullptr when it no longer exists (after an undo
// or an edit elsewhere). Mutable overloads are for the copy inside a pushPodEdit() lambda.

const Container *containerAt(const Pod &pod, const ElementRef &ref);
Container *containerAt(Pod &pod, const ElementRef &ref);
const Volume *volumeAt(const Pod &pod, const ElementRef &ref);
Volume *volumeAt(Pod &pod, const ElementRef &ref);
const ContainerPort *portAt(const Pod &pod, const ElementRef &ref);
ContainerPort *portAt(Pod &pod, const ElementRef &ref);
const VolumeMount *mountAt(const Pod &pod, const ElementRef &ref);
VolumeMount *mountAt(Pod &pod, const ElementRef &ref);

} // namespace podwright::gui
