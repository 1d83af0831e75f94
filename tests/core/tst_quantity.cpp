#include "quantity.h"

#include <QTest>

using podwright::Quantity;

class TestQuantity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void compares();
};

void TestQuantity::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("canonical");

    // Canonical forms as resource.MustParse(text).String() prints them.
    QTest::newRow("millicores") << "500m" << 500LL << 1LL << "500m";
    QTest::newRow("whole cores") << "2" << 2000LL << 2LL << "2";
    QTest::newRow("fraction") << "0.5" << 500LL << 1LL << "500m";
    QTest::newRow("thousand millis is one") << "1000m" << 1000LL << 1LL << "1";
    QTest::newRow("mebibytes") << "128Mi" << 134217728000LL << 134217728LL << "128Mi";
    QTest::newRow("kibibyte") << "1Ki" << 1024000LL << 1024LL << "1Ki";
    QTest::newRow("fractional gibibytes") << "1.5Gi" << 1610612736000LL << 1610612736LL << "1536Mi";
    QTest::newRow("decimal exponent") << "1e3" << 1000000LL << 1000LL << "1e3";
    QTest::newRow("decimal mega") << "100M" << 100000000000LL << 100000000LL << "100M";
    QTest::newRow("plain thousand is 1k") << "1000" << 1000000LL << 1000LL << "1k";
    QTest::newRow("plain bytes") << "1536" << 1536000LL << 1536LL << "1536";
    QTest::newRow("leading zeros") << "007" << 7000LL << 7LL << "7";
    QTest::newRow("explicit plus") << "+1" << 1000LL << 1LL << "1";
    QTest::newRow("negative") << "-1" << -1000LL << -1LL << "-1";
    QTest::newRow("zero") << "0" << 0LL << 0LL << "0";
    QTest::newRow("nano rounds milli up") << "1n" << 1LL << 1LL << "1n";
    QTest::newRow("below nano rounds up") << "0.1n" << 1LL << 1LL << "1n";
    QTest::newRow("small binary is decimal") << "0.5Ki" << 512000LL << 512LL << "512";
    QTest::newRow("trailing point") << "1." << 1000LL << 1LL << "1";
    QTest::newRow("leading point") << ".5" << 500LL << 1LL << "500m";
}

void TestQuantity::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, milli);
    QFETCH(qint64, value);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<Quantity> q = Quantity::parse(text, &error);
    QVERIFY2(q.has_value(), qPrintable(error));
    QCOMPARE(q->milliValue(), milli);
    QCOMPARE(q->value(), value);
    QCOMPARE(q->toString(), canonical);
}

void TestQuantity::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    const QString format = QStringLiteral("quantities must match the regular expression "
                                          "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    const QString suffix = QStringLiteral("unable to parse quantity's suffix");
    QTest::newRow("empty") << "" << format;
    QTest::newRow("word") << "abc" << format;
    QTest::newRow("megabytes") << "128MB" << format;
    QTest::newRow("space inside") << "1 Gi" << format;
    QTest::newRow("uppercase K") << "1K" << suffix;
    QTest::newRow("lowercase ki") << "1ki" << suffix;
    QTest::newRow("bare exponent") << "1e" << suffix;
    QTest::newRow("suffix without number")
        << "Mi" << QStringLiteral("quantity must have at least one digit");
}

void TestQuantity::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!Quantity::parse(text, &actual).has_value());
    QCOMPARE(actual, error);
}

void TestQuantity::compares()
{
    const auto q = [](const char *s) { return *Quantity::parse(QLatin1String(s)); };
    QCOMPARE(q("500m").compare(q("0.5")), 0);
    QCOMPARE(q("1Gi").compare(q("1G")), 1);
    QCOMPARE(q("1n").compare(q("2n")), -1);
    QCOMPARE(q("1e3").compare(q("1k")), 0);
    QVERIFY(q("-1").isNegative());
    QVERIFY(q("0").isZero());
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
