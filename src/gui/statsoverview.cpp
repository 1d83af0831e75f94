#include "statsoverview.h"

#include "metrics/statsmonitor.h"
#include "podchartview.h"

#include <QGridLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace podwright::gui {

StatsOverview::StatsOverview(QWidget *parent)
    : QScrollArea(parent)
    , m_grid(new QWidget)
    , m_layout(new QGridLayout(m_grid))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_layout->setSpacing(6);
    m_layout->setAlignment(Qt::AlignTop);
    setWidget(m_grid);
}

void StatsOverview::setMonitor(const StatsMonitor *monitor)
{
    m_monitor = monitor;
    for (auto &[name, chart] : m_charts)
        chart->setHistory(monitor ? monitor->history(name) : nullptr);
}

void StatsOverview::addPod(const QString &pod)
{
    if (m_cells.count(pod))
        return;
    auto *cell = new QWidget(m_grid);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // A flat button as the title: one click opens the pod's detail.
    auto *title = new QPushButton(pod, cell);
    title->setFlat(true);
    title->setToolTip(tr("Show the charts of %1").arg(pod));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    connect(title, &QPushButton::clicked, this, [this, pod] { Q_EMIT podActivated(pod); });
    auto *chart = new PodChartView(cell);
    chart->setCompact(true);
    chart->setWindowMinutes(m_windowMinutes);
    chart->setStacked(m_stacked);
    chart->setHistory(m_monitor ? m_monitor->history(pod) : nullptr);
    chart->setPaused(m_paused);
    layout->addWidget(title);
    layout->addWidget(chart);
    m_cells[pod] = cell;
    m_charts[pod] = chart;
    relayout();
}

void StatsOverview::removePod(const QString &pod)
{
    const auto it = m_cells.find(pod);
    if (it == m_cells.end())
        return;
    delete it->second;
    m_cells.erase(it);
    m_charts.erase(pod);
    relayout();
}

QStringList StatsOverview::podNames() const
{
    QStringList names;
    for (const auto &[name, cell] : m_cells)
        names << name;
    return names;
}

PodChartView *StatsOverview::chart(const QString &pod) const
{
    const auto it = m_charts.find(pod);
    return it == m_charts.end() ? nullptr : it->second;
}

void StatsOverview::setResources(const QString &pod, const ResourceMap &resources)
{
    if (PodChartView *view = chart(pod))
        view->setResources(resources);
}

void StatsOverview::setWindowMinutes(int minutes)
{
    m_windowMinutes = minutes;
    for (auto &[name, chart] : m_charts)
        chart->setWindowMinutes(minutes);
}

void StatsOverview::setStacked(bool stacked)
{
    m_stacked = stacked;
    for (auto &[name, chart] : m_charts)
        chart->setStacked(stacked);
}

void StatsOverview::setPaused(bool paused)
{
    m_paused = paused;
    for (auto &[name, chart] : m_charts)
        chart->setPaused(paused);
}

void StatsOverview::refresh()
{
    for (auto &[name, chart] : m_charts) {
        // A pod seen before the monitor had its history: pick it up now.
        if (!chart->history() && m_monitor)
            chart->setHistory(m_monitor->history(name));
        // Cells scrolled out of view wait until they are shown again.
        const QRect inViewport(chart->mapTo(viewport(), QPoint(0, 0)), chart->size());
        if (chart->isVisible() && !viewport()->rect().intersects(inViewport))
            continue;
        chart->refresh();
    }
}

void StatsOverview::scrollContentsBy(int dx, int dy)
{
    QScrollArea::scrollContentsBy(dx, dy);
    refresh(); // cells that scrolled into view catch up
}

void StatsOverview::relayout()
{
    // Pods in name order, filling rows of m_columns.
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0); // the layout item only; the cell widget stays
    int index = 0;
    for (const auto &[name, cell] : m_cells) {
        m_layout->addWidget(cell, index / m_columns, index % m_columns);
        ++index;
    }
}

} // namespace podwright::gui
