#pragma once

#include "pod.h"
#include "tableeditor.h"

namespace podwright::gui {

/// Labels, annotations, nodeSelector: an ordered key/value map edited in place.
class KeyValueTableEditor : public TableEditor
{
    Q_OBJECT
public:
    KeyValueTableEditor(const QString &keyToolTip, const QString &valueToolTip,
                        QWidget *parent = nullptr);

    void setMap(const StringMap &map);

    /// Applies one cell edit to `map` (column 0 renames the key, 1 sets the value).
    static void applyEdit(StringMap &map, int row, int column, const QString &value);
    /// Appends an entry with a key not used yet ("key", "key-2"...).
    static void appendEntry(StringMap &map);
    static void removeEntry(StringMap &map, int row);
};

/// command, args, a probe's exec command: a string list, one item per row.
class StringListEditor : public TableEditor
{
    Q_OBJECT
public:
    StringListEditor(const QString &title, const QString &toolTip, QWidget *parent = nullptr);

    void setList(const QStringList &list);

    static void applyEdit(QStringList &list, int row, const QString &value);
    static void removeItem(QStringList &list, int row);
};

} // namespace podwright::gui
