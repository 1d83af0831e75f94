#include "yamlnode.h"

#include <QTest>

using podwright::YamlNode;

class TestYamlNode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalarTyping_data();
    void scalarTyping();
    void mapKeepsOrderAndPositions();
    void equalityIgnoresPositions();
};

void TestYamlNode::scalarTyping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<bool>("isString");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<bool>("isBool");
    QTest::addColumn<bool>("isNull");

    QTest::newRow("plain word") << "web" << false << true << false << false << false;
    QTest::newRow("quoted number") << "1.0" << true << true << false << false << false;
    QTest::newRow("plain float") << "1.0" << false << false << false << false << false;
    QTest::newRow("plain int") << "8080" << false << false << true << false << false;
    QTest::newRow("hex int") << "0x1F" << false << false << true << false << false;
    QTest::newRow("yaml 1.1 yes") << "yes" << false << false << false << true << false;
    QTest::newRow("on") << "on" << false << false << false << true << false;
    QTest::newRow("quoted yes") << "yes" << true << true << false << false << false;
    QTest::newRow("tilde") << "~" << false << false << false << false << true;
    QTest::newRow("null word") << "null" << false << false << false << false << true;
    QTest::newRow("quoted empty") << "" << true << true << false << false << false;
    QTest::newRow("quantity") << "500m" << false << true << false << false << false;
}

void TestYamlNode::scalarTyping()
{
    QFETCH(QString, text);
    QFETCH(bool, quoted);
    const YamlNode node = YamlNode::scalar(text, quoted);
    QTEST(node.isStringValue(), "isString");
    QTEST(node.isIntegerValue(), "isInteger");
    QTEST(node.isBoolValue(), "isBool");
    QTEST(node.isNullValue(), "isNull");
}

void TestYamlNode::mapKeepsOrderAndPositions()
{
    YamlNode map = YamlNode::map();
    map.insert(QStringLiteral("zeta"), YamlNode::scalar(QStringLiteral("1")));
    map.insert(QStringLiteral("alpha"), YamlNode::scalar(QStringLiteral("2")));
    map.setKeyPos(QStringLiteral("alpha"), { 3, 5 });
    map.insert(QStringLiteral("zeta"), YamlNode::scalar(QStringLiteral("3")));

    QCOMPARE(map.entries().size(), 2u);
    QCOMPARE(map.entries().at(0).first, QStringLiteral("zeta"));
    QCOMPARE(map.find(QStringLiteral("zeta"))->text(), QStringLiteral("3"));
    QCOMPARE(map.keyPos(QStringLiteral("alpha")), (podwright::SourcePos { 3, 5 }));
    QVERIFY(map.remove(QStringLiteral("zeta")));
    QCOMPARE(map.keyPos(QStringLiteral("alpha")), (podwright::SourcePos { 3, 5 }));
    QVERIFY(!map.contains(QStringLiteral("zeta")));
}

void TestYamlNode::equalityIgnoresPositions()
{
    YamlNode a = YamlNode::scalar(QStringLiteral("x"));
    YamlNode b = YamlNode::scalar(QStringLiteral("x"));
    a.setPos({ 1, 1 });
    b.setPos({ 9, 9 });
    QCOMPARE(a, b);
    b.setQuoted(true);
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestYamlNode)
#include "tst_yamlnode.moc"
