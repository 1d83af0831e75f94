#include "podchartview.h"

#include <QBoxLayout>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QPainter>
#include <QResizeEvent>
#include <QSaveFile>
#include <QToolTip>
#include <QValueAxis>

namespace podwright::gui {

PodChartView::PodChartView(QWidget *parent)
    : QWidget(parent)
    , m_cpu(new StatsChart(StatsChart::Metric::Cpu))
    , m_memory(new StatsChart(StatsChart::Metric::Memory))
    , m_cpuView(new QChartView(m_cpu, this))
    , m_memoryView(new QChartView(m_memory, this))
    , m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    for (QChartView *view : { m_cpuView, m_memoryView }) {
        view->setRenderHint(QPainter::Antialiasing);
        // Small enough that the panel fits a ~250 px bottom dock (adaptToSize() makes the
        // charts readable there); the chart view's own hint would keep the dock tall.
        view->setMinimumSize(240, 110);
        m_layout->addWidget(view);
    }
    for (StatsChart *chart : { m_cpu, m_memory }) {
        chart->applyPalette(palette());
        connect(chart, &StatsChart::legendClicked, this, [this](const QString &container) {
            setContainerVisible(container, !isContainerVisible(container));
        });
        connect(chart, &StatsChart::hoverTextChanged, this, &PodChartView::showHover);
    }
}

void PodChartView::setHistory(const PodStatsHistory *history)
{
    if (history == m_history)
        return;
    // Another pod: its containers get fresh lines (colours by its own container order).
    m_cpu->clearContainers();
    m_memory->clearContainers();
    m_history = history;
    m_options.hidden.clear();
    refresh();
}

void PodChartView::setResources(const ResourceMap &resources)
{
    m_resources = resources;
    refresh();
}

void PodChartView::setWindowMinutes(int minutes)
{
    m_options.windowMsecs = qint64(std::max(1, minutes)) * 60000;
    refresh();
}

void PodChartView::setStacked(bool stacked)
{
    m_options.stacked = stacked;
    refresh();
}

void PodChartView::setPaused(bool paused)
{
    m_paused = paused;
    refresh();
}

void PodChartView::setCompact(bool compact)
{
    m_options.compact = compact;
    // A small multiple is a few hundred pixels wide: more points than pixels are not seen.
    m_options.maxPoints = compact ? 200 : StatsChart::Options().maxPoints;
    for (QChartView *view : { m_cpuView, m_memoryView }) {
        view->setMinimumHeight(compact ? 90 : 110);
        // Antialiased lines are most of the painting cost; a small multiple at a glance does
        // without (measured in bench_stats: docs/benchmarks.md).
        view->setRenderHint(QPainter::Antialiasing, !compact);
    }
    refresh();
    adaptToSize(size()); // after refresh(): update() shows a compact chart's titles or not
}

void PodChartView::setContainerVisible(const QString &container, bool visible)
{
    if (visible == isContainerVisible(container))
        return;
    if (visible)
        m_options.hidden.remove(container);
    else
        m_options.hidden.insert(container);
    // A legend toggle applies even when paused: it changes what is shown, not when.
    const bool paused = std::exchange(m_paused, false);
    refresh();
    m_paused = paused;
    Q_EMIT containerVisibilityChanged(container, visible);
}

bool PodChartView::isContainerVisible(const QString &container) const
{
    return !m_options.hidden.contains(container);
}

void PodChartView::refresh()
{
    if (m_paused)
        return;
    QElapsedTimer timer;
    timer.start();
    static const PodStatsHistory empty;
    const PodStatsHistory &history = m_history ? *m_history : empty;
    // The window ends at the newest sample, so a removed pod's last minutes stay in view.
    const qint64 now
        = history.latestMsecs() > 0 ? history.latestMsecs() : QDateTime::currentMSecsSinceEpoch();
    m_cpu->update(history, m_resources, m_options, now);
    m_memory->update(history, m_resources, m_options, now);
    m_lastRefreshUs = timer.nsecsElapsed() / 1000;
}

QImage PodChartView::renderImage()
{
    QImage image(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter);
    return image;
}

bool PodChartView::exportPng(const QString &path, QString *error)
{
    const QImage image = renderImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the picture to %1.").arg(path);
        return false;
    }
    return true;
}

bool PodChartView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!m_history || !file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = m_history ? tr("Could not write %1: %2").arg(path, file.errorString())
                               : tr("There is no data to export yet.");
        return false;
    }
    m_history->writeCsv(&file);
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PodChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_cpu->applyPalette(palette());
        m_memory->applyPalette(palette());
    }
    QWidget::changeEvent(event);
}

void PodChartView::resizeEvent(QResizeEvent *event)
{
    adaptToSize(event->size());
    QWidget::resizeEvent(event);
}

void PodChartView::adaptToSize(QSize size)
{
    // A wide, short bottom dock has room for the two charts side by side, not stacked.
    const bool sideBySide = size.width() >= 2 * size.height();
    const auto direction = sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction)
        m_layout->setDirection(direction);
    const int chartWidth = sideBySide ? size.width() / 2 : size.width();
    const int chartHeight = sideBySide ? size.height() : size.height() / 2;
    const bool small = m_options.compact || chartHeight < 240;
    // Qt Charts elides every label of an axis to "…" once its ticks leave too little room:
    // aim at one time label per ~130 px and one value label per ~45 px of plot.
    const int timeTicks = std::clamp(chartWidth / 130, 3, 6);
    const int valueTicks = std::clamp((chartHeight - 110) / 45 + 2, 3, 5);
    QFont smallFont;
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    for (StatsChart *chart : { m_cpu, m_memory }) {
        chart->setTickCounts(timeTicks, valueTicks);
        const QMargins margins = m_options.compact ? QMargins(2, 2, 2, 2)
            : small                                ? QMargins(4, 2, 4, 2)
                                                   : QMargins(8, 8, 8, 8);
        if (chart->margins() != margins)
            chart->setMargins(margins);
        const QFont font = small ? smallFont : QFont();
        if (chart->titleFont() != font) {
            chart->setTitleFont(font);
            chart->legend()->setFont(font);
        }
        // "Time" under clock times says nothing; its line is better spent on the plot.
        chart->timeAxis()->setTitleVisible(!small);
        // A short plot elides the value axis' title to "CPU (millico..."; the chart's title
        // names the metric and its unit already.
        chart->valueAxis()->setTitleVisible(!small);
    }
}

void PodChartView::showHover(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace podwright::gui
