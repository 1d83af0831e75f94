// Renders the scalable application icon into the hicolor PNG sizes at build time, so the
// repository holds only the SVG and the PNGs can never drift from it.
//
//   podwright_iconrender [--raw] <icon.svg> <output dir> <size>...
//
// writes <output dir>/<size>x<size>/apps/<icon basename>.png for every size; with --raw, the
// pixels themselves (<icon basename>.argb32: QImage::Format_ARGB32_Premultiplied rows, native
// byte order), which the window icon is built from at start-up without decoding anything.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

namespace {

bool writeRaw(const QImage &image, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const auto bytes = static_cast<qint64>(image.sizeInBytes());
    return file.write(reinterpret_cast<const char *>(image.constBits()), bytes) == bytes
        && file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    // A QCoreApplication (not QGuiApplication) keeps the build free of any display or
    // platform plugin: QSvgRenderer paints onto a QImage with the raster engine alone.
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    const bool raw = args.size() > 1 && args.at(1) == QLatin1String("--raw");
    if (raw)
        args.removeAt(1);
    if (args.size() < 4) {
        err << "usage: podwright_iconrender [--raw] <icon.svg> <output dir> <size>...\n";
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "error: cannot read SVG " << args.at(1) << '\n';
        return 1;
    }
    const QString iconName = QFileInfo(args.at(1)).completeBaseName();
    const QDir outputDir(args.at(2));

    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            err << "error: not a size: " << args.at(i) << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString subdir = QStringLiteral("%1x%1/apps").arg(size);
        if (!outputDir.mkpath(subdir)) {
            err << "error: cannot create " << outputDir.filePath(subdir) << '\n';
            return 1;
        }
        const QString file
            = outputDir.filePath(subdir + QLatin1Char('/') + iconName
                                 + (raw ? QStringLiteral(".argb32") : QStringLiteral(".png")));
        if (raw ? !writeRaw(image, file) : !image.save(file, "PNG")) {
            err << "error: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
