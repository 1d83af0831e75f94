#pragma once

#include "pod.h"

#include <QString>

namespace podwright::gui {

/**
 * Finds a list or map field that an edit would silently empty of data the model could not
 * read.
 *
 * When one entry of a list (or one value of a map) has the wrong type, the reader keeps the
 * whole field raw in its object's `extra`, and the typed field stays empty. The writer lets a
 * typed field win over an `extra` entry of the same key (that is how fixing a wrong type works),
 * so an edit that adds to the empty typed field would drop every raw entry. Returns the field
 * path of the first such field in `pod` ("spec.containers[0].ports"), or an empty string.
 */
QString shadowedRawField(const Pod &pod);

/// Why an edit that would hide `field` was refused, for the status bar.
QString shadowedRawFieldMessage(const QString &field);

} // namespace podwright::gui
