// Bad or unusual YAML never crashes, hangs or loses work: every manifest and template of the
// project, mutated many times over by a fixed-seed fuzzer (yamlmutator.h), must keep the
// round-trip properties of roundtripcheck.h. The inputs that broke them once are rows of
// `regressions`.
//
// By hand, longer (any seed; failing inputs saved as files for `podwright fmt`, and the
// input being checked as last-input.yaml, for a crash):
//   PODWRIGHT_FUZZ_ITERATIONS=500000 PODWRIGHT_FUZZ_SEED=7 PODWRIGHT_FUZZ_SAVE=/tmp/fuzz
//   tst_roundtripfuzz mutatedManifestsRoundTrip
// PODWRIGHT_FUZZ_TIME_LIMIT_MS raises the 1 s bound under a sanitizer, and QtTest's own
// QTEST_FUNCTION_TIMEOUT (milliseconds, 5 minutes by default) allows a longer run.
#include "manifestio.h"
#include "roundtripcheck.h"
#include "yamlmutator.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace podwright;

class TestRoundTripFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seedsRoundTrip_data();
    void seedsRoundTrip();
    void regressions_data();
    void regressions();
    void mutatedManifestsRoundTrip();
    void loneCarriageReturnIsALineBreak();

private:
    QByteArrayList m_seeds;
    QStringList m_seedNames;
};

static qint64 envNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

static qint64 timeLimitMs()
{
    return envNumber("PODWRIGHT_FUZZ_TIME_LIMIT_MS", 1000);
}

static QString failureMessage(const RoundTripFailure &failure, const QByteArray &input)
{
    return QStringLiteral("%1: %2\ninput:\n%3")
        .arg(failure.property, failure.detail, QString::fromUtf8(escapedForMessage(input)));
}

void TestRoundTripFuzz::initTestCase()
{
    const QString data = QStringLiteral(PODWRIGHT_TEST_DATA);
    for (const QString &root : { data, data + QStringLiteral("/../../resources/templates") }) {
        QDirIterator it(root, { QStringLiteral("*.yaml"), QStringLiteral("*.json") }, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort(); // the same seeds in the same order on every machine
        for (const QString &path : paths) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            m_seeds << file.readAll();
            m_seedNames << QDir(data).relativeFilePath(path);
        }
    }
    QVERIFY2(m_seeds.size() >= 50, "the manifests under tests/data and resources/templates");
}

void TestRoundTripFuzz::seedsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    for (qsizetype i = 0; i < m_seeds.size(); ++i)
        QTest::newRow(qPrintable(m_seedNames.at(i))) << m_seeds.at(i);
}

void TestRoundTripFuzz::seedsRoundTrip()
{
    QFETCH(QByteArray, text);
    const auto failure = checkRoundTrip(text, timeLimitMs());
    QVERIFY2(!failure, failure ? qPrintable(failureMessage(*failure, text)) : "");
}

