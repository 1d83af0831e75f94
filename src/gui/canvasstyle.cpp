#include "canvasstyle.h"

namespace podwright::gui::CanvasStyle {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const auto blend = [amount](qreal x, qreal y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()),
                            blend(a.blueF(), b.blueF()));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

// Hues picked to stay distinguishable for the common colour-vision deficiencies and readable on
// both light and dark bases: blue for app, amber for init, violet for sidecar, teal for volumes.
QColor laneAccent(CanvasLane lane)
{
    switch (lane) {
    case CanvasLane::Init: return QColor(0xd9, 0x77, 0x06);
    case CanvasLane::Sidecar: return QColor(0x8b, 0x5c, 0xf6);
    case CanvasLane::App: return QColor(0x25, 0x63, 0xeb);
    }
    return {};
}

QColor volumeAccent()
{
    return QColor(0x0d, 0x94, 0x88);
}

QColor tint(const QPalette &palette, const QColor &accent, qreal amount)
{
    // Dark themes need a stronger tint for the same perceived colour.
    return mix(palette.color(QPalette::Base), accent, isDark(palette) ? amount * 1.6 : amount);
}

QColor frameFill(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.03);
}

QColor subtleText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
}

QColor selectionColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.85));
    return font;
}

} // namespace podwright::gui::CanvasStyle
