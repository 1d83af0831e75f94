#include "yamleditor.h"

#include "icons.h"

#ifdef PODWRIGHT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#else
#include "yamlhighlighter.h"
#endif

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include <utility>

namespace podwright::gui {

#ifdef PODWRIGHT_HAVE_KSYNTAXHIGHLIGHTING
namespace {
// One repository for the whole application: loading the definitions is the expensive part.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}
} // namespace
#endif

/// The line-number and finding-marker strip left of the text (as in KDE's codeeditor example).
class YamlEditorGutter : public QWidget
{
public:
    explicit YamlEditorGutter(YamlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextCursor cursor = m_editor->cursorForPosition(QPoint(0, help->pos().y()));
            QStringList lines;
            for (const ValidationFinding &f : m_editor->findingsOnLine(cursor.blockNumber() + 1))
                lines << QStringLiteral("%1: %2").arg(severityName(f.severity), f.summary());
            if (lines.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    YamlEditor *m_editor;
};

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new YamlEditorGutter(this))
#ifdef PODWRIGHT_HAVE_KSYNTAXHIGHLIGHTING
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
#else
    , m_highlighter(new YamlHighlighter(document(), palette()))
#endif
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setUndoRedoEnabled(false);
    setTabChangesFocus(false);
#ifdef PODWRIGHT_HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("YAML")));
#endif
    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlEditor::updateGutterArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &YamlEditor::updateExtraSelections);
    applyTheme();
    updateGutterGeometry();
}

YamlEditor::~YamlEditor() = default;

void YamlEditor::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
#ifdef PODWRIGHT_HAVE_KSYNTAXHIGHLIGHTING
    using KSyntaxHighlighting::Theme;
    const Theme theme
        = repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                         : KSyntaxHighlighting::Repository::LightTheme);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(Theme::TextSelection)));
    setPalette(pal);
    m_currentLineColour = QColor::fromRgba(theme.editorColor(Theme::CurrentLine));
    m_lineNumberColour = QColor::fromRgba(theme.editorColor(Theme::LineNumbers));
    m_currentLineNumberColour = QColor::fromRgba(theme.editorColor(Theme::CurrentLineNumber));
    m_gutterBackground = QColor::fromRgba(theme.editorColor(Theme::IconBorder));
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
#else
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    m_currentLineColour = QColor::fromRgbF(base.redF() * 0.9f + highlight.redF() * 0.1f,
                                           base.greenF() * 0.9f + highlight.greenF() * 0.1f,
                                           base.blueF() * 0.9f + highlight.blueF() * 0.1f);
    m_lineNumberColour = pal.color(QPalette::PlaceholderText);
    m_currentLineNumberColour = pal.color(QPalette::Text);
    m_gutterBackground = dark ? base.lighter(115) : base.darker(104);
    m_highlighter->setPalette(pal);
#endif
    updateExtraSelections();
    m_gutter->update();
}

void YamlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Follow the system's light/dark switch. The KF6 theme sets our own palette, so only react
    // to the application's palette change there, or we would loop.
    if (event->type() == QEvent::ApplicationPaletteChange
#ifndef PODWRIGHT_HAVE_KSYNTAXHIGHLIGHTING
        || event->type() == QEvent::PaletteChange
#endif
    )
        applyTheme();
}

bool YamlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Leave undo/redo to the window's actions on the shared history.
            Q_EMIT historyShortcutPressed();
            if (key->matches(QKeySequence::Undo) && m_undoHandler && m_undoHandler()) {
                // Accepting the override delivers the key here instead of to the shortcut.
                m_swallowUndoKey = true;
                event->accept();
                return true;
            }
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (std::exchange(m_swallowUndoKey, false) && key->matches(QKeySequence::Undo))
            return true;
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            // YAML forbids tabs for indentation.
            insertPlainText(QStringLiteral("  "));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            const QString line = textCursor().block().text().left(textCursor().positionInBlock());
            qsizetype indent = 0;
            while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
                ++indent;
            const bool opensBlock = line.trimmed().endsWith(QLatin1Char(':'));
            insertPlainText(QLatin1Char('\n')
                            + QString(indent + (opensBlock ? 2 : 0), QLatin1Char(' ')));
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        QStringList lines;
        for (const ValidationFinding &f : findingsOnLine(cursor.blockNumber() + 1))
            lines << f.summary();
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void YamlEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT focusLost(event->reason());
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

