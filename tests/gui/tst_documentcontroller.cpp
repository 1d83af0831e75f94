// Files: open/save round trip, atomic Save As, the unsaved-changes prompt, autosave and crash
// recovery, and a broken file that must not cost the open document.
#include "autosaver.h"
#include "documentcontroller.h"
#include "manifestio.h"
#include "podcommands.h"
#include "poddocument.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace podwright;
using namespace podwright::gui;

namespace {

// Not canonical on purpose: comments, odd key order, flow style.
const char Messy[] = R"(# a hand-written pod
kind: Pod
apiVersion: v1
spec:
  containers:
  - image: docker.io/library/nginx:1.27   # web
    name: web
    ports: [{containerPort: 80}]
metadata: {name: web, labels: {app: web}}
)";

// Messy with a comment on an empty object, which the export leaves out: the one comment
// Podwright cannot keep.
const char Unkept[] = R"(# a hand-written pod
kind: Pod
apiVersion: v1
spec:
  containers:
  - image: docker.io/library/nginx:1.27   # web
    name: web
    resources: {} # nothing yet
metadata: {name: web, labels: {app: web}}
)";

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Answers the next modal message box with `button` and records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seenText = nullptr)
{
    QTimer::singleShot(0, [button, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, seenText); // not shown yet: try again
            return;
        }
        if (seenText)
            *seenText = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button)->click();
    });
}

/// Clicks the button labelled `text` (mnemonics aside) in the next message box.
void clickInNextMessageBox(const QString &text, QString *seenText = nullptr)
{
    QTimer::singleShot(0, [text, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            clickInNextMessageBox(text, seenText);
            return;
        }
        if (seenText)
            *seenText = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                button->click();
                return;
            }
        }
        box->reject(); // no such button: the test's comparison fails, not the run
    });
}

