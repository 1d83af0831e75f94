// StartupStyle: the dock title bar and extension-button icons are asked from the base style once
// and only when needed, and look exactly like the base style's; applicationIcon() carries the
// pixels rendered from the SVG at the sizes the window manager gets.
#include "icons.h"
#include "startupstyle.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QTest>
#include <QToolBar>

#include <map>

using namespace podwright::gui;

namespace {

/// Fusion, counting what it is asked for.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    { }
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        ++asked[standardIcon];
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    mutable std::map<StandardPixmap, int> asked;
};

/// A window like the designer's: menus, a tool bar and three docks.
std::unique_ptr<QMainWindow> showDesignerLikeWindow()
{
    auto window = std::make_unique<QMainWindow>();
    window->menuBar()->addMenu(QStringLiteral("File"));
    window->addToolBar(QStringLiteral("Tools"))->addAction(QStringLiteral("Run"));
    window->setCentralWidget(new QLabel(QStringLiteral("canvas")));
    for (const char *title : { "Parts", "Inspector", "YAML" }) {
        auto *dock = new QDockWidget(QString::fromLatin1(title), window.get());
        dock->setWidget(new QLabel(QString::fromLatin1(title)));
        window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    }
    window->resize(900, 600);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->grab(); // paints every title bar button
    return window;
}

QImage imageOf(const QIcon &icon, int size)
{
    return icon.pixmap(QSize(size, size), 1.0)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestStartupStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qtAsksForDockIconsOverAndOver()
    {
        // The premise: without the cache the style is asked for the same icon many times.
        auto *counting = new CountingStyle;
        QApplication::setStyle(counting);
        const auto window = showDesignerLikeWindow();
        QVERIFY(window);
        QVERIFY2(counting->asked[QStyle::SP_TitleBarNormalButton] > 3,
                 qPrintable(QString::number(counting->asked[QStyle::SP_TitleBarNormalButton])));
    }

    void baseStyleIsAskedOncePerIcon()
    {
        auto *counting = new CountingStyle;
        QApplication::setStyle(new StartupStyle(counting));
        const auto window = showDesignerLikeWindow();
        QVERIFY(window);
        // The dock title bars' float and close buttons.
        QCOMPARE(counting->asked[QStyle::SP_TitleBarNormalButton], 1);
        QCOMPARE(counting->asked[QStyle::SP_TitleBarCloseButton], 1);
        // The extension buttons only show when the window is too narrow: never loaded here.
        QCOMPARE(counting->asked[QStyle::SP_ToolBarHorizontalExtensionButton], 0);
        QCOMPARE(counting->asked[QStyle::SP_ToolBarVerticalExtensionButton], 0);
    }

    void iconsLookLikeTheBaseStyles_data()
    {
        QTest::addColumn<QStyle::StandardPixmap>("standardIcon");
        QTest::newRow("float") << QStyle::SP_TitleBarNormalButton;
        QTest::newRow("close") << QStyle::SP_DockWidgetCloseButton;
        QTest::newRow("title bar close") << QStyle::SP_TitleBarCloseButton;
        QTest::newRow("tool bar extension") << QStyle::SP_ToolBarHorizontalExtensionButton;
        QTest::newRow("not cached: file icon") << QStyle::SP_FileIcon;
    }
    void iconsLookLikeTheBaseStyles()
    {
        QFETCH(QStyle::StandardPixmap, standardIcon);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        StartupStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        const QImage expected = imageOf(fusion->standardIcon(standardIcon), 16);
        QVERIFY(!expected.isNull());
        QCOMPARE(imageOf(style.standardIcon(standardIcon), 16), expected);
        QCOMPARE(style.standardIcon(standardIcon).actualSize(QSize(16, 16)),
                 fusion->standardIcon(standardIcon).actualSize(QSize(16, 16)));
    }

    void applicationIconIsTheRenderedSvg()
    {
        const QIcon icon = applicationIcon();
        QCOMPARE(icon.availableSizes(),
                 (QList<QSize> { { 16, 16 }, { 32, 32 }, { 64, 64 }, { 128, 128 } }));
        QSvgRenderer svg(
            QStringLiteral(PODWRIGHT_TEST_DATA "/../../resources/icons/podwright.svg"));
        QVERIFY(svg.isValid());
        for (const int size : { 16, 128 }) {
            QImage rendered(size, size, QImage::Format_ARGB32_Premultiplied);
            rendered.fill(Qt::transparent);
            QPainter painter(&rendered);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            svg.render(&painter, QRectF(0, 0, size, size));
            painter.end();
            QCOMPARE(imageOf(icon, size), rendered);
        }
    }
};

QTEST_MAIN(TestStartupStyle)
#include "tst_startupstyle.moc"
