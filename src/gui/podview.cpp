#include "podview.h"

#include "canvasaccessible.h"
#include "canvascontroller.h"
#include "canvasdescription.h"
#include "canvasitem.h"
#include "laneitem.h"
#include "poddocument.h"
#include "podscene.h"
#include "selectionmodel.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace podwright::gui {

PodView::PodView(PodDocument *document, QUndoStack *undoStack, SelectionModel *selection,
                 QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new PodScene(document, selection, this))
    , m_controller(new CanvasController(document, undoStack, selection, m_scene, this))
    , m_selection(selection)
{
    CanvasAccessible::installFactory(); // before anything asks for the view's interface
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Cards repaint whole on state changes; a full-viewport update keeps HiDPI text crisp
    // without cached pixmaps.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAccessibleName(tr("Pod canvas"));

    const auto viewAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_viewActions << action;
    };
    viewAction(tr("Zoom &In"), QKeySequence::ZoomIn, &PodView::zoomIn);
    viewAction(tr("Zoom &Out"), QKeySequence::ZoomOut, &PodView::zoomOut);
    viewAction(tr("&Fit to Window"), QKeySequence(tr("Ctrl+9")), &PodView::zoomToFit);
    viewAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), &PodView::resetZoom);
    addActions(m_controller->actions());
    addActions(m_viewActions);

    connect(selection, &SelectionModel::currentChanged, this, &PodView::ensureSelectionVisible);
    connect(document, &PodDocument::changed, viewport(), qOverload<>(&QWidget::update));
    // Connected after the scene's own (PodScene relayouts first), so the geometry the
    // description reads is the new one.
    connect(selection, &SelectionModel::currentChanged, this,
            &PodView::updateAccessibleDescription);
    connect(selection, &SelectionModel::currentChanged, this, &PodView::announceSelection);
    connect(document, &PodDocument::changed, this, &PodView::updateAccessibleDescription);
}

PodView::~PodView()
{
    // The scene's items go before the controller and the view they refer to.
    setScene(nullptr);
    delete m_scene;
}

QList<QAction *> PodView::editActions() const
{
    return m_controller->actions();
}

void PodView::setRuntimeStatus(const QString &podName, const PodRuntimeStatus &status)
{
    m_scene->setRuntimeStatus(podName, status);
}

void PodView::clearRuntimeStatus()
{
    m_scene->clearRuntimeStatus();
}

void PodView::setContainerUsage(const QString &podName, const QString &container,
                                double cpuMillicores, qint64 memoryBytes)
{
    m_scene->setContainerUsage(podName, container, cpuMillicores, memoryBytes);
}

void PodView::setZoom(qreal factor)
{
    m_zoom = std::clamp(factor, 0.2, 4.0);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
}

void PodView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void PodView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void PodView::resetZoom()
{
    setZoom(1.0);
}

void PodView::zoomToFit()
{
    const QRectF bounds = m_scene->geometry().bounds;
    if (bounds.isEmpty())
        return resetZoom();
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    m_zoom = std::min<qreal>(transform().m11(), 1.5); // never blow a small pod up to poster size
    setZoom(m_zoom);
    centerOn(bounds.center());
}

void PodView::addPart(PartKind kind)
{
    m_controller->addPart(kind);
}

void PodView::highlightLane(const QMimeData *mime, QPointF scenePos)
{
    const auto target = mime ? m_controller->dropLane(mime, scenePos) : std::nullopt;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == LaneItem::Type) {
            auto *lane = static_cast<LaneItem *>(item);
            lane->setDropHighlight(target && lane->resource() == target->first
                                   && lane->lane() == target->second);
        }
    }
}

void PodView::dragEnterEvent(QDragEnterEvent *event)
{
    if (CanvasController::canDecode(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PodView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    m_lastRefusal = m_controller->refusal(event->mimeData(), scenePos);
    highlightLane(m_lastRefusal.isEmpty() ? event->mimeData() : nullptr, scenePos);
    if (m_lastRefusal.isEmpty()) {
        QToolTip::hideText();
        event->acceptProposedAction();
    } else {
        QToolTip::showText(mapToGlobal(event->position().toPoint()), m_lastRefusal, this);
        event->ignore();
    }
}

void PodView::dragLeaveEvent(QDragLeaveEvent *event)
{
    highlightLane(nullptr, {});
    QToolTip::hideText();
    event->accept();
}

void PodView::dropEvent(QDropEvent *event)
{
    highlightLane(nullptr, {});
    QToolTip::hideText();
    const QPointF scenePos = mapToScene(event->position().toPoint());
    m_lastRefusal = m_controller->refusal(event->mimeData(), scenePos);
    if (m_lastRefusal.isEmpty() && m_controller->drop(event->mimeData(), scenePos))
        event->acceptProposedAction();
    else
        event->ignore();
    setFocus();
}

void PodView::mousePressEvent(QMouseEvent *event)
{
    QGraphicsView::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    const ElementRef ref = m_scene->elementAt(mapToScene(m_pressPos));
    const bool draggable
        = ref.kind == ElementRef::Kind::Container || ref.kind == ElementRef::Kind::Volume;
    m_pressed = event->button() == Qt::LeftButton && draggable ? ref : ElementRef();
    if (!ref.isValid())
        m_selection->clear();
}

void PodView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed.isValid() || !(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPos).manhattanLength()
            < QApplication::startDragDistance()) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    // Cards and volumes are dragged as data, not moved as items: the drop edits the model and
    // the layout puts everything where it belongs.
    auto *mime = new QMimeData;
    mime->setData(elementMimeType(), elementToMime(m_pressed));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    if (QGraphicsItem *item = m_scene->itemFor(m_pressed)) {
        const qreal dpr = devicePixelRatioF();
        const QRectF bounds = item->boundingRect();
        QPixmap pixmap((bounds.size() * m_zoom * dpr).toSize());
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHints(renderHints());
        painter.setOpacity(0.8);
        render(&painter, QRectF(), mapFromScene(item->sceneBoundingRect()).boundingRect());
        painter.end();
        drag->setPixmap(pixmap);
        drag->setHotSpot(
            ((mapToScene(m_pressPos) - item->sceneBoundingRect().topLeft()) * m_zoom).toPoint());
    }
    m_pressed = ElementRef();
    drag->exec(Qt::MoveAction);
}