void TestRoundTripFuzz::regressions_data()
{
    QTest::addColumn<QByteArray>("text");
    // Each bug the fuzzer found, its input minimised; the comment says what went wrong.
    QTest::newRow("hash inside a double-quoted string") << QByteArray("a: \"x # y\"\n");
    // A document that is a literal block was written with its lines in column 0, where
    // yaml-cpp reads them as more documents.
    QTest::newRow("top-level literal block") << QByteArray("|\n t\n");
    QTest::newRow("top-level literal block of a hash") << QByteArray("|\n #\n");
    // A key past 1024 bytes was written as `key: value`, which no YAML reader takes back.
    QTest::newRow("explicit long key") << "? " + QByteArray(1100, 'k') + "\n: 1\n";
    QTest::newRow("explicit long key with a list")
        << "kind: Pod\nmetadata:\n  name: a\n  labels:\n    ? " + QByteArray(1100, 'k')
            + " # long\n    : [x, y]\n";
    QTest::newRow("explicit long key in an item")
        << "- ? \"" + QByteArray(1100, 'k') + "\"\n  :\n    a: 1\n  b: 2\n";
    // Comments at keys that looked like paths were written at two nodes, doubling per save.
    QTest::newRow("comment before an empty key") << QByteArray("#\n:\n");
    QTest::newRow("comment in a flow map with an empty key") << QByteArray("#\n{: {}}\n");
    QTest::newRow("dotted key beside its look-alike")
        << QByteArray("kind: Pod\nmetadata:\n  labels:\n    a.b: x # one\n    a: {b: y}\n");
    QTest::newRow("bracketed key beside a list") << QByteArray("x:\n  \"a[0]\": 1 # c\n  a: [2]\n");
    QTest::newRow("quoted key with a backslash")
        << QByteArray("x:\n  # before\n  \"a\\\\b\\\"\": 1 # after\n");
    QTest::newRow("dotted key in a List item")
        << QByteArray("kind: List\nitems:\n- kind: Pod\n  metadata:\n    labels:\n"
                      "      # the app\n      app.kubernetes.io/name: web # web\n");
    // A comment after `- emptyDir: {}` went with the item to the export's first line,
    // `- name: e`, and ran into that line's comment.
    QTest::newRow("comment after an item's flow value")
        << QByteArray("kind: Pod\nspec:\n volumes:\n  - : {} #\n    name: e #");
    // `apiVersion:` (null) loaded silently, but its export said "apiVersion not set".
    QTest::newRow("null apiVersion") << QByteArray("apiVersion:\nkind: Pod");
    QTest::newRow("empty apiVersion") << QByteArray("apiVersion: |\nkind: Pod");
    QTest::newRow("empty quoted apiVersion") << QByteArray("apiVersion: \"\"\nkind: Pod\n");
    // Brackets in text counted as nesting: a string of 300 '[' loaded quoted and was
    // exported plain, which then did not load.
    QTest::newRow("brackets in a plain label")
        << "kind: Pod\nmetadata:\n  labels:\n    a: \"r" + QByteArray(300, '[') + "\"\n";
    QTest::newRow("brackets in a plain value repeated by an alias")
        << "- &base m" + QByteArray(150, '[') + "\n- *base\n";
    QTest::newRow("brackets in a literal block")
        << "kind: Pod\nmetadata:\n  annotations:\n    a: |\n      " + QByteArray(300, '{') + "\n";
    // yaml-cpp put the error of an escape cut off by the end one column past it.
    QTest::newRow("escape at the end") << QByteArray("\"\\");
    // A field without its colon loaded as null, or as the value of the field above it.
    QTest::newRow("field without its colon") << QByteArray("a: 1\nb\n");
    QTest::newRow("value beside its field") << QByteArray("n:\n1 #\n");
    QTest::newRow("explicit key without a value") << QByteArray("? a # c\nb: 1\n");
    QTest::newRow("explicit key, value under the '?'") << QByteArray("? &k a\n: b\n");
    QTest::newRow("anchored and tagged keys") << QByteArray("&x a:\n!!str c:\nb: *x\n");
    // yaml-cpp takes `>#` as a header and the next line as text; the scanner took it for a
    // comment, which the export then added.
    QTest::newRow("hash right after a block header") << QByteArray("a: >#\n #");
    QTest::newRow("hash right after a header with indicators")
        << QByteArray("a: |-2#x\n   # text\nb: 1\n");
    // A quote after a tag was not seen as one: a '#' in it was scanned as a comment.
    QTest::newRow("quoted after a tag, over lines")
        << QByteArray("a: !\"x\n  #y\"\nb: !!str 'p\n  #q' # r\n");
    // yaml-cpp ends a tag at a double quote, not at a single one.
    QTest::newRow("double quote against a tag") << QByteArray("h: !q\" #\"");
    QTest::newRow("single quote in a tag") << QByteArray("h: !q' #'\nb: !'x #y'\n");
    QTest::newRow("single quote in a tag at the end") << QByteArray("a: !'x");
    // yaml-cpp ends a tag at a block indicator too: the lines below are the block's.
    QTest::newRow("block header against a tag") << QByteArray("a: !|\n #");
    QTest::newRow("folded header against a named tag") << QByteArray("a: !t>-\n  # x\nb: 1\n");
    // `-"x` is plain text, but the scanner opened a quote there that ran over lines.
    QTest::newRow("quote against a dash") << QByteArray(" - -\"\n- |\n \" #");
    QTest::newRow("quote against a colon") << QByteArray(" e: :\"\n- |\n \" #");
    QTest::newRow("quote against a JSON key's colon")
        << QByteArray("{\"a\":\"x #y\", 'b':'p\n  #q'} # c\n");
    QTest::newRow("quote against a question mark") << QByteArray("a: ?\"x\nb: |\n  \" # text\n");
    // Comments of an item and of its first key share the export's line: both are kept.
    QTest::newRow("comments of an item and its first key")
        << QByteArray("{: {: [{: {: {: [{ #\n, #\n}]}}}]}}");
    // A lone CR is a line break to YAML and kubectl, a character to yaml-cpp: the field
    // after a comment was hidden in it, and a CR alone on a line was a value.
    QTest::newRow("lone CR ends a comment") << QByteArray("a: 1 # note\rb: 2\n");
    QTest::newRow("lone CR line in a flow map") << QByteArray("{\r: {\r: [{\r:\n\r #\n}]}}");
    QTest::newRow("lone CR line breaks") << QByteArray("kind: Pod\rmetadata:\r  name: a\r");
    // A plain scalar over several lines was exported quoted, then as a literal block.
    QTest::newRow("multi-line plain scalar") << QByteArray("g\n\nt");
    QTest::newRow("multi-line plain value in flow") << QByteArray("{: {: [{: a\n\n!}]}}");
    QTest::newRow("multi-line plain annotation")
        << QByteArray("kind: Pod\nmetadata:\n  annotations:\n    a: one\n\n      two\n");
}

