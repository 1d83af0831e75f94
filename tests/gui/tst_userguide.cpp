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
