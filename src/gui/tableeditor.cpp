#include "tableeditor.h"

#include "fieldmessage.h"
#include "formsync.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace podwright::gui {

namespace {

/// Gives text cells whose column has a pattern a validating line editor.
class PatternDelegate : public QStyledItemDelegate
{
public:
    PatternDelegate(const QList<TableColumn> &columns, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_columns(columns)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        const QString pattern = m_columns.value(index.column()).pattern;
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && !pattern.isEmpty())
            line->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), line));
        return editor;
    }

private:
    QList<TableColumn> m_columns;
};

} // namespace

TableEditor::TableEditor(const QList<TableColumn> &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_table(new QTableWidget(0, static_cast<int>(columns.size()), this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
{
    for (int c = 0; c < m_columns.size(); ++c) {
        auto *header = new QTableWidgetItem(m_columns[c].title);
        header->setToolTip(m_columns[c].toolTip);
        m_table->setHorizontalHeaderItem(c, header);
    }
    setProperty("wideField", true); // addFieldRow() gives it the full width
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].type == TableColumn::Type::Check)
            m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegate(new PatternDelegate(m_columns, m_table));
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->installEventFilter(this);

    m_remove->setToolTip(tr("Remove the selected row (Delete)"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setToolTip(tr("Move the selected row up (Alt+Up)"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_down->setToolTip(tr("Move the selected row down (Alt+Down)"));
    m_down->setAccessibleName(tr("Move down"));
    for (QPushButton *move : { m_up, m_down }) {
        move->setFocusPolicy(Qt::TabFocus);
        move->hide();
        buttons->addWidget(move);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const TableColumn &column = m_columns[item->column()];
        const QString value = column.type == TableColumn::Type::Check
            ? (item->checkState() == Qt::Checked ? QStringLiteral("true") : QString())
            : item->text();
        Q_EMIT cellEdited(item->row(), item->column(), value);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TableEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &TableEditor::requestAdd);
    connect(m_remove, &QPushButton::clicked, this, &TableEditor::requestRemove);
    connect(m_up, &QPushButton::clicked, this, [this] { requestMove(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { requestMove(1); });
    updateButtons();
    updateHeight();
}

void TableEditor::setAddText(const QString &text, const QString &toolTip)
{
    m_add->setText(text);
    m_add->setToolTip(toolTip);
}

void TableEditor::setListName(const QString &name)
{
    m_table->setAccessibleName(name);
    // A custom Add text ("Add port") names its list already.
    if (m_add->text() == tr("&Add"))
        m_add->setAccessibleName(tr("Add to %1").arg(name));
    m_remove->setAccessibleName(tr("Remove from %1").arg(name));
    m_up->setAccessibleName(tr("Move up in %1").arg(name));
    m_down->setAccessibleName(tr("Move down in %1").arg(name));
}

int TableEditor::rowCount() const
{
    return m_table->rowCount();
}

QString TableEditor::cellText(int row, int column) const
{
    if (m_columns.value(column).type == TableColumn::Type::Choice) {
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, column)))
            return comboValue(combo);
        return QString();
    }
    const QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return QString();
    if (m_columns[column].type == TableColumn::Type::Check)
        return item->checkState() == Qt::Checked ? QStringLiteral("true") : QString();
    return item->text();
}

void TableEditor::setRows(const QList<QStringList> &rows)
{
    const QSignalBlocker blocker(m_table);
    if (m_table->rowCount() != rows.size())
        m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c)
            setCell(r, c, rows[r].value(c));
    }
    updateButtons();
    updateHeight();
}

void TableEditor::setCell(int row, int column, const QString &value)
{
    const TableColumn &spec = m_columns[column];
    if (spec.type == TableColumn::Type::Choice) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
        if (!combo) {
            combo = new QComboBox;
            combo->setToolTip(spec.toolTip);
            for (const auto &[v, label] : spec.choices)
                combo->addItem(label, v);
            // Report the edit with the row the combo sits in now, not the one it was made for.
            connect(combo, &QComboBox::activated, this, [this, combo, column] {
                for (int r = 0; r < m_table->rowCount(); ++r) {
                    if (m_table->cellWidget(r, column) == combo) {
                        Q_EMIT cellEdited(r, column, comboValue(combo));
                        return;
                    }
                }
            });
            m_table->setCellWidget(row, column, combo);
        }
        setComboValue(combo, value);
        return;
    }
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setToolTip(spec.toolTip);
        if (spec.type == TableColumn::Type::Check)
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        m_table->setItem(row, column, item);
    }
    if (spec.type == TableColumn::Type::Check) {
        const Qt::CheckState state = value == QLatin1String("true") ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state || !item->data(Qt::CheckStateRole).isValid())
            item->setCheckState(state);
    } else if (item->text() != value) {
        item->setText(value);
    }
}

