#include "findingsmodel.h"

#include "icons.h"

namespace podwright::gui {

void FindingsModel::setFindings(const Findings &findings, const QStringList &resourceNames)
{
    beginResetModel();
    m_findings = findings;
    m_resourceNames = resourceNames;
    endResetModel();
}

const ValidationFinding &FindingsModel::finding(int row) const
{
    return m_findings.at(static_cast<std::size_t>(row));
}

int FindingsModel::count(Severity severity) const
{
    return static_cast<int>(
        std::count_if(m_findings.begin(), m_findings.end(),
                      [severity](const auto &f) { return f.severity == severity; }));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ValidationFinding &f = finding(index.row());
    if (role == SeverityRole)
        return static_cast<int>(f.severity);
    if (role == FindingIndexRole)
        return index.row();
    if (role == Qt::ToolTipRole)
        return f.explanation.isEmpty() ? f.summary() : f.explanation;
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DecorationRole)
            return severityIcon(f.severity);
        if (role == Qt::DisplayRole) {
            switch (f.severity) {
            case Severity::Error: return tr("Error");
            case Severity::Warning: return tr("Warning");
            case Severity::Hint: return tr("Hint");
            }
        }
        // Sort errors first, then warnings, then hints.
        if (role == Qt::UserRole)
            return static_cast<int>(f.severity);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return f.summary();
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return f.ruleId;
        break;
    case PositionColumn:
        if (role == Qt::DisplayRole)
            return f.pos.isValid() ? QStringLiteral("%1:%2").arg(f.pos.line).arg(f.pos.column)
                                   : QString();
        if (role == Qt::UserRole)
            return f.pos.line * 10000 + f.pos.column;
        break;
    case ResourceColumn:
        if (role == Qt::DisplayRole && f.resourceIndex >= 0
            && f.resourceIndex < m_resourceNames.size())
            return m_resourceNames.at(f.resourceIndex);
        break;
    default: break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Problem");
    case RuleColumn: return tr("Rule");
    case PositionColumn: return tr("Line:Col");
    case ResourceColumn: return tr("Resource");
    default: return {};
    }
}

} // namespace podwright::gui
