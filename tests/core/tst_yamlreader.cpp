// readYamlDocuments(): positions, quoting, duplicate keys, aliases, flow style, JSON, documents.
#include "yamlreader.h"

#include <QTest>

using namespace podwright;

class TestYamlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void positionsAreOneBased();
    void quotingDecidesStrings_data();
    void quotingDecidesStrings();
    void escapedKeysKeepTheirText();
    void duplicateKeyReportsBothLines();
    void duplicateKeyInLargeMap();
    void aliasesAreCopied();
    void mergeKeys();
    void flowStyleWithTrailingCommas();
    void json();
    void multipleDocuments();
    void emptyDocumentsAreSkipped();
    void commentsAreDropped();
    void syntaxErrors_data();
    void syntaxErrors();
};

static YamlNode readOne(const QByteArray &text)
{
    const YamlReadResult r = readYamlDocuments(text);
    if (!r.ok())
        qFatal("unexpected error: %s", qPrintable(r.errors.front().message));
    if (r.documents.size() != 1)
        qFatal("expected one document, got %d", int(r.documents.size()));
    return r.documents.front();
}

void TestYamlReader::positionsAreOneBased()
{
    const YamlNode doc = readOne("apiVersion: v1\n"
                                 "kind: Pod\n"
                                 "spec:\n"
                                 "  containers:\n"
                                 "  - name: web\n"
                                 "    image: \"nginx\"\n");
    QCOMPARE(doc.pos(), (SourcePos { 1, 1 }));
    QCOMPARE(doc.keyPos(QStringLiteral("kind")), (SourcePos { 2, 1 }));
    QCOMPARE(doc.find(QStringLiteral("kind"))->pos(), (SourcePos { 2, 7 }));
    const YamlNode &container
        = doc.find(QStringLiteral("spec"))->find(QStringLiteral("containers"))->items().at(0);
    QCOMPARE(container.pos(), (SourcePos { 5, 5 }));
    QCOMPARE(container.keyPos(QStringLiteral("image")), (SourcePos { 6, 5 }));
    QCOMPARE(container.find(QStringLiteral("image"))->pos(), (SourcePos { 6, 12 }));
}

void TestYamlReader::quotingDecidesStrings_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain float") << QByteArray("v: 1.0") << false << "1.0";
    QTest::newRow("double quoted float") << QByteArray("v: \"1.0\"") << true << "1.0";
    QTest::newRow("single quoted yes") << QByteArray("v: 'yes'") << true << "yes";
    QTest::newRow("literal block") << QByteArray("v: |\n  a\n  b\n") << true << "a\nb\n";
    QTest::newRow("folded block") << QByteArray("v: >-\n  a\n  b\n") << true << "a b";
    QTest::newRow("explicit str tag") << QByteArray("v: !!str 8080") << true << "8080";
    QTest::newRow("escape in double quotes") << QByteArray("v: \"a\\tb\"") << true << "a\tb";
    QTest::newRow("plain multi-line folds") << QByteArray("v: a\n  b") << false << "a b";
    // yaml-cpp 0.7 decodes \N and \_ to single Latin-1 bytes, not UTF-8; QString's UTF-8
    // decoding drops a leading U+FEFF. Neither may change the text.
    QTest::newRow("next-line escape")
        << QByteArray("v: \"a\\Nb\"") << true << QStringLiteral("a\u0085b");
    QTest::newRow("no-break space escape")
        << QByteArray("v: \"a\\_b\"") << true << QStringLiteral("a\u00a0b");
    QTest::newRow("both escapes next to UTF-8")
        << QByteArray("v: \"\xc3\xa9\\N\\_\xc3\xa9\"") << true
        << QStringLiteral("\u00e9\u0085\u00a0\u00e9");
    QTest::newRow("BOM escape after a \\_ escape")
        << QByteArray("v: \"\\_\\uFEFF\\U0001F600\"") << true
        << QStringLiteral("\u00a0\ufeff\U0001F600");
    QTest::newRow("line separator escape")
        << QByteArray("v: \"a\\Lb\"") << true << QStringLiteral("a\u2028b");
    QTest::newRow("leading BOM escape")
        << QByteArray("v: \"\\uFEFFx\"") << true << QStringLiteral("\ufeffx");
    QTest::newRow("leading BOM in single quotes")
        << QByteArray("v: '\xef\xbb\xbfx'") << true << QStringLiteral("\ufeffx");
}

