#include "inspectorwidget.h"

#include "containerform.h"
#include "mountform.h"
#include "poddocument.h"
#include "podform.h"
#include "portform.h"
#include "selectionmodel.h"
#include "volumeform.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace podwright::gui {

namespace {

/// The "select something" text, top-aligned in a dock whose width the window sets. QLabel
/// finds a word-wrapped text's size hints by laying the whole text out at several trial
/// widths, again after each polish, font and style event (3 M instructions before the first
/// paint, docs/benchmarks.md "Start-up"); font metrics give all the dock layout needs, and the
/// text is laid out once, when painted.
class EmptyStateText : public QLabel
{
public:
    using QLabel::QLabel;

    QSize sizeHint() const override { return textSize(36, 6); }
    QSize minimumSizeHint() const override { return textSize(12, 3); }

private:
    QSize textSize(int characters, int lines) const
    {
        const QFontMetrics metrics = fontMetrics();
        const QMargins margins = contentsMargins();
        return QSize(metrics.averageCharWidth() * characters + margins.left() + margins.right()
                         + 2 * margin(),
                     metrics.lineSpacing() * lines + margins.top() + margins.bottom()
                         + 2 * margin());
    }
};

} // namespace

InspectorWidget::InspectorWidget(PodDocument *document, QUndoStack *undoStack,
                                 SelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_selection(selection)
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new EmptyStateText)
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
    // Top-aligned in a tall dock, the text never needs its height negotiated for each width the
    // dock layout tries: without height-for-width it is laid out once, not nine times at
    // start-up (docs/benchmarks.md, "Start-up"). After setText(), which turns it back on.
    QSizePolicy policy = m_emptyText->sizePolicy();
    policy.setHeightForWidth(false);
    m_emptyText->setSizePolicy(policy);
    m_stack->addWidget(m_emptyText);
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

template<typename Form>
Form *InspectorWidget::ensureForm(Form *&form)
{
    if (form)
        return form;
    form = new Form(m_document, m_undoStack);
    connect(form, &InspectorForm::notice, this, &InspectorWidget::notice);
    // Ctrl+Z in a field undoes the shared history, as it does on the canvas and in the YAML
    // pane, rather than the field's private text history (which would fork the two).
    for (QLineEdit *edit : form->template findChildren<QLineEdit *>())
        edit->installEventFilter(this);
    // Each form scrolls on its own: a container's form is much taller than a port's.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Inspector"));
    scroll->setWidget(form);
    m_stack->addWidget(scroll);
    m_pages.emplace_back(form, scroll);
    return form;
}

PodForm *InspectorWidget::podForm()
{
    return ensureForm(m_podForm);
}

ContainerForm *InspectorWidget::containerForm()
{
    return ensureForm(m_containerForm);
}

VolumeForm *InspectorWidget::volumeForm()
{
    return ensureForm(m_volumeForm);
}

PortForm *InspectorWidget::portForm()
{
    return ensureForm(m_portForm);
}

MountForm *InspectorWidget::mountForm()
{
    return ensureForm(m_mountForm);
}

bool InspectorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // deliver the key here, not to a window shortcut
        return true;
    }
    if (undo)
        m_undoStack->undo();
    else
        m_undoStack->redo();
    return true;
}

InspectorForm *InspectorWidget::formFor(ElementRef::Kind kind)
{
    switch (kind) {
    case ElementRef::Kind::Pod: return podForm();
    case ElementRef::Kind::Container: return containerForm();
    case ElementRef::Kind::Volume: return volumeForm();
    case ElementRef::Kind::Port: return portForm();
    case ElementRef::Kind::Mount: return mountForm();
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
