#pragma once

#include <QProxyStyle>

#include <map>
#include <utility>

namespace podwright::gui {

/**
 * The application's style (Fusion, or what -style / QT_STYLE_OVERRIDE ask for) with standard
 * icons that cost nothing until they are shown.
 *
 * Qt 6.4 asks the style for the dock title bar's float and close icons every time it lays a
 * title bar out (QCommonStyle::subElementRect), and Fusion decodes two XPM images for each of
 * those calls: 70 decodes before the window's first paint. The menu bar and tool bar extension
 * buttons, which are only shown when a window is too narrow for its menus and tools, load their
 * PNGs at construction, and that first PNG makes QImageReader load every image format plugin.
 * Together that was ~12 M instructions (~2.5 ms) of start-up (docs/benchmarks.md, "Start-up").
 * Here each such icon is asked from the base style once, and only when it is first measured
 * or painted; everything else is the base style's.
 */
class StartupStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// Wraps `base` (taking ownership); with none, the style QApplication would have chosen.
    explicit StartupStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    /// The icons cached: those whose look depends only on the layout direction.
    static bool isCached(StandardPixmap standardIcon);

    mutable std::map<std::pair<StandardPixmap, Qt::LayoutDirection>, QIcon> m_icons;
};

} // namespace podwright::gui
