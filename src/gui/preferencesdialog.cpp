#include "preferencesdialog.h"

#include "languagesettings.h"
#include "ui_preferencesdialog.h"

namespace podwright::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("System default"), QString());
    // Each language under its own name, so someone who cannot read the current one still
    // finds theirs.
    for (const QString &language : LanguageSettings::availableLanguages())
        m_ui->languageCombo->addItem(LanguageSettings::nativeName(language), language);
    const int current = m_ui->languageCombo->findData(LanguageSettings::configuredLanguage());
    m_ui->languageCombo->setCurrentIndex(current < 0 ? 0 : current);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::selectedLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void PreferencesDialog::accept()
{
    LanguageSettings::setConfiguredLanguage(selectedLanguage());
    QDialog::accept();
}

} // namespace podwright::gui
