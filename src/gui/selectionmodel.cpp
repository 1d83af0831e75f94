#include "selectionmodel.h"

#include "poddocument.h"

namespace podwright::gui {

SelectionModel::SelectionModel(PodDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &PodDocument::changed, this, &SelectionModel::revalidate);
}

void SelectionModel::setCurrent(const ElementRef &ref)
{
    if (ref == m_current)
        return;
    m_current = ref;
    Q_EMIT currentChanged(m_current);
}

void SelectionModel::revalidate()
{
    if (!m_current.isValid())
        return;
    if (!m_document->isValidPodIndex(m_current.resource)) {
        clear();
        return;
    }
    if (!m_current.existsIn(m_document->pod(m_current.resource))) {
        // Fall back to the nearest element that still exists: the container, then the pod.
        const ElementRef container = m_current.containerRef();
        if (container.existsIn(m_document->pod(m_current.resource)))
            setCurrent(container);
        else
            setCurrent(ElementRef::pod(m_current.resource));
    }
}

} // namespace podwright::gui
