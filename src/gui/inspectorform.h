#pragma once

#include "elementref.h"
#include "finding.h"
#include "pod.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QUndoStack;
class QVBoxLayout;

namespace podwright {
class PodDocument;
} // namespace podwright

namespace podwright::gui {

class FieldMessage;
class KeyValueTableEditor;
class StringListEditor;
class TableEditor;

/**
 * What every inspector form shares: the element it shows, a header with the element's name
 * and its problem count, edits pushed as undo commands, and the routing of validation findings
 * to the message under the field their path points at.
 *
 * A form never keeps a copy of the model: refresh() re-reads the element and each edit is a
 * pushPodEdit() on the live document.
 */
class InspectorForm : public QWidget
{
    Q_OBJECT
public:
    InspectorForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    ElementRef element() const { return m_ref; }
    void setElement(const ElementRef &ref);
    /// Re-reads the shown element from the document (after podChanged, an undo...).
    void refresh();
    /// Re-routes PodDocument::findings() to the field messages.
    void refreshFindings();
    /// Findings shown in this form (header count).
    int findingCount() const { return m_findingCount; }
    /// The message under the field whose element-relative path is `path` ("name",
    /// "resources.limits"), or the header's message for "".
    FieldMessage *messageFor(const QString &path) const;

Q_SIGNALS:
    /// Why an edit made in this form was refused, for the status bar.
    void notice(const QString &message);

protected:
    /// Fills the widgets from the element, which exists.
    virtual void refreshFields() = 0;
    virtual QString headerTitle() const = 0;
    /// Whether an element-relative finding path belongs here; the pod form leaves its
    /// containers' and volumes' findings to their own forms.
    virtual bool ownsPath(const QString &path) const;

    PodDocument *document() const { return m_document; }
    bool elementExists() const;
    const Pod &pod() const;

    /// Pushes one undo command. Edits of the same `field` (>= 0, < 400) on the same element
    /// merge while the user keeps typing; -1 makes a step of its own.
    bool edit(int field, const QString &text, const std::function<void(Pod &)> &change);
    /// Like edit(), for the workload's own YAML (its metadata), not its pod template.
    bool editWorkload(int field, const QString &text,
                      const std::function<void(YamlNode &)> &change);
    /// Ends the current merge, so the next edit of the same field is a new undo step.
    void breakMerge();

    QVBoxLayout *contentLayout() const { return m_content; }
    /// A titled group in the form with its own QFormLayout.
    QFormLayout *addSection(const QString &title, QWidget **box = nullptr);
    /// Adds "label: field" with a buddy (for the label's mnemonic), the tooltip on both, and
    /// the inline message for `path` under the field.
    FieldMessage *addRow(QFormLayout *form, const QString &label, QWidget *field,
                         const QString &path, const QString &toolTip);
    /// Turns a table's cell edits, Add and Remove into one undo command each on the map or
    /// list `access` picks out of the pod being edited.
    void bindMapEditor(KeyValueTableEditor *editor, const std::function<StringMap &(Pod &)> &access,
                       const QString &what);
    void bindListEditor(StringListEditor *editor, const std::function<QStringList &(Pod &)> &access,
                        const QString &what);
    /// Routes findings of `path` (and below it) to `message`.
    void watchPath(const QString &path, FieldMessage *message);
    /// "Edit in YAML" note for fields the model keeps untyped; set ones are named in bold.
    static QString yamlOnlyText(const QList<std::pair<QString, bool>> &fields);

private:
    /// The merge id of an edit of `field` (see edit()) counted from `base`.
    int mergeIdFor(int field, int base);
    QString relativePath(const ValidationFinding &finding, bool *ok) const;

    PodDocument *m_document;
    QUndoStack *m_undoStack;
    ElementRef m_ref;
    QLabel *m_title;
    QLabel *m_count;
    FieldMessage *m_general;
    QVBoxLayout *m_content;
    std::vector<std::pair<QString, FieldMessage *>> m_messages;
    std::vector<std::pair<QString, TableEditor *>> m_tables;
    int m_findingCount = 0;
    ElementRef m_lastEditRef;
    bool m_mergeParity = false;
    bool m_breakPending = false;
};

} // namespace podwright::gui
