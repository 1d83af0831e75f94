#pragma once

#include "inspectorform.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace podwright::gui {

class EnvTableEditor;
class ProbeEditor;
class StringListEditor;
class TableEditor;

/// Every typed field of one container, init container or sidecar.
class ContainerForm : public InspectorForm
{
    Q_OBJECT
public:
    ContainerForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *imageEdit() const { return m_image; }
    QComboBox *pullPolicyCombo() const { return m_pullPolicy; }
    QCheckBox *sidecarCheck() const { return m_sidecar; }
    StringListEditor *argsEditor() const { return m_args; }
    TableEditor *portsEditor() const { return m_ports; }
    EnvTableEditor *envEditor() const { return m_env; }
    TableEditor *mountsEditor() const { return m_mounts; }
    /// requests cpu, requests memory, limits cpu, limits memory
    QLineEdit *quantityEdit(bool limits, const QString &resource) const;
    ProbeEditor *probeEditor(int which) const { return m_probes[which]; }

protected:
    void refreshFields() override;
    QString headerTitle() const override;

private:
    Container &container(Pod &pod) const;
    const Container &container() const;
    void buildGeneral();
    void buildLists();
    void buildResources();
    void buildProbes();

    QLineEdit *m_name;
    QLineEdit *m_image;
    QComboBox *m_pullPolicy;
    QCheckBox *m_sidecar;
    QFormLayout *m_generalForm = nullptr;
    QLineEdit *m_workingDir;
    QComboBox *m_messagePolicy;
    StringListEditor *m_command;
    StringListEditor *m_args;
    TableEditor *m_ports;
    EnvTableEditor *m_env;
    TableEditor *m_mounts;
    struct Quantity {
        bool limits;
        QString resource;
        QLineEdit *edit;
    };
    std::vector<Quantity> m_quantities;
    ProbeEditor *m_probes[3] = {};
    QLabel *m_yamlNote;
};

} // namespace podwright::gui
