#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TemplateDialog;
}

namespace podwright::gui {

struct PodTemplate;

/// "New from Template": the templates with a description and a highlighted YAML preview.
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDialog(QWidget *parent = nullptr);
    ~TemplateDialog() override;

    /// The chosen template, or nullptr.
    const PodTemplate *selectedTemplate() const;

private:
    void showTemplate(int row);

    std::unique_ptr<Ui::TemplateDialog> m_ui;
};

} // namespace podwright::gui
