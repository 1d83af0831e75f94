#include "metrics/podstatshistory.h"
#include "metrics/statsseries.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace podwright;

static constexpr qint64 T0 = 1795237800000; // a fixed instant, ms since the epoch

static StatsSample sample(const QString &container, qint64 msecs, double cpu, qint64 memory)
{
    StatsSample s;
    s.time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    s.pod = QStringLiteral("web");
    s.container = container;
    s.cpuMillicores = cpu;
    s.memoryBytes = memory;
    s.pids = 1;
    return s;
}

static RuntimeEvent runtimeEvent(const QString &container, qint64 msecs, const char *action,
                                 int exitCode = -1)
{
    RuntimeEvent e;
    e.time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    e.pod = QStringLiteral("web");
    e.container = container;
    e.action = QString::fromLatin1(action);
    e.exitCode = exitCode;
    return e;
}

class TestStatsSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringBufferKeepsTheNewest_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::addColumn<int>("size");
        QTest::addColumn<qint64>("oldest");

        QTest::newRow("empty") << 10 << 0 << 0 << qint64(-1);
        QTest::newRow("partly filled") << 10 << 4 << 4 << qint64(0);
        QTest::newRow("exactly full") << 10 << 10 << 10 << qint64(0);
        QTest::newRow("wrapped once") << 10 << 13 << 10 << qint64(3);
        QTest::newRow("wrapped many times") << 10 << 95 << 10 << qint64(85);
        QTest::newRow("an hour at 1 s, plus a minute") << 3600 << 3660 << 3600 << qint64(60);
    }

    void ringBufferKeepsTheNewest()
    {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        QFETCH(int, size);
        QFETCH(qint64, oldest);

        StatsSeries series(capacity);
        for (int i = 0; i < appended; ++i)
            QVERIFY(series.append(StatsPoint { i * 1000, double(i), i, 1 }));
        QCOMPARE(series.size(), size);
        QCOMPARE(series.capacity(), capacity);
        if (size == 0) {
            QVERIFY(series.isEmpty());
            return;
        }
        QCOMPARE(series.at(0).msecs, oldest * 1000);
        QCOMPARE(series.latest().msecs, qint64(appended - 1) * 1000);
        for (int i = 1; i < series.size(); ++i)
            QCOMPARE(series.at(i).msecs - series.at(i - 1).msecs, qint64(1000));
    }

    void timeWindows_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("points");

        // Two hours at 1 s into a one-hour buffer: the 60-minute window is the whole buffer.
        QTest::newRow("1 min") << 1 << 60;
        QTest::newRow("5 min") << 5 << 300;
        QTest::newRow("15 min") << 15 << 900;
        QTest::newRow("60 min") << 60 << 3600;
        QTest::newRow("longer than kept") << 120 << 3600;
    }

    void timeWindows()
    {
        QFETCH(int, minutes);
        QFETCH(int, points);

        StatsSeries series;
        for (int i = 0; i < 7200; ++i)
            series.append(StatsPoint { T0 + i * 1000, 1, 1, 1 });
        const qint64 now = series.latest().msecs;
        // "The last N minutes" excludes the reading exactly N minutes old.
        const qint64 since = now - qint64(minutes) * 60000 + 1;
        QCOMPARE(int(series.window(since).size()), points);
        int visited = 0;
        series.forEachSince(since, [&](const StatsPoint &) { ++visited; });
        QCOMPARE(visited, points);
        QCOMPARE(series.lowerBound(now + 1), series.size());
        QCOMPARE(series.lowerBound(0), 0);
    }

    void appendIsConstantTime()
    {
        // 100x the capacity must not cost more than a few ms: append never moves the buffer.
        StatsSeries series;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 360000; ++i)
            series.append(StatsPoint { i, 1, 1, 1 });
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(series.size(), StatsSeries::DefaultCapacity);
    }

    void olderPointsAreRejected()
    {
        StatsSeries series(8);
        QVERIFY(series.append(StatsPoint { 2000, 1, 1, 1 }));
        QVERIFY(!series.append(StatsPoint { 1000, 1, 1, 1 }));
        QVERIFY(series.append(StatsPoint { 2000, 2, 1, 1 }));
        QCOMPARE(series.size(), 2);
    }

    void markersFromEvents_data()
    {
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<QStringList>("markers");

        QTest::newRow("exit") << QStringList { "start", "died" } << QStringList { "exit" };
        QTest::newRow("oom kill then death")
            << QStringList { "start", "oom", "died" } << QStringList { "oom-kill", "exit" };
        QTest::newRow("restart by policy")
            << QStringList { "start", "died", "start" } << QStringList { "exit", "restart" };
        QTest::newRow("explicit restart") << QStringList { "restart" } << QStringList { "restart" };
        QTest::newRow("first start is no restart")
            << QStringList { "create", "init", "start" } << QStringList {};
        QTest::newRow("crash loop") << QStringList { "start", "died", "start", "died", "start" }
                                    << QStringList { "exit", "restart", "exit", "restart" };
    }

    void markersFromEvents()
    {
        QFETCH(QStringList, actions);
        QFETCH(QStringList, markers);

        PodStatsHistory history(QStringLiteral("web"));
        for (int i = 0; i < actions.size(); ++i)
            history.addEvent(runtimeEvent(QStringLiteral("app"), T0 + i * 1000,
                                          actions[i].toLatin1().constData(), 137));
        QStringList kinds;
        for (const StatsMarker &m : history.markers())
            kinds << StatsMarker::kindName(m.kind);
        QCOMPARE(kinds, markers);
        // Pod-level events carry no container: never a marker.
        QVERIFY(!history.addEvent(runtimeEvent(QString(), T0, "died")));
    }

    void oomKillInferredFromExitNearLimit_data()
    {
        QTest::addColumn<qint64>("memory");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<qint64>("diedAfterMs");
        QTest::addColumn<QStringList>("markers");

        // Podman 4.3 + runc on cgroups v1 sends no "oom" event: seen on the CI machine.
        QTest::newRow("sigkill at 90% of the limit")
            << qint64(29 << 20) << 137 << qint64(800) << QStringList { "oom-kill", "exit" };
        QTest::newRow("sigkill at 75% of the limit")
            << qint64(24 << 20) << 137 << qint64(800) << QStringList { "oom-kill", "exit" };
        QTest::newRow("sigkill at half the limit, two samples missed")
            << qint64(16 << 20) << 137 << qint64(3000) << QStringList { "oom-kill", "exit" };
        QTest::newRow("sigkill far below the limit (a stop)")
            << qint64(4 << 20) << 137 << qint64(800) << QStringList { "exit" };
        QTest::newRow("error exit near the limit")
            << qint64(30 << 20) << 1 << qint64(800) << QStringList { "exit" };
        QTest::newRow("last sample too old to tell")
            << qint64(30 << 20) << 137 << qint64(60000) << QStringList { "exit" };
    }

    void oomKillInferredFromExitNearLimit()
    {
        QFETCH(qint64, memory);
        QFETCH(int, exitCode);
        QFETCH(qint64, diedAfterMs);
        QFETCH(QStringList, markers);

        PodStatsHistory history(QStringLiteral("web"));
        StatsSample s = sample(QStringLiteral("app"), T0, 10, memory);
        s.memoryLimitBytes = 32 << 20;
        history.addSample(s);
        history.addEvent(runtimeEvent(QStringLiteral("app"), T0 + diedAfterMs, "died", exitCode));
        QStringList kinds;
        for (const StatsMarker &m : history.markers())
            kinds << StatsMarker::kindName(m.kind);
        QCOMPARE(kinds, markers);
    }

    void oomEventFromPodmanIsNotDoubled()
    {
        PodStatsHistory history(QStringLiteral("web"));
        StatsSample s = sample(QStringLiteral("app"), T0, 10, 31 << 20);
        s.memoryLimitBytes = 32 << 20;
        history.addSample(s);
        history.addEvent(runtimeEvent(QStringLiteral("app"), T0 + 100, "oom"));
        history.addEvent(runtimeEvent(QStringLiteral("app"), T0 + 120, "died", 137));
        QCOMPARE(int(history.markers().size()), 2);
    }

    void podTotalSumsEachTick()
    {
        PodStatsHistory history(QStringLiteral("web"));
        // Podman reads the containers of one stats object a few ms apart.
        for (int i = 0; i < 5; ++i) {
            history.addSample(sample(QStringLiteral("app"), T0 + i * 1000, 100, 10 << 20));
            history.addSample(sample(QStringLiteral("sidecar"), T0 + i * 1000 + 3, 50, 5 << 20));
        }
        // The sidecar exits: the later ticks hold the app alone.
        history.addSample(sample(QStringLiteral("app"), T0 + 5000, 200, 20 << 20));
        const auto total = history.podTotal(T0 + 2000);
        QCOMPARE(int(total.size()), 4);
        QCOMPARE(total[0].cpuMillicores, 150.0);
        QCOMPARE(total[0].memoryBytes, qint64(15 << 20));
        QCOMPARE(total[0].pids, qint64(2));
        QCOMPARE(total[3].cpuMillicores, 200.0);
        QCOMPARE(history.containers(), (QStringList { "app", "sidecar" }));

        // Latest total: the sidecar's last reading (1 s old) still counts, a stale one not.
        QCOMPARE(history.latestTotal().cpuMillicores, 250.0);
        history.addSample(sample(QStringLiteral("app"), T0 + 9000, 300, 20 << 20));
        QCOMPARE(history.latestTotal().cpuMillicores, 300.0);
    }

    void csvExportMatchesGolden()
    {
        PodStatsHistory history(QStringLiteral("web"));
        history.addSample(sample(QStringLiteral("app"), T0, 250.0, 64 << 20));
        history.addSample(sample(QStringLiteral("sidecar"), T0 + 2, 12.5, 3 << 20));
        history.addEvent(runtimeEvent(QStringLiteral("app"), T0 + 500, "oom"));
        history.addEvent(runtimeEvent(QStringLiteral("app"), T0 + 501, "died", 137));
        history.addEvent(runtimeEvent(QStringLiteral("app"), T0 + 800, "start"));
        history.addSample(sample(QStringLiteral("app"), T0 + 1000, 499.94, 1 << 20));

        QFile golden(QStringLiteral(PODWRIGHT_TEST_DATA "/stats/web-history.csv"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(history.toCsv()), QString::fromUtf8(golden.readAll()));
        // A window drops what is older.
        QCOMPARE(history.toCsv(T0 + 600).count('\n'), 3);
    }
};

QTEST_GUILESS_MAIN(TestStatsSeries)
#include "tst_statsseries.moc"
