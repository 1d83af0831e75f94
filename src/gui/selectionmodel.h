#pragma once

#include "elementref.h"

#include <QObject>

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

/**
 * The current selection, shared by the canvas, the inspector, the YAML pane and the Problems
 * list so that selecting in one selects in all. Drops a selection that no longer exists after
 * a document change.
 */
class SelectionModel : public QObject
{
    Q_OBJECT
public:
    explicit SelectionModel(PodDocument *document, QObject *parent = nullptr);

    ElementRef current() const { return m_current; }
    void setCurrent(const ElementRef &ref);
    void clear() { setCurrent(ElementRef()); }

Q_SIGNALS:
    void currentChanged(const podwright::gui::ElementRef &current);

private:
    void revalidate();

    PodDocument *m_document;
    ElementRef m_current;
};

} // namespace podwright::gui
