#pragma once

#include "elementref.h"

#include <QAccessibleWidget>

#include <map>
#include <tuple>
#include <vector>

namespace podwright::gui {

class PodView;

/**
 * The canvas as a screen reader sees it: the view with one accessible child per pod, each pod
 * with its containers (in run order) and volumes, each container with its ports and mounts.
 * Qt exposes no QGraphicsItem, so these children are CanvasElementAccessible interfaces, built
 * only when an assistive technology first asks for them (never at start-up) and dropped on every
 * document change: they address elements by position (ElementRef), which an edit may move.
 */
class CanvasAccessible : public QAccessibleWidget
{
public:
    explicit CanvasAccessible(PodView *view);
    ~CanvasAccessible() override;

    /// Makes Qt ask this class for every PodView; idempotent, costs nothing until queried.
    static void installFactory();

    PodView *view() const;

    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    /// The interface of `ref`, made on first use and the same until the document changes;
    /// nullptr when the canvas does not show `ref`.
    QAccessibleInterface *element(const ElementRef &ref) const;
    /// The elements under `ref` in reading order; under an invalid ref, the pods.
    std::vector<ElementRef> childrenOf(const ElementRef &ref) const;
    /// The element `ref` sits in, an invalid ref for a pod (the view itself).
    static ElementRef parentOf(const ElementRef &ref);
    /// The element of `children` under the global point (x, y), or nullptr.
    QAccessibleInterface *elementAt(const std::vector<ElementRef> &children, int x, int y) const;

    /// Sends Selection and Focus for the selected element, so a screen reader follows the
    /// arrow keys onto it.
    void announceSelection();
    /// How many element interfaces exist now (0 until a screen reader asks).
    std::size_t builtElements() const { return m_elements.size(); }

private:
    using Key = std::tuple<int, int, int, int, int>;
    static Key keyOf(const ElementRef &ref);
    void dropElements();

    mutable std::map<Key, QAccessible::Id> m_elements;
    QMetaObject::Connection m_documentChanged;
};

} // namespace podwright::gui