int YamlEditor::gutterWidth() const
{
    int digits = 1;
    for (int count = blockCount(); count >= 10; count /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 2)
        + fontMetrics().lineSpacing();
}

void YamlEditor::updateGutterGeometry()
{
    // Called for every change in the block count; new margins relayout the whole viewport, so
    // only when the width of the line numbers really changes.
    if (const int width = gutterWidth(); viewportMargins().left() != width)
        setViewportMargins(width, 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void YamlEditor::updateGutterArea(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void YamlEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), m_gutterBackground);
    const int markerSize = fontMetrics().lineSpacing();
    const int currentBlock = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            painter.setPen(block.blockNumber() == currentBlock ? m_currentLineNumberColour
                                                               : m_lineNumberColour);
            painter.drawText(markerSize, top, m_gutter->width() - markerSize - 4,
                             fontMetrics().height(), Qt::AlignRight, QString::number(line));
            const Findings onLine = findingsOnLine(line);
            if (!onLine.empty()) {
                Severity worst = Severity::Hint;
                for (const ValidationFinding &f : onLine)
                    worst = std::min(worst, f.severity); // Error < Warning < Hint
                const int icon = markerSize - 4;
                severityIcon(worst).paint(&painter,
                                          QRect(3, top + (height - icon) / 2, icon, icon));
            }
        }
        block = block.next();
        top += height;
    }
}

Findings YamlEditor::findingsOnLine(int line) const
{
    Findings result;
    for (const ValidationFinding &f : m_findings)
        if (f.pos.line == line)
            result.push_back(f);
    return result;
}

void YamlEditor::setFindings(const Findings &findings)
{
    m_findings = findings;
    updateExtraSelections();
    m_gutter->update();
}

QTextCursor YamlEditor::cursorAt(SourcePos pos) const
{
    QTextBlock block = document()->findBlockByNumber(std::max(pos.line, 1) - 1);
    if (!block.isValid())
        block = document()->lastBlock();
    QTextCursor cursor(block);
    const int column = std::clamp(pos.column - 1, 0, static_cast<int>(block.text().size()));
    cursor.setPosition(block.position() + column);
    return cursor;
}

void YamlEditor::goToPosition(SourcePos pos)
{
    if (!pos.isValid())
        return;
    setTextCursor(cursorAt(pos));
    centerCursor();
}

void YamlEditor::setCursorSourcePosition(SourcePos pos)
{
    setTextCursor(cursorAt(pos));
}

SourcePos YamlEditor::cursorSourcePosition() const
{
    const QTextCursor cursor = textCursor();
    return { cursor.blockNumber() + 1, cursor.positionInBlock() + 1 };
}

void YamlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(m_currentLineColour);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections << current;

    for (const ValidationFinding &f : m_findings) {
        if (!f.pos.isValid())
            continue;
        QTextEdit::ExtraSelection underline;
        underline.cursor = cursorAt(f.pos);
        // Underline the token at the position: up to the next space, or one character.
        const QString rest
            = underline.cursor.block().text().mid(underline.cursor.positionInBlock());
        qsizetype length = 0;
        while (length < rest.size() && !rest.at(length).isSpace())
            ++length;
        underline.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor,
                                      static_cast<int>(std::max<qsizetype>(length, 1)));
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(severityColor(f.severity));
        selections << underline;
    }
    setExtraSelections(selections);
}

} // namespace podwright::gui
