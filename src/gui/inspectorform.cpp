#include "inspectorform.h"

#include "containerlists.h"
#include "fieldmessage.h"
#include "keyvaluetableeditor.h"
#include "podcommands.h"
#include "poddocument.h"
#include "tableeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUndoStack>
#include <QVBoxLayout>

namespace podwright::gui {

InspectorForm::InspectorForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_general(new FieldMessage(this))
    , m_content(new QVBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("findingCount"));
    m_general->setObjectName(QStringLiteral("generalMessage"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_general);
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_content);
    layout->addStretch(1);
}

void InspectorForm::setElement(const ElementRef &ref)
{
    m_ref = ref;
    refresh();
    refreshFindings();
}

bool InspectorForm::elementExists() const
{
    return m_document->isValidPodIndex(m_ref.resource) && m_ref.existsIn(pod());
}

const Pod &InspectorForm::pod() const
{
    return m_document->pod(m_ref.resource);
}

void InspectorForm::refresh()
{
    // An element that vanished (undo of its creation) is about to be deselected by the
    // SelectionModel; until then keep what is shown.
    if (!elementExists())
        return;
    refreshFields();
    m_title->setText(headerTitle());
}

void InspectorForm::breakMerge()
{
    m_breakPending = true;
}

bool InspectorForm::ownsPath(const QString &) const
{
    return true;
}

bool InspectorForm::edit(int field, const QString &text, const std::function<void(Pod &)> &change)
{
    if (!elementExists())
        return false;
    const int mergeId = mergeIdFor(field, static_cast<int>(MergeId::InspectorField));
    QString refusal;
    if (pushPodEdit(m_undoStack, m_document, m_ref.resource, change, text, mergeId, &refusal))
        return true;
    if (!refusal.isEmpty()) {
        Q_EMIT notice(refusal);
        // The field or table still shows what the user typed; show the model again, after the
        // editor's own signal has returned (a table is in the middle of its itemChanged).
        QMetaObject::invokeMethod(this, &InspectorForm::refresh, Qt::QueuedConnection);
    }
    return false;
}

bool InspectorForm::editWorkload(int field, const QString &text,
                                 const std::function<void(YamlNode &)> &change)
{
    if (!elementExists())
        return false;
    const int mergeId = mergeIdFor(field, static_cast<int>(MergeId::WorkloadField));
    const YamlNode before = m_document->resource(m_ref.resource).node;
    YamlNode after = before;
    change(after);
    if (after == before)
        return false;
    m_undoStack->push(
        new EditResourceNodeCommand(m_document, m_ref.resource, before, after, text, mergeId));
    return true;
}

int InspectorForm::mergeIdFor(int field, int base)
{
    if (m_breakPending || !(m_lastEditRef == m_ref))
        m_mergeParity = !m_mergeParity;
    m_breakPending = false;
    m_lastEditRef = m_ref;
    // Two ids per field: flipping between them when the element changes keeps "rename web,
    // then rename db" from merging into one step (QUndoStack merges by id alone).
    return field < 0 ? -1 : base + field * 2 + (m_mergeParity ? 1 : 0);
}

QFormLayout *InspectorForm::addSection(const QString &title, QWidget **box)
{
    auto *group = new QGroupBox(title, this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_content->addWidget(group);
    if (box)
        *box = group;
    return form;
}

FieldMessage *InspectorForm::addRow(QFormLayout *form, const QString &label, QWidget *field,
                                    const QString &path, const QString &toolTip)
{
    FieldMessage *message = addFieldRow(form, label, field, toolTip);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::editingFinished, this, &InspectorForm::breakMerge);
    if (!path.isEmpty())
        watchPath(path, message);
    if (auto *table = qobject_cast<TableEditor *>(field); table && !path.isEmpty())
        m_tables.emplace_back(path, table);
    return message;
}

