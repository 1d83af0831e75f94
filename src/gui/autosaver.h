#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

class QUndoStack;

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

/// One autosave left behind by a session that ended without saving or discarding.
struct AutosaveEntry {
    QString textPath; ///< <dir>/<id>.yaml
    QString sidecarPath; ///< <dir>/<id>.json
    QString originalPath; ///< the file the session was editing, empty when untitled
    QDateTime savedAt;
};

/**
 * Writes the canonical text of a modified document (or, while the YAML pane holds text that
 * does not parse, that text as typed) every few seconds to
 * <AppDataLocation>/autosave/<session id>.yaml (atomically) with a JSON sidecar naming the
 * original file, and removes both when the document is saved or deliberately closed. A session
 * that crashes leaves them behind; orphans() finds them at the next start.
 *
 * PODWRIGHT_AUTOSAVE_DIR and PODWRIGHT_AUTOSAVE_INTERVAL_MS override the directory and the
 * interval (tests, or users who want it elsewhere).
 */
class Autosaver : public QObject
{
    Q_OBJECT
public:
    Autosaver(PodDocument *document, QUndoStack *stack, QObject *parent = nullptr);
    ~Autosaver() override;

    static QString defaultDirectory();
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString directory() const { return m_directory; }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    /// Supplies the path of the file being edited, recorded in the sidecar.
    void setOriginalPathProvider(std::function<QString()> provider)
    {
        m_originalPath = std::move(provider);
    }

    /// Supplies text typed into a view that does not parse yet (the YAML pane's), empty when
    /// there is none. It is in no undo step and not in the document, so it is what gets kept.
    void setUnappliedTextProvider(std::function<QByteArray()> provider)
    {
        m_unappliedText = std::move(provider);
    }

    QString textPath() const;
    /// Writes now if the document is modified and changed since the last write.
    bool autosaveNow();
    /// Removes this session's autosave (after a save, or a close without saving).
    void discard();

    /// Autosaves in `directory` whose session is gone: the process died, or (in the same
    /// process) its Autosaver no longer exists. Newest first.
    static std::vector<AutosaveEntry> orphans(const QString &directory);
    static void remove(const AutosaveEntry &entry);

private:
    PodDocument *m_document;
    QUndoStack *m_stack;
    QString m_directory;
    QString m_id;
    QTimer m_timer;
    QByteArray m_lastWritten;
    std::function<QString()> m_originalPath;
    std::function<QByteArray()> m_unappliedText;
};

} // namespace podwright::gui
