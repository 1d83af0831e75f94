#pragma once

#include "elementref.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QUndoStack;

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

class ContainerForm;
class InspectorForm;
class MountForm;
class PodForm;
class PortForm;
class SelectionModel;
class VolumeForm;

/**
 * The inspector: a form for whatever is selected (pod, container, volume, port or mount).
 *
 * A view of the PodDocument like the canvas and the YAML pane: every change is a
 * pushPodEdit() onto the shared undo stack, and the shown form re-reads the model whenever it
 * changes, so an edit made anywhere (canvas, YAML, undo) shows here at once.
 */
class InspectorWidget : public QWidget
{
    Q_OBJECT
public:
    InspectorWidget(PodDocument *document, QUndoStack *undoStack, SelectionModel *selection,
                    QWidget *parent = nullptr);

    /// The form shown now, nullptr when nothing is selected.
    InspectorForm *currentForm() const;
    PodForm *podForm() const { return m_podForm; }
    ContainerForm *containerForm() const { return m_containerForm; }
    VolumeForm *volumeForm() const { return m_volumeForm; }
    PortForm *portForm() const { return m_portForm; }
    MountForm *mountForm() const { return m_mountForm; }

private:
    void showElement(const ElementRef &ref);
    void refreshShown();
    InspectorForm *formFor(ElementRef::Kind kind) const;

    PodDocument *m_document;
    SelectionModel *m_selection;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    PodForm *m_podForm;
    ContainerForm *m_containerForm;
    VolumeForm *m_volumeForm;
    PortForm *m_portForm;
    MountForm *m_mountForm;
    std::vector<std::pair<InspectorForm *, QWidget *>> m_pages; ///< form, its scroll area
};

} // namespace podwright::gui
