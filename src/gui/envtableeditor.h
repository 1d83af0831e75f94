#pragma once

#include "pod.h"
#include "tableeditor.h"

namespace podwright::gui {

/**
 * A container's environment variables, edited in place: a name, then either a literal value or
 * a reference (valueFrom) to a pod field, a resource of the container, or a key of a ConfigMap
 * or Secret. Columns: Name, Source, Value (or the referenced field/resource/object name), Key.
 */
class EnvTableEditor : public TableEditor
{
    Q_OBJECT
public:
    enum Column { Name = 0, Source, Value, Key };

    explicit EnvTableEditor(QWidget *parent = nullptr);

    void setEnv(const std::vector<EnvVar> &env);

    /// "value", "fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", or the
    /// valueFrom key the model holds when it is something else.
    static QString sourceKind(const EnvVar &var);
    static QString valueText(const EnvVar &var);
    static QString keyText(const EnvVar &var);
    /// Applies one cell edit; switching the Source resets the reference to a sensible start.
    static void applyEdit(std::vector<EnvVar> &env, int row, int column, const QString &value);
    static void appendVar(std::vector<EnvVar> &env);
    static void removeVar(std::vector<EnvVar> &env, int row);
};

} // namespace podwright::gui
