// The comparison for bench_startup: a bare Qt Widgets main window of the same size, built the
// same way (Release, same flags) and reporting its first paint with the same FirstPaintReporter.
//
// Given a file, the window shows it as plain text in a QPlainTextEdit instead of an empty
// widget: the least any window that shows a document pays (fontconfig set-up, text shaping,
// glyph rendering), a floor for what podwright can reach (docs/benchmarks.md).
#include "firstpaintreporter.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QMainWindow>
#include <QPlainTextEdit>

int main(int argc, char *argv[])
{
    podwright::gui::FirstPaintReporter::markStage("main");
    QApplication app(argc, argv);
    podwright::gui::FirstPaintReporter::markStage("application");
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare window"));
    if (argc > 1) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        auto *text = new QPlainTextEdit(&window);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(QString::fromUtf8(file.readAll()));
        window.setCentralWidget(text);
    } else {
        window.setCentralWidget(new QWidget(&window));
    }
    window.resize(1400, 900);
    podwright::gui::FirstPaintReporter::markStage("window");
    podwright::gui::FirstPaintReporter::installIfRequested(&window);
    window.show();
    podwright::gui::FirstPaintReporter::markStage("shown");
    return QApplication::exec();
}
