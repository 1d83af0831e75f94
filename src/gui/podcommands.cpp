#include "podcommands.h"

#include "poddocument.h"
#include "rawlistguard.h"

#include <QUndoStack>

namespace podwright::gui {

SetManifestCommand::SetManifestCommand(PodDocument *document, Manifest before, Manifest after,
                                       const QString &text, int mergeId, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{ }

void SetManifestCommand::undo()
{
    m_document->setManifest(m_before);
}

void SetManifestCommand::redo()
{
    m_document->setManifest(m_after);
}

bool SetManifestCommand::mergeWith(const QUndoCommand *other)
{
    const auto *set = static_cast<const SetManifestCommand *>(other);
    if (set->m_document != m_document)
        return false;
    m_after = set->m_after;
    return true;
}

InsertResourceCommand::InsertResourceCommand(PodDocument *document, int index,
                                             ManifestResource resource, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_index(index)
    , m_resource(std::move(resource))
{ }

void InsertResourceCommand::undo()
{
    m_document->removeResource(m_index);
}

void InsertResourceCommand::redo()
{
    m_document->insertResource(m_index, m_resource);
}

RemoveResourceCommand::RemoveResourceCommand(PodDocument *document, int index, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_index(index)
    , m_resource(document->resource(index))
{ }

void RemoveResourceCommand::undo()
{
    m_document->insertResource(m_index, m_resource);
}

void RemoveResourceCommand::redo()
{
    m_document->removeResource(m_index);
}

bool pushPodEdit(QUndoStack *stack, PodDocument *document, int resource,
                 const std::function<void(Pod &)> &edit, const QString &text, int mergeId,
                 QString *refusal)
{
    if (!document->isValidPodIndex(resource))
        return false;
    const Pod before = document->pod(resource);
    Pod after = before;
    edit(after);
    if (after == before)
        return false;
    if (const QString field = shadowedRawField(after); !field.isEmpty()) {
        if (refusal)
            *refusal = shadowedRawFieldMessage(field);
        return false;
    }
    stack->push(new EditPodCommand(document, resource, before, after, text, mergeId));
    return true;
}

} // namespace podwright::gui
