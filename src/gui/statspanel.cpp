#include "statspanel.h"

#include "metrics/statsmonitor.h"
#include "pod.h"
#include "podchartview.h"
#include "statsoverview.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace podwright::gui {

StatsPanel::StatsPanel(QWidget *parent)
    : StatsView(parent)
    , m_toolBar(new QToolBar(this))
    , m_pods(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new StatsOverview(this))
    , m_detail(new PodChartView(this))
{
    m_pods->addItem(tr("All pods"));
    m_pods->setToolTip(tr("The pod to chart, or all pods side by side"));
    // Whole phrases, not "%n minute(s)": untranslated English must read well too.
    m_window->addItem(tr("Last minute"), 1);
    m_window->addItem(tr("Last 5 minutes"), 5);
    m_window->addItem(tr("Last 15 minutes"), 15);
    m_window->addItem(tr("Last hour"), 60);
    m_window->setCurrentIndex(1);
    m_window->setToolTip(tr("Time window"));

    m_toolBar->addWidget(new QLabel(tr("Pod:"), this));
    m_toolBar->addWidget(m_pods);
    m_toolBar->addWidget(m_window);
    m_stacked = m_toolBar->addAction(tr("Stacked"));
    m_stacked->setCheckable(true);
    m_stacked->setToolTip(tr("Stack the containers' lines so the top line is the pod's total"));
    m_pause = m_toolBar->addAction(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the charts; data keeps being recorded"));
    m_toolBar->addSeparator();
    QAction *csv = m_toolBar->addAction(tr("Export CSV…"));
    csv->setToolTip(tr("Save the samples and events as a CSV file"));
    QAction *png = m_toolBar->addAction(tr("Export PNG…"));
    png->setToolTip(tr("Save the charts as a picture"));

    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);

    connect(m_pods, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index <= 0)
            showOverview();
        else
            showPod(m_pods->itemText(index));
    });
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int index) { setWindowMinutes(m_window->itemData(index).toInt()); });
    connect(m_stacked, &QAction::toggled, this, &StatsPanel::setStacked);
    connect(m_pause, &QAction::toggled, this, &StatsPanel::setPaused);
    connect(csv, &QAction::triggered, this, &StatsPanel::exportCsv);
    connect(png, &QAction::triggered, this, &StatsPanel::exportPng);
    connect(m_overview, &StatsOverview::podActivated, this, &StatsPanel::showPod);

    // One redraw per sampling tick: the samples of one tick may arrive in several pieces.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(30);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StatsPanel::refreshNow);
}

void StatsPanel::setMonitor(StatsMonitor *monitor)
{
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    m_overview->setMonitor(monitor);
    m_detail->setHistory(monitor && !currentPod().isEmpty() ? monitor->history(currentPod())
                                                            : nullptr);
    if (!monitor)
        return;
    connect(monitor, &StatsMonitor::podWatched, this, &StatsPanel::addPod);
    connect(monitor, &StatsMonitor::samplesReceived, this,
            [this](const std::vector<StatsSample> &samples) {
                // Samples may name a pod the monitor never announced (addSamples()).
                for (const StatsSample &sample : samples) {
                    if (!m_known.contains(sample.pod))
                        addPod(sample.pod);
                }
                scheduleRefresh();
            });
    connect(monitor, &StatsMonitor::markerAdded, this, &StatsPanel::scheduleRefresh);
    connect(monitor, &QObject::destroyed, this, [this] {
        m_overview->setMonitor(nullptr);
        m_detail->setHistory(nullptr);
    });
    for (const QString &pod : monitor->pods())
        addPod(pod);
}

QString StatsPanel::currentPod() const
{
    return m_stack->currentWidget() == m_detail ? m_detail->podName() : QString();
}

void StatsPanel::addPod(const QString &pod)
{
    m_known.insert(pod);
    if (m_pods->findText(pod) < 0)
        m_pods->addItem(pod);
    m_overview->addPod(pod);
    if (const auto it = m_resources.find(pod); it != m_resources.end())
        m_overview->setResources(pod, it->second);
    scheduleRefresh();
}

