#include "inspectorwidget.h"

#include "containerform.h"
#include "mountform.h"
#include "poddocument.h"
#include "podform.h"
#include "portform.h"
#include "selectionmodel.h"
#include "volumeform.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace podwright::gui {

InspectorWidget::InspectorWidget(PodDocument *document, QUndoStack *undoStack,
                                 SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new QLabel)
    , m_podForm(new PodForm(document, undoStack))
    , m_containerForm(new ContainerForm(document, undoStack))
    , m_volumeForm(new VolumeForm(document, undoStack))
    , m_portForm(new PortForm(document, undoStack))
    , m_mountForm(new MountForm(document, undoStack))
{
    setObjectName(QStringLiteral("inspector"));
    m_emptyText->setObjectName(QStringLiteral("inspectorEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyText->setMargin(12);
    m_emptyText->setText(
        tr("Select a pod, a container, a volume, a port or a mount on the canvas to edit it "
           "here.\n\nEvery change is one step in Edit > Undo, and the YAML follows as you "
           "type."));
    m_stack->addWidget(m_emptyText);
    for (InspectorForm *form : std::initializer_list<InspectorForm *> {
             m_podForm, m_containerForm, m_volumeForm, m_portForm, m_mountForm }) {
        // Each form scrolls on its own: a container's form is much taller than a port's.
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(form);
        m_stack->addWidget(scroll);
        m_pages.emplace_back(form, scroll);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(selection, &SelectionModel::currentChanged, this, &InspectorWidget::showElement);
    connect(document, &PodDocument::podChanged, this, [this](int resource) {
        if (InspectorForm *form = currentForm(); form && form->element().resource == resource)
            form->refresh();
    });
    connect(document, &PodDocument::manifestReset, this, &InspectorWidget::refreshShown);
    connect(document, &PodDocument::resourceInserted, this, &InspectorWidget::refreshShown);
    connect(document, &PodDocument::resourceRemoved, this, &InspectorWidget::refreshShown);
    connect(document, &PodDocument::changed, this, [this] {
        if (InspectorForm *form = currentForm())
            form->refreshFindings();
    });
    showElement(selection->current());
}

InspectorForm *InspectorWidget::formFor(ElementRef::Kind kind) const
{
    switch (kind) {
    case ElementRef::Kind::Pod: return m_podForm;
    case ElementRef::Kind::Container: return m_containerForm;
    case ElementRef::Kind::Volume: return m_volumeForm;
    case ElementRef::Kind::Port: return m_portForm;
    case ElementRef::Kind::Mount: return m_mountForm;
    case ElementRef::Kind::None: break;
    }
    return nullptr;
}

InspectorForm *InspectorWidget::currentForm() const
{
    for (const auto &[form, page] : m_pages) {
        if (m_stack->currentWidget() == page)
            return form;
    }
    return nullptr;
}

void InspectorWidget::showElement(const ElementRef &ref)
{
    InspectorForm *form
        = ref.isValid() && m_document->isValidPodIndex(ref.resource) ? formFor(ref.kind) : nullptr;
    if (!form) {
        m_stack->setCurrentWidget(m_emptyText);
        return;
    }
    form->setElement(ref);
    for (const auto &[f, page] : m_pages) {
        if (f == form)
            m_stack->setCurrentWidget(page);
    }
}

void InspectorWidget::refreshShown()
{
    // After a reset the selection may point elsewhere or nowhere; the SelectionModel fixes it
    // on changed(), and showElement() follows. Until then re-read what is shown.
    if (InspectorForm *form = currentForm())
        form->refresh();
}

} // namespace podwright::gui