void TableEditor::setChoices(int column, const QList<std::pair<QString, QString>> &choices)
{
    if (m_columns[column].choices == choices)
        return;
    m_columns[column].choices = choices;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, column));
        if (!combo)
            continue;
        const QString current = comboValue(combo);
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[v, label] : choices)
            combo->addItem(label, v);
        setComboValue(combo, current);
    }
}

void TableEditor::setCellEnabled(int row, int column, bool enabled)
{
    if (QWidget *widget = m_table->cellWidget(row, column)) {
        widget->setEnabled(enabled);
        return;
    }
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return;
    const Qt::ItemFlags base = Qt::ItemIsSelectable
        | (m_columns[column].type == TableColumn::Type::Check ? Qt::ItemIsUserCheckable
                                                              : Qt::ItemIsEditable);
    const Qt::ItemFlags flags = enabled ? base | Qt::ItemIsEnabled : Qt::ItemIsSelectable;
    if (item->flags() != flags) {
        const QSignalBlocker blocker(m_table);
        item->setFlags(flags);
    }
}

int TableEditor::columnForField(const QString &field) const
{
    int best = -1;
    qsizetype bestLength = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        // A column may show several fields ("value|valueFrom.secretKeyRef.name").
        for (const QString &key : m_columns[c].key.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const bool within = field.startsWith(key)
                && (field.size() == key.size() || field.at(key.size()) == QLatin1Char('.')
                    || field.at(key.size()) == QLatin1Char('['));
            if (within && key.size() > bestLength) {
                best = c;
                bestLength = key.size();
            }
        }
    }
    return best;
}

bool TableEditor::findCell(const QString &text, int *row, int *column) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (cellText(r, c) == text) {
                *row = r;
                *column = c;
                return true;
            }
        }
    }
    return false;
}

void TableEditor::setMarks(const QList<CellMark> &marks)
{
    const QSignalBlocker blocker(m_table); // tints are not edits
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (QTableWidgetItem *item = m_table->item(r, c)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(m_columns[c].toolTip);
            } else if (QWidget *widget = m_table->cellWidget(r, c)) {
                widget->setToolTip(m_columns[c].toolTip);
            }
        }
    }
    for (const CellMark &mark : marks) {
        if (mark.row < 0 || mark.row >= m_table->rowCount())
            continue;
        QColor tint = FieldMessage::severityColor(mark.severity, palette());
        tint.setAlpha(60);
        for (int c = 0; c < m_columns.size(); ++c) {
            if (mark.column >= 0 && c != mark.column)
                continue;
            if (QTableWidgetItem *item = m_table->item(mark.row, c)) {
                item->setData(Qt::BackgroundRole, tint);
                item->setToolTip(mark.text);
            } else if (QWidget *widget = m_table->cellWidget(mark.row, c)) {
                widget->setToolTip(mark.text);
            }
        }
    }
}

void TableEditor::requestAdd()
{
    const int before = m_table->rowCount();
    Q_EMIT addRequested();
    // The form has pushed the edit and the model has refilled us synchronously: start typing
    // into the new row, as a spreadsheet would.
    if (m_table->rowCount() > before) {
        const int row = m_table->rowCount() - 1;
        m_table->setFocus();
        m_table->setCurrentCell(row, 0);
        if (QTableWidgetItem *item = m_table->item(row, 0);
            item && m_columns[0].type == TableColumn::Type::Text)
            m_table->editItem(item);
    }
}

void TableEditor::requestRemove()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_table->rowCount())
        Q_EMIT removeRequested(row);
}

void TableEditor::setMovable(bool movable)
{
    m_up->setVisible(movable);
    m_down->setVisible(movable);
    updateButtons();
}

void TableEditor::requestMove(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (!m_up->isVisible() || row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    Q_EMIT moveRequested(row, delta);
    // The model has refilled the table: keep the moved row current, so the next press moves
    // it further.
    m_table->setCurrentCell(to, std::max(0, m_table->currentColumn()));
    updateButtons();
}

bool TableEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited its editor has the keys, so Delete edits text there.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            requestRemove();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            requestAdd();
            return true;
        }
        if (key->modifiers() == Qt::AltModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            requestMove(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0 && m_table->rowCount() > 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

void TableEditor::updateHeight()
{
    // Grow with the list up to a few rows, so short lists do not waste space in the form and
    // long ones scroll inside the table instead of stretching the inspector.
    const int rows = std::clamp(m_table->rowCount(), 1, 6);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int height = m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
        + 2 * m_table->frameWidth() + 2;
    m_table->setFixedHeight(height);
}

} // namespace podwright::gui
