#include "formsync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalBlocker>

namespace podwright::gui {

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    if (edit->hasFocus())
        edit->setCursorPosition(std::min(cursor, static_cast<int>(text.size())));
}

void setComboValue(QComboBox *combo, const QString &value)
{
    const QSignalBlocker blocker(combo);
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

QString comboValue(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void setCheckedQuietly(QCheckBox *box, bool checked)
{
    if (box->isChecked() == checked)
        return;
    const QSignalBlocker blocker(box);
    box->setChecked(checked);
}

void fillEnumCombo(QComboBox *combo, const QStringList &values, const QString &defaultHint)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    const QString defaultLabel = defaultHint.isEmpty()
        ? QCoreApplication::translate("podwright::gui::Inspector", "(default)")
        : QCoreApplication::translate("podwright::gui::Inspector", "(default: %1)")
              .arg(defaultHint);
    combo->addItem(defaultLabel, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
}

} // namespace podwright::gui
