#include "helpcontroller.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <vector>

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

/// GitHub's heading ids ("Validate: the Problems list" -> "validate-the-problems-list"), so
/// the docs' "#..." links work in the dialog as they do on the web.
QString headingId(const QString &heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"));
    return heading.toLower().remove(punctuation).replace(QLatin1Char(' '), QLatin1Char('-'));
}

/**
 * Qt's Markdown import neither names headings as anchors nor scales images, so the table of
 * contents would go nowhere and the 1400-pixel screenshots would need sideways scrolling: give
 * each heading its id and shrink wide images to the dialog's width.
 */
void prepareDocument(QTextDocument *document)
{
    constexpr int MaxImageWidth = 820;
    struct Change {
        int position;
        int length;
        QTextCharFormat format;
    };
    std::vector<Change> changes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            QTextCharFormat anchor;
            anchor.setAnchor(true);
            anchor.setAnchorNames({ headingId(block.text()) });
            changes.push_back({ block.position(), block.length() - 1, anchor });
            continue;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QSize size = document->resource(QTextDocument::ImageResource, QUrl(image.name()))
                                   .value<QImage>()
                                   .size();
            if (size.width() <= MaxImageWidth)
                continue;
            image.setWidth(MaxImageWidth);
            image.setHeight(double(size.height()) * MaxImageWidth / size.width());
            changes.push_back({ fragment.position(), fragment.length(), image });
        }
    }
    // Applied afterwards: changing formats while walking the fragments would invalidate them.
    QTextCursor cursor(document);
    for (const Change &change : changes) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(change.format);
    }
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
    QObject::connect(browser, &QTextBrowser::sourceChanged, browser,
                     [browser] { prepareDocument(browser->document()); });
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