void PodView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PodView::moveSelection(int dx, int dy)
{
    const std::vector<QGraphicsItem *> items = m_scene->navigableItems();
    if (items.empty())
        return;
    // From a port or a mount, any arrow goes back to its card first: they sit on or between
    // cards, so a direction from them would be ambiguous.
    const ElementRef ref = m_selection->current();
    if (ref.kind == ElementRef::Kind::Port || ref.kind == ElementRef::Kind::Mount) {
        m_selection->setCurrent(ref.containerRef());
        return;
    }
    QGraphicsItem *current = m_scene->itemFor(ref);
    if (!current) {
        m_selection->setCurrent(elementRefOf(items.front()));
        return;
    }
    // The nearest item in the pressed direction, preferring ones straight ahead.
    const QRectF fromRect = current->sceneBoundingRect();
    const QPointF from = fromRect.center();
    // Ahead means beyond the middle of the current item's far half: a taller card beside this
    // one (it has a row of ports) has its centre a little lower, and is not "below" it.
    const qreal minimumAlong = std::max<qreal>(1, (dx ? fromRect.width() : fromRect.height()) / 4);
    QGraphicsItem *best = nullptr;
    qreal bestScore = 0;
    for (QGraphicsItem *item : items) {
        if (item == current)
            continue;
        const QRectF r = item->sceneBoundingRect();
        if (item->type() == PodFrameType && r.contains(from))
            continue; // the frame around the current card is not "next" to it
        const QPointF d = r.center() - from;
        const qreal along = dx * d.x() + dy * d.y();
        if (along <= minimumAlong)
            continue;
        const qreal across = std::abs(dx ? d.y() : d.x());
        const qreal score = along + 3 * across;
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    if (best)
        m_selection->setCurrent(elementRefOf(best));
}

void PodView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Left: moveSelection(-1, 0); return;
        case Qt::Key_Right: moveSelection(1, 0); return;
        case Qt::Key_Up: moveSelection(0, -1); return;
        case Qt::Key_Down: moveSelection(0, 1); return;
        default: break;
        }
    }
    // The Menu key arrives as a context-menu event (contextMenuEvent()); Shift+F10, the
    // other key for it, does not on X11 or Wayland.
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        showSelectionMenu();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PodView::showSelectionMenu()
{
    QGraphicsItem *item = m_scene->itemFor(m_selection->current());
    const QPoint at
        = item ? mapFromScene(item->sceneBoundingRect().center()) : viewport()->rect().center();
    m_controller->contextMenu(m_selection->current(), this)->popup(viewport()->mapToGlobal(at));
}

void PodView::contextMenuEvent(QContextMenuEvent *event)
{
    // X11 sends the Menu key as a context-menu event at the mouse pointer, wherever it rests:
    // the menu is the keyboard selection's, not that of whatever lies under the pointer.
    if (event->reason() == QContextMenuEvent::Keyboard) {
        showSelectionMenu();
        event->accept();
        return;
    }
    const ElementRef ref = m_scene->elementAt(mapToScene(event->pos()));
    m_selection->setCurrent(ref);
    m_controller->contextMenu(ref, this)->popup(event->globalPos());
    event->accept();
}

void PodView::focusInEvent(QFocusEvent *event)
{
    // The first description is made when the canvas first gets focus, not with the window
    // (docs/benchmarks.md, "Start-up"): before, no screen reader is looking at it.
    updateAccessibleDescription();
    QGraphicsView::focusInEvent(event);
}

void PodView::updateAccessibleDescription()
{
    // QWidget sends QAccessible::DescriptionChanged when the text differs: a screen reader
    // says the new selection as the arrow keys move it, the canvas keeping the focus.
    setAccessibleDescription(CanvasDescription::describe(m_scene->geometry(), *m_scene->document(),
                                                         m_selection->current()));
}

void PodView::announceSelection()
{
    // Without a listener, asking for the interface would only build it for nobody.
    if (!QAccessible::isActive())
        return;
    if (auto *iface = dynamic_cast<CanvasAccessible *>(QAccessible::queryAccessibleInterface(this)))
        iface->announceSelection();
}

void PodView::ensureSelectionVisible()
{
    if (QGraphicsItem *item = m_scene->itemFor(m_selection->current())) {
        if (item->type() != PodFrameType)
            ensureVisible(item, 24, 24);
    }
}

void PodView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->geometry().pods.empty())
        return;
    // The empty state, in viewport coordinates so it stays centred whatever the zoom.
    painter->save();
    painter->resetTransform();
    // In the window's own font: a font of its own size would be one more font to load before the
    // first paint (docs/benchmarks.md, "Start-up").
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                      Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Drag a Container here, or press Ctrl+Shift+N for a new pod.\n"
                         "To start from a worked example: File > New from Template "
                         "(Ctrl+Alt+N)."));
    painter->restore();
}

} // namespace podwright::gui
