#include "startupstyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPointer>
#include <QStyleOption>

namespace podwright::gui {

namespace {

/// Resolves to the base style's icon the first time anybody needs its pixels or sizes.
/// Qt has no lazy icon of its own, so this is a thin QIconEngine over the real icon.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap standardIcon,
                       Qt::LayoutDirection direction)
        : m_style(style)
        , m_standardIcon(standardIcon)
        , m_direction(direction)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        resolved().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return resolved().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().availableSizes(mode, state);
    }
    bool isNull() override { return resolved().isNull(); }
    QString key() const override { return QStringLiteral("podwright-deferred-standard"); }
    QIconEngine *clone() const override
    {
        auto *copy = new DeferredIconEngine(m_style, m_standardIcon, m_direction);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }

private:
    const QIcon &resolved()
    {
        if (!m_resolved && m_style) {
            QStyleOption option;
            option.direction = m_direction;
            m_icon = m_style->standardIcon(m_standardIcon, &option, nullptr);
            m_resolved = true;
        }
        return m_icon;
    }

    QPointer<QStyle> m_style; ///< the base style
    QStyle::StandardPixmap m_standardIcon;
    Qt::LayoutDirection m_direction;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace

StartupStyle::StartupStyle(QStyle *base)
    : QProxyStyle(base)
{ }

bool StartupStyle::isCached(StandardPixmap standardIcon)
{
    switch (standardIcon) {
    case SP_TitleBarNormalButton:
    case SP_TitleBarCloseButton:
    case SP_TitleBarMinButton:
    case SP_TitleBarMaxButton:
    case SP_DockWidgetCloseButton:
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton: return true;
    default: return false;
    }
}

QIcon StartupStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                 const QWidget *widget) const
{
    if (!isCached(standardIcon))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    const Qt::LayoutDirection direction
        = option ? option->direction : QGuiApplication::layoutDirection();
    const auto key = std::make_pair(standardIcon, direction);
    auto cached = m_icons.find(key);
    if (cached == m_icons.end())
        cached
            = m_icons
                  .emplace(key, QIcon(new DeferredIconEngine(baseStyle(), standardIcon, direction)))
                  .first;
    return cached->second;
}

} // namespace podwright::gui
