// `podwright fmt` as a user runs it: the real binary through QProcess.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestFmtCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsCanonicalExport();
    void readsStandardInput();
    void parseFailureExitsTwoWithLocation_data();
    void parseFailureExitsTwoWithLocation();
    void importFindingsGoToStderrButFormatStill();
    void writeRewritesTheFileAtomically();
    void keepsComments();
    void commentsWithNowhereToGoAreSaid();
    void help();
    void usageErrors_data();
    void usageErrors();
    void listedInTopLevelHelp();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args, const QByteArray &input = {});
};

static QString data(const QString &name)
{
    return QStringLiteral(PODWRIGHT_TEST_DATA "/roundtrip/") + name;
}

static QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

TestFmtCommand::Run TestFmtCommand::run(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(PODWRIGHT_BINARY), QStringList { QStringLiteral("fmt") } + args);
    if (!process.waitForStarted())
        qFatal("cannot start %s", PODWRIGHT_BINARY);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qFatal("podwright fmt did not finish");
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             process.readAllStandardOutput(), process.readAllStandardError() };
}

void TestFmtCommand::printsCanonicalExport()
{
    const Run r = run({ data(QStringLiteral("full-pod.in.yaml")) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, readFile(data(QStringLiteral("full-pod.out.yaml"))));
}

void TestFmtCommand::readsStandardInput()
{
    const Run r = run({ QStringLiteral("-") }, readFile(data(QStringLiteral("json.in.yaml"))));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, readFile(data(QStringLiteral("json.out.yaml"))));
    QVERIFY(r.err.isEmpty());
}

void TestFmtCommand::parseFailureExitsTwoWithLocation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expectedLine");
    QTest::newRow("duplicate key")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n")
        << QByteArray("<stdin>:5:3: error: metadata.name: mapping key \"name\" already defined at "
                      "line 4 [duplicate-key]\n");
    QTest::newRow("binary") << QByteArray("kind: Pod\n\0\0", 12)
                            << QByteArray("<stdin>:2:1: error: the file contains a NUL byte: it is "
                                          "binary, not YAML text [binary-input]\n");
}

void TestFmtCommand::parseFailureExitsTwoWithLocation()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expectedLine);
    const Run r = run({ QStringLiteral("-") }, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, expectedLine);
}

void TestFmtCommand::importFindingsGoToStderrButFormatStill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kind: Pod\napiVersion: v1\nspec:\n  containers:\n  - image: nginx\n    name: web\n "
               "   imagee: x\n");
    file.close();
    const Run r = run({ path });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QByteArray("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: web\n    "
                        "image: nginx\n    imagee: x\n"));
    QCOMPARE(QString::fromUtf8(r.err),
             path
                 + QStringLiteral(":7:5: error: spec.containers[0].imagee: unknown field "
                                  "\"spec.containers[0].imagee\" [unknown-field]\n"));
}

void TestFmtCommand::writeRewritesTheFileAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pod.yaml"));
    QVERIFY(QFile::copy(data(QStringLiteral("flow.in.yaml")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Run r = run({ QStringLiteral("-w"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(readFile(path), readFile(data(QStringLiteral("flow.out.yaml"))));
    // Formatting a formatted file changes nothing.
    r = run({ QStringLiteral("--write"), path });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readFile(path), readFile(data(QStringLiteral("flow.out.yaml"))));
    // A file that does not parse is left alone.
    const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kind: Pod\nspec: [\n");
    file.close();
    r = run({ QStringLiteral("-w"), broken });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(readFile(broken), QByteArray("kind: Pod\nspec: [\n"));
}

void TestFmtCommand::keepsComments()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("commented.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# my pod\napiVersion: v1\nkind: Pod\nmetadata: {name: web}  # the name\n"
               "spec:\n  containers:\n  - image: nginx\n    # the only one\n    name: web\n"
               "    args: ['#1']\n");
    file.close();
    const QByteArray expected = "# my pod\napiVersion: v1\nkind: Pod\nmetadata: # the name\n"
                                "  name: web\nspec:\n  containers:\n  # the only one\n"
                                "  - name: web\n    image: nginx\n    args:\n    - \"#1\"\n";
    Run r = run({ path });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // every comment is kept: nothing to say
    r = run({ QStringLiteral("-w"), path });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readFile(path), expected);
    r = run({ QStringLiteral("-w"), path }); // formatted: stays as it is
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readFile(path), expected);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestFmtCommand::commentsWithNowhereToGoAreSaid()
{
    // An empty `resources: {}` is not written (the export drops empty typed objects): its
    // comment has no line to go on.
    const QByteArray input = "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n"
                             "  containers:\n  - name: web # kept\n    image: nginx\n"
                             "    resources: {} # none yet\n";
    const Run r = run({ QStringLiteral("-") }, input);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("- name: web # kept\n"));
    QVERIFY(!r.out.contains("none yet"));
    QCOMPARE(r.err,
             QByteArray("<stdin>: note: 1 comment is not kept: it belongs to no field "
                        "Podwright writes\n"));
}

void TestFmtCommand::help()
{
    const Run r = run({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Usage: podwright fmt"));
    QVERIFY(r.out.contains("--write"));
}

void TestFmtCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no file") << QStringList {} << QByteArray("expected exactly one FILE");
    QTest::newRow("two files") << QStringList { QStringLiteral("a"), QStringLiteral("b") }
                               << QByteArray("expected exactly one FILE");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("x") }
        << QByteArray("unknown option '--frobnicate'");
    QTest::newRow("write to stdin") << QStringList { QStringLiteral("-w"), QStringLiteral("-") }
                                    << QByteArray("--write needs a file");
    QTest::newRow("missing file") << QStringList { QStringLiteral("/nonexistent/pod.yaml") }
                                  << QByteArray("cannot read /nonexistent/pod.yaml");
}

void TestFmtCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestFmtCommand::listedInTopLevelHelp()
{
    QProcess process;
    process.start(QStringLiteral(PODWRIGHT_BINARY), { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.readAllStandardOutput().contains("  fmt "));
}

QTEST_GUILESS_MAIN(TestFmtCommand)
#include "tst_fmtcommand.moc"
