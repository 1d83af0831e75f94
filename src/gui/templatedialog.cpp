#include "templatedialog.h"

#include "templatecatalog.h"
#include "ui_templatedialog.h"

#include <QPushButton>

namespace podwright::gui {

TemplateDialog::TemplateDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateDialog>())
{
    m_ui->setupUi(this);
    // Long titles (in German above all) wrap inside the list instead of running off its edge.
    m_ui->templateList->setWordWrap(true);
    m_ui->templateList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->templateList->setResizeMode(QListView::Adjust);
    m_ui->templateList->setTextElideMode(Qt::ElideNone);
    m_ui->templateList->setSpacing(2); // wrapped titles must not run into each other
    for (const PodTemplate &t : podTemplates())
        m_ui->templateList->addItem(t.title);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_ui->templateList, &QListWidget::currentRowChanged, this,
            &TemplateDialog::showTemplate);
    connect(m_ui->templateList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    m_ui->templateList->setCurrentRow(0);
}

TemplateDialog::~TemplateDialog() = default;

const PodTemplate *TemplateDialog::selectedTemplate() const
{
    const int row = m_ui->templateList->currentRow();
    return row >= 0 && row < static_cast<int>(podTemplates().size())
        ? &podTemplates()[static_cast<std::size_t>(row)]
        : nullptr;
}

void TemplateDialog::showTemplate(int row)
{
    if (row < 0 || row >= static_cast<int>(podTemplates().size()))
        return;
    const PodTemplate &t = podTemplates()[static_cast<std::size_t>(row)];
    m_ui->titleLabel->setText(t.title);
    m_ui->descriptionLabel->setText(t.description);
    m_ui->preview->setPlainText(QString::fromUtf8(t.text()));
}

} // namespace podwright::gui
