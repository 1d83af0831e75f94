#pragma once

#include "inspectorform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace podwright::gui {

class KeyValueTableEditor;
class OptionalIntEdit;

/// The pod's own fields: metadata and the pod-wide part of its spec.
class PodForm : public InspectorForm
{
    Q_OBJECT
public:
    PodForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// The pod's name; for a workload, the workload's own name (a template has none that
    /// matters: Kubernetes names the pods after the workload).
    QLineEdit *nameEdit() const { return m_name; }
    /// The namespace; for a workload, the workload's own, like nameEdit().
    QLineEdit *namespaceEdit() const { return m_namespace; }
    OptionalIntEdit *gracePeriodEdit() const { return m_gracePeriod; }
    KeyValueTableEditor *labelsEditor() const { return m_labels; }

protected:
    void refreshFields() override;
    QString headerTitle() const override;
    bool ownsPath(const QString &path) const override;

private:
    bool isWorkload() const;
    void rename(const QString &name);
    void setNamespace(const QString &name);
    /// A workload's own metadata field (not its pod template's).
    QString workloadMeta(const QString &key) const;
    void setWorkloadMeta(int field, const QString &key, const QString &value,
                         const QString &undoText);

    QLineEdit *m_name;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_labelsLabel = nullptr;
    QLineEdit *m_namespace;
    KeyValueTableEditor *m_labels;
    KeyValueTableEditor *m_annotations;
    QComboBox *m_restartPolicy;
    OptionalIntEdit *m_gracePeriod;
    OptionalIntEdit *m_activeDeadline;
    QLineEdit *m_serviceAccount;
    QCheckBox *m_hostNetwork;
    QComboBox *m_dnsPolicy;
    KeyValueTableEditor *m_nodeSelector;
    QLabel *m_yamlNote;
};

} // namespace podwright::gui