void StatsPanel::removePod(const QString &pod)
{
    m_known.remove(pod);
    if (currentPod() == pod)
        showOverview();
    if (const int index = m_pods->findText(pod); index > 0)
        m_pods->removeItem(index);
    m_overview->removePod(pod);
}

void StatsPanel::showPod(const QString &pod)
{
    if (m_pods->findText(pod) < 0)
        addPod(pod);
    m_detail->setHistory(m_monitor ? m_monitor->history(pod) : nullptr);
    const auto it = m_resources.find(pod);
    m_detail->setResources(it == m_resources.end() ? ResourceMap {} : it->second);
    m_stack->setCurrentWidget(m_detail);
    const QSignalBlocker blocker(m_pods);
    m_pods->setCurrentIndex(m_pods->findText(pod));
    refreshNow();
}

void StatsPanel::showOverview()
{
    m_stack->setCurrentWidget(m_overview);
    const QSignalBlocker blocker(m_pods);
    m_pods->setCurrentIndex(0);
    refreshNow();
}

void StatsPanel::setPodSpec(const Pod &pod)
{
    const QString name = pod.metadata.name;
    m_resources[name] = resourceLinesOf(pod);
    m_overview->setResources(name, m_resources[name]);
    if (currentPod() == name)
        m_detail->setResources(m_resources[name]);
}

void StatsPanel::setWindowMinutes(int minutes)
{
    m_windowMinutes = minutes;
    const QSignalBlocker blocker(m_window);
    m_window->setCurrentIndex(std::max(0, m_window->findData(minutes)));
    m_overview->setWindowMinutes(minutes);
    m_detail->setWindowMinutes(minutes);
}

void StatsPanel::setStacked(bool stacked)
{
    const QSignalBlocker blocker(m_stacked);
    m_stacked->setChecked(stacked);
    m_overview->setStacked(stacked);
    m_detail->setStacked(stacked);
}

void StatsPanel::setPaused(bool paused)
{
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_overview->setPaused(paused);
    m_detail->setPaused(paused);
}

void StatsPanel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void StatsPanel::refreshNow()
{
    // Hidden charts cost nothing: they catch up when shown.
    if (!isVisible())
        return;
    if (m_stack->currentWidget() == m_detail)
        m_detail->refresh();
    else
        m_overview->refresh();
}

bool StatsPanel::exportCsvTo(const QString &path, QString *error)
{
    if (!currentPod().isEmpty())
        return m_detail->exportCsv(path, error);
    // The overview: every pod in one file, one header.
    QSaveFile file(path);
    if (!m_monitor || !file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("There is no data to export yet.");
        return false;
    }
    bool first = true;
    for (const QString &pod : m_overview->podNames()) {
        if (const PodStatsHistory *history = m_monitor->history(pod)) {
            QByteArray csv = history->toCsv();
            if (!first)
                csv.remove(0, csv.indexOf('\n') + 1);
            file.write(csv);
            first = false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool StatsPanel::exportPngTo(const QString &path, QString *error)
{
    QWidget *shown = m_stack->currentWidget() == m_detail ? static_cast<QWidget *>(m_detail)
                                                          : m_overview->widget();
    const QImage image = shown->grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the picture to %1.").arg(path);
        return false;
    }
    return true;
}

void StatsPanel::exportCsv()
{
    const QString suggested = (currentPod().isEmpty() ? QStringLiteral("pods") : currentPod())
        + QStringLiteral("-stats.csv");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsvTo(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), error);
}

void StatsPanel::exportPng()
{
    const QString suggested = (currentPod().isEmpty() ? QStringLiteral("pods") : currentPod())
        + QStringLiteral("-stats.png");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export PNG"), suggested, tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPngTo(path, &error))
        QMessageBox::warning(this, tr("Export PNG"), error);
}

} // namespace podwright::gui
