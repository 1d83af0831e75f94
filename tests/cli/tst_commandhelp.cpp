// Every subcommand's --help reads as `podwright COMMAND`: what a user types, never the
// binary's path, and without Qt's own --help-all.
#include <QProcess>
#include <QTest>

class TestCommandHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpNamesTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : { "validate", "fmt", "run", "ps", "logs", "stop", "rm", "top" })
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void helpNamesTheCommand()
    {
        QFETCH(QString, command);
        QProcess podwright;
        podwright.start(QStringLiteral(PODWRIGHT_BINARY), { command, QStringLiteral("--help") });
        QVERIFY(podwright.waitForFinished(10000));
        QCOMPARE(podwright.exitCode(), 0);
        const QString out = QString::fromUtf8(podwright.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("Usage: podwright ") + command + QLatin1Char(' ')),
                 qPrintable(out.section(QLatin1Char('\n'), 0, 0)));
        QVERIFY(!out.contains(QLatin1String("--help-all")));
    }

    void unknownOptionIsAUsageError_data() { helpNamesTheCommand_data(); }

    void unknownOptionIsAUsageError()
    {
        QFETCH(QString, command);
        QProcess podwright;
        podwright.start(QStringLiteral(PODWRIGHT_BINARY), { command, QStringLiteral("--bogus") });
        QVERIFY(podwright.waitForFinished(10000));
        QCOMPARE(podwright.exitCode(), 2);
        QVERIFY(podwright.readAllStandardError().contains("bogus"));
    }
};

QTEST_GUILESS_MAIN(TestCommandHelp)
#include "tst_commandhelp.moc"
