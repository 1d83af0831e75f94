#include "containerlogview.h"

#include "runtime/podruntime.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace podwright::gui {

ContainerLogView::ContainerLogView(PodRuntime *runtime, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_title(new QLabel(this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_timestamps(new QCheckBox(tr("Timestamps"), this))
    , m_search(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
{
    m_follow->setChecked(true);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(20000); // a chatty container must not eat the memory
    m_text->setAccessibleName(tr("Container output"));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the selection, or all the output when nothing is selected"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_search);
    bar->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_text);
    layout->addWidget(m_state);

    connect(m_follow, &QCheckBox::toggled, this, &ContainerLogView::reload);
    connect(m_timestamps, &QCheckBox::toggled, this, &ContainerLogView::reload);
    connect(m_search, &QLineEdit::returnPressed, this, &ContainerLogView::findNext);
    connect(copy, &QPushButton::clicked, this, &ContainerLogView::copy);
    connect(m_runtime, &PodRuntime::logLine, this, &ContainerLogView::appendLine);
    connect(m_runtime, &PodRuntime::podChanged, this, &ContainerLogView::onPodChanged);
    connect(m_runtime, &PodRuntime::logsFinished, this,
            [this](int requestId, const QString &error) {
                if (requestId != m_request)
                    return;
                m_request = -1;
                m_state->setText(error.isEmpty() ? tr("End of output.") : error);
            });
}

ContainerLogView::~ContainerLogView()
{
    if (m_request >= 0)
        m_runtime->cancelLogs(m_request);
}

void ContainerLogView::showContainer(const QString &pod, const QString &container)
{
    m_pod = pod;
    m_container = container;
    m_title->setText(tr("Logs of %1 in pod %2").arg(container, pod));
    reload();
}

void ContainerLogView::reload()
{
    if (m_request >= 0)
        m_runtime->cancelLogs(m_request);
    m_request = -1;
    m_text->clear();
    if (m_container.isEmpty())
        return;
    LogOptions options;
    options.follow = m_follow->isChecked();
    options.timestamps = m_timestamps->isChecked();
    m_state->setText(options.follow ? tr("Following…") : QString());
    m_request = m_runtime->requestLogs(m_pod, m_container, options);
    const std::optional<PodRuntimeStatus> status = m_runtime->pod(m_pod);
    const ContainerRuntimeState *state = status ? status->container(m_container) : nullptr;
    m_restartCount = state ? state->restartCount : 0;
}

void ContainerLogView::onPodChanged(const PodRuntimeStatus &status)
{
    if (status.name != m_pod || !m_follow->isChecked())
        return;
    const ContainerRuntimeState *state = status.container(m_container);
    // Podman ends a follow when the container exits; its next run writes to the same log.
    // Ask again once it runs again: the whole log, so every run's output stays in view.
    if (state && state->state == ContainerRuntimeState::State::Running
        && state->restartCount > m_restartCount)
        reload();
}

void ContainerLogView::appendLine(int requestId, const LogLine &line)
{
    if (requestId != m_request)
        return;
    QScrollBar *scroll = m_text->verticalScrollBar();
    const bool atEnd = scroll->value() == scroll->maximum();
    QString text = line.text;
    if (line.time.isValid())
        text = line.time.toLocalTime().toString(line.subSecondTime
                                                    ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz ")
                                                    : QStringLiteral("yyyy-MM-dd HH:mm:ss "))
            + text;
    m_text->appendPlainText(text);
    if (atEnd && m_follow->isChecked())
        scroll->setValue(scroll->maximum());
}

bool ContainerLogView::findNext()
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    if (m_text->find(needle))
        return true;
    QTextCursor start = m_text->textCursor();
    start.movePosition(QTextCursor::Start);
    m_text->setTextCursor(start);
    return m_text->find(needle);
}

void ContainerLogView::copy()
{
    const QString selected
        = m_text->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QApplication::clipboard()->setText(selected.isEmpty() ? m_text->toPlainText() : selected);
}

} // namespace podwright::gui
