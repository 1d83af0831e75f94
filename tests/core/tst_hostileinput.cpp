// Hostile input gets a clear error quickly and never crashes or hangs. The time bound is a
// loose guard against hangs (the issue asks for "a couple of seconds"), not a benchmark.
#include "manifestio.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace podwright;

class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejectedQuickly_data();
    void rejectedQuickly();
    void printableUnicodeIsText();
    void hugeScalarLoads();
    void millionsOfCommentsAreBounded();
    void byteLimit();
    void bracketsInQuotedTextAreNotNesting();
    void nodeLimit();
};

static QByteArray deepBlockMaps(int depth)
{
    QByteArray text;
    for (int i = 0; i < depth; ++i)
        text += QByteArray(i * 2, ' ') + "a:\n";
    return text;
}

static QByteArray aliasBomb()
{
    // The "billion laughs": each level holds ten aliases of the one before.
    QByteArray text
        = "a: &a "
          "[\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    char previous = 'a';
    for (char level = 'b'; level <= 'j'; ++level) {
        text += QByteArray(1, level) + ": &" + level + " [";
        for (int i = 0; i < 10; ++i)
            text += QByteArray(i ? ",*" : "*") + previous;
        text += "]\n";
        previous = level;
    }
    return text;
}

static QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42); // fixed seed: the same bytes every run
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

void TestHostileInput::rejectedQuickly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QString>("ruleId");

    QTest::newRow("5 MB of [") << QByteArray(5 * 1024 * 1024, '[') << false << "nesting-too-deep";
    QTest::newRow("5 MB of {a:") << QByteArray("{a:").repeated(1700 * 1024) << false
                                 << "nesting-too-deep";
    QTest::newRow("deep block maps") << deepBlockMaps(1500) << false << "nesting-too-deep";
    QTest::newRow("deep block sequences") << QByteArray("- ").repeated(100000) + "x\n"
                                          << false << "nesting-too-deep";
    QTest::newRow("alias bomb") << aliasBomb() << false << "too-many-nodes";
    QTest::newRow("10 MB of random bytes")
        << randomBytes(10 * 1024 * 1024) << false << "binary-input";
    QTest::newRow("NUL bytes") << QByteArray("apiVersion: v1\nkind: Pod\0\0\0\n", 28) << false
                               << "binary-input";
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe"
                                          "a\0:\0 \0b\0",
                                          10)
                            << false << "binary-input";
    QTest::newRow("escape character")
        << QByteArray("name: \x1b[31mred\n") << false << "binary-input";
    // go-yaml (kubectl) refuses every raw C1 control but NEL, and U+FFFE and U+FFFF:
    // "control characters are not allowed".
    QTest::newRow("C1 control character") << QByteArray("name: a\xc2\x80"
                                                        "b\n")
                                          << false << "binary-input";
    QTest::newRow("noncharacter U+FFFE") << QByteArray("name: a\xef\xbf\xbe"
                                                       "b\n")
                                         << false << "binary-input";
    QTest::newRow("noncharacter U+FFFF") << QByteArray("name: a\xef\xbf\xbf"
                                                       "b\n")
                                         << false << "binary-input";
    QTest::newRow("empty file") << QByteArray() << true << "manifest-empty";
    QTest::newRow("comment-only file")
        << QByteArray("# just a comment\n") << true << "manifest-empty";
    QTest::newRow("truncated JSON") << QByteArray(
        "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"spec\": {\"containers\": [{\"name\": \"a")
                                    << false << "yaml-syntax";
    QTest::newRow("unbalanced brackets") << QByteArray("]]]]}}}}") << false << "yaml-syntax";
    QTest::newRow("brackets hidden after a quote") << QByteArray("a: \"x\"\nb: ")
            + QByteArray(1024 * 1024, '{') << false << "nesting-too-deep";
    QTest::newRow("100k documents without kind")
        << QByteArray("---\n: : :\n").repeated(100000) << true << "kind-missing";
}

