#include "fieldmessage.h"

#include "tableeditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLayout>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace podwright::gui {

namespace {

// A check box paints its text on one line, so a long one (longer still in German) set the
// whole form's minimum width and the inspector scrolled sideways. The text goes into a
// word-wrapped label beside the bare box instead; a click on it toggles the box, as a click on
// the box's own text did.
class CheckBoxText : public QLabel
{
public:
    explicit CheckBoxText(QCheckBox *box)
        : QLabel(box->text())
        , m_box(box)
    {
        setWordWrap(true);
        setToolTip(box->toolTip());
        box->setAccessibleName(box->text());
        box->setText(QString());
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_box->isEnabled()
            && rect().contains(event->position().toPoint())) {
            m_box->setFocus(Qt::MouseFocusReason);
            m_box->click();
        }
        QLabel::mouseReleaseEvent(event);
    }

private:
    QCheckBox *m_box;
};

} // namespace

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldMessage::setFindings(const Findings &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    render();
}

QColor FieldMessage::severityColor(Severity severity, const QPalette &palette)
{
    // Lighter tones on a dark palette keep the message readable in both system themes.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (severity) {
    case Severity::Error: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Severity::Warning: return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xb2, 0x6a, 0x00);
    case Severity::Hint: return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    }
    return palette.color(QPalette::WindowText);
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void FieldMessage::render()
{
    if (m_findings.empty()) {
        clear();
        setToolTip(QString());
        setVisible(false);
        return;
    }
    QStringList lines;
    QStringList tips;
    for (const ValidationFinding &finding : m_findings) {
        const QString prefix = finding.severity == Severity::Error ? tr("Error")
            : finding.severity == Severity::Warning                ? tr("Warning")
                                                                   : tr("Hint");
        lines << QStringLiteral("<span style=\"color:%1\">%2: %3</span>")
                     .arg(severityColor(finding.severity, palette()).name(), prefix,
                          finding.message.toHtmlEscaped());
        QString tip = QStringLiteral("<b>%1</b>").arg(finding.summary().toHtmlEscaped());
        if (!finding.explanation.isEmpty())
            tip += QStringLiteral("<br>") + finding.explanation.toHtmlEscaped();
        tips << tip;
    }
    setText(lines.join(QStringLiteral("<br>")));
    setToolTip(tips.join(QStringLiteral("<hr>")));
    setVisible(true);
    // The QFormLayout around the field lays its rows out with the height this message had at
    // the form's previous width, so in a narrow inspector a message that appears or grows was
    // cut off until something else relaid the form: ask for that second pass now.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
                if (qobject_cast<QFormLayout *>(w->layout())) {
                    w->layout()->invalidate();
                    break;
                }
            }
        },
        Qt::QueuedConnection);
}

FieldMessage *addFieldRow(QFormLayout *form, const QString &label, QWidget *field,
                          const QString &toolTip)
{
    auto *labelWidget = new QLabel(label);
    labelWidget->setBuddy(field);
    labelWidget->setToolTip(toolTip);
    field->setToolTip(toolTip);
    // A composite field (a table with its buttons) takes focus in an inner widget, which no
    // label names: give it the row's label, or a screen reader reads an unnamed table.
    if (auto *table = qobject_cast<TableEditor *>(field))
        table->setListName(plainLabelText(label));
    else if (QWidget *inner = field->focusProxy(); inner && inner->accessibleName().isEmpty())
        inner->setAccessibleName(plainLabelText(label));
    auto *message = new FieldMessage;
    if (auto *box = qobject_cast<QCheckBox *>(field); box && !box->text().isEmpty()) {
        // The box, its wrapped text and the message share a cell (the box is named by its
        // text, CheckBoxText); the cell is the row's field, so containerform.cpp hides the row
        // through the box's parent.
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        auto *line = new QHBoxLayout;
        line->addWidget(box, 0, Qt::AlignTop);
        line->addWidget(new CheckBoxText(box), 1);
        cellLayout->addLayout(line);
        cellLayout->addWidget(message);
        cell->setFocusProxy(field);
        form->addRow(labelWidget, cell);
        return message;
    }
    // The message sits under the field, in a layout rather than a widget, so that label and
    // field stay siblings: Qt looks for a field's buddy label only among the field's siblings,
    // for its accessible name and for the Label relation that gives a combo box (whose name
    // on Linux is its current text) its label in Orca. (A message row of its own under the
    // field did that too, but QFormLayout then squeezed the next row to nothing when a
    // message appeared in a narrow inspector.)
    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(2);
    cell->addWidget(field);
    cell->addWidget(message);
    // Tables get the form's full width under their label: their columns need the room.
    if (field->property("wideField").toBool()) {
        form->addRow(labelWidget);
        form->addRow(cell);
    } else {
        form->addRow(labelWidget, cell);
    }
    return message;
}

QString plainLabelText(const QString &label)
{
    // "Co&mmand:" -> "Command", "R&&D:" -> "R&D": what a screen reader should say.
    QString text = label;
    text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

} // namespace podwright::gui
