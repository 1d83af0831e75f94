#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace podwright::gui {

/**
 * Which language the user interface speaks, and the translators that make it so.
 *
 * The choice is, in order: the environment variable PODWRIGHT_LANGUAGE (tests and quick
 * checks), the "ui/language" setting written by the Preferences dialog, and otherwise the
 * system locale. Translations take effect on the widgets built after installTranslators(),
 * so the application calls it before it builds its window (a change asks for a restart).
 */
class LanguageSettings
{
public:
    /// Settings key; "" means "follow the system", otherwise a language code ("en", "de").
    static constexpr const char *SettingsKey = "ui/language";
    static constexpr const char *EnvironmentVariable = "PODWRIGHT_LANGUAGE";

    /// Language codes Podwright has a translation for, English (the source language) first.
    static QStringList availableLanguages();
    /// The language's own name for itself ("Deutsch"), for the Preferences combo box.
    static QString nativeName(const QString &language);

    /// The stored choice: "" for the system default, or a code from availableLanguages().
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &language);

    /// The language the UI will use: environment, then setting, then the system locale,
    /// reduced to one Podwright has ("en" when there is no translation for it).
    static QString effectiveLanguage();

    /**
     * Installs Podwright's translation and Qt's own (standard dialogs, context menus) for
     * effectiveLanguage() on `app`, replacing any installed earlier by this function.
     * Returns the language now in use.
     */
    static QString installTranslators(QCoreApplication *app);
};

} // namespace podwright::gui
