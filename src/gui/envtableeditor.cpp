#include "envtableeditor.h"

namespace podwright::gui {

namespace {

const QString kValue = QStringLiteral("value");
const QString kFieldRef = QStringLiteral("fieldRef");
const QString kResourceFieldRef = QStringLiteral("resourceFieldRef");
const QString kConfigMapKeyRef = QStringLiteral("configMapKeyRef");
const QString kSecretKeyRef = QStringLiteral("secretKeyRef");

/// The field of the reference the Value column edits.
QString valueField(const QString &kind)
{
    if (kind == kFieldRef)
        return QStringLiteral("fieldPath");
    if (kind == kResourceFieldRef)
        return QStringLiteral("resource");
    return QStringLiteral("name");
}

bool hasKey(const QString &kind)
{
    return kind == kConfigMapKeyRef || kind == kSecretKeyRef;
}

/// A scalar that stays a string when exported: "8080" or "true" typed as a name get quoted.
YamlNode stringScalar(const QString &text)
{
    YamlNode node = YamlNode::scalar(text);
    node.setQuoted(!node.isStringValue());
    return node;
}

QString refText(const EnvVar &var, const QString &kind, const QString &field)
{
    const YamlNode *ref = var.valueFrom.find(kind);
    const YamlNode *value = ref ? ref->find(field) : nullptr;
    return value ? value->text() : QString();
}

} // namespace

EnvTableEditor::EnvTableEditor(QWidget *parent)
    : TableEditor(
        {
            { tr("Name"),
              tr("The variable's name, as the process sees it"),
              TableColumn::Type::Text,
              QString(),
              {},
              QStringLiteral("name") },
            { tr("Source"),
              tr("A literal value, or a value Kubernetes fills in: a field of the pod "
                 "(fieldRef), a resource of the container (resourceFieldRef), a key of a "
                 "ConfigMap or of a Secret"),
              TableColumn::Type::Choice,
              {},
              { { kValue, tr("Value") },
                { kFieldRef, tr("Pod field") },
                { kResourceFieldRef, tr("Resource") },
                { kConfigMapKeyRef, tr("ConfigMap key") },
                { kSecretKeyRef, tr("Secret key") } },
              QStringLiteral("valueFrom") },
            { tr("Value / reference"),
              tr("The value; for a pod field its path (metadata.name, status.podIP...); for "
                 "a resource limits.cpu, requests.memory...; for a ConfigMap or Secret its "
                 "name"),
              TableColumn::Type::Text,
              QString(),
              {},
              QStringLiteral("value|valueFrom.fieldRef|valueFrom.resourceFieldRef|"
                             "valueFrom.configMapKeyRef.name|valueFrom.secretKeyRef.name") },
            { tr("Key"),
              tr("The key within the ConfigMap or Secret"),
              TableColumn::Type::Text,
              QString(),
              {},
              QStringLiteral("valueFrom.configMapKeyRef.key|valueFrom.secretKeyRef.key") },
        },
        parent)
{
    setAddText(tr("&Add variable"), tr("Add an environment variable (Insert)"));
}

QString EnvTableEditor::sourceKind(const EnvVar &var)
{
    if (!var.valueFrom.isMap() || var.valueFrom.entries().empty())
        return kValue;
    for (const QString &kind : { kFieldRef, kResourceFieldRef, kConfigMapKeyRef, kSecretKeyRef }) {
        if (var.valueFrom.contains(kind))
            return kind;
    }
    return var.valueFrom.entries().front().first;
}

QString EnvTableEditor::valueText(const EnvVar &var)
{
    const QString kind = sourceKind(var);
    if (kind == kValue)
        return var.value.value_or(QString());
    return refText(var, kind, valueField(kind));
}

QString EnvTableEditor::keyText(const EnvVar &var)
{
    const QString kind = sourceKind(var);
    return hasKey(kind) ? refText(var, kind, QStringLiteral("key")) : QString();
}

void EnvTableEditor::setEnv(const std::vector<EnvVar> &env)
{
    QList<QStringList> rows;
    for (const EnvVar &var : env)
        rows.append({ var.name, sourceKind(var), valueText(var), keyText(var) });
    setRows(rows);
    for (int r = 0; r < rows.size(); ++r) {
        const QString kind = rows[r][Source];
        const bool known
            = kind == kValue || kind == kFieldRef || kind == kResourceFieldRef || hasKey(kind);
        setCellEnabled(r, Value, known);
        setCellEnabled(r, Key, hasKey(kind));
    }
}

void EnvTableEditor::applyEdit(std::vector<EnvVar> &env, int row, int column, const QString &value)
{
    if (row < 0 || static_cast<std::size_t>(row) >= env.size())
        return;
    EnvVar &var = env[static_cast<std::size_t>(row)];
    const QString kind = sourceKind(var);
    switch (column) {
    case Name: var.name = value; break;
    case Source: {
        if (value == kind)
            return;
        if (value == kValue) {
            var.valueFrom = YamlNode();
            var.value = QString();
            return;
        }
        var.value.reset();
        YamlNode ref = YamlNode::map();
        // A starting point that is valid where one exists, so the row is not red at once.
        if (value == kFieldRef) {
            ref.insert(QStringLiteral("fieldPath"), stringScalar(QStringLiteral("metadata.name")));
        } else if (value == kResourceFieldRef) {
            ref.insert(QStringLiteral("resource"), stringScalar(QStringLiteral("limits.memory")));
        } else {
            ref.insert(QStringLiteral("name"), stringScalar(QString()));
            ref.insert(QStringLiteral("key"), stringScalar(QString()));
        }
        var.valueFrom = YamlNode::map();
        var.valueFrom.insert(value, ref);
        break;
    }
    case Value:
    case Key: {
        if (kind == kValue) {
            if (column == Value)
                var.value = value;
            return;
        }
        YamlNode *ref = var.valueFrom.find(kind);
        if (!ref || (column == Key && !hasKey(kind)))
            return;
        if (!ref->isMap())
            *ref = YamlNode::map();
        ref->insert(column == Key ? QStringLiteral("key") : valueField(kind), stringScalar(value));
        break;
    }
    default: break;
    }
}

void EnvTableEditor::appendVar(std::vector<EnvVar> &env)
{
    const auto used = [&env](const QString &name) {
        return std::any_of(env.begin(), env.end(), [&](const EnvVar &v) { return v.name == name; });
    };
    QString name = QStringLiteral("NEW_VAR");
    for (int n = 2; used(name); ++n)
        name = QStringLiteral("NEW_VAR_%1").arg(n);
    EnvVar var;
    var.name = name;
    var.value = QString();
    env.push_back(var);
}

void EnvTableEditor::removeVar(std::vector<EnvVar> &env, int row)
{
    if (row >= 0 && static_cast<std::size_t>(row) < env.size())
        env.erase(env.begin() + row);
}

} // namespace podwright::gui
