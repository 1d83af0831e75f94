// The live stats charts, offscreen, fed with samples instead of Podman.
#include "metrics/statsmonitor.h"
#include "pod.h"
#include "podchartview.h"
#include "statsoverview.h"
#include "statspanel.h"
#include "statssamples.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace podwright;
using namespace podwright::gui;

namespace {

using statssamples::T0;

// Every container here has a 64 MiB limit.
StatsSample sample(const QString &pod, const QString &container, qint64 msecs, double cpu,
                   qint64 memory)
{
    return statssamples::sample(pod, container, msecs, cpu, memory, 64 << 20);
}

/// `seconds` of samples at 1 s for app (250m, 64 MiB) and sidecar (50m, 8 MiB).
void fill(PodStatsHistory &history, int seconds)
{
    for (int i = 0; i < seconds; ++i) {
        history.addSample(sample(history.podName(), "app", T0 + i * 1000, 250, 64 << 20));
        history.addSample(sample(history.podName(), "sidecar", T0 + i * 1000 + 2, 50, 8 << 20));
    }
}

RuntimeEvent runtimeEvent(const char *action, qint64 msecs, int exitCode = -1)
{
    RuntimeEvent e;
    e.time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    e.pod = QStringLiteral("web");
    e.container = QStringLiteral("app");
    e.action = QString::fromLatin1(action);
    e.exitCode = exitCode;
    return e;
}

ResourceMap limits()
{
    ResourceMap r;
    r["app"] = ResourceLines { 250, 500, 32 << 20, 128 << 20 };
    r["sidecar"] = ResourceLines { 100, 200, 16 << 20, 32 << 20 };
    return r;
}

} // namespace

class TestStatsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsPerTimeWindow_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("most");
        QTest::addColumn<int>("least");
        // Two hours at 1 s; the ring keeps one. The time axis ends up to one step (1/60 of the
        // window) after the newest reading, so a window holds up to a step fewer points.
        // 60 min = up to 3600 points, reduced to at most 1200 peaks.
        QTest::newRow("1 min") << 1 << 60 << 59;
        QTest::newRow("5 min") << 5 << 300 << 295;
        QTest::newRow("15 min") << 15 << 900 << 885;
        QTest::newRow("60 min") << 60 << 1200 << 1180;
    }

    void pointsPerTimeWindow()
    {
        QFETCH(int, minutes);
        QFETCH(int, most);
        QFETCH(int, least);
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 7200);
        PodChartView view;
        view.setHistory(&history);
        view.setWindowMinutes(minutes);
        for (StatsChart *chart : { view.cpuChart(), view.memoryChart() }) {
            for (const char *container : { "app", "sidecar" }) {
                const int count = chart->containerSeries(container)->count();
                QVERIFY2(count >= least && count <= most, qPrintable(QString::number(count)));
            }
            const QDateTimeAxis *axis = chart->timeAxis();
            QCOMPARE(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch(),
                     qint64(minutes) * 60000);
            // The newest reading is in view, at most one step before the axis' end.
            const qint64 newest = history.latestMsecs();
            QVERIFY(axis->max().toMSecsSinceEpoch() >= newest);
            QVERIFY(axis->max().toMSecsSinceEpoch() - newest <= qint64(minutes) * 1000);
        }
        QCOMPARE(view.cpuChart()->containerSeries("app")->at(0).y(), 250.0);
        QCOMPARE(view.memoryChart()->containerSeries("app")->at(0).y(), 64.0);
    }

    void requestAndLimitLines()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 120);
        PodChartView view;
        view.resize(800, 600);
        view.show(); // the legend lays out (and shows) only the markers that fit
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setHistory(&history);
        view.setResources(limits());

        QLineSeries *cpuLimit = view.cpuChart()->limitLine("app");
        QVERIFY(cpuLimit);
        QCOMPARE(cpuLimit->count(), 2);
        QCOMPARE(cpuLimit->at(0).y(), 500.0);
        QCOMPARE(cpuLimit->pen().style(), Qt::DashLine);
        QCOMPARE(view.cpuChart()->requestLine("app")->at(1).y(), 250.0);
        QCOMPARE(view.cpuChart()->requestLine("app")->pen().style(), Qt::DotLine);
        QCOMPARE(view.memoryChart()->limitLine("sidecar")->at(0).y(), 32.0);
        // The axis leaves room for the highest limit.
        QVERIFY(view.cpuChart()->valueAxis()->max() >= 500);
        // Limit lines are not in the legend: only containers (and markers that occurred).
        int shown = 0;
        QTest::qWait(50); // the legend shows markers at its next layout
        for (QLegendMarker *m : view.cpuChart()->legend()->markers())
            shown += m->isVisible();
        QCOMPARE(shown, 2);

        // Stacked: the pod's summed limit and request replace the containers' own.
        view.setStacked(true);
        QVERIFY(!view.cpuChart()->limitLine("app"));
        QCOMPARE(view.cpuChart()->limitLine(QString())->at(0).y(), 700.0);
        QCOMPARE(view.cpuChart()->requestLine(QString())->at(0).y(), 350.0);
        QCOMPARE(view.memoryChart()->limitLine(QString())->at(0).y(), 160.0);
    }

    void stackedLinesAddUp()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 30);
        PodChartView view;
        view.setHistory(&history);
        view.setStacked(true);
        QLineSeries *sidecar = view.cpuChart()->containerSeries("sidecar");
        QCOMPARE(sidecar->at(sidecar->count() - 1).y(), 300.0);
        QCOMPARE(view.memoryChart()->containerSeries("sidecar")->at(0).y(), 72.0);
        // The tooltip still tells the container's own value.
        QVERIFY(view.cpuChart()->tooltipFor("sidecar", qreal(T0 + 5002)).contains("50.0m"));
        view.setStacked(false);
        QCOMPARE(sidecar->at(0).y(), 50.0);
    }

    void markersForRestartsExitsAndOomKills()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 600);
        history.addEvent(runtimeEvent("oom", T0 + 100000));
        history.addEvent(runtimeEvent("died", T0 + 100001, 137));
        history.addEvent(runtimeEvent("start", T0 + 101000));
        history.addEvent(runtimeEvent("died", T0 + 580000, 2));
        // A clean exit (an init container finishing) is no alarm: not an Exit marker.
        history.addEvent(runtimeEvent("died", T0 + 590000, 0));
        PodChartView view;
        view.setHistory(&history);
        view.setWindowMinutes(15);
        StatsChart *cpu = view.cpuChart();
        QCOMPARE(cpu->markerSeries(StatsMarker::Kind::OomKill)->count(), 1);
        QCOMPARE(cpu->markerSeries(StatsMarker::Kind::Exit)->count(), 2);
        QCOMPARE(cpu->markerSeries(StatsMarker::Kind::Restart)->count(), 1);
        QCOMPARE(cpu->completionSeries()->count(), 1);
        QCOMPARE(cpu->completionSeries()->at(0).x(), qreal(T0 + 590000));
        for (QLegendMarker *m : cpu->legend()->markers(cpu->completionSeries()))
            QVERIFY(!m->isVisible());
        QVERIFY(cpu->markerTooltip(qreal(T0 + 590000)).contains("completed"));
        QCOMPARE(cpu->markerSeries(StatsMarker::Kind::OomKill)->at(0).x(), qreal(T0 + 100000));
        QVERIFY(cpu->markerTooltip(qreal(T0 + 100000)).contains("OOMKilled"));
        QVERIFY(cpu->markerTooltip(qreal(T0 + 580000)).contains("code 2"));
        // Markers older than the window are not drawn.
        view.setWindowMinutes(5);
        QCOMPARE(cpu->markerSeries(StatsMarker::Kind::OomKill)->count(), 0);
        QCOMPARE(cpu->markerSeries(StatsMarker::Kind::Exit)->count(), 1);
    }

    void legendClickTogglesAContainerInBothCharts()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 60);
        PodChartView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setHistory(&history);
        QSignalSpy toggled(&view, &PodChartView::containerVisibilityChanged);
        const auto markers
            = view.cpuChart()->legend()->markers(view.cpuChart()->containerSeries("sidecar"));
        QCOMPARE(markers.size(), 1);
        Q_EMIT markers.first()->clicked();
        QCOMPARE(toggled.count(), 1);
        QVERIFY(!view.isContainerVisible("sidecar"));
        QVERIFY(!view.cpuChart()->containerSeries("sidecar")->isVisible());
        QVERIFY(!view.memoryChart()->containerSeries("sidecar")->isVisible());
        // The marker stays, so it can be clicked again.
        QTest::qWait(50);
        QVERIFY(markers.first()->isVisible());
        Q_EMIT markers.first()->clicked();
        QVERIFY(view.memoryChart()->containerSeries("sidecar")->isVisible());
    }

    void hoverTooltipHasExactValues()
    {
        PodStatsHistory history(QStringLiteral("web"));
        history.addSample(sample("web", "app", T0, 123.456, 50 << 20));
        history.addSample(sample("web", "app", T0 + 1000, 200, 51 << 20));
        PodChartView view;
        view.setHistory(&history);
        const QString cpu = view.cpuChart()->tooltipFor("app", qreal(T0 + 300));
        QVERIFY2(cpu.contains("123.5m") && cpu.contains("app"), qPrintable(cpu));
        const QString memory = view.memoryChart()->tooltipFor("app", qreal(T0 + 900));
        QVERIFY2(memory.contains("51.0 MiB") && memory.contains(QString::number(51 << 20)),
                 qPrintable(memory));
        QSignalSpy hover(view.cpuChart(), &StatsChart::hoverTextChanged);
        Q_EMIT view.cpuChart()->containerSeries("app")->hovered(QPointF(T0 + 1000, 200), true);
        QCOMPARE(hover.count(), 1);
        QVERIFY(hover.first().first().toString().contains("200.0m"));
    }

    void pauseFreezesThePicture()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 10);
        PodChartView view;
        view.setHistory(&history);
        view.setPaused(true);
        history.addSample(sample("web", "app", T0 + 10000, 999, 1 << 20));
        view.refresh();
        QCOMPARE(view.cpuChart()->containerSeries("app")->count(), 10);
        view.setPaused(false);
        QCOMPARE(view.cpuChart()->containerSeries("app")->count(), 11);
    }

    void readableOnDarkAndLightPalettes_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(0x20, 0x20, 0x20) << QColor(0xee, 0xee, 0xee);
    }

    void readableOnDarkAndLightPalettes()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 10);
        PodChartView view;
        view.setHistory(&history);
        QPalette palette = view.palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        view.setPalette(palette);
        StatsChart *chart = view.cpuChart();
        QCOMPARE(chart->backgroundBrush().color(), base);
        QCOMPARE(chart->timeAxis()->labelsColor(), text);
        // Every container line differs clearly from the background.
        const QColor line = chart->containerSeries("app")->pen().color();
        QVERIFY(std::abs(line.lightness() - base.lightness()) > 60);
    }

    void panelFitsAShortBottomDock_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("wide dock, 300 px") << QSize(1200, 300);
        QTest::newRow("wide dock, 250 px") << QSize(1000, 250);
        QTest::newRow("narrow dock, charts stacked") << QSize(700, 440);
    }

    void panelFitsAShortBottomDock()
    {
        QFETCH(QSize, size);
        StatsMonitor monitor;
        StatsPanel panel;
        panel.setMonitor(&monitor);
        // The whole bottom dock is at least as tall as the panel's minimum once it is built.
        QVERIFY2(panel.minimumSizeHint().height() <= 260,
                 qPrintable(QString::number(panel.minimumSizeHint().height())));
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        std::vector<StatsSample> tick;
        for (int second = 0; second < 90; ++second) {
            tick = { sample("web", "app", T0 + second * 1000, 250, 64 << 20),
                     sample("web", "sidecar", T0 + second * 1000 + 2, 50, 8 << 20) };
            monitor.addSamples(tick);
        }
        panel.showPod(QStringLiteral("web"));
        Pod pod;
        pod.metadata.name = QStringLiteral("web");
        Container app;
        app.name = QStringLiteral("app");
        app.resources.limits = { { "cpu", "500m" }, { "memory", "128Mi" } };
        pod.spec.containers.push_back(app);
        panel.setPodSpec(pod);
        QTest::qWait(100); // the charts lay out their axes

        // Qt Charts elides an axis' labels when their ticks leave too little room.
        for (StatsChart *chart : { panel.detail()->cpuChart(), panel.detail()->memoryChart() }) {
            QVERIFY2(chart->plotArea().height() >= 80,
                     qPrintable(QString::number(chart->plotArea().height())));
            int labels = 0;
            for (QGraphicsItem *item : chart->scene()->items()) {
                const auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                if (!text || !text->isVisible())
                    continue;
                ++labels;
                const QString label = text->toPlainText();
                QVERIFY2(!label.contains(QChar(0x2026)) && !label.contains(QLatin1String("...")),
                         qPrintable(label));
            }
            QVERIFY(labels >= 6); // the time and value ticks, and the value axis' title
        }
        if (const QString dump = qEnvironmentVariable("PODWRIGHT_STATS_DUMP"); !dump.isEmpty())
            panel.grab().save(dump.arg(QTest::currentDataTag())); // to look at it by eye
    }

    void panelFollowsTheMonitor()
    {
        StatsMonitor monitor;
        StatsPanel panel;
        panel.resize(900, 700);
        panel.setMonitor(&monitor);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        std::vector<StatsSample> tick;
        for (int second = 0; second < 20; ++second) {
            tick.clear();
            for (const char *pod : { "alpha", "beta", "gamma" })
                for (const char *c : { "app", "log" })
                    tick.push_back(sample(pod, c, T0 + second * 1000, 100, 10 << 20));
            monitor.addSamples(tick);
        }
        QTRY_COMPARE(panel.overview()->podNames(), (QStringList { "alpha", "beta", "gamma" }));
        QCOMPARE(panel.overview()->columns(), 2);
        QTRY_COMPARE(
            panel.overview()->sparkline("beta", StatsChart::Metric::Cpu)->linePoints("log").size(),
            size_t(20));

        // The pod's title opens its detail; the selector follows.
        auto *title = panel.overview()->findChild<QPushButton *>();
        QVERIFY(title);
        QTest::mouseClick(title, Qt::LeftButton);
        QCOMPARE(panel.currentPod(), QStringLiteral("alpha"));

        Pod pod;
        pod.metadata.name = QStringLiteral("alpha");
        Container app;
        app.name = QStringLiteral("app");
        app.resources.limits = { { "cpu", "500m" }, { "memory", "64Mi" } };
        pod.spec.containers.push_back(app);
        panel.setPodSpec(pod);
        QCOMPARE(panel.detail()->cpuChart()->limitLine("app")->at(0).y(), 500.0);
        QCOMPARE(panel.detail()->memoryChart()->limitLine("app")->at(0).y(), 64.0);
        // Requests default to the limits, as Kubernetes defaults them.
        QCOMPARE(panel.detail()->cpuChart()->requestLine("app")->at(0).y(), 500.0);

        // The window box switches the detail's window.
        panel.windowBox()->setCurrentIndex(panel.windowBox()->findData(1));
        QCOMPARE(panel.detail()->windowMinutes(), 1);
        panel.stackedAction()->trigger();
        QVERIFY(panel.detail()->isStacked());
        panel.pauseAction()->trigger();
        QVERIFY(panel.detail()->isPaused());
        QCOMPARE(panel.pauseAction()->text(), QStringLiteral("Resume"));
        panel.pauseAction()->trigger();

        // Exports: the pod's CSV, the charts as PNG; then every pod's CSV from the overview.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(panel.exportCsvTo(dir.filePath("alpha.csv"), &error), qPrintable(error));
        QFile csv(dir.filePath("alpha.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray content = csv.readAll();
        QCOMPARE(content, monitor.history("alpha")->toCsv());
        QCOMPARE(content.count('\n'), 1 + 40);

        QVERIFY2(panel.exportPngTo(dir.filePath("alpha.png"), &error), qPrintable(error));
        QImage png(dir.filePath("alpha.png"));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() >= 400 && png.height() >= 300);
        QVERIFY(png.pixelColor(png.width() / 2, png.height() / 4)
                    != png.pixelColor(10, png.height() / 2)
                || png.pixelColor(0, 0) != png.pixelColor(png.width() - 1, png.height() - 1));

        panel.showOverview();
        QVERIFY(panel.currentPod().isEmpty());
        QVERIFY(panel.exportCsvTo(dir.filePath("all.csv"), &error));
        QFile all(dir.filePath("all.csv"));
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(all.readAll().count('\n'), 1 + 3 * 40);
        QVERIFY(panel.exportPngTo(dir.filePath("all.png"), &error));
        QVERIFY(!QImage(dir.filePath("all.png")).isNull());

        panel.removePod("beta");
        QCOMPARE(panel.overview()->podNames(), (QStringList { "alpha", "gamma" }));
    }

    void renderedPngShowsTheLines()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 300);
        PodChartView view;
        view.resize(640, 480);
        view.setHistory(&history);
        view.setResources(limits());
        const QImage image = view.renderImage();
        QCOMPARE(image.size(), QSize(640, 480) * view.devicePixelRatioF());
        // The app line's colour appears in the picture.
        const QColor app = view.cpuChart()->containerSeries("app")->pen().color();
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y)
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixelColor(x, y) == app;
        QVERIFY(found);
    }
};

QTEST_MAIN(TestStatsPanel)
#include "tst_statspanel.moc"