void TestYamlReader::quotingDecidesStrings()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, quoted);
    QFETCH(QString, text);
    const YamlNode *v = readOne(yaml).find(QStringLiteral("v"));
    QVERIFY(v && v->isScalar());
    QCOMPARE(v->isQuoted(), quoted);
    QCOMPARE(v->text(), text);
}

void TestYamlReader::escapedKeysKeepTheirText()
{
    const YamlNode doc = readOne("\"\\uFEFFa\": 1\n\"b\\N\": 2\n");
    QCOMPARE(doc.entries().size(), std::size_t(2));
    QCOMPARE(doc.entries()[0].first, QStringLiteral("\ufeffa"));
    QCOMPARE(doc.entries()[1].first, QStringLiteral("b\u0085"));
}

void TestYamlReader::duplicateKeyReportsBothLines()
{
    const YamlReadResult r = readYamlDocuments("apiVersion: v1\n"
                                               "kind: Pod\n"
                                               "metadata:\n"
                                               "  name: a\n"
                                               "  labels: {}\n"
                                               "  name: b\n");
    QVERIFY(!r.ok());
    QVERIFY(r.documents.empty());
    const ValidationFinding &f = r.errors.front();
    QCOMPARE(f.ruleId, QStringLiteral("duplicate-key"));
    QCOMPARE(f.path, QStringLiteral("metadata.name"));
    QCOMPARE(f.message, QStringLiteral("mapping key \"name\" already defined at line 4"));
    QCOMPARE(f.pos, (SourcePos { 6, 3 }));
    QVERIFY(!f.explanation.isEmpty());
}

void TestYamlReader::duplicateKeyInLargeMap()
{
    // Past a few keys the reader switches to a hash: the check must still work there, and in
    // a list item's map (the path names the item).
    QByteArray yaml = "items:\n- a: 0\n";
    for (int i = 1; i < 40; ++i)
        yaml += "  k" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
    yaml += "  k7: again\n";
    const YamlReadResult r = readYamlDocuments(yaml);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.front().path, QStringLiteral("items[0].k7"));
    QCOMPARE(r.errors.front().message,
             QStringLiteral("mapping key \"k7\" already defined at line 9"));
    QCOMPARE(r.errors.front().pos.line, 42);
}

void TestYamlReader::aliasesAreCopied()
{
    const YamlNode doc = readOne("base: &b {image: nginx, ports: [80, 443]}\ncopy: *b\n");
    QCOMPARE(*doc.find(QStringLiteral("copy")), *doc.find(QStringLiteral("base")));
    QCOMPARE(doc.find(QStringLiteral("copy"))->find(QStringLiteral("ports"))->items().size(),
             std::size_t(2));
}

void TestYamlReader::mergeKeys()
{
    const YamlNode doc = readOne("base: &b {image: nginx, name: base}\n"
                                 "web:\n  <<: *b\n  name: web\n");
    const YamlNode *web = doc.find(QStringLiteral("web"));
    QVERIFY(!web->contains(QStringLiteral("<<")));
    QCOMPARE(web->find(QStringLiteral("name"))->text(), QStringLiteral("web")); // explicit key wins
    QCOMPARE(web->find(QStringLiteral("image"))->text(), QStringLiteral("nginx"));
}

void TestYamlReader::flowStyleWithTrailingCommas()
{
    const YamlNode doc = readOne("containers:\n- {name: web, image: nginx,}\n- [a, b,]\n");
    const auto &items = doc.find(QStringLiteral("containers"))->items();
    QCOMPARE(items.size(), std::size_t(2));
    QCOMPARE(items[0].entries().size(), std::size_t(2));
    QCOMPARE(items[0].find(QStringLiteral("image"))->text(), QStringLiteral("nginx"));
    QCOMPARE(items[0].keyPos(QStringLiteral("image")), (SourcePos { 2, 15 }));
    QCOMPARE(items[1].items().size(), std::size_t(2));
}

void TestYamlReader::json()
{
    const YamlNode doc = readOne(
        "{\n  \"kind\": \"Pod\",\n  \"port\": 8080,\n  \"tag\": \"1.0\",\n  \"on\": true,\n"
        "  \"none\": null\n}\n");
    QCOMPARE(doc.keyPos(QStringLiteral("port")), (SourcePos { 3, 3 }));
    QVERIFY(doc.find(QStringLiteral("port"))->isIntegerValue());
    QVERIFY(doc.find(QStringLiteral("tag"))->isStringValue());
    QVERIFY(doc.find(QStringLiteral("on"))->isBoolValue());
    QVERIFY(doc.find(QStringLiteral("none"))->isNullValue());
}

