#pragma once

#include "manifest.h"
#include "poddocument.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace podwright::gui {

/// Merge ids (QUndoCommand::id()) for edits that should collapse into one undo step while the
/// user keeps going: a drag, typing in one inspector field, a burst of YAML typing.
enum class MergeId : int {
    None = -1,
    InspectorField = 1000, ///< + a per-field offset is added by the inspector
    YamlText = 2000,
    CanvasDrag = 3000,
    /// + a per-field offset: a workload's own fields (EditResourceNodeCommand), kept apart
    /// from InspectorField because commands only merge with their own type.
    WorkloadField = 4000,
};

/**
 * Replaces one value of a resource with an edited copy: its pod (EditPodCommand) or, for a
 * workload, its own YAML such as metadata.name (EditResourceNodeCommand). The snapshot is the
 * model's own value type, as QtNodes' undo commands reuse the save format. Consecutive
 * commands with the same merge id on the same resource merge into one step; a step that ends
 * where it started is dropped.
 */
template<typename Value, void (PodDocument::*Set)(int, const Value &)>
class EditResourceCommand : public QUndoCommand
{
public:
    EditResourceCommand(PodDocument *document, int resource, Value before, Value after,
                        const QString &text, int mergeId = -1, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_resource(resource)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    { }

    void undo() override { (m_document->*Set)(m_resource, m_before); }
    void redo() override { (m_document->*Set)(m_resource, m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Merge ids are per command type (MergeId), so `other` is of this type.
        const auto *edit = static_cast<const EditResourceCommand *>(other);
        if (edit->m_resource != m_resource || edit->m_document != m_document)
            return false;
        m_after = edit->m_after;
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }

private:
    PodDocument *m_document;
    int m_resource;
    Value m_before;
    Value m_after;
    int m_mergeId;
};

using EditPodCommand = EditResourceCommand<Pod, &PodDocument::setPod>;
using EditResourceNodeCommand = EditResourceCommand<YamlNode, &PodDocument::setResourceNode>;

/// Replaces the whole manifest (YAML pane edits, opening a template into the same history).
class SetManifestCommand : public QUndoCommand
{
public:
    SetManifestCommand(PodDocument *document, Manifest before, Manifest after, const QString &text,
                       int mergeId = -1, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PodDocument *m_document;
    Manifest m_before;
    Manifest m_after;
    int m_mergeId;
};

/// Adds a resource (a new pod) at an index; undo removes it.
class InsertResourceCommand : public QUndoCommand
{
public:
    InsertResourceCommand(PodDocument *document, int index, ManifestResource resource,
                          const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PodDocument *m_document;
    int m_index;
    ManifestResource m_resource;
};

/// Removes a resource; undo puts it back where it was.
class RemoveResourceCommand : public QUndoCommand
{
public:
    RemoveResourceCommand(PodDocument *document, int index, const QString &text,
                          QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    PodDocument *m_document;
    int m_index;
    ManifestResource m_resource;
};

/// Applies `edit` to a copy of the pod and pushes an EditPodCommand when it changed anything.
/// Returns false when the edit was a no-op or was refused: an edit that would drop list entries
/// the model holds raw (see shadowedRawField()) is not pushed, and `refusal`, when given, says
/// why in words for the status bar.
bool pushPodEdit(QUndoStack *stack, PodDocument *document, int resource,
                 const std::function<void(Pod &)> &edit, const QString &text, int mergeId = -1,
                 QString *refusal = nullptr);

} // namespace podwright::gui
