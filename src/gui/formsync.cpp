#include "formsync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>

namespace podwright::gui {

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    // setText() puts the cursor at the end, so a field too narrow for its text would show
    // only the tail ("ker.io/library/nginx:1.27"): a field not being typed in shows the start.
    edit->setCursorPosition(edit->hasFocus() ? std::min(cursor, static_cast<int>(text.size())) : 0);
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
    // A long "(default: ...)" label must not widen the whole inspector.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
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

namespace podwright::gui {

void showStackPage(QStackedWidget *stack, int index)
{
    // A QStackedWidget is as tall as its tallest page; ignoring the hidden pages' size makes
    // it as tall as the page shown, so a short source form leaves no gap.
    for (int i = 0; i < stack->count(); ++i) {
        stack->widget(i)->setSizePolicy(i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                        i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    if (stack->currentIndex() != index)
        stack->setCurrentIndex(index);
    stack->adjustSize();
}

} // namespace podwright::gui
