#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

/**
 * `podwright validate` as a user runs it: the real binary, real files, exit codes and both
 * output formats.
 */
class TestValidateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void textFormat();
    void jsonFormat();
    void readsStdin();
    void severalFiles();
    void filtersWarningsAndHints();
    void staysEnglishInAGermanSession();
    void help();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QByteArray &input = {});
};

static QString fixture(const char *name)
{
    return QStringLiteral(PODWRIGHT_TEST_DATA "/validation/") + QLatin1String(name);
}

TestValidateCommand::Run TestValidateCommand::run(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(PODWRIGHT_BINARY),
                  QStringList { QStringLiteral("validate") } + args);
    if (!process.waitForStarted())
        return {};
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

void TestValidateCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("valid documentation pod")
        << QStringList { fixture("valid/simple-pod.yaml") } << 0;
    QTest::newRow("warnings only are fine")
        << QStringList { fixture("valid/tcp-liveness-readiness.yaml") } << 0;
    QTest::newRow("errors") << QStringList { fixture("broken/duplicate-names.yaml") } << 1;
    QTest::newRow("missing file") << QStringList { fixture("no-such-file.yaml") } << 2;
    QTest::newRow("unreadable beats errors")
        << QStringList { fixture("broken/volumes.yaml"), fixture("no-such-file.yaml") } << 2;
    QTest::newRow("no file") << QStringList {} << 2;
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--frobnicate"), fixture("valid/simple-pod.yaml") } << 2;
    QTest::newRow("unknown format")
        << QStringList { QStringLiteral("--output"), QStringLiteral("xml"),
                         fixture("valid/simple-pod.yaml") }
        << 2;
}

void TestValidateCommand::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QCOMPARE(run(args).exitCode, exitCode);
}

void TestValidateCommand::textFormat()
{
    const QString file = fixture("broken/duplicate-names.yaml");
    const Run r = run({ QStringLiteral("--no-hints"), file });
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             file
                 + QStringLiteral(":17:22: error: spec.containers[0].ports[0].containerPort: "
                                  "Required value [port-container-port-required]"));
    QCOMPARE(lines.value(1),
             file
                 + QStringLiteral(":18:11: error: spec.containers[1].name: Duplicate value: "
                                  "\"web\" [container-name-duplicate]"));
    QVERIFY(lines.contains(
        file
        + QStringLiteral(":11:5: warning: spec.initContainers[0]: plain `podman kube play` "
                         "(Podman 4.3) takes about 20 s to notice that an init container has "
                         "exited; Podwright starts init containers itself when it runs the pod "
                         "[podman-init-container-delay]")));
    QCOMPARE(r.err.trimmed(), QStringLiteral("3 errors, 1 warning, 0 hints in 1 file"));
}

void TestValidateCommand::jsonFormat()
{
    const QString file = fixture("broken/deployment-template.yaml");
    const Run r = run({ QStringLiteral("--output"), QStringLiteral("json"), file });
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QVERIFY(!array.isEmpty());
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 22);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 26);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(),
             QStringLiteral("spec.template.spec.containers[0].imagePullPolicy"));
    QCOMPARE(first.value(QStringLiteral("message")).toString(),
             QStringLiteral("Unsupported value: \"Sometimes\": supported values: \"Always\", "
                            "\"IfNotPresent\", \"Never\""));
    QCOMPARE(first.value(QStringLiteral("rule")).toString(),
             QStringLiteral("image-pull-policy-unsupported"));
    QCOMPARE(first.value(QStringLiteral("resource")).toString(), QStringLiteral("Deployment/api"));
    QVERIFY(!first.value(QStringLiteral("explanation")).toString().isEmpty());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        for (const char *key : { "file", "line", "column", "severity", "path", "message", "rule",
                                 "explanation", "resource" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
}

void TestValidateCommand::readsStdin()
{
    const QByteArray yaml
        = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: Web\nspec:\n  containers:\n"
          "  - name: web\n    image: nginx:1.25\n";
    const Run r = run({ QStringLiteral("--no-hints"), QStringLiteral("-") }, yaml);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral(
                 "<stdin>:4:9: error: metadata.name: Invalid value: \"Web\": a lowercase "
                 "RFC 1123 subdomain")),
             qPrintable(r.out));
    QVERIFY(r.out.trimmed().endsWith(QStringLiteral("[metadata-name-invalid]")));

    const Run parseError = run({ QStringLiteral("-") }, QByteArray("spec: [unclosed\n"));
    QCOMPARE(parseError.exitCode, 2);
    QVERIFY2(parseError.out.startsWith(QStringLiteral("<stdin>:")), qPrintable(parseError.out));
    QVERIFY(parseError.out.contains(QStringLiteral(": error: ")));
}

