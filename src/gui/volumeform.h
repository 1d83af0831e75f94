#pragma once

#include "inspectorform.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace podwright::gui {

class OptionalIntEdit;
class TableEditor;

/// A pod volume: its name, which kind of source backs it, and that source's fields.
class VolumeForm : public InspectorForm
{
    Q_OBJECT
public:
    VolumeForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *hostPathEdit() const { return m_hostPath; }
    OptionalIntEdit *defaultModeEdit(bool secret) const { return m_objects[secret ? 1 : 0].mode; }

    /// Replaces the volume's source by a fresh one of `kind` ("emptyDir", "hostPath"...).
    static void setSourceKind(Volume &volume, const QString &kind);

protected:
    void refreshFields() override;
    QString headerTitle() const override;

private:
    /// The configMap and secret pages have the same shape; this addresses either in a Pod.
    struct ObjectPage {
        QString key; ///< "configMap" or "secret"
        QString nameKey; ///< "name" or "secretName"
        QLineEdit *name = nullptr;
        TableEditor *items = nullptr;
        OptionalIntEdit *mode = nullptr;
        QCheckBox *optional = nullptr;
    };
    void buildObjectPage(int which);
    QWidget *newPage(QFormLayout **form);

    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QComboBox *m_medium;
    QLineEdit *m_sizeLimit;
    QLineEdit *m_hostPath;
    QComboBox *m_hostPathType;
    ObjectPage m_objects[2];
    QLineEdit *m_claimName;
    QCheckBox *m_claimReadOnly;
    QLabel *m_yamlOnly;
};

} // namespace podwright::gui
