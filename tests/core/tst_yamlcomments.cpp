// countYamlComments(): comments, and the '#' that are not comments (quoted and plain scalars,
// block scalar lines). Then comments as model data: which node each one is attached to on
// import, and that the export writes it back there after the model was edited.
#include "manifestio.h"
#include "yamlcomments.h"

#include <QTest>

using namespace podwright;

class TestYamlComments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("comments");
        QTest::newRow("none") << QByteArray("apiVersion: v1\nkind: Pod\n") << 0;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("full line") << QByteArray("# my web server\nkind: Pod\n") << 1;
        QTest::newRow("indented full line")
            << QByteArray("spec:\n  # the app\n  containers: []\n") << 1;
        QTest::newRow("after content") << QByteArray("kind: Pod # a pod\n") << 1;
        QTest::newRow("CRLF") << QByteArray("# one\r\nkind: Pod # two\r\n") << 2;
        QTest::newRow("hash in a plain scalar")
            << QByteArray("url: http://host/#part\nchannel: a#b\n") << 0;
        QTest::newRow("hash in double quotes")
            << QByteArray("msg: \"not # a comment\" # but this is\n") << 1;
        QTest::newRow("escaped double quote")
            << QByteArray("msg: \"say \\\" # still text\"\n") << 0;
        QTest::newRow("hash in single quotes") << QByteArray("msg: 'it''s # text'\n") << 0;
        QTest::newRow("apostrophe in a plain scalar") << QByteArray("msg: don't # comment\n") << 1;
        QTest::newRow("flow sequence") << QByteArray("args: [a, \"#b\"] # c\n") << 1;
        QTest::newRow("block scalar lines are content")
            << QByteArray("script: |\n  # not a comment\n  echo hi\nnext: 1 # a comment\n") << 1;
        QTest::newRow("folded, chomping and indentation indicators")
            << QByteArray("a: >-\n  # text\nb: |2\n  # text\nc: |+\n\n  # text\n") << 0;
        QTest::newRow("comment on the block header")
            << QByteArray("script: | # how it starts\n  # text\n") << 1;
        QTest::newRow("block scalar in a sequence entry's key")
            << QByteArray("- script: |\n    # text\n  other: x # comment\n") << 1;
        QTest::newRow("block scalar as a sequence entry")
            << QByteArray("args:\n- |\n  # text\n- b # comment\n") << 1;
        QTest::newRow("pipe inside a scalar is not a block")
            << QByteArray("cmd: a | b\n# comment\n") << 1;
        QTest::newRow("document markers") << QByteArray("---\n# one\nkind: Pod\n...\n") << 1;
        QTest::newRow("double quotes over lines")
            << QByteArray("msg: \"one\n  # still text\" # a comment\n") << 1;
        QTest::newRow("single quotes over lines")
            << QByteArray("- 'one\n  # still text'\n# a comment\n") << 1;
        QTest::newRow("a quote inside a plain scalar ends with its line")
            << QByteArray("msg: it 'is\n# a comment\n") << 1;
        QTest::newRow("comment on a document marker") << QByteArray("--- # one\nkind: Pod\n") << 1;
    }
    void counts()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, comments);
        QCOMPARE(countYamlComments(text), comments);
    }
    void attached_data();
    void attached();
    void followsItsNodeThroughEdits();
    void multiDocumentAndListTargets();
    void aCommentMadeByCodeStaysOnItsLine();
};

void TestYamlComments::attached_data()
{
    QTest::addColumn<QByteArray>("text");
    // "placement path: text" for each comment of the first resource, in order.
    QTest::addColumn<QStringList>("expected");
    const QByteArray pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    QTest::newRow("header") << QByteArray("# a\n# b\n\n# c\n" + pod)
                            << QStringList { "before : a|b+blank", "before : c" };
    QTest::newRow("trailing on a key") << QByteArray(pod + "  restartPolicy: Never # once\n")
                                       << QStringList { "trailing spec.restartPolicy: once" };
    QTest::newRow("before a named item, not its first key")
        << QByteArray(pod + "  containers:\n  # server\n  - name: web # the name\n")
        << QStringList { "before spec.containers[name=web]: server",
                         "trailing spec.containers[name=web].name: the name" };
    QTest::newRow("items of one name keep their index")
        << QByteArray(pod + "  containers:\n  - name: a\n  # second\n  - name: a\n")
        << QStringList { "before spec.containers[1]: second" };
    QTest::newRow("unnamed items by index")
        << QByteArray(pod + "  containers:\n  - name: a\n    args:\n    - x\n    - y # why\n")
        << QStringList { "trailing spec.containers[name=a].args[1]: why" };
    QTest::newRow("after a flow collection")
        << QByteArray(pod + "  containers: [{name: a, args: [x, y]}] # all\n")
        << QStringList { "trailing spec.containers: all" };
    // kubectl writes a volume's keys in alphabetical order; the export puts `name` first.
    QTest::newRow("after an item's flow value, not on the item")
        << QByteArray(pod + "  volumes:\n  - emptyDir: {} # scratch\n    name: cache # c\n")
        << QStringList { "trailing spec.volumes[name=cache].emptyDir: scratch",
                         "trailing spec.volumes[name=cache].name: c" };
    QTest::newRow("dotted label key")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n"
                      "    app.kubernetes.io/name: web # the app\nspec: {}\n")
        << QStringList { "trailing metadata.labels[\"app.kubernetes.io/name\"]: the app" };
    QTest::newRow("inside a flow collection over lines")
        << QByteArray(pod + "  nodeSelector: {a: b, # first\n    c: d}\n")
        << QStringList { "trailing spec.nodeSelector.a: first" };
    QTest::newRow("end of the document")
        << QByteArray(pod + "  hostname: h\n# bye\n") << QStringList { "end : bye" };
    QTest::newRow("before a field of a block scalar's map")
        << QByteArray(pod + "  hostname: |\n    # text\n  # about dns\n  dnsPolicy: None\n")
        << QStringList { "before spec.dnsPolicy: about dns" };
}

