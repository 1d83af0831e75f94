#include "manifestio.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace podwright;

/**
 * Real manifests through the importer and the validator. valid/ holds example pods from the
 * Kubernetes documentation (each names its source), which must give no error; broken/ holds
 * manifests written for Podwright, whose findings must match the golden `.expected` file
 * beside them ("LINE:COL: severity: PATH: MESSAGE [rule]", hints left out).
 * Set PODWRIGHT_REGENERATE_GOLDEN=1 to rewrite the golden files after a deliberate change.
 */
class TestValidatorFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentationExamplesAreValid_data();
    void documentationExamplesAreValid();
    void brokenManifests_data();
    void brokenManifests();
    void positionsPointIntoTheFile();
};

static QString dataDir(const char *sub)
{
    return QStringLiteral(PODWRIGHT_TEST_DATA "/validation/") + QLatin1String(sub);
}

static void addFiles(const char *sub)
{
    QTest::addColumn<QString>("file");
    const QDir dir(dataDir(sub));
    const QStringList files = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestValidatorFixtures::documentationExamplesAreValid_data()
{
    addFiles("valid");
}

void TestValidatorFixtures::documentationExamplesAreValid()
{
    QFETCH(QString, file);
    const LoadResult loaded = loadManifestFile(file);
    QVERIFY(loaded.parsed);
    QVERIFY(!loaded.manifest.resources.empty());
    Findings findings = loaded.diagnostics;
    const Findings validation = validateManifest(loaded.manifest);
    findings.insert(findings.end(), validation.begin(), validation.end());
    QStringList errors;
    for (const ValidationFinding &f : findings) {
        if (f.severity == Severity::Error)
            errors << f.summary() + QStringLiteral(" [") + f.ruleId + QLatin1Char(']');
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestValidatorFixtures::brokenManifests_data()
{
    addFiles("broken");
}

void TestValidatorFixtures::brokenManifests()
{
    QFETCH(QString, file);
    const LoadResult loaded = loadManifestFile(file);
    QVERIFY(loaded.parsed);
    ValidationOptions options;
    options.hints = false;
    Findings findings = loaded.diagnostics;
    const Findings validation = validateManifest(loaded.manifest, options);
    findings.insert(findings.end(), validation.begin(), validation.end());
    QString actual;
    for (const ValidationFinding &f : findings) {
        actual += QStringLiteral("%1:%2: %3: %4 [%5]\n")
                      .arg(f.pos.line)
                      .arg(f.pos.column)
                      .arg(severityName(f.severity), f.summary(), f.ruleId);
    }
    QString expectedPath = file;
    expectedPath.replace(QStringLiteral(".yaml"), QStringLiteral(".expected"));
    QFile expectedFile(expectedPath);
    if (qEnvironmentVariableIntValue("PODWRIGHT_REGENERATE_GOLDEN") == 1) {
        QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        expectedFile.write(actual.toUtf8());
        return;
    }
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    const QString expected = QString::fromUtf8(expectedFile.readAll());
    QCOMPARE(actual, expected);
}

void TestValidatorFixtures::positionsPointIntoTheFile()
{
    const LoadResult loaded = loadManifestFile(dataDir("broken/duplicate-names.yaml"));
    QVERIFY(loaded.parsed);
    for (const ValidationFinding &f : validateManifest(loaded.manifest)) {
        QVERIFY2(f.pos.isValid(), qPrintable(f.summary()));
        QCOMPARE(f.resourceIndex, 0);
        QVERIFY(!f.explanation.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestValidatorFixtures)
#include "tst_validator_fixtures.moc"
