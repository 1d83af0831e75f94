// The executable does not link Qt Network or Qt Charts (loading them cost start-up time): the
// code that needs them is in podwright-run.so, loaded when first needed. Checks the link, that
// the module loads and runs a command, and that a missing module is a clear error.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &moduleDir = {})
{
    QProcess process;
    if (!moduleDir.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PODWRIGHT_MODULE_DIR"), moduleDir);
        process.setProcessEnvironment(env);
    }
    process.start(program, args);
    if (!process.waitForFinished(30000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QString moduleBesideBinary()
{
    return QFileInfo(QStringLiteral(PODWRIGHT_BINARY))
        .dir()
        .filePath(QStringLiteral("podwright-run.so"));
}

} // namespace

class TestRunModule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void librariesLoadedAtStart_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("withNetworkAndCharts");
        QTest::newRow("podwright") << QStringLiteral(PODWRIGHT_BINARY) << false;
        QTest::newRow("podwright-run.so") << moduleBesideBinary() << true;
    }

    void librariesLoadedAtStart()
    {
        // ldd lists what the dynamic loader maps, including what the libraries themselves need.
        QFETCH(QString, file);
        QFETCH(bool, withNetworkAndCharts);
        const Run ldd = run(QStringLiteral("ldd"), { file });
        QCOMPARE(ldd.exitCode, 0);
        QVERIFY2(ldd.out.contains(QLatin1String("libQt6Core")), qPrintable(ldd.out));
        QCOMPARE(ldd.out.contains(QLatin1String("libQt6Network")), withNetworkAndCharts);
        QCOMPARE(ldd.out.contains(QLatin1String("libQt6Charts")), withNetworkAndCharts);
    }

    void runtimeCommandRunsThroughTheModule()
    {
        // Loading resolves every symbol of the module against the executable at once, so this
        // also proves the charts and dialogs find the GUI classes they need.
        const Run ps = run(QStringLiteral(PODWRIGHT_BINARY),
                           { QStringLiteral("ps"), QStringLiteral("--help") },
                           QFileInfo(moduleBesideBinary()).path());
        QCOMPARE(ps.exitCode, 0);
        QVERIFY2(ps.out.startsWith(QLatin1String("Usage: podwright ps")), qPrintable(ps.err));
    }

    void missingModuleIsAClearError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("ps") << QStringList { QStringLiteral("ps") };
        QTest::newRow("top") << QStringList { QStringLiteral("top") };
        QTest::newRow("run --help")
            << QStringList { QStringLiteral("run"), QStringLiteral("--help") };
    }

    void missingModuleIsAClearError()
    {
        QFETCH(QStringList, args);
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const Run result = run(QStringLiteral(PODWRIGHT_BINARY), args, empty.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(QStringLiteral("podwright %1: ").arg(args.first())),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("podwright-run.so was not found in ")
                                     + empty.path()),
                 qPrintable(result.err));
    }

    void unloadableModuleNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile broken(dir.filePath(QStringLiteral("podwright-run.so")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a shared object");
        broken.close();
        const Run result
            = run(QStringLiteral(PODWRIGHT_BINARY), { QStringLiteral("ps") }, dir.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(broken.fileName()), qPrintable(result.err));
    }

    void validateAndFmtNeedNoModule()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const QString file
            = QStringLiteral(PODWRIGHT_TEST_DATA "/roundtrip/unknown-fields.in.yaml");
        for (const char *command : { "validate", "fmt" }) {
            const Run result = run(QStringLiteral(PODWRIGHT_BINARY),
                                   { QString::fromLatin1(command), file }, empty.path());
            QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err));
            QVERIFY2(!result.err.contains(QLatin1String("run module")), qPrintable(result.err));
            QVERIFY(!result.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRunModule)
#include "tst_runmodule.moc"