void TestYamlReader::multipleDocuments()
{
    const YamlReadResult r
        = readYamlDocuments("a: 1\n---\nb: 2\n---\n# only a comment\n---\nc: 3\n");
    QVERIFY(r.ok());
    QCOMPARE(r.documents.size(), std::size_t(3));
    QCOMPARE(r.documents[1].keyPos(QStringLiteral("b")), (SourcePos { 3, 1 }));
    QCOMPARE(r.documents[2].keyPos(QStringLiteral("c")), (SourcePos { 7, 1 }));
}

void TestYamlReader::emptyDocumentsAreSkipped()
{
    const YamlReadResult r = readYamlDocuments("---\n---\n\n---\n");
    QVERIFY(r.ok());
    QVERIFY(r.documents.empty());
}

void TestYamlReader::commentsAreDropped()
{
    const YamlNode doc = readOne("# header\nkind: Pod # trailing\n# between\nname: web\n");
    QCOMPARE(doc.entries().size(), std::size_t(2));
    QCOMPARE(doc.find(QStringLiteral("kind"))->text(), QStringLiteral("Pod"));
}

void TestYamlReader::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<int>("line");
    QTest::newRow("bad indentation")
        << QByteArray("spec:\n  containers:\n  - name: a\n   image: b\n") << "yaml-syntax" << 4;
    QTest::newRow("unclosed flow map")
        << QByteArray("metadata: {name: web\nspec: {}\n") << "yaml-syntax" << 2;
    QTest::newRow("truncated json")
        << QByteArray("{\"kind\": \"Pod\", \"spec\": {\"containers\": [") << "yaml-syntax" << 1;
    QTest::newRow("unclosed double quote")
        << QByteArray("kind: Pod\nname: \"web\nimage: x\n") << "yaml-syntax" << 2;
    QTest::newRow("unclosed single quote")
        << QByteArray("kind: Pod\nname: 'it''s\n") << "yaml-syntax" << 2;
    QTest::newRow("tab indentation")
        << QByteArray("spec:\n\tcontainers: []\n") << "yaml-syntax" << 2;
    QTest::newRow("map as key") << QByteArray("? {a: 1}\n: b\n") << "yaml-syntax" << 1;
    QTest::newRow("undefined alias") << QByteArray("a: *nope\n") << "yaml-syntax" << 1;
    // yaml-cpp 0.7 never consumes a ',' outside a flow collection: it starts empty documents
    // at the same place forever.
    QTest::newRow("stray comma") << QByteArray(",\n") << "yaml-syntax" << 1;
    QTest::newRow("comma after JSON object")
        << QByteArray("{\"kind\": \"Pod\"},\n{\"kind\": \"Pod\"}\n") << "yaml-syntax" << 1;
    QTest::newRow("comma in second document")
        << QByteArray("kind: Pod\n---\n, x\n") << "yaml-syntax" << 3;
    // yaml-cpp 0.7 reads these as `image: null` and `labels: app`; kubectl refuses them.
    QTest::newRow("last field without its colon")
        << QByteArray("spec:\n  containers:\n  - name: web\n    image\n") << "yaml-syntax" << 4;
    QTest::newRow("value not indented under its field")
        << QByteArray("metadata:\n  labels:\n  app # the app\n") << "yaml-syntax" << 3;
    QTest::newRow("unclosed quote after a tag")
        << QByteArray("kind: Pod\nimage: !!str \"nginx\n") << "yaml-syntax" << 2;
    QTest::newRow("unclosed quote after an anchor")
        << QByteArray("image: &i \"nginx\nb: 1\n") << "yaml-syntax" << 1;
    QTest::newRow("unclosed quote against a tag")
        << QByteArray("s: !\" #\nb: 1\n") << "yaml-syntax" << 1;
    QTest::newRow("escape cut off at the end") << QByteArray("\"\\") << "yaml-syntax" << 1;
}

void TestYamlReader::syntaxErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, ruleId);
    QFETCH(int, line);
    const YamlReadResult r = readYamlDocuments(yaml);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(r.errors.front().ruleId, ruleId);
    QCOMPARE(r.errors.front().severity, Severity::Error);
    QCOMPARE(r.errors.front().pos.line, line);
    QVERIFY(r.errors.front().pos.column >= 1);
    QVERIFY(!r.errors.front().message.isEmpty());
    QVERIFY(!r.errors.front().explanation.isEmpty());
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
