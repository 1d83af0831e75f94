#pragma once

#include <QMainWindow>

namespace podwright::gui {

/// The designer window: palette, canvas, inspector, YAML pane and Problems list.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a manifest; reports problems in the window, never throws away unsaved work.
    bool openFile(const QString &path);
};

} // namespace podwright::gui