void InspectorForm::bindMapEditor(KeyValueTableEditor *editor,
                                  const std::function<StringMap &(Pod &)> &access,
                                  const QString &what)
{
    connect(editor, &TableEditor::cellEdited, this,
            [this, access, what](int row, int column, const QString &value) {
                edit(-1, tr("Edit %1").arg(what), [&](Pod &p) {
                    KeyValueTableEditor::applyEdit(access(p), row, column, value);
                });
            });
    connect(editor, &TableEditor::addRequested, this, [this, access, what] {
        edit(-1, tr("Add to %1").arg(what),
             [&](Pod &p) { KeyValueTableEditor::appendEntry(access(p)); });
    });
    connect(editor, &TableEditor::removeRequested, this, [this, access, what](int row) {
        edit(-1, tr("Remove from %1").arg(what),
             [&](Pod &p) { KeyValueTableEditor::removeEntry(access(p), row); });
    });
}

void InspectorForm::bindListEditor(StringListEditor *editor,
                                   const std::function<QStringList &(Pod &)> &access,
                                   const QString &what)
{
    connect(editor, &TableEditor::cellEdited, this,
            [this, access, what](int row, int, const QString &value) {
                edit(-1, tr("Edit %1").arg(what),
                     [&](Pod &p) { StringListEditor::applyEdit(access(p), row, value); });
            });
    connect(editor, &TableEditor::addRequested, this, [this, access, what] {
        edit(-1, tr("Add to %1").arg(what), [&](Pod &p) { access(p).append(QString()); });
    });
    connect(editor, &TableEditor::removeRequested, this, [this, access, what](int row) {
        edit(-1, tr("Remove from %1").arg(what),
             [&](Pod &p) { StringListEditor::removeItem(access(p), row); });
    });
    // Command words and arguments run in order: a misplaced one moves.
    editor->setMovable(true);
    connect(editor, &TableEditor::moveRequested, this, [this, access, what](int row, int delta) {
        edit(-1, tr("Reorder %1").arg(what), [&](Pod &p) { moveItem(access(p), row, delta); });
    });
}

void InspectorForm::watchPath(const QString &path, FieldMessage *message)
{
    m_messages.emplace_back(path, message);
}

FieldMessage *InspectorForm::messageFor(const QString &path) const
{
    if (path.isEmpty())
        return m_general;
    for (const auto &[p, message] : m_messages) {
        if (p == path)
            return message;
    }
    return nullptr;
}

QString InspectorForm::relativePath(const ValidationFinding &finding, bool *ok) const
{
    *ok = false;
    if (finding.resourceIndex != m_ref.resource || !m_document->isValidPodIndex(m_ref.resource))
        return QString();
    const QString prefix = m_document->resource(m_ref.resource).podPathPrefix();
    if (!finding.path.startsWith(prefix))
        return QString();
    const QString path = finding.path.mid(prefix.size());
    const QString element = m_ref.fieldPath();
    if (element.isEmpty()) {
        *ok = ownsPath(path);
        return path;
    }
    if (path == element) {
        *ok = true;
        return QString();
    }
    if (!path.startsWith(element) || path.size() <= element.size())
        return QString();
    // "spec.containers[1]" must not claim "spec.containers[10].name".
    if (path.at(element.size()) != QLatin1Char('.'))
        return QString();
    *ok = true;
    return path.mid(element.size() + 1);
}

