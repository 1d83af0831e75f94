#pragma once

#include "documentcontroller.h"
#include "mainwindow.h"
#include "manifestio.h"
#include "templatecatalog.h"

#include <QAccessible>

// Qt reports accessibility events (QAccessible::updateAccessibility) only while its platform
// plugin says an assistive technology listens, and the offscreen plugin never does. Qt's own
// tests switch it on through the private QPlatformAccessibility::setActive(); Debian ships no
// Qt private headers, so the two exported private functions used are declared here, as in
// qplatformaccessibility.h and qplatformintegration.h (non-virtual calls reach the base
// implementations, which is what the offscreen plugin uses).
class QPlatformAccessibility
{
public:
    void setActive(bool active);
};
class QPlatformIntegration
{
public:
    QPlatformAccessibility *accessibility() const;
};
class QGuiApplicationPrivate
{
public:
    static QPlatformIntegration *platform_integration;
};

namespace podwright::gui::testing {

/// Sends every accessibility event to `handler` and has Qt report them, as if a screen reader
/// listened. Returns false when the platform plugin has no accessibility to switch on.
inline bool listenToAccessibility(QAccessible::UpdateHandler handler)
{
    QPlatformIntegration *platform = QGuiApplicationPrivate::platform_integration;
    if (!platform || !platform->accessibility())
        return false;
    QAccessible::installUpdateHandler(handler);
    platform->accessibility()->setActive(true);
    return QAccessible::isActive();
}

/// Opens the template `id` in `window` as File > New from Template does.
inline bool openTemplate(MainWindow &window, const QString &id)
{
    const PodTemplate *chosen = findPodTemplate(id);
    return chosen
        && window.documentController()->newDocument(loadManifest(chosen->text()).manifest,
                                                    chosen->id);
}

} // namespace podwright::gui::testing
