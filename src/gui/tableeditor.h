#pragma once

#include "finding.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace podwright::gui {

/// One column of a TableEditor.
struct TableColumn {
    enum class Type { Text, Choice, Check };
    QString title;
    QString toolTip = {};
    Type type = Type::Text;
    /// Text: a regular expression the typed text must fit (digits for a port...).
    QString pattern = {};
    /// Choice: (value, label) pairs; a value of "" is the API default.
    QList<std::pair<QString, QString>> choices = {};
    /// The field(s) of a list item this column edits ("containerPort"; several separated by
    /// '|'), to place findings on the right cell.
    QString key = {};
};

/// A finding shown on a table cell: tinted by severity, its message as the tooltip.
struct CellMark {
    int row = -1;
    int column = -1; ///< -1: the whole row
    Severity severity = Severity::Error;
    QString text;
};

/**
 * An in-place editor for a list the model keeps (env, ports, args, labels, mounts...): a table
 * whose rows are list items, with Add and Remove buttons and the Delete key.
 *
 * It holds no copy of the list: it reports each edit as a signal (one cell, one added row, one
 * removed row) that the form turns into one undo command, and is refilled from the model by
 * setRows(), which touches only the cells whose text changed.
 */
class TableEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TableEditor(const QList<TableColumn> &columns, QWidget *parent = nullptr);

    void setRows(const QList<QStringList> &rows);
    int rowCount() const;
    QString cellText(int row, int column) const;
    /// Replaces a Choice column's values (the mount table's list of the pod's volumes).
    void setChoices(int column, const QList<std::pair<QString, QString>> &choices);
    /// Greys out a cell that does not apply to its row (an env var's key for a plain value).
    void setCellEnabled(int row, int column, bool enabled);
    /// Replaces the cell marks; findings are placed with columnForField().
    void setMarks(const QList<CellMark> &marks);
    /// The column whose key is the longest prefix of an item-relative path ("containerPort",
    /// "valueFrom.secretKeyRef.key"), or -1.
    int columnForField(const QString &field) const;
    /// The first cell whose text is exactly `text`.
    bool findCell(const QString &text, int *row, int *column) const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    void setAddText(const QString &text, const QString &toolTip);
    /// Names the table and its buttons for a screen reader by the list they edit ("Ports"):
    /// an inspector shows several tables, and five buttons all called "Add" say nothing.
    void setListName(const QString &name);
    /// Offers Move Up and Move Down (buttons, Alt+Up and Alt+Down) for a list whose order
    /// matters; the form handles moveRequested().
    void setMovable(bool movable);
    QPushButton *moveUpButton() const { return m_up; }
    QPushButton *moveDownButton() const { return m_down; }

Q_SIGNALS:
    void cellEdited(int row, int column, const QString &value);
    void addRequested();
    void removeRequested(int row);
    /// Move `row` by `delta` (-1 up, +1 down); only within the list.
    void moveRequested(int row, int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setCell(int row, int column, const QString &value);
    void requestAdd();
    void requestRemove();
    void requestMove(int delta);
    void updateButtons();
    void updateHeight();

    QList<TableColumn> m_columns;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace podwright::gui
