#include "mainwindow.h"

namespace podwright::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Podwright"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    Q_UNUSED(path);
    return false;
}

} // namespace podwright::gui
