#pragma once

#include "manifest.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QUndoStack;
class QWidget;

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

/**
 * The document's life as a file: New, Open, Save, Save As (atomic), Export for a cluster, the
 * recent-files list and the unsaved-changes prompt. Errors are said in a dialog, in words, and
 * never cost the document that is open.
 *
 * The modified state is the undo stack's clean state; opening or creating resets the history.
 */
class DocumentController : public QObject
{
    Q_OBJECT
public:
    DocumentController(PodDocument *document, QUndoStack *stack, QWidget *dialogParent);

    QString filePath() const { return m_filePath; }
    /// "web.yaml", or "Untitled" for a new document.
    QString displayName() const;
    bool isModified() const;
    QStringList recentFiles() const;

    /// Called before the text is saved or exported, so that a view with pending edits (the YAML
    /// pane) can apply them first.
    void setBeforeSaveHook(std::function<void()> hook) { m_beforeSave = std::move(hook); }
    /// Says why text typed into a view could not be applied (the YAML pane's parse error), empty
    /// when there is none. That text is in no undo step, so maybeSave() asks before it is lost
    /// and a save says it is not in the file.
    void setUnappliedTextProvider(std::function<QString()> provider)
    {
        m_unappliedText = std::move(provider);
    }

    /// Takes recovered text that does not parse back into the view it was typed in.
    void setUnappliedTextSink(std::function<void(const QByteArray &)> sink)
    {
        m_unappliedTextSink = std::move(sink);
    }

    /// Starts a new untitled document holding `manifest` (a template) or nothing.
    bool newDocument(const Manifest &manifest = {}, const QString &suggestedName = {});
    /// Opens a file; on failure shows why and keeps the current document.
    bool open(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    /// Writes the canonical YAML to `path`, after a confirmation listing any errors.
    bool exportTo(const QString &path);
    /// Replaces the document with recovered text from an autosave, as unsaved changes over the
    /// original file (when it still exists), so that undo goes back to what was saved. Text
    /// that does not parse (typing autosaved before it was fixed) goes to the unapplied-text
    /// sink over the original file; without a sink it cannot be recovered (false, nothing done).
    bool recover(const QByteArray &text, const QString &originalPath);

    /// If there are unsaved changes, asks Save / Discard / Cancel. True when it is fine to go on.
    bool maybeSave();

public Q_SLOTS:
    void openWithDialog();
    bool saveWithDialog();
    void exportWithDialog();
    void clearRecentFiles();

Q_SIGNALS:
    void filePathChanged(const QString &path);
    void recentFilesChanged();
    void saved(const QString &path);
    void statusMessage(const QString &message);

private:
    void setFilePath(const QString &path);
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    bool writeTo(const QString &path, const QByteArray &text);
    enum class CommentsChoice { DropThem, SavedElsewhere, Cancel };
    /// Before saving over a file some of whose comments would be lost: Save Without Comments, Save
    /// As… (done here) or Cancel.
    CommentsChoice askAboutComments();
    QString unappliedText() const { return m_unappliedText ? m_unappliedText() : QString(); }
    bool confirmLosingUnappliedText();
    QString dialogDirectory() const;

    PodDocument *m_document;
    QUndoStack *m_stack;
    QWidget *m_dialogParent;
    QString m_filePath;
    QString m_suggestedName;
    /// Comments in the file at m_filePath (counted when a file is opened or recovered; none
    /// once Podwright has written it): Podwright keeps no comments, so saving over them asks.
    int m_commentsInFile = 0;
    std::function<void()> m_beforeSave;
    std::function<QString()> m_unappliedText;
    std::function<void(const QByteArray &)> m_unappliedTextSink;
};

} // namespace podwright::gui
