#pragma once

#include "inspectorform.h"

class QComboBox;
class QLineEdit;

namespace podwright::gui {

class OptionalIntEdit;

/// One port of a container (selected on the canvas as a pin).
class PortForm : public InspectorForm
{
    Q_OBJECT
public:
    PortForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    OptionalIntEdit *containerPortEdit() const { return m_containerPort; }
    OptionalIntEdit *hostPortEdit() const { return m_hostPort; }

protected:
    void refreshFields() override;
    QString headerTitle() const override;

private:
    void editField(int field, int column, const QString &value);

    QLineEdit *m_name;
    OptionalIntEdit *m_containerPort;
    OptionalIntEdit *m_hostPort;
    QComboBox *m_protocol;
    QLineEdit *m_hostIP;
};

} // namespace podwright::gui
