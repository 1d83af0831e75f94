#include "statsoverview.h"

#include "metrics/statsmonitor.h"

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
    for (auto &[name, cell] : m_cells)
        for (StatsSparkline *line : { cell.cpu, cell.memory })
            line->setHistory(monitor ? monitor->history(name) : nullptr);
}

void StatsOverview::addPod(const QString &pod)
{
    if (m_cells.count(pod))
        return;
    Cell cell;
    cell.widget = new QWidget(m_grid);
    auto *layout = new QVBoxLayout(cell.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // A flat button as the title: one click opens the pod's detail.
    auto *title = new QPushButton(pod, cell.widget);
    title->setFlat(true);
    title->setToolTip(tr("Show the charts of %1").arg(pod));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    connect(title, &QPushButton::clicked, this, [this, pod] { Q_EMIT podActivated(pod); });
    layout->addWidget(title);
    cell.cpu = new StatsSparkline(StatsChart::Metric::Cpu, cell.widget);
    cell.memory = new StatsSparkline(StatsChart::Metric::Memory, cell.widget);
    for (StatsSparkline *line : { cell.cpu, cell.memory }) {
        line->setWindowMsecs(qint64(m_windowMinutes) * 60000);
        line->setStacked(m_stacked);
        line->setHistory(m_monitor ? m_monitor->history(pod) : nullptr);
        connect(line, &StatsSparkline::activated, this, [this, pod] { Q_EMIT podActivated(pod); });
        layout->addWidget(line);
    }
    m_cells[pod] = cell;
    relayout();
}

void StatsOverview::removePod(const QString &pod)
{
    const auto it = m_cells.find(pod);
    if (it == m_cells.end())
        return;
    delete it->second.widget;
    m_cells.erase(it);
    relayout();
}

QStringList StatsOverview::podNames() const
{
    QStringList names;
    for (const auto &[name, cell] : m_cells)
        names << name;
    return names;
}

StatsSparkline *StatsOverview::sparkline(const QString &pod, StatsChart::Metric metric) const
{
    const auto it = m_cells.find(pod);
    if (it == m_cells.end())
        return nullptr;
    return metric == StatsChart::Metric::Cpu ? it->second.cpu : it->second.memory;
}

void StatsOverview::setResources(const QString &pod, const ResourceMap &resources)
{
    const auto it = m_cells.find(pod);
    if (it == m_cells.end())
        return;
    it->second.cpu->setResources(resources);
    it->second.memory->setResources(resources);
}

void StatsOverview::setWindowMinutes(int minutes)
{
    m_windowMinutes = std::max(1, minutes);
    for (auto &[name, cell] : m_cells)
        for (StatsSparkline *line : { cell.cpu, cell.memory })
            line->setWindowMsecs(qint64(m_windowMinutes) * 60000);
}

void StatsOverview::setStacked(bool stacked)
{
    m_stacked = stacked;
    for (auto &[name, cell] : m_cells)
        for (StatsSparkline *line : { cell.cpu, cell.memory })
            line->setStacked(stacked);
}

void StatsOverview::setPaused(bool paused)
{
    m_paused = paused;
    refresh(); // resuming catches up at once
}

void StatsOverview::refresh()
{
    if (m_paused)
        return;
    for (auto &[name, cell] : m_cells) {
        // A pod seen before the monitor had its history: pick it up now.
        if (!cell.cpu->history() && m_monitor) {
            cell.cpu->setHistory(m_monitor->history(name));
            cell.memory->setHistory(m_monitor->history(name));
        }
        // Cells scrolled out of view wait until they are shown again.
        const QRect inViewport(cell.widget->mapTo(viewport(), QPoint(0, 0)), cell.widget->size());
        if (cell.widget->isVisible() && !viewport()->rect().intersects(inViewport))
            continue;
        cell.cpu->refresh();
        cell.memory->refresh();
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
        m_layout->addWidget(cell.widget, index / m_columns, index % m_columns);
        ++index;
    }
}

} // namespace podwright::gui
