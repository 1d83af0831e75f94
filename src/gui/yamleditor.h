#pragma once

#include "finding.h"

#include <QPlainTextEdit>

#include <functional>

#ifdef PODWRIGHT_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}
#endif

namespace podwright::gui {

class YamlHighlighter;
class YamlEditorGutter;

/**
 * A YAML text editor: line numbers with finding markers in a gutter (the message as tooltip),
 * wavy underlines at each finding's line:column, a current-line highlight and syntax colours
 * — from KSyntaxHighlighting when the build has it, from YamlHighlighter otherwise.
 *
 * The editor keeps no undo history of its own: the application's single QUndoStack owns undo,
 * so Ctrl+Z inside the editor reaches the window's Undo action (historyShortcutPressed() is
 * emitted first so pending text can be applied).
 */
class YamlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit YamlEditor(QWidget *parent = nullptr);
    ~YamlEditor() override;

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }

    /// Moves the cursor to a 1-based line:column and scrolls it into view.
    void goToPosition(SourcePos pos);
    /// Moves the cursor without scrolling (clamped to the text).
    void setCursorSourcePosition(SourcePos pos);
    /// The cursor's 1-based line:column.
    SourcePos cursorSourcePosition() const;
    /// The findings on a 1-based line, for the gutter tooltip.
    Findings findingsOnLine(int line) const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

    /// Asked when Ctrl+Z is pressed here, after historyShortcutPressed(): true when the owner
    /// took the key itself (it dropped typing that does not parse), so the window's Undo does
    /// not also step back through the shared history.
    void setUndoHandler(std::function<bool()> handler) { m_undoHandler = std::move(handler); }

Q_SIGNALS:
    void historyShortcutPressed();
    void focusLost(Qt::FocusReason reason);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void applyTheme();
    void updateGutterGeometry();
    void updateGutterArea(const QRect &rect, int dy);
    void updateExtraSelections();
    QTextCursor cursorAt(SourcePos pos) const;

    Findings m_findings;
    std::function<bool()> m_undoHandler;
    bool m_swallowUndoKey = false; ///< the undo handler took this Ctrl+Z
    YamlEditorGutter *m_gutter;
    QColor m_currentLineColour;
    QColor m_lineNumberColour;
    QColor m_currentLineNumberColour;
    QColor m_gutterBackground;
#ifdef PODWRIGHT_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
#else
    YamlHighlighter *m_highlighter;
#endif
};

} // namespace podwright::gui
