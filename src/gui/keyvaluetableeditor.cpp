#include "keyvaluetableeditor.h"

namespace podwright::gui {

KeyValueTableEditor::KeyValueTableEditor(const QString &keyToolTip, const QString &valueToolTip,
                                         QWidget *parent)
    : TableEditor({ { tr("Key"), keyToolTip }, { tr("Value"), valueToolTip } }, parent)
{ }

void KeyValueTableEditor::setMap(const StringMap &map)
{
    QList<QStringList> rows;
    for (const auto &[key, value] : map)
        rows.append({ key, value });
    setRows(rows);
}

void KeyValueTableEditor::applyEdit(StringMap &map, int row, int column, const QString &value)
{
    if (row < 0 || static_cast<std::size_t>(row) >= map.size())
        return;
    auto &entry = map[static_cast<std::size_t>(row)];
    (column == 0 ? entry.first : entry.second) = value;
}

void KeyValueTableEditor::appendEntry(StringMap &map)
{
    const auto used = [&map](const QString &key) {
        return std::any_of(map.begin(), map.end(), [&](const auto &e) { return e.first == key; });
    };
    QString key = QStringLiteral("key");
    for (int n = 2; used(key); ++n)
        key = QStringLiteral("key-%1").arg(n);
    map.emplace_back(key, QString());
}

void KeyValueTableEditor::removeEntry(StringMap &map, int row)
{
    if (row >= 0 && static_cast<std::size_t>(row) < map.size())
        map.erase(map.begin() + row);
}

StringListEditor::StringListEditor(const QString &title, const QString &toolTip, QWidget *parent)
    : TableEditor({ { title, toolTip } }, parent)
{ }

void StringListEditor::setList(const QStringList &list)
{
    QList<QStringList> rows;
    for (const QString &item : list)
        rows.append({ item });
    setRows(rows);
}

void StringListEditor::applyEdit(QStringList &list, int row, const QString &value)
{
    if (row >= 0 && row < list.size())
        list[row] = value;
}

void StringListEditor::removeItem(QStringList &list, int row)
{
    if (row >= 0 && row < list.size())
        list.removeAt(row);
}

} // namespace podwright::gui
