#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace podwright::gui {

/**
 * Edit ▸ Preferences: the user interface language (system default or one Podwright has a
 * translation for). Accepting stores the choice in LanguageSettings; it applies from the
 * next start, which the dialog says next to the combo box.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The language chosen in the combo box: "" for the system default, else a code ("de").
    QString selectedLanguage() const;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace podwright::gui
