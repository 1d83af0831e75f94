#pragma once

#include <QCoreApplication>
#include <QUrl>

class QDialog;
class QWidget;

namespace podwright::gui {

/**
 * Help ▸ User Guide: docs/user-guide.md rendered in a dialog, offline.
 *
 * The guide is looked up in the source tree of a build-tree run (so edits show at once), then
 * in the installed share/doc/podwright, then in the copy embedded as a Qt resource, which is
 * always there. Links to the other pages (cli.md, rules.md) and the screenshots resolve
 * relative to wherever the guide was found.
 */
class HelpController
{
    Q_DECLARE_TR_FUNCTIONS(HelpController)

public:
    /// Where the guide is read from: a file: URL, or qrc:/docs/user-guide.md.
    static QUrl userGuideUrl();

    /// Shows the guide in a non-modal dialog owned by `parent` (raised if already open) and
    /// returns it.
    static QDialog *showUserGuide(QWidget *parent);
};

} // namespace podwright::gui
