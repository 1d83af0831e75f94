#include "icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QResource>

#include <functional>

namespace podwright::gui {

namespace {

using Drawing = std::function<void(QPainter &, const QColor &)>;

// Draws on a 16×16 logical grid scaled to whatever size and device pixel ratio Qt asks for:
// fallback icons are vectors, never blurry bitmaps. The colour is read from the application
// palette at paint time, so a light/dark switch repaints them correctly.
class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(Drawing drawing)
        : m_drawing(std::move(drawing))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor colour = QApplication::palette().color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 16.0, rect.height() / 16.0);
        m_drawing(*painter, colour);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_drawing); }

private:
    Drawing m_drawing;
};

QPen strokePen(const QColor &colour, qreal width = 1.4)
{
    QPen pen(colour, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

void drawArrow(QPainter &p, const QColor &c, bool redo)
{
    if (redo) {
        p.translate(16, 0);
        p.scale(-1, 1);
    }
    p.setPen(strokePen(c, 1.6));
    QPainterPath path;
    path.moveTo(4, 7);
    path.lineTo(10, 7);
    path.cubicTo(15, 7, 15, 14, 10, 14);
    path.lineTo(7, 14);
    p.drawPath(path);
    p.drawPolyline(QPolygonF({ QPointF(6.5, 3.5), QPointF(3, 7), QPointF(6.5, 10.5) }));
}

void drawMagnifier(QPainter &p, const QColor &c, int sign)
{
    p.setPen(strokePen(c, 1.5));
    p.drawEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
    p.drawLine(QPointF(10, 10), QPointF(14.5, 14.5));
    p.drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5));
    if (sign > 0)
        p.drawLine(QPointF(6.5, 4.5), QPointF(6.5, 8.5));
}

Drawing drawingFor(const QString &name)
{
    if (name == QLatin1String("document-new"))
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c));
            p.drawPolygon(QPolygonF({ QPointF(3.5, 1.5), QPointF(9.5, 1.5), QPointF(12.5, 4.5),
                                      QPointF(12.5, 14.5), QPointF(3.5, 14.5) }));
            p.drawPolyline(QPolygonF({ QPointF(9.5, 1.5), QPointF(9.5, 4.5), QPointF(12.5, 4.5) }));
        };
    if (name == QLatin1String("document-open"))
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c));
            p.drawPolygon(QPolygonF({ QPointF(1.5, 3.5), QPointF(6, 3.5), QPointF(7.5, 5),
                                      QPointF(14.5, 5), QPointF(14.5, 13.5), QPointF(1.5, 13.5) }));
            p.drawLine(QPointF(1.5, 7.5), QPointF(14.5, 7.5));
        };
    if (name == QLatin1String("document-save") || name == QLatin1String("document-save-as"))
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c));
            p.drawRoundedRect(QRectF(2, 2, 12, 12), 1.5, 1.5);
            p.drawRect(QRectF(5, 2, 6, 4));
            p.drawRect(QRectF(4.5, 9, 7, 5));
        };
    if (name == QLatin1String("document-export"))
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c));
            p.drawPolyline(QPolygonF({ QPointF(6, 2.5), QPointF(2.5, 2.5), QPointF(2.5, 13.5),
                                       QPointF(13.5, 13.5), QPointF(13.5, 10) }));
            p.drawLine(QPointF(7, 9), QPointF(14, 2));
            p.drawPolyline(QPolygonF({ QPointF(9.5, 2), QPointF(14, 2), QPointF(14, 6.5) }));
        };
    if (name == QLatin1String("edit-undo") || name == QLatin1String("edit-redo")) {
        const bool redo = name == QLatin1String("edit-redo");
        return [redo](QPainter &p, const QColor &c) { drawArrow(p, c, redo); };
    }
    if (name == QLatin1String("zoom-in") || name == QLatin1String("zoom-out")) {
        const int sign = name == QLatin1String("zoom-in") ? 1 : -1;
        return [sign](QPainter &p, const QColor &c) { drawMagnifier(p, c, sign); };
    }
    if (name == QLatin1String("zoom-fit-best") || name == QLatin1String("zoom-original"))
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.5));
            for (const auto &corner :
                 { QPointF(2, 2), QPointF(14, 2), QPointF(14, 14), QPointF(2, 14) }) {
                const qreal dx = corner.x() < 8 ? 4 : -4;
                const qreal dy = corner.y() < 8 ? 4 : -4;
                p.drawPolyline(
                    QPolygonF({ corner + QPointF(dx, 0), corner, corner + QPointF(0, dy) }));
            }
        };
    if (name == QLatin1String("media-playback-start"))
        return [](QPainter &p, const QColor &) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x2e, 0x9d, 0x4f));
            p.drawPolygon(QPolygonF({ QPointF(4, 2.5), QPointF(13.5, 8), QPointF(4, 13.5) }));
        };
    if (name == QLatin1String("media-playback-stop"))
        return [](QPainter &p, const QColor &) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc6, 0x28, 0x28));
            p.drawRoundedRect(QRectF(3, 3, 10, 10), 1.5, 1.5);
        };
    if (name == QLatin1String("list-add"))
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.8));
            p.drawLine(QPointF(8, 3), QPointF(8, 13));
            p.drawLine(QPointF(3, 8), QPointF(13, 8));
        };
    if (name == QLatin1String("edit-delete") || name == QLatin1String("list-remove"))
        return [](QPainter &p, const QColor &c) {
            p.setPen(strokePen(c, 1.8));
            p.drawLine(QPointF(4, 4), QPointF(12, 12));
            p.drawLine(QPointF(12, 4), QPointF(4, 12));
        };
    // Anything else (format-indent-more, help-about...): three text lines.
    return [](QPainter &p, const QColor &c) {
        p.setPen(strokePen(c, 1.5));
        p.drawLine(QPointF(2.5, 4), QPointF(13.5, 4));
        p.drawLine(QPointF(5.5, 8), QPointF(13.5, 8));
        p.drawLine(QPointF(5.5, 12), QPointF(13.5, 12));
    };
}

} // namespace

