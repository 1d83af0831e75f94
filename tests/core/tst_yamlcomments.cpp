// countYamlComments(): comments, and the '#' that are not comments (quoted and plain scalars,
// block scalar lines), so that the window warns before a save loses comments, and only then.
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
    }
    void counts()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, comments);
        QCOMPARE(countYamlComments(text), comments);
    }
};

QTEST_GUILESS_MAIN(TestYamlComments)
#include "tst_yamlcomments.moc"