void TestHostileInput::rejectedQuickly()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, parsed);
    QFETCH(QString, ruleId);
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = loadManifest(text);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.parsed, parsed);
    QVERIFY(!r.diagnostics.empty());
    const ValidationFinding &f = r.diagnostics.front();
    QCOMPARE(f.ruleId, ruleId);
    QCOMPARE(f.severity, Severity::Error);
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.explanation.isEmpty());
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void TestHostileInput::printableUnicodeIsText()
{
    // What YAML 1.1 counts as printable loads: NEL, no-break space, a BOM inside text,
    // U+FFFD and astral characters.
    const LoadResult r = loadManifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: u\n"
                                      "  annotations:\n    a: 'x\xc2\x85y\xc2\xa0\xef\xbb\xbf"
                                      "\xef\xbf\xbd\xf0\x9f\x98\x80'\n"
                                      "spec:\n  containers: [{name: a, image: b}]\n");
    QVERIFY(r.parsed);
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(stringMapValue(r.manifest.resources[0].pod.metadata.annotations, QStringLiteral("a")),
             QStringLiteral("x\u0085y\u00a0\ufeff\ufffd\U0001F600"));
}

void TestHostileInput::hugeScalarLoads()
{
    // A 4 MB annotation is silly but valid: it loads, in bounded time.
    const QByteArray value(4 * 1024 * 1024, 'x');
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = loadManifest(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\n  annotations:\n    blob: " + value
        + "\nspec:\n  containers: [{name: a, image: b}]\n");
    QVERIFY(r.parsed);
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(
        stringMapValue(r.manifest.resources[0].pod.metadata.annotations, QStringLiteral("blob"))
            .size(),
        value.size());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

void TestHostileInput::millionsOfCommentsAreBounded()
{
    // Comments are kept in the model, but not without bound: two million comment lines (one
    // block, then one per line between keys) load in bounded time, the first 100,000 kept.
    const QByteArray block = QByteArray("#\n").repeated(1000000);
    const QByteArray spaced = QByteArray("# x\n\n").repeated(1000000);
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = loadManifest(block + "apiVersion: v1\nkind: Pod\nmetadata:\n  name: c\n"
                                      + spaced + "spec:\n  containers: [{name: a, image: b}]\n");
    QVERIFY(r.parsed);
    std::size_t kept = 0;
    for (const YamlComment &comment : r.manifest.resources[0].comments)
        kept += std::size_t(comment.lines.size());
    QCOMPARE(kept, std::size_t(100000));
    QCOMPARE(r.unplacedComments, 2000000 - 100000);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

void TestHostileInput::bracketsInQuotedTextAreNotNesting()
{
    // The flow-depth pre-check skips quoted scalars and comments: a regex full of brackets
    // in an annotation is text, not nesting.
    const QByteArray brackets(300, '[');
    const LoadResult r
        = loadManifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: q\n  annotations:\n"
                       "    double: \""
                       + brackets + "\"\n    single: '" + brackets
                       + "'\n"
                         "# "
                       + brackets + "\nspec:\n  containers: [{name: a, image: b}]\n");
    QVERIFY(r.parsed);
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(
        stringMapValue(r.manifest.resources[0].pod.metadata.annotations, QStringLiteral("single"))
            .size(),
        300);
}

void TestHostileInput::byteLimit()
{
    LoadLimits limits;
    limits.maxBytes = 1000;
    const LoadResult r = loadManifest(QByteArray("# padding\n").repeated(200), limits);
    QVERIFY(!r.parsed);
    QCOMPARE(r.diagnostics.front().ruleId, QStringLiteral("input-too-large"));
}

void TestHostileInput::nodeLimit()
{
    // The node budget bounds memory for big but valid files too. yaml-cpp needs about 2 us
    // per node, so the default budget (4 million) is reached in seconds; a small one here.
    LoadLimits limits;
    limits.maxNodes = 100000;
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = loadManifest(QByteArray("- a\n").repeated(1000 * 1000), limits);
    QVERIFY(!r.parsed);
    QCOMPARE(r.diagnostics.front().ruleId, QStringLiteral("too-many-nodes"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
