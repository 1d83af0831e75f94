// What a StatsChart actually paints, offscreen: the series can hold the right numbers while
// nothing reaches the screen (a limit line from 1970 to 2100 was dropped by QPainter).
#include "podchartview.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QTest>

using namespace podwright;
using namespace podwright::gui;

namespace {

constexpr qint64 T0 = 1795237800000;

/// `seconds` of samples at 1 s for one container, "app", at 100m and 20 MiB: well below the
/// request and limit lines, so the lines' rows hold nothing else.
void fill(PodStatsHistory &history, int seconds)
{
    for (int i = 0; i < seconds; ++i) {
        StatsSample s;
        s.time = QDateTime::fromMSecsSinceEpoch(T0 + i * 1000, Qt::UTC);
        s.pod = history.podName();
        s.container = QStringLiteral("app");
        s.cpuMillicores = 100;
        s.memoryBytes = 20 << 20;
        s.pids = 1;
        history.addSample(s);
    }
}

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue());
}

/// Antialiasing blends a line that straddles two rows (or a grid line) with what is below it:
/// a pixel counts as the line's when it is much nearer the line's colour than the background's.
bool isLineColor(QColor pixel, QColor line, QColor background)
{
    return 3 * distance(pixel, line) < distance(pixel, background);
}

/// The share of the plot area's columns where `line` paints its colour within a pixel of the
/// row of its value.
double paintedShare(PodChartView &view, StatsChart *chart, QLineSeries *line)
{
    const QImage image = view.grab().toImage();
    QChartView *chartView = qobject_cast<QChartView *>(chart->scene()->views().constFirst());
    // Chart coordinates -> scene -> chart view -> the grabbed widget.
    const auto toImage = [&](QPointF p) {
        return chartView->mapTo(&view, chartView->mapFromScene(chart->mapToScene(p)));
    };
    const QRectF plot = chart->plotArea();
    const int y = toImage(chart->mapToPosition(line->at(0), line)).y();
    const QColor color = line->pen().color();
    const QColor background = chart->backgroundBrush().color();
    int painted = 0;
    const int left = toImage(plot.topLeft()).x() + 1;
    const int right = toImage(plot.topRight()).x() - 1;
    for (int x = left; x <= right; ++x) {
        for (int dy = -1; dy <= 1; ++dy) {
            if (isLineColor(image.pixelColor(x, y + dy), color, background)) {
                ++painted;
                break;
            }
        }
    }
    return double(painted) / double(right - left + 1);
}

ResourceMap resources()
{
    ResourceMap r;
    r["app"] = ResourceLines { 300, 600, 48 << 20, 96 << 20 };
    return r;
}

} // namespace

class TestStatsChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitAndRequestLinesArePainted_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("memory");
        QTest::addColumn<bool>("stacked");
        QTest::addColumn<bool>("request");
        for (const int minutes : { 1, 5, 60 }) {
            for (const bool memory : { false, true }) {
                for (const bool request : { false, true }) {
                    const QString name = QStringLiteral("%1 %2 min %3")
                                             .arg(memory ? "memory" : "cpu")
                                             .arg(minutes)
                                             .arg(request ? "request" : "limit");
                    QTest::newRow(qPrintable(name)) << minutes << memory << false << request;
                }
            }
        }
        QTest::newRow("cpu 1 min pod limit, stacked") << 1 << false << true << false;
        QTest::newRow("memory 1 min pod request, stacked") << 1 << true << true << true;
    }

    void limitAndRequestLinesArePainted()
    {
        QFETCH(int, minutes);
        QFETCH(bool, memory);
        QFETCH(bool, stacked);
        QFETCH(bool, request);
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 90);
        PodChartView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setHistory(&history);
        view.setResources(resources());
        view.setWindowMinutes(minutes);
        view.setStacked(stacked);
        QTest::qWait(50); // the charts lay out their plot areas

        StatsChart *chart = memory ? view.memoryChart() : view.cpuChart();
        const QString container = stacked ? QString() : QStringLiteral("app");
        QLineSeries *line = request ? chart->requestLine(container) : chart->limitLine(container);
        QVERIFY(line);
        QCOMPARE(line->pen().style(), request ? Qt::DotLine : Qt::DashLine);
        const double expected = memory ? (request ? 48.0 : 96.0) : (request ? 300.0 : 600.0);
        QCOMPARE(line->at(0).y(), expected);
        // Dashes and dots leave gaps: a third of the plot's width is a line across it, while
        // a line QPainter dropped paints a few stray pixels at most.
        const double share = paintedShare(view, chart, line);
        QVERIFY2(share > 0.3, qPrintable(QStringLiteral("painted %1 of the width").arg(share)));
    }

    void linesFollowTheWindow()
    {
        PodStatsHistory history(QStringLiteral("web"));
        fill(history, 30);
        PodChartView view;
        view.setHistory(&history);
        view.setResources(resources());
        view.setWindowMinutes(1);
        QLineSeries *limit = view.cpuChart()->limitLine("app");
        QVERIFY(limit);
        const QDateTimeAxis *axis = view.cpuChart()->timeAxis();
        const auto covers = [&] {
            return limit->at(0).x() <= qreal(axis->min().toMSecsSinceEpoch())
                && limit->at(1).x() >= qreal(axis->max().toMSecsSinceEpoch());
        };
        QVERIFY(covers());
        // Ten minutes later the axis has moved on; the line moved with it.
        for (int i = 600; i < 630; ++i) {
            StatsSample s;
            s.time = QDateTime::fromMSecsSinceEpoch(T0 + i * 1000, Qt::UTC);
            s.pod = history.podName();
            s.container = QStringLiteral("app");
            s.cpuMillicores = 100;
            s.memoryBytes = 20 << 20;
            history.addSample(s);
        }
        view.refresh();
        QVERIFY(axis->min().toMSecsSinceEpoch() > T0 + 500000);
        QVERIFY(covers());
        // Never more than a window either side: longer lines are what QPainter drops.
        QVERIFY(limit->at(1).x() - limit->at(0).x() <= 3.0 * 60000);
    }
};

QTEST_MAIN(TestStatsChart)
#include "tst_statschart.moc"
