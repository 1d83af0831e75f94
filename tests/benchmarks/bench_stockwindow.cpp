// A second comparison for bench_startup: the designer's window as the issue describes it (menus
// and tool bar, Parts on the left, the canvas, the inspector on the right, YAML and Problems at
// the bottom with Pods, Logs and Stats tabbed behind, a status bar), built from stock Qt widgets
// only, with none of Podwright's code, models or documents. What it costs to first paint is what
// Qt itself charges for that composition of widgets and text: a floor under podwright's own
// start-up (docs/benchmarks.md, "Start-up").
//
// It is kept a floor, not a copy: its icons are flat squares painted in memory (no image or
// icon-theme loading), its lists and tables are empty or a few short rows, and it sets
// fontconfig up on a second core while the display connects, as podwright's main() does.
#include "firstpaintreporter.h"

#include <QApplication>
#include <QDockWidget>
#include <QFontDatabase>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#ifdef BENCH_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#include <thread>
#endif

namespace {

QIcon flatIcon(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(QRect(2, 2, 12, 12), color);
    return QIcon(pixmap);
}

void addMenu(QMenuBar *bar, const QString &title, int actions)
{
    QMenu *menu = bar->addMenu(title);
    for (int i = 0; i < actions; ++i)
        menu->addAction(QStringLiteral("%1 action %2").arg(title).arg(i + 1));
}

QDockWidget *dock(QMainWindow *window, const QString &title, QWidget *content,
                  Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, window);
    d->setObjectName(title);
    d->setWidget(content);
    window->addDockWidget(area, d);
    return d;
}

QWidget *problems()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    auto *filters = new QHBoxLayout;
    for (const char *text : { "Errors: 0", "Warnings: 0", "Hints: 0" }) {
        auto *button = new QToolButton;
        button->setText(QString::fromLatin1(text));
        button->setCheckable(true);
        button->setChecked(true);
        filters->addWidget(button);
    }
    filters->addStretch();
    layout->addLayout(filters);
    auto *model = new QStandardItemModel(0, 4, panel);
    model->setHorizontalHeaderLabels({ QStringLiteral("Severity"), QStringLiteral("Problem"),
                                       QStringLiteral("Line:Col"), QStringLiteral("Resource") });
    auto *view = new QTreeView;
    view->setRootIsDecorated(false);
    view->setModel(model);
    view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    view->header()->setStretchLastSection(false);
    layout->addWidget(view);
    auto *details = new QLabel(QStringLiteral("Select a problem to see what it means and how to "
                                              "fix it."));
    details->setWordWrap(true);
    layout->addWidget(details);
    return panel;
}

} // namespace

int main(int argc, char *argv[])
{
    podwright::gui::FirstPaintReporter::markStage("main");
#ifdef BENCH_HAVE_FONTCONFIG
    std::thread fontconfigSetUp([] { FcInit(); });
#endif
    QApplication app(argc, argv);
    podwright::gui::FirstPaintReporter::markStage("application");
#ifdef BENCH_HAVE_FONTCONFIG
    fontconfigSetUp.join();
#endif
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Untitled — stock window"));

    QMenuBar *menus = window.menuBar();
    addMenu(menus, QStringLiteral("&File"), 12);
    addMenu(menus, QStringLiteral("&Edit"), 12);
    addMenu(menus, QStringLiteral("&View"), 10);
    addMenu(menus, QStringLiteral("&Pod"), 8);
    addMenu(menus, QStringLiteral("&Run"), 5);
    addMenu(menus, QStringLiteral("&Help"), 3);

    QToolBar *tools = window.addToolBar(QStringLiteral("Main"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QColor ink(0x44, 0x55, 0x66);
    tools->addAction(flatIcon(ink), QString()); // New: icon only
    for (const char *text : { "Open…", "Save" })
        tools->addAction(flatIcon(ink), QString::fromUtf8(text));
    tools->addSeparator();
    for (const char *text : { "Undo", "Redo" })
        tools->addAction(flatIcon(Qt::gray), QString::fromLatin1(text))->setEnabled(false);
    tools->addSeparator();
    tools->addAction(flatIcon(ink), QStringLiteral("Fit to Window"));
    tools->addSeparator();
    tools->addAction(flatIcon(Qt::darkGreen), QStringLiteral("Run Pod"));
    tools->addAction(flatIcon(Qt::darkRed), QStringLiteral("Stop Pod"));

    auto *scene = new QGraphicsScene(&window);
    scene->addText(QStringLiteral("Drag a Pod from Parts to start, or open a manifest"));
    auto *canvas = new QGraphicsView(scene);
    window.setCentralWidget(canvas);

    auto *parts = new QListWidget;
    const char *const rows[] = { "POD",
                                 "Pod",
                                 "CONTAINERS",
                                 "Container",
                                 "Init container",
                                 "Sidecar",
                                 "VOLUMES",
                                 "emptyDir volume",
                                 "hostPath volume",
                                 "configMap volume",
                                 "secret volume",
                                 "persistentVolumeClaim volume",
                                 "NETWORK",
                                 "Port" };
    for (const char *text : rows) {
        const QString row = QString::fromLatin1(text);
        auto *item = new QListWidgetItem(row, parts);
        if (row != row.toUpper())
            item->setIcon(flatIcon(QColor(0x88, 0x99, 0xcc)));
    }
    dock(&window, QStringLiteral("Parts"), parts, Qt::LeftDockWidgetArea);

    auto *inspector = new QLabel(
        QStringLiteral("Select a pod, a container, a volume, a port or a mount on the canvas to "
                       "edit it here.\n\nEvery change is one step in Edit > Undo, and the YAML "
                       "follows as you type."));
    inspector->setWordWrap(true);
    inspector->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    dock(&window, QStringLiteral("Inspector"), inspector, Qt::RightDockWidgetArea);

    auto *yaml = new QPlainTextEdit;
    yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    yaml->setPlaceholderText(QStringLiteral("Type a manifest here"));
    QDockWidget *yamlDock = dock(&window, QStringLiteral("YAML"), yaml, Qt::BottomDockWidgetArea);
    QDockWidget *problemsDock
        = dock(&window, QStringLiteral("Problems"), problems(), Qt::BottomDockWidgetArea);
    window.splitDockWidget(yamlDock, problemsDock, Qt::Horizontal);
    for (const char *title : { "Pods", "Logs", "Stats" }) {
        QDockWidget *behind
            = dock(&window, QString::fromLatin1(title), new QTreeView, Qt::BottomDockWidgetArea);
        window.tabifyDockWidget(problemsDock, behind);
    }
    problemsDock->raise();

    window.statusBar()->addPermanentWidget(
        new QLabel(QStringLiteral("Pods: 0  Errors: 0 · Warnings: 0 · Hints: 0  Ln 1, Col 1")));
    window.statusBar()->showMessage(QStringLiteral("Ready"));

    window.resize(1400, 900);
    podwright::gui::FirstPaintReporter::markStage("window");
    podwright::gui::FirstPaintReporter::installIfRequested(&window);
    window.show();
    podwright::gui::FirstPaintReporter::markStage("shown");
    // BENCH_STOCKWINDOW_GRAB=file.png: a picture of the window to compare with podwright's.
    if (const QString grab = qEnvironmentVariable("BENCH_STOCKWINDOW_GRAB"); !grab.isEmpty()) {
        QTimer::singleShot(500, &window, [&window, grab] {
            window.grab().save(grab);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
