// The comparison for bench_startup: a bare Qt Widgets main window of the same size, built the
// same way (Release, same flags) and reporting its first paint with the same FirstPaintReporter.
#include "firstpaintreporter.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare window"));
    window.setCentralWidget(new QWidget(&window));
    window.resize(1400, 900);
    podwright::gui::FirstPaintReporter::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
