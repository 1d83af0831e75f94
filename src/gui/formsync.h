#pragma once

#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace podwright::gui {

// Filling inspector widgets from the model without fighting the user: each helper changes the
// widget only when the value differs, blocks its signals (a refill is not an edit) and keeps
// the cursor of a field being typed into.

void setTextKeepingCursor(QLineEdit *edit, const QString &text);
/// Selects the item whose data is `value`; a value the combo does not offer (written in the
/// YAML) is added so that it is shown rather than silently replaced.
void setComboValue(QComboBox *combo, const QString &value);
QString comboValue(const QComboBox *combo);
void setCheckedQuietly(QCheckBox *box, bool checked);
/// Adds "(default)" with empty data, then each API value as its own label.
void fillEnumCombo(QComboBox *combo, const QStringList &values, const QString &defaultHint = {});

/// Shows page `index`, sizing the stack to that page rather than to the tallest one.
void showStackPage(QStackedWidget *stack, int index);

} // namespace podwright::gui
