#include "metrics/libpodstatsparser.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace podwright;

/// Recorded streams of `GET /v4.0.0/libpod/containers/stats?stream=true&interval=1` (Podman
/// 4.3.1 on Debian 12) under tests/data/stats/, and what Podwright must make of them.
class TestLibpodStatsParser : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(PODWRIGHT_TEST_DATA "/stats/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    static std::vector<StatsSample> only(const std::vector<StatsSample> &samples,
                                         const QString &container)
    {
        std::vector<StatsSample> result;
        std::copy_if(samples.begin(), samples.end(), std::back_inserter(result),
                     [&](const StatsSample &s) { return s.container == container; });
        return result;
    }

private Q_SLOTS:
    void samplesPerContainer_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("container");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("minCpu");
        QTest::addColumn<double>("maxCpu");
        QTest::addColumn<qint64>("lastMemory");
        QTest::addColumn<qint64>("memoryLimit");
        QTest::addColumn<bool>("streamError");

        // limits.cpu 500m: the cgroup quota holds the busy loop at half a core.
        QTest::newRow("busy loop at its 500m limit")
            << "busy-and-idle.jsonl"
            << "spin" << 3 << 480.0 << 520.0 << qint64(262144) << qint64(64 << 20) << false;
        QTest::newRow("sleeping container uses nothing")
            << "busy-and-idle.jsonl"
            << "idle" << 3 << 0.0 << 1.0 << qint64(245760) << qint64(25276502016) << false;
        QTest::newRow("busy loop keeps reporting while a sibling stops")
            << "stop-start.jsonl"
            << "spin" << 11 << 480.0 << 520.0 << qint64(258048) << qint64(64 << 20) << false;
        // Three readings stopped (all zero), then one baseline after the start.
        QTest::newRow("stopped container skipped, baseline again after start")
            << "stop-start.jsonl"
            << "idle" << 7 << 0.0 << 1.0 << qint64(212992) << qint64(25276502016) << false;
        QTest::newRow("pod removed ends the stream with an error object")
            << "pod-removed.jsonl"
            << "spin" << 2 << 480.0 << 520.0 << qint64(258048) << qint64(64 << 20) << true;
        // 0.5 s over 1 s, then the counter falls (new cgroup): no sample, then 0.25 s over 1 s.
        QTest::newRow("cpu counter reset by a restart")
            << "counter-reset.jsonl"
            << "oom-eater" << 2 << 250.0 << 500.0 << qint64(30 << 20) << qint64(64 << 20) << false;
    }

    void samplesPerContainer()
    {
        QFETCH(QString, file);
        QFETCH(QString, container);
        QFETCH(int, count);
        QFETCH(double, minCpu);
        QFETCH(double, maxCpu);
        QFETCH(qint64, lastMemory);
        QFETCH(qint64, memoryLimit);
        QFETCH(bool, streamError);

        LibpodStatsParser parser;
        PodRuntimeStatus pod;
        pod.name = QStringLiteral("busy");
        pod.containers.resize(2);
        pod.containers[0].name = QStringLiteral("spin");
        pod.containers[1].name = QStringLiteral("idle");
        parser.setPods({ pod });
        parser.setContainerName(QString(64, QLatin1Char('a')),
                                { QStringLiteral("eater"), QStringLiteral("oom-eater") });

        const auto samples = only(parser.feed(fixture(file)), container);
        QCOMPARE(int(samples.size()), count);
        for (const StatsSample &s : samples) {
            QVERIFY2(s.cpuMillicores >= minCpu && s.cpuMillicores <= maxCpu,
                     qPrintable(QString::number(s.cpuMillicores)));
            QVERIFY(!s.pod.isEmpty());
            QCOMPARE(s.memoryLimitBytes, memoryLimit);
            QCOMPARE(s.pids, qint64(1));
        }
        QCOMPARE(samples.back().memoryBytes, lastMemory);
        for (size_t i = 1; i < samples.size(); ++i)
            QVERIFY(samples[i].time > samples[i - 1].time);
        QCOMPARE(!parser.takeError().isEmpty(), streamError);
    }

    void exactMillicoresFromDeltas()
    {
        LibpodStatsParser parser;
        const auto samples = parser.feed(fixture(QStringLiteral("counter-reset.jsonl")));
        QCOMPARE(int(samples.size()), 2);
        QCOMPARE(samples[0].cpuMillicores, 500.0);
        QCOMPARE(samples[1].cpuMillicores, 250.0);
        // SystemNano is the wall clock of the reading: it becomes the sample's time.
        QCOMPARE(samples[0].time.toMSecsSinceEpoch(), qint64(1795237801000));
        // Unknown id and no pods: Podman's container name, no pod.
        QCOMPARE(samples[0].container, QStringLiteral("oom-eater"));
        QVERIFY(samples[0].pod.isEmpty());
    }

    void chunkBoundariesDoNotMatter_data()
    {
        QTest::addColumn<int>("chunkSize");
        QTest::newRow("one byte at a time") << 1;
        QTest::newRow("odd chunks") << 37;
        QTest::newRow("http chunk sized") << 4096;
    }

    void chunkBoundariesDoNotMatter()
    {
        QFETCH(int, chunkSize);
        const QByteArray stream = fixture(QStringLiteral("stop-start.jsonl"));
        LibpodStatsParser whole;
        const auto expected = whole.feed(stream);

        LibpodStatsParser chunked;
        std::vector<StatsSample> got;
        for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
            const auto part = chunked.feed(stream.mid(at, chunkSize));
            got.insert(got.end(), part.begin(), part.end());
        }
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].container, expected[i].container);
            QCOMPARE(got[i].cpuMillicores, expected[i].cpuMillicores);
            QCOMPARE(got[i].memoryBytes, expected[i].memoryBytes);
        }
    }

    void baselinesSurviveResubscription()
    {
        // A new stream (another set of containers) continues the deltas of the old one.
        const QList<QByteArray> lines = fixture(QStringLiteral("busy-and-idle.jsonl")).split('\n');
        LibpodStatsParser parser;
        QCOMPARE(int(parser.feed(lines[0] + '\n').size()), 0);
        QCOMPARE(int(parser.feed(lines[1] + '\n').size()), 2);
        QCOMPARE(int(parser.feed(lines[2] + '\n').size()), 2);
    }

    void malformedJsonIsReported()
    {
        LibpodStatsParser parser;
        QVERIFY(parser.feed("{\"Stats\": [\n").empty());
        QVERIFY(parser.takeError().contains(QLatin1String("malformed")));
        QVERIFY(parser.takeError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibpodStatsParser)
#include "tst_libpodstatsparser.moc"
