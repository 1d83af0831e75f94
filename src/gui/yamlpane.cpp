#include "yamlpane.h"

#include "icons.h"
#include "podcommands.h"
#include "poddocument.h"
#include "selectionmodel.h"
#include "validator.h"
#include "yamleditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace podwright::gui {

YamlPane::YamlPane(PodDocument *document, QUndoStack *stack, SelectionModel *selection,
                   QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(stack)
    , m_selection(selection)
    , m_editor(new YamlEditor(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
{
    m_editor->setAccessibleName(tr("YAML text"));
    m_editor->setAccessibleDescription(
        tr("The pod as it will be exported; edits apply to the canvas after a short pause"));
    m_banner->setObjectName(QStringLiteral("yamlErrorBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    QColor tint = severityColor(Severity::Error);
    tint.setAlpha(48);
    bannerPalette.setColor(QPalette::Window, tint);
    m_banner->setPalette(bannerPalette);
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = fontMetrics().height();
    bannerIcon->setPixmap(severityIcon(Severity::Error).pixmap(iconSize, iconSize));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_editor);

    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(600);
    connect(&m_applyTimer, &QTimer::timeout, this, &YamlPane::applyText);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &YamlPane::onTextEdited);
    connect(m_editor, &YamlEditor::historyShortcutPressed, this, &YamlPane::flush);
    m_editor->setUndoHandler([this] { return revertUnparsedText(); });
    connect(m_editor, &YamlEditor::focusLost, this, [this](Qt::FocusReason reason) {
        flush();
        ++m_burstId; // leaving the editor ends the burst
        // Reformat under the user's eyes only once they have left the editor, and not merely
        // because a menu popped up.
        if (reason != Qt::PopupFocusReason)
            format();
    });
    connect(document, &PodDocument::changed, this, &YamlPane::onDocumentChanged);
    connect(selection, &SelectionModel::currentChanged, this, &YamlPane::onSelectionChanged);
    showCanonicalText();
}

YamlPane::~YamlPane()
{
    // The editor outlives this object's members: deleted with the other children, it loses the
    // focus and would call format() on a pane that is half gone.
    disconnect(m_editor, nullptr, this, nullptr);
}

QStringList YamlPane::resourceNames() const
{
    QStringList names;
    const Manifest &manifest = m_load.parsed ? m_load.manifest : m_document->manifest();
    for (const ManifestResource &resource : manifest.resources)
        names << resource.displayName();
    return names;
}

void YamlPane::onTextEdited()
{
    if (m_settingText)
        return;
    if (m_lastKeystroke.isValid() && m_lastKeystroke.elapsed() > m_burstGap)
        ++m_burstId;
    m_lastKeystroke.start();
    m_pending = true;
    m_applyTimer.start();
}

void YamlPane::flush()
{
    if (m_pending)
        applyText();
}

void YamlPane::format()
{
    flush();
    if (m_parseError)
        return;
    // The canonical text keeps every comment that belongs to a field it writes: when some of
    // the user's belonged to none, say where they went.
    const int comments = m_load.unplacedComments + countCommentLinesLeftOut(m_load.manifest);
    showCanonicalText();
    if (comments > 0)
        Q_EMIT statusMessage(
            tr("%n comment(s) removed: they belong to no field Podwright writes", "", comments));
}

QByteArray YamlPane::unappliedText() const
{
    return m_parseError ? m_editor->toPlainText().toUtf8() : QByteArray();
}

void YamlPane::restoreUnappliedText(const QByteArray &text)
{
    setEditorText(QString::fromUtf8(text));
    applyText();
}

bool YamlPane::revertUnparsedText()
{
    flush();
    if (!m_parseError)
        return false;
    showCanonicalText();
    Q_EMIT statusMessage(tr("Went back to the last valid YAML; Undo again to undo earlier edits"));
    return true;
}

void YamlPane::applyText()
{
    m_applyTimer.stop();
    m_pending = false;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (text == m_document->text()) {
        m_load = m_document->reloaded();
        m_banner->hide();
        m_parseError = false;
        updateFindings(m_load, true);
        return;
    }
    LoadResult load = loadManifest(text);
    if (!load.parsed) {
        // Keep the last good model; m_load keeps the last text that parsed, whose positions
        // no longer fit the text on screen (onSelectionChanged() does not use them).
        m_parseError = true;
        const ValidationFinding first
            = load.diagnostics.empty() ? ValidationFinding() : load.diagnostics.front();
        m_parseErrorText = first.pos.isValid() ? tr("Line %1, column %2: %3")
                                                     .arg(first.pos.line)
                                                     .arg(first.pos.column)
                                                     .arg(first.summary())
                                               : first.summary();
        showBanner(tr("%1. The canvas shows the last valid version.").arg(m_parseErrorText));
        updateFindings(load, false);
        return;
    }
    m_parseError = false;
    m_banner->hide();
    m_load = std::move(load);
    updateFindings(m_load, false);
    // Formatting alone changes nothing in the model: no undo step. A comment does (comments
    // are model data), so typing one is an edit like any other.
    if (writeManifest(m_load.manifest) == m_document->text())
        return;
    m_applying = true;
    m_stack->push(new SetManifestCommand(m_document, m_document->manifest(), m_load.manifest,
                                         tr("Edit YAML"),
                                         static_cast<int>(MergeId::YamlText) + m_burstId % 2));
    m_applying = false;
}

void YamlPane::updateFindings(const LoadResult &load, bool canonical)
{
    if (canonical) {
        m_findings = m_document->findings();
    } else {
        m_findings = load.diagnostics;
        if (load.parsed) {
            const Findings validation = validateManifest(load.manifest);
            m_findings.insert(m_findings.end(), validation.begin(), validation.end());
        }
    }
    m_editor->setFindings(m_findings);
    Q_EMIT findingsChanged();
}

void YamlPane::onDocumentChanged()
{
    // Our own edit: the text on screen is what the user typed, keep it as is.
    if (m_applying)
        return;
    const QString dropped = parseErrorText();
    showCanonicalText();
    // Typing that does not parse is in no undo step: when another view's change replaces it,
    // say so rather than let it vanish.
    if (!dropped.isEmpty())
        Q_EMIT statusMessage(tr("Your YAML text that did not parse (%1) was replaced by the "
                                "change made elsewhere")
                                 .arg(dropped));
}

void YamlPane::showCanonicalText()
{
    m_applyTimer.stop();
    m_pending = false;
    m_parseError = false;
    m_banner->hide();
    setEditorText(QString::fromUtf8(m_document->text()));
    // The document's own read-back of its export, which its findings come from: parsing the
    // same export here as well parsed every opened or edited document twice.
    m_load = m_document->reloaded();
    updateFindings(m_load, true);
}

void YamlPane::setEditorText(const QString &text)
{
    if (m_editor->toPlainText() == text)
        return;
    // Keep the cursor roughly where it was: same line and column, same scroll position.
    const SourcePos cursor = m_editor->cursorSourcePosition();
    const int scroll = m_editor->verticalScrollBar()->value();
    m_settingText = true;
    m_editor->setPlainText(text);
    m_settingText = false;
    m_editor->setCursorSourcePosition(cursor);
    m_editor->verticalScrollBar()->setValue(scroll);
}

void YamlPane::showBanner(const QString &message)
{
    m_bannerText->setText(message);
    m_banner->show();
}

void YamlPane::goToPosition(SourcePos pos)
{
    m_editor->goToPosition(pos);
}

void YamlPane::onSelectionChanged(const ElementRef &ref)
{
    // Do not move the cursor under someone typing (the selection follows their edits).
    if (!ref.isValid() || m_applying || m_editor->hasFocus())
        return;
    if (m_parseError) {
        // m_load's positions are those of the last text that parsed, not of the broken text on
        // screen: once lines were added or removed they point at the wrong lines. Leave the
        // cursor where the user is fixing the text, and say why it did not follow.
        Q_EMIT statusMessage(tr("The YAML cursor does not follow the selection while the text "
                                "does not parse (%1).")
                                 .arg(m_parseErrorText));
        return;
    }
    if (!m_load.parsed)
        return;
    if (ref.resource >= static_cast<int>(m_load.manifest.resources.size()))
        return;
    const ManifestResource &resource
        = m_load.manifest.resources[static_cast<std::size_t>(ref.resource)];
    const QString relative
        = ref.fieldPath().isEmpty() ? QStringLiteral("metadata") : ref.fieldPath();
    const SourcePos pos = lookupPosition(resource.positions, resource.podPathPrefix() + relative);
    if (pos.isValid())
        m_editor->goToPosition(pos);
}

} // namespace podwright::gui
