#include "languagesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace podwright::gui {

namespace {

// Where qt_add_translations (src/gui/CMakeLists.txt) embeds the compiled .qm files: embedded
// rather than installed, so a build-tree run, a test and the package all find the same files.
const QString EmbeddedTranslations = QStringLiteral(":/i18n");
const QString SourceLanguage = QStringLiteral("en");

QPointer<QTranslator> &podwrightTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QString languageOf(const QString &name)
{
    return QLocale(name).name().section(QLatin1Char('_'), 0, 0);
}

/// `language` if Podwright has it, otherwise "" (so the caller keeps looking).
QString supported(const QString &language)
{
    if (language.isEmpty())
        return {};
    const QString code = languageOf(language);
    return LanguageSettings::availableLanguages().contains(code) ? code : QString();
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList LanguageSettings::availableLanguages()
{
    QStringList languages { SourceLanguage };
    const QStringList files
        = QDir(EmbeddedTranslations)
              .entryList({ QStringLiteral("podwright_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
        if (language != SourceLanguage) // English's file only has its plural forms
            languages << language;
    }
    return languages;
}

QString LanguageSettings::nativeName(const QString &language)
{
    // QLocale("en") calls itself "American English"; the combo box means the language.
    if (language == SourceLanguage)
        return QStringLiteral("English");
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString LanguageSettings::configuredLanguage()
{
    return QSettings().value(QLatin1String(SettingsKey)).toString();
}

void LanguageSettings::setConfiguredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(SettingsKey));
    else
        settings.setValue(QLatin1String(SettingsKey), language);
}

QString LanguageSettings::effectiveLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty()) {
        const QString language = supported(fromEnvironment);
        return language.isEmpty() ? SourceLanguage : language;
    }
    if (const QString language = supported(configuredLanguage()); !language.isEmpty())
        return language;
    // The user's ordered preferences (LANGUAGE=fr:de:en): the first one we have wins, and
    // English counts, so "en_US, then de" stays English.
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (const QString language = supported(name); !language.isEmpty())
            return language;
    }
    return SourceLanguage;
}

QString LanguageSettings::installTranslators(QCoreApplication *app)
{
    removeTranslator(podwrightTranslator());
    removeTranslator(qtTranslator());
    const QString language = effectiveLanguage();
    const QLocale locale(language);
    // For English too: its file holds the plural forms ("%n error(s)" as "1 error").
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("podwright"), QStringLiteral("_"), EmbeddedTranslations)) {
        QCoreApplication::installTranslator(own);
        podwrightTranslator() = own;
    } else {
        delete own;
    }
    if (language == SourceLanguage)
        return language;
    // Qt's own strings: standard buttons, the file dialog, text field context menus. Debian
    // ships them in qt6-translations-l10n; without it those stay English.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return language;
}

} // namespace podwright::gui
