#pragma once

#include "elementref.h"

#include <QAccessibleInterface>
#include <QCoreApplication>
#include <QPointer>

namespace podwright::gui {

class CanvasAccessible;
class PodView;

/**
 * One pod, container, volume, port or mount of the canvas for a screen reader: a short name
 * ("Container web"), CanvasDescription's sentence as its description, its on-screen rectangle,
 * and press / set-focus actions that select it. Not a QObject; CanvasAccessible owns it through
 * QAccessible's registry, and everything it reports is read from the view when asked.
 */
class CanvasElementAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(podwright::gui::CanvasElementAccessible)
public:
    CanvasElementAccessible(PodView *view, const ElementRef &ref);

    ElementRef ref() const { return m_ref; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    CanvasAccessible *canvas() const;
    QString name() const;

    QPointer<PodView> m_view;
    ElementRef m_ref;
};

} // namespace podwright::gui