static bool pathIsWithin(const QString &path, const QString &field)
{
    if (!path.startsWith(field))
        return false;
    if (path.size() == field.size())
        return true;
    const QChar next = path.at(field.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

namespace {

/// "[2].containerPort" -> 2 and "containerPort"; false when the path is not an item's.
bool splitItemPath(const QString &remainder, int *row, QString *field)
{
    if (!remainder.startsWith(QLatin1Char('[')))
        return false;
    const qsizetype close = remainder.indexOf(QLatin1Char(']'));
    bool ok = false;
    *row = remainder.mid(1, close - 1).toInt(&ok);
    if (close < 0 || !ok)
        return false;
    *field = remainder.mid(close + 1);
    if (field->startsWith(QLatin1Char('.')))
        field->remove(0, 1);
    return true;
}

/// The value an API message quotes ("Invalid value: \"not ok!\": ..."), Go %q style.
QString quotedValue(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral(R"re(: "((?:[^"\\]|\\.)*)")re"));
    const QRegularExpressionMatch match = quoted.match(message);
    if (!match.hasMatch())
        return QString();
    QString value = match.captured(1);
    value.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    value.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

void InspectorForm::refreshFindings()
{
    std::vector<Findings> routed(m_messages.size());
    std::vector<QList<CellMark>> marks(m_tables.size());
    Findings general;
    int errors = 0;
    int others = 0;
    for (const ValidationFinding &finding : m_document->findings()) {
        bool ok = false;
        const QString path = relativePath(finding, &ok);
        if (!ok)
            continue;
        (finding.severity == Severity::Error ? errors : others)++;
        // The longest watched path wins: "ports" catches ports[1].containerPort unless the
        // form watches something more specific.
        int best = -1;
        for (std::size_t i = 0; i < m_messages.size(); ++i) {
            if (pathIsWithin(path, m_messages[i].first)
                && (best < 0
                    || m_messages[i].first.size()
                        > m_messages[static_cast<std::size_t>(best)].first.size()))
                best = static_cast<int>(i);
        }
        if (best < 0) {
            general.push_back(finding);
            continue;
        }
        // Under a list, say which item: "Row 2 (containerPort): Invalid value: ...".
        const QString &key = m_messages[static_cast<std::size_t>(best)].first;
        const QString remainder = path.mid(key.size());
        ValidationFinding shown = finding;
        int row = -1;
        QString field;
        if (splitItemPath(remainder, &row, &field)) {
            const QString where = field.isEmpty() ? tr("Row %1").arg(row + 1)
                                                  : tr("Row %1 (%2)").arg(row + 1).arg(field);
            shown.message = where + QStringLiteral(": ") + finding.message;
            for (std::size_t t = 0; t < m_tables.size(); ++t) {
                if (m_tables[t].first == key)
                    marks[t].append({ row, m_tables[t].second->columnForField(field),
                                      finding.severity, finding.message });
            }
        } else if (remainder.size() > 1) {
            shown.message = remainder.mid(1) + QStringLiteral(": ") + finding.message;
        } else if (const QString value = quotedValue(finding.message); !value.isNull()) {
            // A map (labels, nodeSelector) is reported at the map's path, naming the bad key
            // or value in the message: find the cell that holds it.
            for (std::size_t t = 0; t < m_tables.size(); ++t) {
                int column = -1;
                if (m_tables[t].first == key && m_tables[t].second->findCell(value, &row, &column))
                    marks[t].append({ row, column, finding.severity, finding.message });
            }
        }
        routed[static_cast<std::size_t>(best)].push_back(shown);
    }
    for (std::size_t t = 0; t < m_tables.size(); ++t)
        m_tables[t].second->setMarks(marks[t]);
    for (std::size_t i = 0; i < m_messages.size(); ++i)
        m_messages[i].second->setFindings(routed[i]);
    m_general->setFindings(general);
    m_findingCount = errors + others;
    if (m_findingCount == 0) {
        m_count->setText(tr("No problems"));
        m_count->setStyleSheet(QString());
    } else {
        m_count->setText(errors > 0 ? tr("%n error(s)", nullptr, errors)
                                 + (others > 0 ? tr(", %n other(s)", nullptr, others) : QString())
                                    : tr("%n warning(s) or hint(s)", nullptr, others));
        const Severity worst = errors > 0 ? Severity::Error : Severity::Warning;
        m_count->setStyleSheet(
            QStringLiteral("color: %1").arg(FieldMessage::severityColor(worst, palette()).name()));
    }
}

QString InspectorForm::yamlOnlyText(const QList<std::pair<QString, bool>> &fields)
{
    QStringList names;
    for (const auto &[name, set] : fields)
        names << (set ? QStringLiteral("<b>%1</b>").arg(name) : name);
    return tr("Edit in YAML: %1 (shown in bold when set) are kept as written and edited in the "
              "YAML pane.")
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace podwright::gui
