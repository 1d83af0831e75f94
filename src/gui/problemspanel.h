#pragma once

#include "finding.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

class FindingsModel;
class SelectionModel;

/**
 * The Problems list: every finding with its severity, "path: message", rule, line:column and
 * resource, filterable by severity, with the learner's explanation beside it. Activating a
 * finding selects its element (so the canvas and inspector follow) and asks for its position in
 * the text (positionActivated, connected to the YAML pane).
 */
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    ProblemsPanel(PodDocument *document, SelectionModel *selection, QWidget *parent = nullptr);

    void setFindings(const Findings &findings, const QStringList &resourceNames);
    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// Shows or hides one severity (the filter buttons).
    void setSeverityVisible(Severity severity, bool visible);
    /// Selects the element of the finding in `row` of the (unfiltered) model and emits its
    /// position, as a click does.
    void activateFinding(int row);

Q_SIGNALS:
    void positionActivated(podwright::SourcePos pos);
    /// Counts changed (for the status bar and the dock title).
    void countsChanged(int errors, int warnings, int hints);

private:
    void updateFilter();
    void updateButtons();
    void showDetails(int row);

    PodDocument *m_document;
    SelectionModel *m_selection;
    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_details;
    QToolButton *m_buttons[3];
};

} // namespace podwright::gui
