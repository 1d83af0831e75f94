#pragma once

#include "canvasparts.h"
#include "elementref.h"

#include <QObject>
#include <QPointF>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QMimeData;
class QUndoStack;
class QWidget;

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

class PodScene;
class SelectionModel;

/**
 * What the canvas can do to the document, whether asked by a drop, a menu entry or a key:
 * it maps each request to the pure edits of canvasedits.h and pushes the result as one undo
 * step, then selects what was made.
 */
class CanvasController : public QObject
{
    Q_OBJECT
public:
    /// Questions the canvas asks the user; tests replace them to run without dialogs.
    struct Prompts {
        /// The mount path for `volume` in `container`, starting from `suggested`; nullopt
        /// cancels.
        std::function<std::optional<QString>(const QString &volume, const QString &container,
                                             const QString &suggested)>
            mountPath;
        /// One of `choices`; nullopt cancels.
        std::function<std::optional<QString>(const QString &question, const QStringList &choices)>
            choose;
    };

    CanvasController(PodDocument *document, QUndoStack *undoStack, SelectionModel *selection,
                     PodScene *scene, QWidget *dialogParent);

    void setPrompts(const Prompts &prompts);

    static bool canDecode(const QMimeData *mime);
    /// Why dropping `mime` at `scenePos` is refused, or an empty string when it is accepted.
    QString refusal(const QMimeData *mime, QPointF scenePos) const;
    /// Where an accepted drop would land, for highlighting: a pod resource and lane.
    std::optional<std::pair<int, CanvasLane>> dropLane(const QMimeData *mime,
                                                       QPointF scenePos) const;
    /// Performs the drop as one undo step; false when refused or cancelled.
    bool drop(const QMimeData *mime, QPointF scenePos);

    QList<QAction *> actions() const { return m_actions; }
    /// The context menu for `ref` (or the background when invalid), with the same actions.
    QMenu *contextMenu(const ElementRef &ref, QWidget *parent);

Q_SIGNALS:
    /// Why a request from a menu, a key or the palette did nothing, for the status bar: a drop
    /// says it in a tooltip, these have no pointer to show one at.
    void notice(const QString &message);

public Q_SLOTS:
    void addPart(podwright::gui::PartKind kind);
    void addPod();
    void deleteSelection();
    void moveToLane(podwright::gui::CanvasLane lane);
    void shiftSelection(int delta);
    /// Asks which container should mount the selected volume.
    void mountSelectedVolume();
    void mountVolumeIn(int resource, int volume, const podwright::gui::ElementRef &container);

private:
    struct DropPlan;
    DropPlan plan(const QMimeData *mime, QPointF scenePos) const;
    int targetResource() const;
    std::optional<QString> askMountPath(const Pod &pod, int volume, const ElementRef &container,
                                        const QString &suggested) const;
    bool edit(int resource, const std::function<ElementRef(Pod &)> &change, const QString &text);
    void createActions();
    void updateActions();
    QAction *makeAction(const QString &text, const QKeySequence &shortcut,
                        const std::function<void()> &slot);

    PodDocument *m_document;
    QUndoStack *m_undoStack;
    SelectionModel *m_selection;
    PodScene *m_scene;
    QWidget *m_dialogParent;
    Prompts m_prompts;
    QList<QAction *> m_actions;
    QAction *m_addPort = nullptr;
    QAction *m_mount = nullptr;
    QAction *m_delete = nullptr;
    QList<QAction *> m_containerActions; ///< enabled when a container is selected
};

} // namespace podwright::gui
