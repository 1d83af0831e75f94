// Wires the layers together: a headless command runs in a QCoreApplication (no display
// needed); anything else opens the designer window.
#include "cli.h"
#include "firstpaintreporter.h"
#include "icons.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "startupstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef PODWRIGHT_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#include <thread>
#endif

int main(int argc, char *argv[])
{
    podwright::gui::FirstPaintReporter::markStage("main");
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (podwright::cli::isHeadlessInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("podwright"));
        QCoreApplication::setOrganizationName(QStringLiteral("Podwright"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PODWRIGHT_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        podwright::cli::CommandIo io { out, err };
        return podwright::cli::runHeadless(arguments, io);
    }

#ifdef PODWRIGHT_HAVE_FONTCONFIG
    // Fontconfig's set-up (parsing /etc/fonts, loading its caches) is the largest single piece
    // of work before the first paint, and the window's first text waits for it. It needs no Qt:
    // do it on another core while QApplication connects to the display, which is mostly waiting
    // (docs/benchmarks.md, "Start-up"). FcInit() is thread-safe and does nothing once done, so
    // Qt's own call finds it ready.
    std::thread fontconfigSetUp([] { FcInit(); });
#endif
    QApplication app(argc, argv);
    podwright::gui::FirstPaintReporter::markStage("application");
    QApplication::setStyle(new podwright::gui::StartupStyle);
    QApplication::setApplicationName(QStringLiteral("podwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Podwright"));
    QApplication::setOrganizationName(QStringLiteral("Podwright"));
    QApplication::setApplicationVersion(QStringLiteral(PODWRIGHT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.podwright.Podwright"));
    // X11 window managers take the icon from the window; Wayland uses the desktop file's.
    QApplication::setWindowIcon(podwright::gui::applicationIcon());
    // Widgets translate their texts as they are built, so before the window exists.
    podwright::gui::LanguageSettings::installTranslators(&app);

    // Hidden option for docs/screenshots/take-screenshots.sh: shoot the window, then quit.
    QString screenshotDir;
    if (const auto at = arguments.indexOf(QStringLiteral("--screenshot-dir"));
        at >= 0 && at + 1 < arguments.size()) {
        screenshotDir = arguments.at(at + 1);
        arguments.remove(at, 2);
    }

#ifdef PODWRIGHT_HAVE_FONTCONFIG
    fontconfigSetUp.join(); // the window measures text as it is built
#endif
    podwright::gui::FirstPaintReporter::markStage("icon-translators");
    auto window = std::make_unique<podwright::gui::MainWindow>();
    podwright::gui::FirstPaintReporter::markStage("window");
    podwright::gui::FirstPaintReporter::installIfRequested(window.get());
    window->show();
    for (const QString &file : arguments)
        window->openFile(file);
    podwright::gui::FirstPaintReporter::markStage("shown");
    if (!screenshotDir.isEmpty()) {
        (new podwright::gui::Screenshotter(window.get(), screenshotDir))->start();
    } else {
        // After the first paint: a crashed session's work is offered back, never blocking
        // start-up.
        window->afterFirstPaint([w = window.get()] { w->offerRecovery(); });
    }
    return QApplication::exec();
}
