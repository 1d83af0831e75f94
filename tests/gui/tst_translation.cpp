// The German translation in the running UI, the language choice (environment, setting,
// system) and the Preferences dialog; and the .ts file itself: every message translated,
// with the placeholders and accelerators of its source.
#include "canvasedits.h"
#include "findingsmodel.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "manifestio.h"
#include "preferencesdialog.h"
#include "problemspanel.h"
#include "templatedialog.h"
#include "validator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace podwright;
using namespace podwright::gui;

namespace {

const char *const TsFile = PODWRIGHT_TEST_DATA "/../../translations/podwright_de.ts";
const char *const PluralsTsFile = PODWRIGHT_TEST_DATA "/../../translations/podwright_en.ts";
const char *const FindingsFixture = PODWRIGHT_TEST_DATA "/translation/duplicate-web.yaml";

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

/// One <message> of the .ts: its source and translation(s), numerus forms included.
struct TsMessage {
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        // Not readNextStartElement(): in Qt 6.4 it reads past the end of the document.
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append(
                { context,
                  {},
                  {},
                  false,
                  xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") });
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            TsMessage &message = messages.last();
            // "unfinished", and "vanished"/"obsolete" that -no-obsolete should have removed.
            message.unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            // Plain messages hold their text directly, plural ones in <numerusform>s.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (message.translations.isEmpty() && !text.isEmpty())
                message.translations << text;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[0-9]+|n)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured().remove(QLatin1Char('L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    return QString(text).remove(QLatin1String("&&")).contains(QLatin1Char('&'));
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void useLanguage(const char *language)
    {
        qputenv(LanguageSettings::EnvironmentVariable, language);
        LanguageSettings::installTranslators(qApp);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translation"));
        qputenv("PODWRIGHT_AUTOSAVE_DIR", m_dir.filePath(QStringLiteral("autosave")).toUtf8());
        QSettings().clear();
    }

    void cleanup()
    {
        qunsetenv(LanguageSettings::EnvironmentVariable);
        LanguageSettings::setConfiguredLanguage(QString());
        LanguageSettings::installTranslators(qApp);
    }

    void germanIsEmbedded()
    {
        QCOMPARE(LanguageSettings::availableLanguages(), QStringList({ "en", "de" }));
        QCOMPARE(LanguageSettings::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(LanguageSettings::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void languageChoice_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("environment German") << "de"
                                            << ""
                                            << "de";
        QTest::newRow("environment English") << "en"
                                             << "de"
                                             << "en";
        QTest::newRow("environment with region") << "de_AT"
                                                 << ""
                                                 << "de";
        QTest::newRow("environment beats setting") << "de"
                                                   << "en"
                                                   << "de";
        QTest::newRow("untranslated language falls back to English") << "fr"
                                                                     << "de"
                                                                     << "en";
        QTest::newRow("setting German") << ""
                                        << "de"
                                        << "de";
        QTest::newRow("setting English") << ""
                                         << "en"
                                         << "en";
    }

    void languageChoice()
    {
        QFETCH(QString, environment);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        if (environment.isEmpty())
            qunsetenv(LanguageSettings::EnvironmentVariable);
        else
            qputenv(LanguageSettings::EnvironmentVariable, environment.toUtf8());
        LanguageSettings::setConfiguredLanguage(setting);
        QCOMPARE(LanguageSettings::configuredLanguage(), setting);
        QCOMPARE(LanguageSettings::effectiveLanguage(), expected);
        QCOMPARE(LanguageSettings::installTranslators(qApp), expected);
    }

    void systemLocaleDecidesWithoutAChoice()
    {
        qunsetenv(LanguageSettings::EnvironmentVariable);
        LanguageSettings::setConfiguredLanguage(QString());
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        QCOMPARE(LanguageSettings::effectiveLanguage(),
                 system == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en"));
    }

    // English has a file of plural forms only, so that "%n error(s)" reads "1 error" and
    // "2 errors", and it is not offered as a second English.
    void englishPluralsReadAsEnglish()
    {
        useLanguage("en");
        const auto inspector = [](const char *text, int n) {
            return QCoreApplication::translate("podwright::gui::InspectorForm", text, nullptr, n);
        };
        QCOMPARE(inspector("%n error(s)", 1), QStringLiteral("1 error"));
        QCOMPARE(inspector("%n error(s)", 3), QStringLiteral("3 errors"));
        QCOMPARE(inspector("%n warning(s) or hint(s)", 1), QStringLiteral("1 warning or hint"));
        QCOMPARE(inspector("%n warning(s) or hint(s)", 2), QStringLiteral("2 warnings or hints"));
        QCOMPARE(LanguageSettings::availableLanguages().count(QStringLiteral("en")), 1);

        QString error;
        const QList<TsMessage> plurals = readTs(QString::fromUtf8(PluralsTsFile), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(plurals.size() >= 8);
        for (const TsMessage &message : plurals) {
            QVERIFY2(message.numerus && !message.unfinished && message.translations.size() == 2,
                     qPrintable(message.source));
            for (const QString &form : message.translations)
                QVERIFY2(!form.contains(QLatin1String("(s)")), qPrintable(form));
        }
        // Without a %n the singular is a whole phrase: "a comment".
        QCOMPARE(QCoreApplication::translate("podwright::gui::DocumentController",
                                             "“%1” has %n comment(s) that Podwright does not "
                                             "keep.",
                                             "", 1)
                     .arg(QStringLiteral("pod.yaml")),
                 QStringLiteral("“pod.yaml” has a comment that Podwright does not keep."));
    }

    void mainWindowSpeaksGerman()
    {
        useLanguage("de");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList titles = menuTitles(window);
        QCOMPARE(titles.value(0), QStringLiteral("&Datei"));
        QCOMPARE(titles.value(1), QStringLiteral("&Bearbeiten"));
        QCOMPARE(titles.value(2), QStringLiteral("&Ansicht"));
        QCOMPARE(titles.last(), QStringLiteral("&Hilfe"));
        QStringList fileActions;
        for (QAction *action : window.menuBar()->actions().at(0)->menu()->actions())
            fileActions << action->text();
        QVERIFY2(fileActions.contains(QStringLiteral("&Speichern")),
                 qPrintable(fileActions.join(", ")));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Unbenannt")),
                 qPrintable(window.windowTitle()));
        // Shortcuts given as translated text ("Ctrl+Shift+C") still parse under German Qt
        // strings ("Strg"), so they keep working.
        QAction *addContainer = nullptr;
        for (QAction *action : window.menuBar()->actions().at(1)->menu()->actions())
            if (action->text() == QStringLiteral("&Container hinzufügen"))
                addContainer = action;
        QStringList editActions;
        for (QAction *action : window.menuBar()->actions().at(1)->menu()->actions())
            editActions << action->text();
        QVERIFY2(addContainer, qPrintable(editActions.join(", ")));
        QCOMPARE(addContainer->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    }

    void freeFunctionsSpeakGermanToo()
    {
        // The canvas edits translate outside any class: their context must be the one lupdate
        // files them under.
        useLanguage("de");
        QCOMPARE(mountRefusal(Pod {}, 3, ElementRef {}),
                 QStringLiteral("Dieses Volume gibt es nicht mehr"));
    }

    // Podwright's own prose about a finding (hint, Podman warning, explanation) follows the
    // language; what the Kubernetes API server says and the field paths stay as kubectl prints
    // them, so that a learner can search for them.
    void findingsFollowTheLanguage_data()
    {
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<QString>("hintSeverity");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("duplicateExplanation");
        QTest::addColumn<QString>("hintExplanation");
        QTest::newRow("German")
            << QByteArray("de") << QStringLiteral("Hinweis")
            << QStringLiteral(
                   "spec.containers[1]: Container web hat keine Liveness- oder Readiness-Probe")
            << QStringLiteral("spec.containers[0].resources.requests[cpu]: Podman 4.3 wendet "
                              "CPU-Requests nicht an; nur limits.cpu beschränkt den Container")
            << QStringLiteral("Init-Container und Anwendungs-Container teilen sich einen "
                              "gemeinsamen Namensraum: Keine zwei Container eines Pods dürfen "
                              "gleich heißen. Benennen Sie einen von ihnen um.")
            << QStringLiteral("Mit einer Liveness-Probe kann Kubernetes einen hängenden Container "
                              "neu starten; eine Readiness-Probe hält Verkehr fern, bis er bereit "
                              "ist. Geben Sie Servern mindestens eine davon.");
        QTest::newRow("English")
            << QByteArray("en") << QStringLiteral("Hint")
            << QStringLiteral(
                   "spec.containers[1]: container web has no liveness or readiness probe")
            << QStringLiteral("spec.containers[0].resources.requests[cpu]: Podman 4.3 does not "
                              "apply CPU requests; only limits.cpu restricts the container")
            << QStringLiteral("Init containers and app containers share one namespace of names: "
                              "no two containers of a pod may have the same name. Rename one of "
                              "them.")
            << QStringLiteral("A liveness probe lets Kubernetes restart a hung container; a "
                              "readiness probe keeps traffic away until it is ready. Add at least "
                              "one for servers.");
    }

    void findingsFollowTheLanguage()
    {
        QFETCH(QByteArray, language);
        QFETCH(QString, hintSeverity);
        QFETCH(QString, hint);
        QFETCH(QString, warning);
        QFETCH(QString, duplicateExplanation);
        QFETCH(QString, hintExplanation);
        useLanguage(language.constData());
        MainWindow window;
        QVERIFY(window.openFile(QString::fromUtf8(FindingsFixture)));
        const FindingsModel *model = window.problemsPanel()->model();
        QTRY_COMPARE(model->rowCount(), 4);
        QHash<QString, int> rowOf;
        for (int row = 0; row < model->rowCount(); ++row)
            rowOf.insert(model->finding(row).ruleId, row);
        const auto text = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->data(model->index(row, column), role).toString();
        };

        const int hintRow = rowOf.value(QStringLiteral("hint-no-probes"), -1);
        QVERIFY(hintRow >= 0);
        QCOMPARE(text(hintRow, FindingsModel::SeverityColumn), hintSeverity);
        QCOMPARE(text(hintRow, FindingsModel::MessageColumn), hint);
        QCOMPARE(text(hintRow, FindingsModel::MessageColumn, Qt::ToolTipRole), hintExplanation);

        const int warningRow = rowOf.value(QStringLiteral("podman-cpu-request-ignored"), -1);
        QVERIFY(warningRow >= 0);
        QCOMPARE(text(warningRow, FindingsModel::MessageColumn), warning);

        const int duplicateRow = rowOf.value(QStringLiteral("container-name-duplicate"), -1);
        QVERIFY(duplicateRow >= 0);
        QCOMPARE(text(duplicateRow, FindingsModel::MessageColumn),
                 QStringLiteral("spec.containers[1].name: Duplicate value: \"web\""));
        QCOMPARE(text(duplicateRow, FindingsModel::MessageColumn, Qt::ToolTipRole),
                 duplicateExplanation);
    }

    // Every rule of the catalogue is marked for translation and translated: in German no title
    // or explanation is left as its English source, and without German each is exactly the
    // catalogue's text (which the CLI and docs/rules.md print).
    void everyRuleSpeaksGerman()
    {
        useLanguage("de");
        QStringList untranslated;
        for (const RuleInfo &rule : ruleCatalog()) {
            if (translatedRuleTitle(rule.id) == rule.title)
                untranslated << rule.id + QStringLiteral(" (title)");
            if (translatedRuleExplanation(rule.id) == rule.explanation)
                untranslated << rule.id + QStringLiteral(" (explanation)");
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
        QCOMPARE(translatedRuleTitle(QStringLiteral("container-name-duplicate")),
                 QStringLiteral("Container-Namen müssen eindeutig sein"));
        QCOMPARE(translatedRuleTitle(QStringLiteral("no-such-rule")), QString());

        useLanguage("en");
        for (const RuleInfo &rule : ruleCatalog()) {
            QCOMPARE(translatedRuleTitle(rule.id), rule.title);
            QCOMPARE(translatedRuleExplanation(rule.id), rule.explanation);
        }
    }

    void importFindingsExplainInGerman()
    {
        useLanguage("de");
        const LoadResult loaded = loadManifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n"
                                               "spec:\n  containers:\n    - name: a\n"
                                               "      image: nginx:1.25.3\n      imagee: x\n");
        QCOMPARE(loaded.diagnostics.size(), std::size_t(1));
        const ValidationFinding &unknown = loaded.diagnostics.front();
        QCOMPARE(unknown.summary(),
                 QStringLiteral("spec.containers[0].imagee: unknown field "
                                "\"spec.containers[0].imagee\""));
        QVERIFY2(unknown.explanation.startsWith(
                     QStringLiteral("Kubernetes kennt dieses Feld an dieser Stelle nicht")),
                 qPrintable(unknown.explanation));
        QVERIFY2(unknown.explanation.endsWith(QStringLiteral(" Meinten Sie \"image\"?")),
                 qPrintable(unknown.explanation));
    }

    void mainWindowSpeaksEnglish()
    {
        useLanguage("de");
        useLanguage("en");
        MainWindow window;
        QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled")));
    }

    void templateNamesAreReadableInGerman()
    {
        // "Webserver mit Sidecar, der die Logs weiterleitet" was cut off in the template list,
        // with a sideways scroll bar under it.
        useLanguage("de");
        TemplateDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            const QRect shown = list->visualItemRect(item);
            const QRect needed = list->fontMetrics().boundingRect(
                QRect(0, 0, shown.width() - 8, 10000), Qt::TextWordWrap, item->text());
            QVERIFY2(needed.width() <= shown.width() && needed.height() <= shown.height(),
                     qPrintable(QStringLiteral("%1: %2x%3 shown, %4x%5 needed")
                                    .arg(item->text())
                                    .arg(shown.width())
                                    .arg(shown.height())
                                    .arg(needed.width())
                                    .arg(needed.height())));
        }
    }

    void qtDialogsFollow()
    {
        const QString qtbase
            = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qtbase))
            QSKIP("Qt's own German translation (qt6-translations-l10n) is not installed");
        useLanguage("de");
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    void preferencesStoreTheLanguage()
    {
        {
            PreferencesDialog dialog;
            auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->count(), 3);
            QCOMPARE(combo->currentIndex(), 0);
            QCOMPARE(dialog.selectedLanguage(), QString());
            QCOMPARE(combo->itemText(2), QStringLiteral("Deutsch"));
            combo->setCurrentIndex(2);
            dialog.accept();
        }
        QCOMPARE(LanguageSettings::configuredLanguage(), QStringLiteral("de"));
        {
            PreferencesDialog dialog;
            QCOMPARE(dialog.selectedLanguage(), QStringLiteral("de"));
            dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->setCurrentIndex(0);
            dialog.reject();
        }
        QCOMPARE(LanguageSettings::configuredLanguage(), QStringLiteral("de"));
        PreferencesDialog dialog;
        dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->setCurrentIndex(0);
        dialog.accept();
        QCOMPARE(LanguageSettings::configuredLanguage(), QString());
    }

    void tsFileIsComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(QString::fromUtf8(TsFile), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
            if (m.unfinished || m.translations.isEmpty()) {
                problems << where + QStringLiteral(" is not translated");
                continue;
            }
            for (const QString &translation : m.translations) {
                QStringList expected = placeholders(m.source);
                // A plural form may say the number in words: "Letzte Minute".
                if (m.numerus && !translation.contains(QLatin1String("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                if (placeholders(translation) != expected)
                    problems << where + QStringLiteral(" has other placeholders: ") + translation;
                if (hasAccelerator(m.source) != hasAccelerator(translation))
                    problems << where + QStringLiteral(" lost or gained its & shortcut: ")
                            + translation;
            }
        }
        qInfo("%lld messages in %s", qlonglong(messages.size()), TsFile);
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("%1 of %2 messages:\n").arg(problems.size()).arg(messages.size())
                + problems.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
