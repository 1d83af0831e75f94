#include "canvasaccessible.h"

#include "canvaselementaccessible.h"
#include "poddocument.h"
#include "podscene.h"
#include "podview.h"
#include "selectionmodel.h"

#include <QScrollBar>

namespace podwright::gui {

namespace {

QAccessibleInterface *podViewFactory(const QString &className, QObject *object)
{
    // The class name is asked for each class of the object's hierarchy, most derived first.
    if (className == QLatin1String(PodView::staticMetaObject.className()))
        return new CanvasAccessible(static_cast<PodView *>(object));
    return nullptr;
}

} // namespace

CanvasAccessible::CanvasAccessible(PodView *view)
    : QAccessibleWidget(view, QAccessible::Client)
{
    m_documentChanged
        = QObject::connect(view->podScene()->document(), &PodDocument::changed, view, [this] {
              dropElements();
              announceSelection();
          });
}

CanvasAccessible::~CanvasAccessible()
{
    QObject::disconnect(m_documentChanged);
    // The view is being destroyed: nothing to tell, and nothing may ask it anything.
    for (const auto &[key, id] : m_elements)
        QAccessible::deleteAccessibleInterface(id);
}

void CanvasAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(podViewFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

PodView *CanvasAccessible::view() const
{
    return static_cast<PodView *>(widget());
}

CanvasAccessible::Key CanvasAccessible::keyOf(const ElementRef &ref)
{
    return { static_cast<int>(ref.kind), ref.resource, static_cast<int>(ref.lane), ref.index,
             ref.subIndex };
}

std::vector<ElementRef> CanvasAccessible::childrenOf(const ElementRef &ref) const
{
    std::vector<ElementRef> out;
    const CanvasGeometry &geometry = view()->podScene()->geometry();
    if (!ref.isValid()) {
        for (const PodGeometry &pod : geometry.pods)
            out.push_back(ElementRef::pod(pod.resource));
        return out;
    }
    const PodGeometry *pod = view()->podScene()->podGeometry(ref.resource);
    if (!pod)
        return out;
    switch (ref.kind) {
    case ElementRef::Kind::Pod:
        // The layout's order is the reading order: init containers, sidecars, app containers.
        for (const CardGeometry &card : pod->cards)
            out.push_back(card.ref);
        for (const VolumeGeometry &volume : pod->volumes)
            out.push_back(volume.ref);
        break;
    case ElementRef::Kind::Container:
        for (const CardGeometry &card : pod->cards) {
            if (card.ref != ref)
                continue;
            for (const PinGeometry &pin : card.pins)
                out.push_back(pin.ref);
        }
        // Only the mounts the canvas draws (a mount of a missing volume has no line).
        for (const LinkGeometry &link : pod->links)
            if (link.mount.containerRef() == ref)
                out.push_back(link.mount);
        break;
    default: break;
    }
    return out;
}

ElementRef CanvasAccessible::parentOf(const ElementRef &ref)
{
    switch (ref.kind) {
    case ElementRef::Kind::Container:
    case ElementRef::Kind::Volume: return ElementRef::pod(ref.resource);
    case ElementRef::Kind::Port:
    case ElementRef::Kind::Mount: return ref.containerRef();
    default: return {};
    }
}

QAccessibleInterface *CanvasAccessible::element(const ElementRef &ref) const
{
    if (!ref.isValid() || !view()->podScene()->itemFor(ref))
        return nullptr;
    const Key key = keyOf(ref);
    const auto it = m_elements.find(key);
    if (it != m_elements.end()) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(it->second))
            return iface;
    }
    // Registered, Qt's cache owns it from here on and hands out a stable id for it;
    // dropElements() deletes it through the same cache.
    const QAccessible::Id id
        = QAccessible::registerAccessibleInterface(new CanvasElementAccessible(view(), ref));
    m_elements[key] = id;
    return QAccessible::accessibleInterface(id);
}

void CanvasAccessible::dropElements()
{
    std::map<Key, QAccessible::Id> dropped;
    dropped.swap(m_elements);
    for (const auto &[key, id] : dropped) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(id)) {
            // While it still answers: AT-SPI tells the reader its parent lost a child.
            if (iface->isValid()) {
                QAccessibleEvent event(iface, QAccessible::ObjectDestroyed);
                QAccessible::updateAccessibility(&event);
            }
            QAccessible::deleteAccessibleInterface(id);
        }
    }
    if (!dropped.empty()) {
        QAccessibleEvent reorder(view(), QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
    }
}

int CanvasAccessible::childCount() const
{
    return static_cast<int>(view()->podScene()->geometry().pods.size())
        + QAccessibleWidget::childCount();
}

QAccessibleInterface *CanvasAccessible::child(int index) const
{
    const int pods = static_cast<int>(view()->podScene()->geometry().pods.size());
    if (index < 0)
        return nullptr;
    if (index < pods)
        return element(ElementRef::pod(view()->podScene()->geometry().pods[index].resource));
    // Then the view's own widgets (viewport, scroll bars), which report the view as parent.
    return QAccessibleWidget::child(index - pods);
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const std::vector<ElementRef> pods = childrenOf(ElementRef());
    if (const auto *element = dynamic_cast<const CanvasElementAccessible *>(child)) {
        const auto it = std::find(pods.begin(), pods.end(), element->ref());
        return it == pods.end() ? -1 : static_cast<int>(it - pods.begin());
    }
    const int index = QAccessibleWidget::indexOfChild(child);
    return index < 0 ? -1 : index + static_cast<int>(pods.size());
}

QAccessibleInterface *CanvasAccessible::elementAt(const std::vector<ElementRef> &children, int x,
                                                  int y) const
{
    // Last first: a later element (a port) is painted over an earlier one.
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
        QAccessibleInterface *iface = element(*it);
        if (iface && iface->rect().contains(x, y))
            return iface;
    }
    return nullptr;
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const
{
    if (QAccessibleInterface *iface = elementAt(childrenOf(ElementRef()), x, y))
        return iface;
    return QAccessibleWidget::childAt(x, y);
}

QAccessibleInterface *CanvasAccessible::focusChild() const
{
    if (view()->hasFocus()) {
        if (QAccessibleInterface *iface = element(view()->selectionModel()->current()))
            return iface;
    }
    return QAccessibleWidget::focusChild();
}

void CanvasAccessible::announceSelection()
{
    // Only while the canvas has the focus: a selection made in the Problems list or the YAML
    // pane must not pull the reader away from where the user is.
    if (!view()->hasFocus())
        return;
    QAccessibleInterface *iface = element(view()->selectionModel()->current());
    if (!iface)
        return;
    QAccessibleEvent selection(iface, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
    QAccessibleEvent focus(iface, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

} // namespace podwright::gui
