#pragma once

#include "canvaslane.h"
#include "elementref.h"
#include "manifest.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

/**
 * The canvas layout engine: a pure function from the manifest to rectangles and texts. Nothing
 * about positions is saved; the same manifest always gives the same layout, so the scene only
 * has to copy it onto its items. No font metrics are used (texts are elided when painted), which
 * keeps the layout independent of the platform's fonts.
 */
namespace podwright::gui {

struct PinGeometry {
    ElementRef ref; ///< a Port
    QRectF rect;
    QString label; ///< "8080/TCP http"
};

struct CardGeometry {
    ElementRef ref; ///< a Container
    CanvasLane lane = CanvasLane::App;
    int order = 0; ///< 1-based run order within spec.initContainers; 0 for app containers
    QRectF rect;
    QString name;
    QString image;
    QString resources; ///< "requests 100m · 64Mi   limits 500m · 128Mi", or a hint when unset
    QString cpuLimit; ///< as written, for the usage bars
    QString memoryLimit;
    std::vector<PinGeometry> pins;
};

struct VolumeGeometry {
    ElementRef ref; ///< a Volume
    QRectF rect;
    QString name;
    QString kind; ///< "emptyDir", "hostPath"...
    Volume::SourceKind sourceKind = Volume::SourceKind::None;
    QString detail; ///< the host path, config map name, claim name...
};

struct LinkGeometry {
    ElementRef mount; ///< a Mount
    int volume = -1; ///< index into spec.volumes
    QPointF from; ///< on the card's bottom edge
    QPointF to; ///< on the volume's top edge
    /// Corners of a link that goes round other cards (from a card in an upper lane); empty
    /// for a direct link, drawn as a curve.
    std::vector<QPointF> via;
    QPointF labelPos; ///< centre of the label
    /// How far right of where its line runs through it the label sits (0: centred on it)
    qreal labelShift = 0;
    QString label; ///< the mountPath, with " (ro)" when read-only
    bool readOnly = false;
};

struct LaneGeometry {
    CanvasLane lane = CanvasLane::App;
    QRectF rect;
    QString title;
    QString emptyHint; ///< shown when the lane has no card
    std::vector<QPolygonF> arrows; ///< run-order arrows between init cards
    int cardCount = 0;
};

struct PodGeometry {
    int resource = -1;
    QRectF frame;
    QRectF header;
    QString title; ///< "Pod web", "Deployment api · pod template"
    QString labels; ///< "app=web  tier=front"
    QRectF network;
    QString networkText;
    std::vector<LaneGeometry> lanes; ///< always Init, Sidecar, App
    std::vector<CardGeometry> cards; ///< Init, Sidecar, App lanes, each in spec order
    QRectF volumeArea;
    std::vector<VolumeGeometry> volumes;
    std::vector<LinkGeometry> links;
};

struct CanvasGeometry {
    std::vector<PodGeometry> pods;
    QRectF bounds;
};

/// Sizes the layout uses, exposed so the items paint to the same grid.
namespace CanvasMetrics {
inline constexpr qreal CardWidth = 224;
inline constexpr qreal CardBaseHeight = 76; ///< name, image, resources, usage strip
inline constexpr qreal PinHeight = 20;
inline constexpr int PinsPerRow = 3;
inline constexpr qreal ColumnGap = 40; ///< room for the run-order arrows
inline constexpr qreal RowGap = 18;
/// Added under a row whose links go round the cards below it, for their labels.
inline constexpr qreal RoutedLabelRoom = 18;
inline constexpr int MaxColumns = 4;
inline constexpr qreal LaneTitleHeight = 24;
inline constexpr qreal LanePadding = 10;
inline constexpr qreal EmptyLaneHeight = 44;
inline constexpr qreal VolumeWidth = 168;
inline constexpr qreal VolumeHeight = 48;
inline constexpr qreal VolumeGap = 24;
inline constexpr qreal LinkLabelStep = 16;
inline constexpr qreal LinkLabelHeight = 16;
inline constexpr qreal LinkLabelMaxWidth = 112; ///< longer paths are elided
inline constexpr qreal LinkLabelCharWidth = 6.5; ///< room a character of a path is given
inline constexpr qreal LinkLabelPadding = 10; ///< round the text, both ends together
inline constexpr qreal FramePadding = 16;
inline constexpr qreal HeaderHeight = 48;
inline constexpr qreal NetworkHeight = 24;
inline constexpr qreal PodGap = 48;
} // namespace CanvasMetrics

/// The layout of one pod with its frame's top-left at `origin`.
PodGeometry layoutPod(const ManifestResource &resource, int resourceIndex, QPointF origin);
/// All pods of the manifest, stacked top to bottom in resource order.
CanvasGeometry layoutManifest(const Manifest &manifest);

/// The line of a link as the canvas draws it: a curve, or straight segments through `via`.
QPainterPath linkPath(const LinkGeometry &link);
/// The box of a link's label around labelPos, as the canvas paints it. Its width follows the
/// length of the text, not the font (the layout has no font metrics): what does not fit is
/// elided when painted.
QRectF linkLabelRect(const LinkGeometry &link);

/// The position a drop at `point` takes in `lane` (0 = before its first card).
int dropIndexInLane(const PodGeometry &pod, CanvasLane lane, QPointF point);

} // namespace podwright::gui
