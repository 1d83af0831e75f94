#include "problemspanel.h"

#include "elementref.h"
#include "findingsmodel.h"
#include "icons.h"
#include "poddocument.h"
#include "selectionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyleOptionHeader>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace podwright::gui {

namespace {

/// Measures its sections in the list's own font. QHeaderView measures them in bold, to leave
/// room for highlighted sections, which this header never shows (highlightSections is off), and
/// that bold font was one more font to load before the window's first paint
/// (docs/benchmarks.md, "Start-up"). Otherwise QHeaderView::sectionSizeFromContents().
class ProblemsHeader : public QHeaderView
{
public:
    explicit ProblemsHeader(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        // What QTreeView gives the header it makes itself.
        setSectionsMovable(true);
        setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        if (!model() || highlightSections())
            return QHeaderView::sectionSizeFromContents(logicalIndex);
        ensurePolished();
        if (const QVariant size
            = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
            size.isValid())
            return size.toSize();
        QStyleOptionHeader option;
        initStyleOption(&option);
        option.section = logicalIndex;
        option.fontMetrics = fontMetrics();
        option.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
        option.icon
            = model()->headerData(logicalIndex, orientation(), Qt::DecorationRole).value<QIcon>();
        if (isSortIndicatorShown())
            option.sortIndicator = QStyleOptionHeader::SortDown;
        return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
    }
};

} // namespace

ProblemsPanel::ProblemsPanel(PodDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterRole(FindingsModel::SeverityRole);
    m_proxy->setFilterKeyColumn(FindingsModel::SeverityColumn);

    m_view->setAccessibleName(tr("Problems"));
    m_view->setHeader(new ProblemsHeader(m_view));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::PositionColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::PositionColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::ResourceColumn,
                                           QHeaderView::ResizeToContents);
    // The rule id is for looking things up, not for scanning the list: it is in the details.
    m_view->setColumnHidden(FindingsModel::RuleColumn, true);

    const Severity severities[] = { Severity::Error, Severity::Warning, Severity::Hint };
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 2, 4, 0);
    for (int i = 0; i < 3; ++i) {
        m_buttons[i] = new QToolButton(this);
        m_buttons[i]->setCheckable(true);
        m_buttons[i]->setChecked(true);
        m_buttons[i]->setAutoRaise(true);
        m_buttons[i]->setIcon(severityIcon(severities[i]));
        m_buttons[i]->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(m_buttons[i], &QToolButton::toggled, this, &ProblemsPanel::updateFilter);
        filters->addWidget(m_buttons[i]);
    }
    m_buttons[0]->setToolTip(tr("Show errors: the API server would reject the pod"));
    m_buttons[1]->setToolTip(tr("Show warnings: accepted, but likely to fail or surprise"));
    m_buttons[2]->setToolTip(tr("Show hints: good practice for pods"));
    filters->addStretch();

    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(6);
    auto *detailsArea = new QScrollArea(this);
    detailsArea->setWidget(m_details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setAccessibleName(tr("Problem details"));

    // Details under the list: the dock is wide and short, and the message column needs the
    // width.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(splitter);

    auto rowOf
        = [this](const QModelIndex &proxyIndex) { return m_proxy->mapToSource(proxyIndex).row(); };
    connect(m_view, &QTreeView::clicked, this,
            [this, rowOf](const QModelIndex &index) { activateFinding(rowOf(index)); });
    connect(m_view, &QTreeView::activated, this,
            [this, rowOf](const QModelIndex &index) { activateFinding(rowOf(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, rowOf](const QModelIndex &current) {
                showDetails(current.isValid() ? rowOf(current) : -1);
            });
    updateFilter();
    showDetails(-1);
}

void ProblemsPanel::setFindings(const Findings &findings, const QStringList &resourceNames)
{
    m_model->setFindings(findings, resourceNames);
    updateButtons();
    showDetails(-1);
    Q_EMIT countsChanged(m_model->count(Severity::Error), m_model->count(Severity::Warning),
                         m_model->count(Severity::Hint));
}

void ProblemsPanel::setSeverityVisible(Severity severity, bool visible)
{
    m_buttons[static_cast<int>(severity)]->setChecked(visible);
}

void ProblemsPanel::updateFilter()
{
    QStringList shown;
    for (int i = 0; i < 3; ++i)
        if (m_buttons[i]->isChecked())
            shown << QString::number(i);
    m_proxy->setFilterRegularExpression(QRegularExpression(
        QStringLiteral("^(%1)$").arg(shown.isEmpty() ? QStringLiteral("x") : shown.join('|'))));
}

void ProblemsPanel::updateButtons()
{
    m_buttons[0]->setText(tr("Errors: %1").arg(m_model->count(Severity::Error)));
    m_buttons[1]->setText(tr("Warnings: %1").arg(m_model->count(Severity::Warning)));
    m_buttons[2]->setText(tr("Hints: %1").arg(m_model->count(Severity::Hint)));
}

void ProblemsPanel::showDetails(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No problems found: the API server would accept this.")
                               : tr("Select a problem to see what it means and how to fix it."));
        return;
    }
    const ValidationFinding &f = m_model->finding(row);
    m_details->setText(QStringLiteral("<b>%1</b><p>%2</p><p><small>%3</small></p>")
                           .arg(f.summary().toHtmlEscaped(), f.explanation.toHtmlEscaped(),
                                f.ruleId.toHtmlEscaped()));
}

void ProblemsPanel::activateFinding(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ValidationFinding f = m_model->finding(row);
    showDetails(row);
    if (m_document->isValidPodIndex(f.resourceIndex)) {
        const QString prefix = m_document->resource(f.resourceIndex).podPathPrefix();
        const QString relative = f.path.startsWith(prefix) ? f.path.mid(prefix.size()) : QString();
        m_selection->setCurrent(ElementRef::fromFieldPath(f.resourceIndex, relative));
    }
    if (f.pos.isValid())
        Q_EMIT positionActivated(f.pos);
}

} // namespace podwright::gui
