// Help ▸ User Guide: the guide is found (source tree, installed, embedded), renders offline
// with its headings and screenshots, and the embedded copy matches docs/.
#include "helpcontroller.h"

#include <QDialog>
#include <QFile>
#include <QImage>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

using namespace podwright::gui;

namespace {

const QString DocsDir = QStringLiteral(PODWRIGHT_TEST_DATA "/../../docs");

QStringList headings(const QTextDocument *document)
{
    QStringList found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            found << block.text();
    }
    return found;
}

QStringList imageNames(const QTextDocument *document)
{
    QStringList found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                found << format.toImageFormat().name();
        }
    }
    return found;
}

/// Every "#id" a link points to, and every anchor name the document has.
void anchors(const QTextDocument *document, QStringList *targets, QStringList *names)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.anchorHref().startsWith(u'#'))
                *targets << format.anchorHref().mid(1);
            *names << format.anchorNames();
        }
    }
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildRunsReadTheSourceTree()
    {
        const QUrl url = HelpController::userGuideUrl();
        QVERIFY(url.isLocalFile());
        QCOMPARE(url.toLocalFile(),
                 QFileInfo(DocsDir + QStringLiteral("/user-guide.md")).canonicalFilePath());
    }

    void embeddedCopyMatchesTheDocs_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : { "user-guide.md", "cli.md", "rules.md", "architecture.md" })
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void embeddedCopyMatchesTheDocs()
    {
        QFETCH(QString, file);
        QFile embedded(QStringLiteral(":/docs/") + file);
        QVERIFY2(embedded.open(QIODevice::ReadOnly), qPrintable(embedded.fileName()));
        QFile source(DocsDir + u'/' + file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(embedded.readAll(), source.readAll());
    }

    void dialogShowsTheGuide()
    {
        QWidget parent;
        QDialog *dialog = HelpController::showUserGuide(&parent);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("userGuideBrowser"));
        QVERIFY(browser);
        const QStringList found = headings(browser->document());
        QVERIFY2(found.contains(QStringLiteral("Podwright User Guide")),
                 qPrintable(found.join(", ")));
        QVERIFY2(found.contains(QStringLiteral("Design a pod with a sidecar and a shared volume")),
                 qPrintable(found.join(", ")));
        // Markdown, not plain text: no "#" left at the start of a line.
        QVERIFY(!browser->toPlainText().contains(QLatin1String("\n# ")));
        // Asking again raises the same dialog instead of opening a second one.
        QCOMPARE(HelpController::showUserGuide(&parent), dialog);
    }

    void everyScreenshotLoads()
    {
        QWidget parent;
        QDialog *dialog = HelpController::showUserGuide(&parent);
        auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("userGuideBrowser"));
        const QStringList images = imageNames(browser->document());
        QVERIFY2(images.size() >= 3, qPrintable(images.join(", ")));
        for (const QString &name : images) {
            const QVariant image = browser->document()->resource(
                QTextDocument::ImageResource, browser->source().resolved(QUrl(name)));
            QVERIFY2(!image.value<QImage>().isNull() || !image.value<QPixmap>().isNull()
                         || !image.toByteArray().isEmpty(),
                     qPrintable(name));
            QFile embedded(QStringLiteral(":/docs/") + name);
            QVERIFY2(embedded.exists(), qPrintable(embedded.fileName() + " is not embedded"));
            QVERIFY2(!QImage(embedded.fileName()).isNull(), qPrintable(name));
        }
    }

    void inPageLinksLand_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("user guide") << QStringLiteral("user-guide.md");
        QTest::newRow("rule reference") << QStringLiteral("rules.md");
    }

    void inPageLinksLand()
    {
        QFETCH(QString, page);
        QWidget parent;
        QDialog *dialog = HelpController::showUserGuide(&parent);
        auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("userGuideBrowser"));
        browser->setSource(browser->source().resolved(QUrl(page)));
        QStringList targets;
        QStringList names;
        anchors(browser->document(), &targets, &names);
        QVERIFY(targets.size() >= 10);
        for (const QString &target : targets)
            QVERIFY2(names.contains(target), qPrintable(page + u'#' + target));
    }

    void screenshotsFitTheDialog()
    {
        QWidget parent;
        QDialog *dialog = HelpController::showUserGuide(&parent);
        auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("userGuideBrowser"));
        QTextDocument *document = browser->document();
        int images = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                ++images;
                const QTextImageFormat image = format.toImageFormat();
                QVERIFY2(image.width() > 0 && image.width() <= dialog->width(),
                         qPrintable(image.name()));
            }
        }
        QVERIFY(images >= 3);
        // Scaled, the document is no wider than the dialog: no sideways scrolling.
        QVERIFY(document->idealWidth() <= dialog->width());
    }

    void embeddedGuideRenders()
    {
        // What an installed copy without docs falls back to.
        QTextBrowser browser;
        browser.setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")),
                          QTextDocument::MarkdownResource);
        QVERIFY(headings(browser.document()).contains(QStringLiteral("Podwright User Guide")));
        for (const QString &name : imageNames(browser.document())) {
            const QVariant image = browser.document()->resource(
                QTextDocument::ImageResource, browser.source().resolved(QUrl(name)));
            QVERIFY2(image.isValid(), qPrintable(name));
        }
    }

    void linksBetweenPagesStayInTheBrowser()
    {
        QTextBrowser browser;
        browser.setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")),
                          QTextDocument::MarkdownResource);
        browser.setSource(QUrl(QStringLiteral("qrc:/docs/rules.md")));
        QVERIFY(headings(browser.document()).contains(QStringLiteral("Validation rule reference")));
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
