#pragma once

#include "canvasparts.h"
#include "runtime/runtimetypes.h"

#include <QGraphicsView>

class QMimeData;
class QUndoStack;

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

class CanvasController;
class PodScene;
class SelectionModel;

/**
 * The visual pod designer: the canvas view with zoom, drag-and-drop from the palette and of
 * cards and volumes, keyboard navigation, context menus and the runtime overlays.
 */
class PodView : public QGraphicsView
{
    Q_OBJECT
public:
    PodView(PodDocument *document, QUndoStack *undoStack, SelectionModel *selection,
            QWidget *parent = nullptr);
    ~PodView() override;

    /// Add container / init container / sidecar / volumes / port / pod, mount, move to lane,
    /// move earlier/later, delete — each with its shortcut, active while the canvas has focus.
    QList<QAction *> editActions() const;
    /// Zoom in/out, fit, actual size.
    QList<QAction *> viewActions() const { return m_viewActions; }

    PodScene *podScene() const { return m_scene; }
    SelectionModel *selectionModel() const { return m_selection; }
    CanvasController *controller() const { return m_controller; }
    /// The reason the last drag movement was refused ("" when it was accepted), as shown in
    /// the tooltip.
    QString lastRefusal() const { return m_lastRefusal; }

    void setRuntimeStatus(const QString &podName, const PodRuntimeStatus &status);
    void clearRuntimeStatus();
    void setContainerUsage(const QString &podName, const QString &container, double cpuMillicores,
                           qint64 memoryBytes);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    /// Adds a palette part the way a drop would, for the keyboard (palette activation).
    void addPart(podwright::gui::PartKind kind);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    /// The context menu of the selection, at its item (or the middle of the view).
    void showSelectionMenu();
    void setZoom(qreal factor);
    void highlightLane(const QMimeData *mime, QPointF scenePos);
    void moveSelection(int dx, int dy);
    void ensureSelectionVisible();
    /// The accessible description follows the selection (CanvasDescription).
    void updateAccessibleDescription();
    /// The screen reader's focus follows the selection onto its element (CanvasAccessible).
    void announceSelection();

    PodScene *m_scene;
    CanvasController *m_controller;
    SelectionModel *m_selection;
    QList<QAction *> m_viewActions;
    QString m_lastRefusal;
    QPoint m_pressPos;
    ElementRef m_pressed; // a card or volume under the mouse press, may start a drag
    qreal m_zoom = 1.0;
};

} // namespace podwright::gui
