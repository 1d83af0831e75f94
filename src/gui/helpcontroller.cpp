#include "helpcontroller.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace podwright::gui {

namespace {

const QString GuideFile = QStringLiteral("user-guide.md");
const QString DialogName = QStringLiteral("userGuideDialog");

QStringList candidateDirectories()
{
    QStringList dirs;
#ifdef PODWRIGHT_SOURCE_DOCS_DIR
    // A build-tree run reads the docs being edited; an installed binary rarely finds this
    // build machine's path and moves on.
    dirs << QStringLiteral(PODWRIGHT_SOURCE_DOCS_DIR);
#endif
    // The package installs docs/ to <prefix>/share/doc/podwright next to <prefix>/bin.
    dirs << QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../share/doc/podwright"));
    return dirs;
}

} // namespace

QUrl HelpController::userGuideUrl()
{
    for (const QString &dir : candidateDirectories()) {
        const QFileInfo guide(QDir(dir), GuideFile);
        if (guide.isFile())
            return QUrl::fromLocalFile(guide.canonicalFilePath());
    }
    // Embedded by src/gui/CMakeLists.txt (qt_add_resources ... PREFIX /docs).
    return QUrl(QStringLiteral("qrc:/docs/") + GuideFile);
}

QDialog *HelpController::showUserGuide(QWidget *parent)
{
    if (auto *open = parent ? parent->findChild<QDialog *>(DialogName) : nullptr) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(DialogName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Podwright User Guide"));
    dialog->resize(900, 700);

    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("userGuideBrowser"));
    // Web links (kubernetes.io) go to the browser; links between the docs stay here.
    browser->setOpenExternalLinks(true);
    const QUrl home = userGuideUrl();
    browser->setSource(home, QTextDocument::MarkdownResource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    QPushButton *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    QObject::connect(back, &QPushButton::clicked, browser, &QTextBrowser::backward);
    QObject::connect(browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    QObject::connect(contents, &QPushButton::clicked, browser, [browser, home] {
        browser->setSource(home, QTextDocument::MarkdownResource);
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->show();
    return dialog;
}

} // namespace podwright::gui
