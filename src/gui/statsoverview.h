#pragma once

#include "statschart.h"
#include "statssparkline.h"

#include <QScrollArea>

#include <map>

class QGridLayout;

namespace podwright {
class StatsMonitor;
}

namespace podwright::gui {

/**
 * Small multiples: a CPU and a memory sparkline for every pod the monitor watches, in a grid,
 * all over the same time window. Clicking a pod's title or one of its sparklines opens its
 * detail (podActivated()).
 */
class StatsOverview : public QScrollArea
{
    Q_OBJECT
public:
    explicit StatsOverview(QWidget *parent = nullptr);

    void setMonitor(const StatsMonitor *monitor);
    void addPod(const QString &pod);
    void removePod(const QString &pod);
    QStringList podNames() const;
    /// The pod's CPU or memory sparkline; null for a pod not shown.
    StatsSparkline *sparkline(const QString &pod, StatsChart::Metric metric) const;
    void setResources(const QString &pod, const ResourceMap &resources);

    void setWindowMinutes(int minutes);
    void setStacked(bool stacked);
    void setPaused(bool paused);
    int columns() const { return m_columns; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void podActivated(const QString &pod);

protected:
    void scrollContentsBy(int dx, int dy) override;

private:
    void relayout();

    const StatsMonitor *m_monitor = nullptr;
    QWidget *m_grid;
    QGridLayout *m_layout;
    struct Cell {
        QWidget *widget = nullptr;
        StatsSparkline *cpu = nullptr;
        StatsSparkline *memory = nullptr;
    };
    std::map<QString, Cell> m_cells;
    int m_windowMinutes = 5;
    bool m_stacked = false;
    bool m_paused = false;
    int m_columns = 2;
};

} // namespace podwright::gui