void TestValidateCommand::severalFiles()
{
    const QString valid = fixture("valid/simple-pod.yaml");
    const QString broken = fixture("broken/volumes.yaml");
    const Run r
        = run({ QStringLiteral("--no-hints"), QStringLiteral("--no-warnings"), valid, broken });
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(broken + QLatin1Char(':')), qPrintable(line));
    QCOMPARE(r.err.trimmed(), QStringLiteral("9 errors, 0 warnings, 0 hints in 2 files"));
}

void TestValidateCommand::filtersWarningsAndHints()
{
    const QString file = fixture("valid/tcp-liveness-readiness.yaml");
    const Run all = run({ file });
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains(
        QStringLiteral(": warning: spec.containers[0].readinessProbe: Podman 4.3 does not run "
                       "readiness probes [podman-readiness-probe-ignored]")));
    QVERIFY(all.out.contains(QStringLiteral(": hint: ")));
    const Run quiet = run({ QStringLiteral("--no-warnings"), QStringLiteral("--no-hints"), file });
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.out, QString());
    QCOMPARE(quiet.err.trimmed(), QStringLiteral("0 errors, 0 warnings, 0 hints in 1 file"));
}

// The GUI translates Podwright's own prose; the CLI installs no translator, so its output can
// be searched for and compared whatever the user's language.
void TestValidateCommand::staysEnglishInAGermanSession()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PODWRIGHT_LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    QProcess process;
    process.setProcessEnvironment(env);
    const QString file = QStringLiteral(PODWRIGHT_TEST_DATA "/translation/duplicate-web.yaml");
    process.start(
        QStringLiteral(PODWRIGHT_BINARY),
        { QStringLiteral("validate"), QStringLiteral("--output"), QStringLiteral("json"), file });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QJsonArray findings = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QHash<QString, QJsonObject> byRule;
    for (const QJsonValue &v : findings)
        byRule.insert(v[QLatin1String("rule")].toString(), v.toObject());
    QCOMPARE(byRule.size(), 4);
    const QJsonObject duplicate = byRule.value(QStringLiteral("container-name-duplicate"));
    QCOMPARE(duplicate[QLatin1String("message")].toString(),
             QStringLiteral("Duplicate value: \"web\""));
    QVERIFY2(duplicate[QLatin1String("explanation")].toString().startsWith(
                 QStringLiteral("Init containers and app containers share one namespace of names")),
             qPrintable(duplicate[QLatin1String("explanation")].toString()));
    QCOMPARE(byRule.value(QStringLiteral("podman-cpu-request-ignored"))[QLatin1String("message")]
                 .toString(),
             QStringLiteral("Podman 4.3 does not apply CPU requests; only limits.cpu restricts "
                            "the container"));
    QCOMPARE(byRule.value(QStringLiteral("hint-no-probes"))[QLatin1String("message")].toString(),
             QStringLiteral("container web has no liveness or readiness probe"));
    QVERIFY2(byRule.value(QStringLiteral("hint-no-probes"))[QLatin1String("explanation")]
                 .toString()
                 .startsWith(QStringLiteral("A liveness probe lets Kubernetes restart")),
             "hint explanation is not English");
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed(),
             QStringLiteral("1 error, 2 warnings, 1 hint in 1 file"));
}

void TestValidateCommand::help()
{
    const Run r = run({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(
        QStringLiteral("FILE:LINE:COL: error|warning|hint: PATH: MESSAGE [rule-id]")));
    QVERIFY(r.out.contains(QStringLiteral("Exit status")));
}

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
