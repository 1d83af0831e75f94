#pragma once

#include "finding.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace podwright::gui {

/// The findings as a table: severity, "path: message", rule id, line:column, resource. The
/// explanation is the tooltip; FindingRole gives the finding's row index for the panel.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        MessageColumn,
        RuleColumn,
        PositionColumn,
        ResourceColumn,
        ColumnCount
    };
    enum Role { SeverityRole = Qt::UserRole + 1, FindingIndexRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const Findings &findings, const QStringList &resourceNames);
    const Findings &findings() const { return m_findings; }
    const ValidationFinding &finding(int row) const;
    int count(Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Findings m_findings;
    QStringList m_resourceNames;
};

} // namespace podwright::gui
