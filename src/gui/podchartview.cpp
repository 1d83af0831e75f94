#include "podchartview.h"

#include <QChartView>
#include <QCursor>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QPainter>
#include <QSaveFile>
#include <QToolTip>
#include <QVBoxLayout>

namespace podwright::gui {

PodChartView::PodChartView(QWidget *parent)
    : QWidget(parent)
    , m_cpu(new StatsChart(StatsChart::Metric::Cpu))
    , m_memory(new StatsChart(StatsChart::Metric::Memory))
    , m_cpuView(new QChartView(m_cpu, this))
    , m_memoryView(new QChartView(m_memory, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QChartView *view : { m_cpuView, m_memoryView }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(140);
        layout->addWidget(view);
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
        view->setMinimumHeight(compact ? 90 : 140);
        // Antialiased lines are most of the painting cost; a small multiple at a glance does
        // without (measured in bench_stats: docs/benchmarks.md).
        view->setRenderHint(QPainter::Antialiasing, !compact);
    }
    for (StatsChart *chart : { m_cpu, m_memory }) {
        chart->setMargins(compact ? QMargins(2, 2, 2, 2) : QMargins(8, 8, 8, 8));
        QFont font = chart->titleFont();
        font.setPointSizeF(compact ? font.pointSizeF() * 0.85 : QFont().pointSizeF());
        chart->setTitleFont(font);
    }
    refresh();
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

void PodChartView::showHover(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace podwright::gui
