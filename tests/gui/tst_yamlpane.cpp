// The YAML pane as a live, two-way view of the PodDocument.
#include "manifestio.h"
#include "podcommands.h"
#include "poddocument.h"
#include "selectionmodel.h"
#include "yamleditor.h"
#include "yamlpane.h"

#include <QAction>
#include <QFrame>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace podwright;
using namespace podwright::gui;

namespace {

const char PodYaml[] = R"(apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
    - name: web
      image: docker.io/library/nginx:1.27
      ports:
        - containerPort: 80
)";

// Replaces `from` with `to` in the editor as typing would: through the text cursor, so that
// textChanged fires and the pane's pause timer starts.
void typeReplace(YamlEditor *editor, const QString &from, const QString &to)
{
    const auto start = static_cast<int>(editor->toPlainText().indexOf(from));
    QVERIFY2(start >= 0, qPrintable(from));
    QTextCursor cursor(editor->document());
    cursor.setPosition(start);
    cursor.setPosition(start + static_cast<int>(from.size()), QTextCursor::KeepAnchor);
    cursor.insertText(to);
}

} // namespace

class TestYamlPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<PodDocument> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<SelectionModel> m_selection;
    std::unique_ptr<YamlPane> m_pane;

    const Container &firstContainer() const { return m_document->pod(0).spec.containers.at(0); }

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<PodDocument>();
        m_document->setManifest(loadManifest(PodYaml).manifest);
        m_stack = std::make_unique<QUndoStack>();
        m_selection = std::make_unique<SelectionModel>(m_document.get());
        m_pane = std::make_unique<YamlPane>(m_document.get(), m_stack.get(), m_selection.get());
        m_pane->setApplyDelay(30);
        m_pane->setBurstGap(60 * 1000);
    }

    void cleanup()
    {
        m_pane.reset();
        m_selection.reset();
        m_stack.reset();
        m_document.reset();
    }

    void showsTheCanonicalText()
    {
        QCOMPARE(m_pane->editor()->toPlainText().toUtf8(), m_document->text());
    }

    void editAppliesToTheModelAfterThePause()
    {
        QSignalSpy changed(m_document.get(), &PodDocument::changed);
        typeReplace(m_pane->editor(), QStringLiteral("nginx:1.27"), QStringLiteral("nginx:1.26"));
        // Not at once: only after the pause.
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE(firstContainer().image, QStringLiteral("docker.io/library/nginx:1.26"));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Edit YAML"));
    }

    void invalidTextKeepsTheLastGoodModelAndShowsTheError()
    {
        const QByteArray before = m_document->text();
        typeReplace(m_pane->editor(), QStringLiteral("name: web\n  labels"),
                    QStringLiteral("name: [web\n  labels"));
        QTRY_VERIFY(m_pane->hasParseError());
        QCOMPARE(m_document->text(), before);
        QCOMPARE(m_stack->count(), 0);
        auto *banner = m_pane->findChild<QFrame *>(QStringLiteral("yamlErrorBanner"));
        QVERIFY(banner && banner->isVisibleTo(m_pane.get()));
        const Findings &findings = m_pane->editor()->findings();
        QVERIFY(!findings.empty());
        QVERIFY(findings.front().pos.isValid());
        QCOMPARE(findings.front().severity, Severity::Error);

        // Fixing the text clears the error and applies.
        typeReplace(m_pane->editor(), QStringLiteral("name: [web"), QStringLiteral("name: web2"));
        QTRY_COMPARE(m_document->pod(0).metadata.name, QStringLiteral("web2"));
        QVERIFY(!m_pane->hasParseError());
        QVERIFY(!banner->isVisibleTo(m_pane.get()));
    }

    void aBurstOfTypingIsOneUndoStep()
    {
        typeReplace(m_pane->editor(), QStringLiteral("nginx:1.27"), QStringLiteral("nginx:1.2"));
        QTRY_COMPARE(firstContainer().image, QStringLiteral("docker.io/library/nginx:1.2"));
        typeReplace(m_pane->editor(), QStringLiteral("nginx:1.2"), QStringLiteral("nginx:1.25"));
        QTRY_COMPARE(firstContainer().image, QStringLiteral("docker.io/library/nginx:1.25"));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(firstContainer().image, QStringLiteral("docker.io/library/nginx:1.27"));
        QVERIFY(m_pane->editor()->toPlainText().contains(QLatin1String("nginx:1.27")));
    }

    void aPauseStartsANewUndoStep()
    {
        m_pane->setBurstGap(0);
        typeReplace(m_pane->editor(), QStringLiteral("nginx:1.27"), QStringLiteral("nginx:1.2"));
        QTRY_COMPARE(firstContainer().image, QStringLiteral("docker.io/library/nginx:1.2"));
        QTest::qWait(5);
        typeReplace(m_pane->editor(), QStringLiteral("nginx:1.2"), QStringLiteral("nginx:1.25"));
        QTRY_COMPARE(firstContainer().image, QStringLiteral("docker.io/library/nginx:1.25"));
        QCOMPARE(m_stack->count(), 2);
    }

    void undoAndRedoAcrossAPodEditAndAYamlEdit()
    {
        QVERIFY(pushPodEdit(
            m_stack.get(), m_document.get(), 0,
            [](Pod &pod) { pod.spec.containers[0].name = QStringLiteral("server"); },
            QStringLiteral("Rename")));
        // Another view's edit replaces the text.
        QVERIFY(m_pane->editor()->toPlainText().contains(QLatin1String("name: server")));
        typeReplace(m_pane->editor(), QStringLiteral("containerPort: 80"),
                    QStringLiteral("containerPort: 8080"));
        QTRY_COMPARE(firstContainer().ports.at(0).containerPort, std::optional<qint64>(8080));
        QCOMPARE(m_stack->count(), 2);

        m_stack->undo();
        QCOMPARE(firstContainer().ports.at(0).containerPort, std::optional<qint64>(80));
        QCOMPARE(firstContainer().name, QStringLiteral("server"));
        QCOMPARE(m_pane->editor()->toPlainText().toUtf8(), m_document->text());
        m_stack->undo();
        QCOMPARE(firstContainer().name, QStringLiteral("web"));
        QCOMPARE(m_pane->editor()->toPlainText().toUtf8(), m_document->text());
        m_stack->redo();
        m_stack->redo();
        QCOMPARE(firstContainer().name, QStringLiteral("server"));
        QCOMPARE(firstContainer().ports.at(0).containerPort, std::optional<qint64>(8080));
    }

    void undoInTextThatDoesNotParseGoesBackToTheLastValidText()
    {
        // Ctrl+Z right after typing something broken takes the broken typing back; it must not
        // undo an earlier (here: the canvas's) step and drop the typing on the way.
        QAction undo;
        undo.setShortcut(QKeySequence::Undo);
        connect(&undo, &QAction::triggered, m_stack.get(), &QUndoStack::undo);
        m_pane->addAction(&undo);
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        m_pane->editor()->setFocus();
        QVERIFY(pushPodEdit(
            m_stack.get(), m_document.get(), 0,
            [](Pod &pod) { pod.spec.containers[0].name = QStringLiteral("server"); },
            QStringLiteral("Rename")));
        typeReplace(m_pane->editor(), QStringLiteral("containerPort: 80"),
                    QStringLiteral("containerPort: [80"));
        m_pane->flush();
        QVERIFY(m_pane->hasParseError());

        QSignalSpy notes(m_pane.get(), &YamlPane::statusMessage);
        QTest::keyClick(m_pane->editor(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!m_pane->hasParseError());
        QCOMPARE(m_pane->editor()->toPlainText().toUtf8(), m_document->text());
        QCOMPARE(firstContainer().name, QStringLiteral("server"));
        QCOMPARE(m_stack->index(), 1);
        QCOMPARE(notes.size(), 1);
        // With valid text, Ctrl+Z is the shared history's again.
        QTest::keyClick(m_pane->editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(firstContainer().name, QStringLiteral("web"));
    }

    void anotherViewsChangeOverTextThatDoesNotParseSaysSo()
    {
        typeReplace(m_pane->editor(), QStringLiteral("containerPort: 80"),
                    QStringLiteral("containerPort: [80"));
        m_pane->flush();
        QVERIFY(m_pane->hasParseError());
        QSignalSpy notes(m_pane.get(), &YamlPane::statusMessage);
        QVERIFY(pushPodEdit(
            m_stack.get(), m_document.get(), 0,
            [](Pod &pod) { pod.spec.containers[0].name = QStringLiteral("server"); },
            QStringLiteral("Rename")));
        QCOMPARE(m_pane->editor()->toPlainText().toUtf8(), m_document->text());
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().first().toString().contains(QLatin1String("did not parse")),
                 qPrintable(notes.first().first().toString()));
        // A change over valid text has nothing to say.
        QVERIFY(pushPodEdit(
            m_stack.get(), m_document.get(), 0,
            [](Pod &pod) { pod.spec.containers[0].name = QStringLiteral("web"); },
            QStringLiteral("Rename")));
        QCOMPARE(notes.size(), 1);
    }

    void destroyingAPaneWhoseEditorHasFocusIsSafe()
    {
        // Its children go after its members: the editor losing the focus then must not reach
        // the half-destroyed pane (it crashed in format()).
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        m_pane->editor()->setFocus();
        QVERIFY(m_pane->editor()->hasFocus());
        m_pane.reset();
        QVERIFY(m_document->resourceCount() == 1);
    }

    void ownEditIsNotReformattedUntilFormat()
    {
        typeReplace(m_pane->editor(), QStringLiteral("nginx:1.27"),
                    QStringLiteral("nginx:1.26   # pinned for now"));
        QTRY_COMPARE(firstContainer().image, QStringLiteral("docker.io/library/nginx:1.26"));
        // The user's spacing stays while they work.
        QVERIFY(m_pane->editor()->toPlainText().contains(
            QLatin1String("nginx:1.26   # pinned for now")));
        QSignalSpy notes(m_pane.get(), &YamlPane::statusMessage);
        m_pane->format();
        QCOMPARE(m_pane->editor()->toPlainText().toUtf8(), m_document->text());
        // The comment is the model's: Format writes it back on its line, with nothing to say.
        QVERIFY2(
            m_document->text().contains("image: docker.io/library/nginx:1.26 # pinned for now\n"),
            m_document->text().constData());
        QCOMPARE(notes.size(), 0);
    }

    void formatSaysWhichCommentsHaveNowhereToGo()
    {
        // An empty object is not written, so neither is its comment.
        typeReplace(m_pane->editor(), QStringLiteral("nginx:1.27"),
                    QStringLiteral("nginx:1.27 # kept\n    resources: {} # none yet"));
        m_pane->flush();
        QSignalSpy notes(m_pane.get(), &YamlPane::statusMessage);
        m_pane->format();
        QVERIFY(m_pane->editor()->toPlainText().contains(QLatin1String("nginx:1.27 # kept")));
        QVERIFY(!m_pane->editor()->toPlainText().contains(QLatin1String("none yet")));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().first().toString().contains(QLatin1String("1 comment")),
                 qPrintable(notes.first().first().toString()));
        m_pane->format(); // nothing left to remove: nothing to say
        QCOMPARE(notes.size(), 1);
    }

    void aTypedCommentIsKeptAndUndoable()
    {
        typeReplace(m_pane->editor(), QStringLiteral("kind: Pod"),
                    QStringLiteral("kind: Pod # a comment"));
        QTRY_COMPARE(m_stack->count(), 1);
        QVERIFY(m_document->text().contains("kind: Pod # a comment\n"));
        // Another view's edit rewrites the pane from the model: the comment is still there.
        QVERIFY(pushPodEdit(
            m_stack.get(), m_document.get(), 0,
            [](Pod &pod) { pod.spec.containers[0].name = QStringLiteral("server"); },
            QStringLiteral("Rename")));
        QVERIFY(m_pane->editor()->toPlainText().contains(QLatin1String("kind: Pod # a comment\n")));
        m_stack->undo();
        m_stack->undo();
        QVERIFY(!m_document->text().contains("# a comment"));
        QVERIFY(!m_pane->editor()->toPlainText().contains(QLatin1String("# a comment")));
        m_stack->redo();
        QVERIFY(m_pane->editor()->toPlainText().contains(QLatin1String("kind: Pod # a comment\n")));
    }

    void formattingOnlyEditsAddNoUndoStep()
    {
        typeReplace(m_pane->editor(), QStringLiteral("kind: Pod"), QStringLiteral("kind:    Pod"));
        QTest::qWait(150);
        QCOMPARE(m_stack->count(), 0);
    }

    void findingsLineUpWithCommentLines()
    {
        // Comments add lines to the canonical text: the findings' lines (read back from it)
        // count them, so the underline of the duplicate name sits on that name.
        m_document->setManifest(
            loadManifest("# two containers, one name\napiVersion: v1\nkind: Pod\nmetadata:\n"
                         "  name: web\nspec:\n  containers:\n  # the first\n  - name: web\n"
                         "    image: docker.io/library/nginx:1.27\n  # the second\n"
                         "  # has the same name\n  - name: web # oops\n"
                         "    image: docker.io/library/busybox:1.36\n")
                .manifest);
        QCOMPARE(m_pane->editor()->toPlainText().toUtf8(), m_document->text());
        const Findings &findings = m_pane->findings();
        const auto duplicate = std::find_if(findings.begin(), findings.end(), [](const auto &f) {
            return f.path == QLatin1String("spec.containers[1].name");
        });
        QVERIFY(duplicate != findings.end());
        const QTextBlock line
            = m_pane->editor()->document()->findBlockByNumber(duplicate->pos.line - 1);
        QCOMPARE(line.text(), QStringLiteral("  - name: web # oops"));
        QCOMPARE(line.text().mid(duplicate->pos.column - 1, 3), QStringLiteral("web"));
    }

    void findingsAreThoseOfTheTextOnScreen()
    {
        // Two containers with one name: an error whose line is in the user's text.
        QTextCursor end(m_pane->editor()->document());
        end.movePosition(QTextCursor::End);
        end.insertText(
            QStringLiteral("  - name: web\n    image: docker.io/library/busybox:1.36\n"));
        QTRY_COMPARE(m_document->pod(0).spec.containers.size(), std::size_t(2));
        const Findings &findings = m_pane->findings();
        const auto duplicate = std::find_if(findings.begin(), findings.end(), [](const auto &f) {
            return f.path == QLatin1String("spec.containers[1].name");
        });
        QVERIFY(duplicate != findings.end());
        QCOMPARE(duplicate->severity, Severity::Error);
        const QTextBlock line
            = m_pane->editor()->document()->findBlockByNumber(duplicate->pos.line - 1);
        QVERIFY2(line.text().contains(QLatin1String("name: web")), qPrintable(line.text()));
    }

    void selectingAnElementMovesTheCursorToItsLine()
    {
        m_selection->setCurrent(ElementRef::port(0, ElementRef::Lane::App, 0, 0));
        const int line = m_pane->editor()->cursorSourcePosition().line;
        QVERIFY2(m_pane->editor()->document()->findBlockByNumber(line - 1).text().contains(
                     QLatin1String("containerPort: 80")),
                 qPrintable(QString::number(line)));
    }

    void selectionLeavesTheCursorAloneWhileTheTextDoesNotParse()
    {
        // Lines added above, then a syntax error: the positions of the last valid text now
        // point three lines too high, so following the selection would land on a wrong line.
        QTextCursor top(m_pane->editor()->document());
        top.insertText(QStringLiteral("# one\n# two\n# three\n"));
        typeReplace(m_pane->editor(), QStringLiteral("name: web\n  labels"),
                    QStringLiteral("name: [web\n  labels"));
        QTRY_VERIFY(m_pane->hasParseError());
        QTextCursor cursor = m_pane->editor()->textCursor();
        cursor.setPosition(0);
        m_pane->editor()->setTextCursor(cursor);
        QSignalSpy notes(m_pane.get(), &YamlPane::statusMessage);

        m_selection->setCurrent(ElementRef::port(0, ElementRef::Lane::App, 0, 0));

        QCOMPARE(m_pane->editor()->textCursor().position(), 0);
        QCOMPARE(notes.count(), 1);
        const QString note = notes.first().first().toString();
        QVERIFY2(note.contains(QLatin1String("does not parse")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("Line 8")), qPrintable(note));

        // Once the text parses again, the selection moves the cursor to the right line.
        typeReplace(m_pane->editor(), QStringLiteral("name: [web"), QStringLiteral("name: web"));
        QTRY_VERIFY(!m_pane->hasParseError());
        m_selection->setCurrent(ElementRef::pod(0));
        m_selection->setCurrent(ElementRef::port(0, ElementRef::Lane::App, 0, 0));
        const int line = m_pane->editor()->cursorSourcePosition().line;
        QVERIFY2(m_pane->editor()->document()->findBlockByNumber(line - 1).text().contains(
                     QLatin1String("containerPort: 80")),
                 qPrintable(QString::number(line)));
    }
};

QTEST_MAIN(TestYamlPane)
#include "tst_yamlpane.moc"