static QString describe(const YamlComment &comment)
{
    const char *placement = comment.placement == YamlComment::Placement::Before ? "before"
        : comment.placement == YamlComment::Placement::Trailing                 ? "trailing"
                                                                                : "end";
    QStringList lines;
    for (const QString &line : comment.lines)
        lines << line.trimmed();
    return QStringLiteral("%1 %2: %3%4")
        .arg(QLatin1String(placement), comment.path, lines.join(QLatin1Char('|')),
             comment.blankLineAfter ? QStringLiteral("+blank") : QString());
}

void TestYamlComments::attached()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const LoadResult loaded = loadManifest(text);
    QVERIFY(loaded.parsed);
    QCOMPARE(loaded.unplacedComments, 0);
    QStringList actual;
    for (const YamlComment &comment : loaded.manifest.resources.front().comments)
        actual << describe(comment);
    QCOMPARE(actual, expected);
    // And each is written back: the export has as many comments as the input.
    QCOMPARE(countYamlComments(writeManifest(loaded.manifest)), countYamlComments(text));
}

void TestYamlComments::followsItsNodeThroughEdits()
{
    const QByteArray text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n"
                            "  containers:\n  - name: web\n    image: nginx # the server\n"
                            "  # ships the logs\n  - name: shipper\n    image: busybox\n";
    LoadResult loaded = loadManifest(text);
    QVERIFY(loaded.parsed);
    Manifest manifest = loaded.manifest;
    auto &containers = manifest.resources.front().pod.spec.containers;

    // Reordered: each comment stays with its container.
    std::swap(containers[0], containers[1]);
    QByteArray exported = writeManifest(manifest);
    QVERIFY2(exported.contains("  # ships the logs\n  - name: shipper\n    image: busybox\n"
                               "  - name: web\n    image: nginx # the server\n"),
             exported.constData());

    // Another container renamed: the comment does not move to it.
    containers[1].name = QStringLiteral("server");
    exported = writeManifest(manifest);
    QVERIFY2(exported.contains("  # ships the logs\n  - name: shipper\n"), exported.constData());
    QVERIFY(!exported.contains("the server"));
    QCOMPARE(countCommentLinesLeftOut(manifest), 1);
    containers[1].name = QStringLiteral("web");

    // Deleted: not written, but still in the model, so that putting it back restores it.
    const Container shipper = containers[0];
    containers.erase(containers.begin());
    exported = writeManifest(manifest);
    QVERIFY(!exported.contains("ships the logs"));
    QCOMPARE(manifest.resources.front().comments.size(), std::size_t(2));
    containers.insert(containers.begin(), shipper);
    QVERIFY(writeManifest(manifest).contains("  # ships the logs\n  - name: shipper\n"));
    QCOMPARE(countCommentLinesLeftOut(manifest), 0);
}

void TestYamlComments::multiDocumentAndListTargets()
{
    const QByteArray text = "# first\nkind: ConfigMap\napiVersion: v1\n# after the first\n"
                            "--- # second\napiVersion: v1\nkind: List\nitems:\n"
                            "# the item\n- apiVersion: v1\n  kind: Pod # a pod\n"
                            "# end of the list\n";
    const LoadResult loaded = loadManifest(text);
    QVERIFY(loaded.parsed);
    const Manifest &m = loaded.manifest;
    QCOMPARE(m.resources.size(), std::size_t(2));
    QStringList first, item, list;
    for (const YamlComment &c : m.resources[0].comments)
        first << describe(c);
    for (const YamlComment &c : m.resources[1].comments)
        item << describe(c);
    QCOMPARE(m.documentComments.size(), std::size_t(2));
    for (const YamlComment &c : m.documentComments[1])
        list << describe(c);
    QCOMPARE(first, (QStringList { "before : first", "end : after the first" }));
    QCOMPARE(item, (QStringList { "before : the item", "trailing kind: a pod" }));
    QCOMPARE(list, (QStringList { "before : second", "end : end of the list" }));
    // Canonical order moves apiVersion first; the header stays at the top.
    QCOMPARE(writeManifest(m),
             QByteArray("# first\napiVersion: v1\nkind: ConfigMap\n# after the first\n---\n"
                        "# second\napiVersion: v1\nkind: List\nitems:\n# the item\n"
                        "- apiVersion: v1\n  kind: Pod # a pod\n  spec: {}\n# end of the list\n"));
}

void TestYamlComments::aCommentMadeByCodeStaysOnItsLine()
{
    // Comments are model data anyone may set: a line break in one must not turn the rest of
    // its text into YAML.
    const LoadResult loaded
        = loadManifest("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostname: h\n");
    QVERIFY(loaded.parsed);
    Manifest manifest = loaded.manifest;
    YamlComment before;
    before.path = QStringLiteral("spec.hostname");
    before.lines << QStringLiteral(" one\nhostNetwork: true");
    YamlComment trailing = before;
    trailing.placement = YamlComment::Placement::Trailing;
    manifest.resources.front().comments = { before, trailing };
    const QByteArray exported = writeManifest(manifest);
    QCOMPARE(exported,
             QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n"
                        "  # one hostNetwork: true\n  hostname: h # one hostNetwork: true\n"));
    const LoadResult back = loadManifest(exported);
    QVERIFY(back.parsed);
    QVERIFY(back.manifest.resources.front().pod == loaded.manifest.resources.front().pod);
}

QTEST_GUILESS_MAIN(TestYamlComments)
#include "tst_yamlcomments.moc"