QIcon themedIcon(const QString &name)
{
    // Without a desktop icon theme Qt falls back to "hicolor", which by the freedesktop Icon
    // Theme spec holds application icons only: asking it for "document-open" finds nothing,
    // yet the first question parses its 55 KB index.theme through QSettings, about a sixth of
    // the work before the window's first paint (docs/benchmarks.md, "Start-up"). Ask only a
    // real theme; themeName() itself is cheap and follows QIcon::setThemeName() at run time.
    const QString theme = QIcon::themeName();
    const bool fallbackOnly = theme.isEmpty() || theme == QLatin1String("hicolor");
    if (!fallbackOnly && QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(new PaintedIconEngine(drawingFor(name)));
}

QIcon paintedIcon(std::function<void(QPainter &, const QColor &)> drawing)
{
    return QIcon(new PaintedIconEngine(std::move(drawing)));
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xe0, 0x36, 0x2f);
    case Severity::Warning: return QColor(0xe0, 0x8e, 0x0b);
    case Severity::Hint: return QColor(0x2f, 0x7d, 0xd1);
    }
    return {};
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : { 16, 32, 64, 128 }) {
        // Raw premultiplied pixels (see src/app/CMakeLists.txt), stored uncompressed: nothing to
        // decode, so no image format plugin and no inflate before the first paint.
        const QResource pixels(
            QStringLiteral(":/icons/window/%1x%1/apps/podwright.argb32").arg(size));
        if (!pixels.isValid() || pixels.compressionAlgorithm() != QResource::NoCompression
            || pixels.size() != qint64(size) * size * 4)
            continue;
        const QImage image(pixels.data(), size, size, QImage::Format_ARGB32_Premultiplied);
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

QIcon severityIcon(Severity severity)
{
    return QIcon(new PaintedIconEngine([severity](QPainter &p, const QColor &) {
        const QColor fill = severityColor(severity);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        if (severity == Severity::Warning)
            p.drawPolygon(QPolygonF({ QPointF(8, 1), QPointF(15.5, 14.5), QPointF(0.5, 14.5) }));
        else
            p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(strokePen(Qt::white, 1.8));
        switch (severity) {
        case Severity::Error:
            p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
            break;
        case Severity::Warning:
            p.drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
            p.drawPoint(QPointF(8, 12.2));
            break;
        case Severity::Hint:
            p.drawPoint(QPointF(8, 4.8));
            p.drawLine(QPointF(8, 7.5), QPointF(8, 11.5));
            break;
        }
    }));
}

} // namespace podwright::gui
