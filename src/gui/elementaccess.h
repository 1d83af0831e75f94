#pragma once

#include "elementref.h"
#include "pod.h"

namespace podwright::gui {

// The model object an ElementRef addresses, or nullptr when it no longer exists (after an undo
// or an edit elsewhere). Mutable overloads are for the copy inside a pushPodEdit() lambda.

const Container *findContainer(const Pod &pod, const ElementRef &ref);
Container *findContainer(Pod &pod, const ElementRef &ref);
const Volume *findVolume(const Pod &pod, const ElementRef &ref);
Volume *findVolume(Pod &pod, const ElementRef &ref);
const ContainerPort *findPort(const Pod &pod, const ElementRef &ref);
ContainerPort *findPort(Pod &pod, const ElementRef &ref);
const VolumeMount *findMount(const Pod &pod, const ElementRef &ref);
VolumeMount *findMount(Pod &pod, const ElementRef &ref);

} // namespace podwright::gui
