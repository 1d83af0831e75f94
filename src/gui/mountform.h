#pragma once

#include "inspectorform.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace podwright::gui {

/// One volume mount of a container (selected on the canvas as a volume link).
class MountForm : public InspectorForm
{
    Q_OBJECT
public:
    MountForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    QComboBox *volumeCombo() const { return m_volume; }
    QLineEdit *mountPathEdit() const { return m_mountPath; }
    QCheckBox *readOnlyCheck() const { return m_readOnly; }

protected:
    void refreshFields() override;
    QString headerTitle() const override;

private:
    QComboBox *m_volume;
    QLineEdit *m_mountPath;
    QLineEdit *m_subPath;
    QCheckBox *m_readOnly;
    QComboBox *m_propagation;
};

} // namespace podwright::gui
