#pragma once

#include "finding.h"

#include <QLabel>

class QFormLayout;

namespace podwright::gui {

/**
 * The inline validation message shown under one inspector field: the findings whose field path
 * points at that field, coloured by severity, with each rule's explanation as the tooltip.
 * Hidden while there is nothing to say, so a clean form stays compact.
 */
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }

    static QColor severityColor(Severity severity, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Findings m_findings;
};

/// Adds "label: field" to `form` with the label's buddy set (for its mnemonic and for screen
/// readers, which name the field after it), `toolTip` on both, and an empty FieldMessage under
/// the field, which it returns.
FieldMessage *addFieldRow(QFormLayout *form, const QString &label, QWidget *field,
                          const QString &toolTip);
/// A label's text as a screen reader should say it: no mnemonic '&', no trailing colon.
QString plainLabelText(const QString &label);

} // namespace podwright::gui