void rename(QUndoStack *stack, PodDocument *document, const QString &name)
{
    pushPodEdit(
        stack, document, 0, [&](Pod &pod) { pod.metadata.name = name; }, QStringLiteral("Rename"));
}

} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Start from the defaults, not from the layout or recent files an earlier run left.
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void openSaveRoundTripIsTheCanonicalExport()
    {
        writeFile(path("messy.yaml"), Messy);
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QVERIFY(files.open(path("messy.yaml")));
        QCOMPARE(files.displayName(), QStringLiteral("messy.yaml"));
        QVERIFY(!files.isModified());
        QVERIFY(files.saveAs(path("saved.yaml")));
        const QByteArray saved = readFile(path("saved.yaml"));
        QCOMPARE(saved, writeManifest(loadManifestFile(path("messy.yaml")).manifest));
        QCOMPARE(saved, document.text());
        // Opening the saved file and saving again changes nothing.
        QVERIFY(files.open(path("saved.yaml")));
        QVERIFY(files.save());
        QCOMPARE(readFile(path("saved.yaml")), saved);
        QCOMPARE(files.recentFiles().value(0), QFileInfo(path("saved.yaml")).absoluteFilePath());
    }

    void saveAsReplacesAtomically()
    {
        writeFile(path("target.yaml"), "old content\n");
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        document.setManifest(loadManifest(Messy).manifest);
        rename(&stack, &document, QStringLiteral("renamed"));
        QVERIFY(files.isModified());
        QVERIFY(files.saveAs(path("target.yaml")));
        QCOMPARE(readFile(path("target.yaml")), document.text());
        QVERIFY(!files.isModified());
        // QSaveFile leaves no temporary file behind.
        const QStringList leftovers = QDir(m_dir.path()).entryList({ "target.yaml*" }, QDir::Files);
        QCOMPARE(leftovers, QStringList({ "target.yaml" }));

        // A write that cannot happen (the parent is a file) reports, keeps the old file and the
        // modified state.
        rename(&stack, &document, QStringLiteral("again"));
        QString error;
        answerNextMessageBox(QMessageBox::Ok, &error);
        QVERIFY(!files.saveAs(path("target.yaml/inside.yaml")));
        QVERIFY(error.contains(QLatin1String("could not write")));
        QVERIFY(files.isModified());
        QVERIFY(readFile(path("target.yaml")).contains("renamed"));
    }

    void unsavedChangesPrompt()
    {
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        document.setManifest(loadManifest(Messy).manifest);
        QVERIFY(files.maybeSave()); // nothing changed: no question
        rename(&stack, &document, QStringLiteral("changed"));

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!files.maybeSave());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(files.maybeSave());
        QVERIFY(files.isModified());

        QVERIFY(files.saveAs(path("prompt.yaml")));
        rename(&stack, &document, QStringLiteral("changed-again"));
        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(files.maybeSave());
        QVERIFY(!files.isModified());
        QVERIFY(readFile(path("prompt.yaml")).contains("changed-again"));
    }

    void brokenFileKeepsTheCurrentDocument()
    {
        writeFile(path("good.yaml"), Messy);
        writeFile(path("broken.yaml"), "kind: Pod\nmetadata:\n  name: [oops\n");
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QVERIFY(files.open(path("good.yaml")));
        rename(&stack, &document, QStringLiteral("unsaved-work"));
        const QByteArray before = document.text();

        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!files.open(path("broken.yaml")));
        QVERIFY2(message.contains(QLatin1String("broken.yaml"))
                     && message.contains(QLatin1String("Line ")),
                 qPrintable(message));
        QCOMPARE(document.text(), before);
        QCOMPARE(files.filePath(), QFileInfo(path("good.yaml")).absoluteFilePath());
        QVERIFY(files.isModified());

        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!files.open(path("does-not-exist.yaml")));
        QCOMPARE(document.text(), before);
    }

    void aRecentFileThatIsGoneLeavesTheList()
    {
        writeFile(path("vanishing.yaml"), Messy);
        writeFile(path("staying.yaml"), Messy);
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QVERIFY(files.open(path("staying.yaml")));
        QVERIFY(files.open(path("vanishing.yaml")));
        const QString gone = QFileInfo(path("vanishing.yaml")).absoluteFilePath();
        QCOMPARE(files.recentFiles().value(0), gone);
        QVERIFY(QFile::remove(gone));

        QSignalSpy changed(&files, &DocumentController::recentFilesChanged);
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!files.open(gone));
        QVERIFY(!files.recentFiles().contains(gone));
        QVERIFY(files.recentFiles().contains(QFileInfo(path("staying.yaml")).absoluteFilePath()));
        QCOMPARE(changed.size(), 1);
        // A file that is there but does not parse stays: the user may fix it.
        QVERIFY(files.open(path("staying.yaml")));
        writeFile(path("staying.yaml"), "kind: Pod\nmetadata:\n  name: [oops\n");
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!files.open(path("staying.yaml")));
        QVERIFY(files.recentFiles().contains(QFileInfo(path("staying.yaml")).absoluteFilePath()));
    }

    void autosaveAndCrashRecovery()
    {
        const QString autosaveDir = path("autosave");
        writeFile(path("original.yaml"), Messy);
        QByteArray unsaved;
        {
            // The session that will "crash": destroyed without a save or a discard.
            PodDocument document;
            QUndoStack stack;
            DocumentController files(&document, &stack, nullptr);
            Autosaver autosaver(&document, &stack);
            autosaver.setDirectory(autosaveDir);
            autosaver.setInterval(20);
            autosaver.setOriginalPathProvider([&files] { return files.filePath(); });
            QVERIFY(files.open(path("original.yaml")));
            rename(&stack, &document, QStringLiteral("unsaved-name"));
            QTRY_VERIFY(QFile::exists(autosaver.textPath()));
            QTRY_COMPARE(readFile(autosaver.textPath()), document.text());
            unsaved = document.text();
            // While the session lives, its autosave is no orphan.
            QVERIFY(Autosaver::orphans(autosaveDir).empty());
        }

        const std::vector<AutosaveEntry> orphans = Autosaver::orphans(autosaveDir);
        QCOMPARE(orphans.size(), std::size_t(1));
        QCOMPARE(orphans.front().originalPath, QFileInfo(path("original.yaml")).absoluteFilePath());

        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QVERIFY(files.recover(readFile(orphans.front().textPath), orphans.front().originalPath));
        QCOMPARE(document.text(), unsaved);
        QVERIFY(files.isModified());
        QCOMPARE(files.filePath(), orphans.front().originalPath);
        // Undo goes back to what was saved in the original file.
        stack.undo();
        QCOMPARE(document.text(), writeManifest(loadManifest(Messy).manifest));
        Autosaver::remove(orphans.front());
        QVERIFY(Autosaver::orphans(autosaveDir).empty());
    }

    void typingThatDoesNotParseSurvivesACrash()
    {
        // YAML being typed that does not parse yet is in no undo step and not in the document;
        // a crash must not lose it either.
        const QString autosaveDir = path("autosave-unparsed");
        writeFile(path("typed.yaml"), Messy);
        const QByteArray typing = QByteArray(Messy) + "  nodeSelector: [unfinished\n";
        {
            PodDocument document;
            QUndoStack stack;
            DocumentController files(&document, &stack, nullptr);
            Autosaver autosaver(&document, &stack);
            autosaver.setDirectory(autosaveDir);
            autosaver.setOriginalPathProvider([&files] { return files.filePath(); });
            QVERIFY(files.open(path("typed.yaml")));
            QByteArray unapplied;
            autosaver.setUnappliedTextProvider([&unapplied] { return unapplied; });
            QVERIFY(!autosaver.autosaveNow()); // clean and nothing typed: nothing to keep
            unapplied = typing;
            QVERIFY(stack.isClean());
            QVERIFY(autosaver.autosaveNow());
            QCOMPARE(readFile(autosaver.textPath()), typing);
        }
        const std::vector<AutosaveEntry> orphans = Autosaver::orphans(autosaveDir);
        QCOMPARE(orphans.size(), std::size_t(1));

        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        // Without a YAML pane to take it, such text cannot be recovered, and nothing changes.
        QVERIFY(!files.recover(readFile(orphans.front().textPath), orphans.front().originalPath));
        QVERIFY(files.filePath().isEmpty());
        QByteArray handedBack;
        files.setUnappliedTextSink([&handedBack](const QByteArray &text) { handedBack = text; });
        QVERIFY(files.recover(readFile(orphans.front().textPath), orphans.front().originalPath));
        QCOMPARE(handedBack, typing);
        // The document is the original file's, ready for the typing to be fixed and applied.
        QCOMPARE(files.filePath(), orphans.front().originalPath);
        QCOMPARE(document.text(), writeManifest(loadManifest(Messy).manifest));
        Autosaver::remove(orphans.front());
    }

    void savingRemovesTheAutosave()
    {
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        Autosaver autosaver(&document, &stack);
        autosaver.setDirectory(path("autosave2"));
        document.setManifest(loadManifest(Messy).manifest);
        QVERIFY(!autosaver.autosaveNow()); // clean: nothing to keep
        rename(&stack, &document, QStringLiteral("x"));
        QVERIFY(autosaver.autosaveNow());
        QVERIFY(QFile::exists(autosaver.textPath()));
        QVERIFY(files.saveAs(path("saved-autosave.yaml")));
        QVERIFY(!QFile::exists(autosaver.textPath()));
    }

    void exportWarnsAboutErrors()
    {
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        document.setManifest(
            loadManifest(QByteArray(Messy).replace("name: web\n", "name: Web_1\n")).manifest);
        QVERIFY(hasErrors(document.findings()));
        QString message;
        answerNextMessageBox(QMessageBox::Cancel, &message);
        QVERIFY(!files.exportTo(path("export.yaml")));
        QVERIFY(!QFile::exists(path("export.yaml")));
        QVERIFY2(message.contains(QLatin1String("Web_1")), qPrintable(message));
    }

    void savingOverACommentedFileKeepsItsComments()
    {
        writeFile(path("kept.yaml"), Messy);
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QSignalSpy status(&files, &DocumentController::statusMessage);
        QVERIFY(files.open(path("kept.yaml")));
        QCOMPARE(status.last().first().toString(),
                 QStringLiteral("Opened %1").arg(QDir::toNativeSeparators(path("kept.yaml"))));
        rename(&stack, &document, QStringLiteral("renamed"));
        bool asked = false;
        QObject guard; // a question would run this in its event loop; none: gone with the test
        QTimer::singleShot(0, &guard, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->reject();
            }
        });
        QVERIFY(files.save());
        QVERIFY(!asked);
        const QByteArray saved = readFile(path("kept.yaml"));
        QCOMPARE(saved, document.text());
        QVERIFY2(saved.startsWith("# a hand-written pod\napiVersion: v1\n"), saved.constData());
        QVERIFY2(saved.contains("  - name: web\n    image: docker.io/library/nginx:1.27 # web\n"),
                 saved.constData());
    }

    void savingOverAFileWithUnkeptCommentsAsksFirst()
    {
        writeFile(path("commented.yaml"), Unkept);
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QVERIFY(files.open(path("commented.yaml")));
        rename(&stack, &document, QStringLiteral("renamed"));

        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!files.save());
        QVERIFY2(question.contains(QLatin1String("has 1 comment")), qPrintable(question));
        QCOMPARE(readFile(path("commented.yaml")), QByteArray(Unkept)); // untouched
        QVERIFY(files.isModified());

        clickInNextMessageBox(QStringLiteral("Save Without Comments"));
        QVERIFY(files.save());
        QCOMPARE(readFile(path("commented.yaml")), document.text());
        QVERIFY(!files.isModified());

        // Its comments are all kept now: saving again asks nothing.
        bool asked = false;
        QObject guard; // a question would run this in its event loop; none: gone with the test
        QTimer::singleShot(0, &guard, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->reject();
            }
        });
        rename(&stack, &document, QStringLiteral("again"));
        QVERIFY(files.save());
        QVERIFY(!asked);
    }

    void recoveredWorkOnACommentedFileAsksBeforeSavingOverIt()
    {
        writeFile(path("recovered.yaml"), Unkept);
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QVERIFY(files.recover(QByteArray(Unkept).replace("name: web,", "name: recovered,"),
                              path("recovered.yaml")));
        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!files.save());
        QVERIFY2(question.contains(QLatin1String("has 1 comment")), qPrintable(question));
        QCOMPARE(readFile(path("recovered.yaml")), QByteArray(Unkept));
    }

    void savingACommentedFileAsAnotherLeavesItAlone()
    {
        writeFile(path("keep-comments.yaml"), Messy);
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QVERIFY(files.open(path("keep-comments.yaml")));
        QVERIFY(files.saveAs(path("canonical.yaml"))); // another file: nothing to ask
        QCOMPARE(readFile(path("keep-comments.yaml")), QByteArray(Messy));
        QCOMPARE(files.filePath(), path("canonical.yaml"));
        rename(&stack, &document, QStringLiteral("renamed"));
        QVERIFY(files.save()); // canonical.yaml has no comments: no question either
        QCOMPARE(readFile(path("canonical.yaml")), document.text());
    }

    void exportOfAnEmptyDocumentSaysThereIsNothingToExport()
    {
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!files.exportTo(path("empty-export.yaml")));
        QVERIFY(!QFile::exists(path("empty-export.yaml")));
        QVERIFY2(message.contains(QLatin1String("no Kubernetes objects")), qPrintable(message));
    }

    void exportWritesTheCanonicalText()
    {
        PodDocument document;
        QUndoStack stack;
        DocumentController files(&document, &stack, nullptr);
        document.setManifest(loadManifest(Messy).manifest);
        QVERIFY(files.exportTo(path("export-ok.yaml")));
        QCOMPARE(readFile(path("export-ok.yaml")), document.text());
    }
};

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