void TestRoundTripFuzz::regressions()
{
    QFETCH(QByteArray, text);
    const auto failure = checkRoundTrip(text, timeLimitMs());
    QVERIFY2(!failure, failure ? qPrintable(failureMessage(*failure, text)) : "");
}

void TestRoundTripFuzz::mutatedManifestsRoundTrip()
{
    // About ten seconds in a Release build on one core.
    const qint64 iterations = envNumber("PODWRIGHT_FUZZ_ITERATIONS", 6000);
    const auto seed = static_cast<quint32>(envNumber("PODWRIGHT_FUZZ_SEED", 20240611));
    const QString saveDir = qEnvironmentVariable("PODWRIGHT_FUZZ_SAVE");
    if (!saveDir.isEmpty())
        QDir().mkpath(saveDir);
    YamlMutator mutator(m_seeds, seed);
    QMap<QString, int> failuresByProperty;
    QStringList firstFailures;
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < iterations; ++i) {
        const QByteArray input = mutator.next();
        if (!saveDir.isEmpty()) {
            // What a crash (under a sanitizer, say) leaves behind: the input that caused it.
            QFile last(saveDir + QStringLiteral("/last-input.yaml"));
            if (last.open(QIODevice::WriteOnly))
                last.write(input);
        }
        const auto failure = checkRoundTrip(input, timeLimitMs());
        if (!failure)
            continue;
        const int seen = failuresByProperty[failure->property]++;
        if (seen < 3)
            firstFailures << QStringLiteral("#%1 ").arg(i) + failureMessage(*failure, input);
        if (!saveDir.isEmpty()) {
            QFile file(QStringLiteral("%1/%2-%3.yaml").arg(saveDir, failure->property).arg(i));
            if (file.open(QIODevice::WriteOnly))
                file.write(input);
        }
    }
    qInfo("%lld inputs (seed %u) in %lld ms", iterations, seed, timer.elapsed());
    for (auto it = failuresByProperty.cbegin(); it != failuresByProperty.cend(); ++it)
        qInfo("%s: %d inputs", qPrintable(it.key()), it.value());
    QVERIFY2(firstFailures.isEmpty(),
             qPrintable(firstFailures.join(QStringLiteral("\n-----\n")).left(20000)));
}

void TestRoundTripFuzz::loneCarriageReturnIsALineBreak()
{
    // As kubectl reads it: the field after the comment is there, on line 3.
    const LoadResult r = loadManifest("kind: ConfigMap\rdata: # the data\r  b: x\r");
    QVERIFY(r.parsed);
    QCOMPARE(r.manifest.resources.size(), std::size_t(1));
    const YamlNode *b = r.manifest.resources[0].node.findPath(QStringLiteral("data.b"));
    QVERIFY(b);
    QCOMPARE(b->text(), QStringLiteral("x"));
    QCOMPARE(b->pos().line, 3);
    QCOMPARE(writeManifest(r.manifest), QByteArray("kind: ConfigMap\ndata: # the data\n  b: x\n"));
}

QTEST_GUILESS_MAIN(TestRoundTripFuzz)
#include "tst_roundtripfuzz.moc"
