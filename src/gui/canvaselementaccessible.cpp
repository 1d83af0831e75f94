#include "canvaselementaccessible.h"

#include "canvasaccessible.h"
#include "canvasdescription.h"
#include "elementaccess.h"
#include "poddocument.h"
#include "podscene.h"
#include "podview.h"
#include "selectionmodel.h"

#include <QGraphicsItem>
#include <QWindow>

namespace podwright::gui {

CanvasElementAccessible::CanvasElementAccessible(PodView *view, const ElementRef &ref)
    : m_view(view)
    , m_ref(ref)
{ }

CanvasAccessible *CanvasElementAccessible::canvas() const
{
    // Asked for each time rather than kept: the view's interface is Qt's to delete.
    return m_view ? dynamic_cast<CanvasAccessible *>(QAccessible::queryAccessibleInterface(m_view))
                  : nullptr;
}

bool CanvasElementAccessible::isValid() const
{
    return m_view && m_view->podScene()->itemFor(m_ref) != nullptr;
}

QWindow *CanvasElementAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *CanvasElementAccessible::parent() const
{
    CanvasAccessible *view = canvas();
    if (!view)
        return nullptr;
    const ElementRef parentRef = CanvasAccessible::parentOf(m_ref);
    return parentRef.isValid() ? view->element(parentRef) : view;
}

QAccessibleInterface *CanvasElementAccessible::child(int index) const
{
    CanvasAccessible *view = canvas();
    if (!view)
        return nullptr;
    const std::vector<ElementRef> children = view->childrenOf(m_ref);
    return index >= 0 && index < static_cast<int>(children.size()) ? view->element(children[index])
                                                                   : nullptr;
}

int CanvasElementAccessible::childCount() const
{
    CanvasAccessible *view = canvas();
    return view ? static_cast<int>(view->childrenOf(m_ref).size()) : 0;
}

int CanvasElementAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *element = dynamic_cast<const CanvasElementAccessible *>(child);
    CanvasAccessible *view = canvas();
    if (!element || !view)
        return -1;
    const std::vector<ElementRef> children = view->childrenOf(m_ref);
    const auto it = std::find(children.begin(), children.end(), element->ref());
    return it == children.end() ? -1 : static_cast<int>(it - children.begin());
}

QAccessibleInterface *CanvasElementAccessible::childAt(int x, int y) const
{
    CanvasAccessible *view = canvas();
    return view ? view->elementAt(view->childrenOf(m_ref), x, y) : nullptr;
}

QString CanvasElementAccessible::name() const
{
    const PodGeometry *pod = m_view->podScene()->podGeometry(m_ref.resource);
    const PodDocument &document = *m_view->podScene()->document();
    if (!pod || !document.isValidPodIndex(m_ref.resource))
        return QString();
    const Pod &model = document.pod(m_ref.resource);
    switch (m_ref.kind) {
    case ElementRef::Kind::Pod: return pod->title;
    case ElementRef::Kind::Container:
        if (const Container *container = findContainer(model, m_ref))
            return tr("Container %1").arg(container->name);
        break;
    case ElementRef::Kind::Volume:
        if (const Volume *volume = findVolume(model, m_ref))
            return tr("Volume %1").arg(volume->name);
        break;
    case ElementRef::Kind::Port:
        for (const CardGeometry &card : pod->cards)
            for (const PinGeometry &pin : card.pins)
                if (pin.ref == m_ref)
                    return tr("Port %1").arg(pin.label);
        break;
    case ElementRef::Kind::Mount:
        if (const VolumeMount *mount = findMount(model, m_ref))
            return tr("Mount of %1 at %2").arg(mount->name, mount->mountPath);
        break;
    case ElementRef::Kind::None: break;
    }
    return QString();
}

QString CanvasElementAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return QString();
    switch (t) {
    case QAccessible::Name: return name();
    case QAccessible::Description:
        return CanvasDescription::describe(m_view->podScene()->geometry(),
                                           *m_view->podScene()->document(), m_ref);
    default: return QString();
    }
}

QRect CanvasElementAccessible::rect() const
{
    const QGraphicsItem *item = m_view ? m_view->podScene()->itemFor(m_ref) : nullptr;
    if (!item)
        return QRect();
    const QRect inViewport = m_view->mapFromScene(item->sceneBoundingRect()).boundingRect();
    return QRect(m_view->viewport()->mapToGlobal(inViewport.topLeft()), inViewport.size());
}

QAccessible::Role CanvasElementAccessible::role() const
{
    // A pod groups its containers and volumes; the rest are items of their pod or card.
    return m_ref.kind == ElementRef::Kind::Pod ? QAccessible::Grouping : QAccessible::ListItem;
}

QAccessible::State CanvasElementAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    const bool current = m_view->selectionModel()->current() == m_ref;
    state.selected = current;
    state.focused = current && m_view->hasFocus();
    const QRect viewport(m_view->viewport()->mapToGlobal(QPoint(0, 0)), m_view->viewport()->size());
    state.offscreen = !viewport.intersects(rect());
    return state;
}

void *CanvasElementAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this)
                                                : nullptr;
}

QStringList CanvasElementAccessible::actionNames() const
{
    return { pressAction(), setFocusAction() };
}

void CanvasElementAccessible::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    // Both select it, as a click does; focusing also moves the keyboard focus to the canvas.
    if (actionName == setFocusAction())
        m_view->setFocus(Qt::OtherFocusReason);
    if (actionName == pressAction() || actionName == setFocusAction())
        m_view->selectionModel()->setCurrent(m_ref);
}

} // namespace podwright::gui
