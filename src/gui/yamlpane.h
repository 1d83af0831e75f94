#pragma once

#include "elementref.h"
#include "finding.h"
#include "manifestio.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QUndoStack;
class QFrame;

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

class SelectionModel;
class YamlEditor;

/**
 * The YAML view of the document: shows PodDocument::text() and lets the user edit it.
 *
 * After a pause in typing, text that parses is applied to the model as one undoable step
 * (SetManifestCommand, MergeId::YamlText); text that does not parse leaves the model at its
 * last good state and shows the error in a banner and in the gutter. Findings are those of the
 * text on screen, which is the canonical text except in the middle of an edit.
 *
 * Changes made by other views replace the text, but never the user's own edit while it is being
 * applied: reformatting to the canonical form waits until the editor loses focus or Format.
 */
class YamlPane : public QWidget
{
    Q_OBJECT
public:
    YamlPane(PodDocument *document, QUndoStack *stack, SelectionModel *selection,
             QWidget *parent = nullptr);
    ~YamlPane() override;

    YamlEditor *editor() const { return m_editor; }
    const Findings &findings() const { return m_findings; }
    /// Display names of the resources the findings' resourceIndex refers to.
    QStringList resourceNames() const;
    /// True while the text on screen does not parse (the model keeps its last good state).
    bool hasParseError() const { return m_parseError; }
    /// Where and why the text on screen does not parse ("Line 3, column 7: ..."), empty when
    /// it does: that text is in no undo step, so closing or opening another file would lose it.
    QString parseErrorText() const { return m_parseError ? m_parseErrorText : QString(); }
    /// The text on screen while it does not parse (for the autosave), empty when it does.
    QByteArray unappliedText() const;
    /// Puts back text that did not parse when it was autosaved, as if just typed: the banner
    /// says where it fails and the model keeps its state until the text is fixed.
    void restoreUnappliedText(const QByteArray &text);

    /// Pause after the last keystroke before the text is applied (default 600 ms).
    void setApplyDelay(int milliseconds) { m_applyTimer.setInterval(milliseconds); }
    /// Pauses longer than this start a new undo step (default 2 s).
    void setBurstGap(int milliseconds) { m_burstGap = milliseconds; }

public Q_SLOTS:
    /// Applies pending text now (before undo, save, or when the editor loses focus).
    void flush();
    /// Applies pending text and replaces it with the canonical form.
    void format();
    /// Replaces text that does not parse with the last valid text (the model's); false, and
    /// nothing done, when the text parses. Ctrl+Z in the editor does this before it steps
    /// back through the shared history.
    bool revertUnparsedText();
    void goToPosition(podwright::SourcePos pos);

Q_SIGNALS:
    void findingsChanged();
    /// A one-line note for the status bar (comments the reformat removed).
    void statusMessage(const QString &message);

private:
    void onTextEdited();
    void onDocumentChanged();
    void onSelectionChanged(const podwright::gui::ElementRef &ref);
    void applyText();
    void showCanonicalText();
    void setEditorText(const QString &text);
    void updateFindings(const LoadResult &load, bool canonical);
    void showBanner(const QString &message);

    PodDocument *m_document;
    QUndoStack *m_stack;
    SelectionModel *m_selection;
    YamlEditor *m_editor;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QTimer m_applyTimer;
    QElapsedTimer m_lastKeystroke;
    int m_burstGap = 2000;
    int m_burstId = 0;
    int m_lastPushIndex = -1;
    bool m_settingText = false;
    bool m_applying = false;
    bool m_pending = false;
    bool m_parseError = false;
    QString m_parseErrorText;
    Findings m_findings;
    LoadResult m_load; ///< the text on screen, parsed: positions for selection sync
};

} // namespace podwright::gui
