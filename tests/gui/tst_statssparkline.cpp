// The overview's sparklines, offscreen, fed with samples instead of Podman.
#include "metrics/statsmonitor.h"
#include "statsoverview.h"
#include "statssamples.h"
#include "statssparkline.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace podwright;
using namespace podwright::gui;

namespace {

using statssamples::sample;
using statssamples::T0;

/// `seconds` of samples at 1 s for app (250m, 32 MiB) and sidecar (50m, 8 MiB).
void fill(PodStatsHistory &history, int seconds)
{
    for (int i = 0; i < seconds; ++i) {
        history.addSample(sample(history.podName(), "app", T0 + i * 1000, 250, 32 << 20));
        history.addSample(sample(history.podName(), "sidecar", T0 + i * 1000 + 2, 50, 8 << 20));
    }
}

double highest(const std::vector<QPointF> &points)
{
    double top = 0;
    for (const QPointF &p : points)
        top = std::max(top, p.y());
    return top;
}

} // namespace

class TestStatsSparkline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pointsPerTimeWindow_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("expected");
        QTest::newRow("1 minute") << 1 << 60;
        QTest::newRow("5 minutes") << 5 << 300;
    }

    void pointsPerTimeWindow()
    {
        QFETCH(int, minutes);
        QFETCH(int, expected);
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 600);
        StatsSparkline line(StatsChart::Metric::Cpu);
        line.resize(1600, 90); // wider than a pixel per second: nothing is reduced
        line.setWindowMsecs(qint64(minutes) * 60000);
        line.setHistory(&history);
        QCOMPARE(line.lineNames(), (QStringList { "app", "sidecar" }));
        // Constant values: one point per sample, the newest last.
        QCOMPARE(int(line.linePoints("app").size()), expected);
        QCOMPARE(qint64(line.linePoints("app").back().x()), T0 + 599 * 1000);
        QCOMPARE(line.linePoints("app").back().y(), 250.0);
    }

    void reductionPerPixelKeepsPeaks()
    {
        PodStatsHistory history(QStringLiteral("web"));
        for (int i = 0; i < 3600; ++i) {
            // A one-second spike and a one-second dip in an hour of a steady 100m.
            const double cpu = i == 1234 ? 900 : i == 2345 ? 10 : 100;
            history.addSample(sample("web", "app", T0 + i * 1000, cpu, 16 << 20));
        }
        StatsSparkline line(StatsChart::Metric::Cpu);
        line.resize(200, 90);
        line.setWindowMsecs(60 * 60000);
        line.setHistory(&history);
        const std::vector<QPointF> &points = line.linePoints("app");
        // At most first, lowest, highest and last of each pixel column, far fewer than 3600.
        QVERIFY2(points.size() <= 4 * 200, qPrintable(QString::number(points.size())));
        QCOMPARE(highest(points), 900.0);
        QVERIFY(std::any_of(points.begin(), points.end(),
                            [](const QPointF &p) { return p.y() == 10.0; }));
        QVERIFY(std::is_sorted(points.begin(), points.end(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        QVERIFY(line.scaleTop() >= 900);
    }

    void limitsAreDrawnAndScaled_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("limit");
        QTest::newRow("cpu") << int(StatsChart::Metric::Cpu) << 500.0;
        QTest::newRow("memory") << int(StatsChart::Metric::Memory) << 64.0;
    }

    void limitsAreDrawnAndScaled()
    {
        QFETCH(int, metric);
        QFETCH(double, limit);
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 30);
        StatsSparkline line { StatsChart::Metric(metric) };
        line.resize(300, 90);
        line.setHistory(&history);
        ResourceMap resources;
        resources["app"].cpuLimitMillicores = 500;
        resources["app"].memoryLimitBytes = qint64(64) << 20;
        line.setResources(resources);
        QCOMPARE(line.lineLimit("app"), limit);
        QCOMPARE(line.lineLimit("sidecar"), 0.0);
        QVERIFY(line.scaleTop() >= limit);
    }

    void stackedShowsThePodTotal()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 30);
        StatsSparkline line(StatsChart::Metric::Cpu);
        line.resize(300, 90);
        line.setHistory(&history);
        line.setStacked(true);
        QCOMPARE(line.lineNames(), QStringList { "web" });
        QCOMPARE(line.linePoints("web").back().y(), 300.0);
        // The pod's limit is the sum only when every container sets one.
        ResourceMap resources;
        resources["app"].cpuLimitMillicores = 500;
        line.setResources(resources);
        QCOMPARE(line.lineLimit("web"), 0.0);
        resources["sidecar"].cpuLimitMillicores = 100;
        line.setResources(resources);
        QCOMPARE(line.lineLimit("web"), 600.0);
    }

    void hoverTooltipHasTheValues()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 30);
        StatsSparkline line(StatsChart::Metric::Memory);
        line.resize(300, 90);
        line.setHistory(&history);
        // The right edge is the newest sample.
        const QString text = line.tooltipAt(QPoint(line.width() - 1, 50));
        QVERIFY2(text.contains("app: 32.0 MiB"), qPrintable(text));
        QVERIFY2(text.contains("sidecar: 8.0 MiB"), qPrintable(text));
        QVERIFY2(text.contains(QDateTime::fromMSecsSinceEpoch(T0 + 29000).toString("HH:mm:ss")),
                 qPrintable(text));
    }

    void readableOnDarkAndLightPalettes_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::newRow("light") << QColor(Qt::white);
        QTest::newRow("dark") << QColor(0x20, 0x20, 0x20);
    }

    void readableOnDarkAndLightPalettes()
    {
        QFETCH(QColor, base);
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 300);
        StatsSparkline line(StatsChart::Metric::Cpu);
        QPalette palette = line.palette();
        palette.setColor(QPalette::Base, base);
        line.setPalette(palette);
        line.resize(300, 90);
        line.setHistory(&history);
        const QImage image = line.grab().toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() - 3).rgb(), base.rgb());
        // The lines stand out from the background: many pixels far from its lightness.
        int contrasting = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (std::abs(image.pixelColor(x, y).lightness() - base.lightness()) > 60)
                    ++contrasting;
        QVERIFY2(contrasting > 400, qPrintable(QString::number(contrasting)));
    }

    void clickOpensThePod()
    {
        StatsMonitor monitor;
        std::vector<StatsSample> tick;
        for (int second = 0; second < 5; ++second)
            tick.push_back(sample("alpha", "app", T0 + second * 1000, 100, 10 << 20));
        monitor.addSamples(tick);
        StatsOverview overview;
        overview.resize(800, 600);
        overview.setMonitor(&monitor);
        overview.addPod("alpha");
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        overview.refresh();
        StatsSparkline *memory = overview.sparkline("alpha", StatsChart::Metric::Memory);
        QVERIFY(memory);
        QCOMPARE(memory->linePoints("app").size(), size_t(5));
        QSignalSpy opened(&overview, &StatsOverview::podActivated);
        QTest::mouseClick(memory, Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("alpha"));
        QVERIFY(!overview.sparkline("beta", StatsChart::Metric::Cpu));
    }

    void pausedOverviewKeepsThePicture()
    {
        StatsMonitor monitor;
        monitor.addSamples({ sample("alpha", "app", T0, 100, 10 << 20) });
        StatsOverview overview;
        overview.resize(800, 600);
        overview.setMonitor(&monitor);
        overview.addPod("alpha");
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        overview.refresh();
        StatsSparkline *cpu = overview.sparkline("alpha", StatsChart::Metric::Cpu);
        QCOMPARE(cpu->linePoints("app").size(), size_t(1));
        overview.setPaused(true);
        monitor.addSamples({ sample("alpha", "app", T0 + 1000, 200, 10 << 20) });
        overview.refresh();
        QCOMPARE(cpu->linePoints("app").size(), size_t(1));
        // Resuming catches up at once.
        overview.setPaused(false);
        QCOMPARE(cpu->linePoints("app").size(), size_t(2));
        QCOMPARE(cpu->linePoints("app").back().y(), 200.0);
    }
};

QTEST_MAIN(TestStatsSparkline)
#include "tst_statssparkline.moc"
