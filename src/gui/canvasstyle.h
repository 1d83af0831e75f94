#pragma once

#include "canvaslane.h"
#include "pod.h"

#include <QColor>
#include <QFont>
#include <QPalette>

/**
 * Colours and fonts of the canvas, derived from the widget palette so that the canvas follows
 * the system's light or dark theme; only the kind accents are fixed hues, and they are blended
 * into the palette's base colour for fills.
 */
namespace podwright::gui::CanvasStyle {

QColor laneAccent(CanvasLane lane);
QColor volumeAccent();
/// `accent` blended into the palette's base at `amount` (0 = base, 1 = accent).
QColor tint(const QPalette &palette, const QColor &accent, qreal amount);
QColor frameFill(const QPalette &palette);
QColor subtleText(const QPalette &palette);
QColor selectionColor(const QPalette &palette);
QFont titleFont(const QFont &base);
QFont smallFont(const QFont &base);

} // namespace podwright::gui::CanvasStyle
