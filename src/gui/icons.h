#pragma once

#include "finding.h"

#include <QColor>
#include <QIcon>

#include <functional>

class QPainter;
class QPalette;

namespace podwright::gui {

/// The icons the window uses, by freedesktop theme name ("document-open", "edit-undo",
/// "zoom-in", "media-playback-start", ...). Falls back to a vector drawing in the palette's text
/// colour when the desktop has no icon theme (Xvfb, minimal sessions), so icons stay crisp at any
/// device pixel ratio and follow light/dark mode.
QIcon themedIcon(const QString &name);

/// An icon drawn on demand on a 16×16 logical grid, at whatever size and device pixel ratio it is
/// shown; `drawing` gets the palette's text colour (disabled or not). Nothing is rendered until
/// the icon is painted, and only at the sizes it is painted at.
QIcon paintedIcon(std::function<void(QPainter &, const QColor &)> drawing);

/// Podwright's own icon for the window and dialogs, from the PNGs the build renders from the
/// SVG (`:/icons/window/<size>x<size>/apps/podwright.png`, embedded by the executable).
QIcon applicationIcon();

/// Red error, amber warning, blue hint: a coloured disc (triangle for warnings) with a glyph.
QIcon severityIcon(Severity severity);
/// The marker colour of a severity, for gutters and underlines.
QColor severityColor(Severity severity);

} // namespace podwright::gui
