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
    // Each form is built the first time it is needed (shown or asked for here), not with the
    // window: building all five was nearly half of the start-up work (docs/benchmarks.md).
    PodForm *podForm();
    ContainerForm *containerForm();
    VolumeForm *volumeForm();
    PortForm *portForm();
    MountForm *mountForm();

Q_SIGNALS:
    /// Why an edit in a form was refused, for the status bar.
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showElement(const ElementRef &ref);
    void refreshShown();
    InspectorForm *formFor(ElementRef::Kind kind);
    template<typename Form>
    Form *ensureForm(Form *&form);

    PodDocument *m_document;
    QUndoStack *m_undoStack;
    SelectionModel *m_selection;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    PodForm *m_podForm = nullptr;
    ContainerForm *m_containerForm = nullptr;
    VolumeForm *m_volumeForm = nullptr;
    PortForm *m_portForm = nullptr;
    MountForm *m_mountForm = nullptr;
    std::vector<std::pair<InspectorForm *, QWidget *>> m_pages; ///< form, its scroll area
};

} // namespace podwright::gui
