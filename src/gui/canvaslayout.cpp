#include "canvaslayout.h"

#include "canvaslinks.h"

#include <QCoreApplication>

#include <algorithm>

namespace podwright::gui {

using namespace CanvasMetrics;

namespace {

QString tr(const char *text)
{
    // lupdate files a tr() outside any class under the enclosing namespace; the context here
    // must be the same or the German text is never found.
    return QCoreApplication::translate("podwright::gui", text);
}

QString joinMap(const StringMap &map, const QString &separator)
{
    QStringList parts;
    for (const auto &[key, value] : map)
        parts << key + QLatin1Char('=') + value;
    return parts.join(separator);
}

QString resourcesText(const ResourceRequirements &r)
{
    if (r.limits.empty() && r.requests.empty())
        return tr("no requests or limits");
    const auto pair = [](const StringMap &m) {
        const QString cpu = stringMapValue(m, QStringLiteral("cpu"));
        const QString memory = stringMapValue(m, QStringLiteral("memory"));
        return QStringLiteral("%1 · %2").arg(cpu.isEmpty() ? QStringLiteral("–") : cpu,
                                             memory.isEmpty() ? QStringLiteral("–") : memory);
    };
    QStringList parts;
    if (!r.requests.empty())
        parts << tr("req %1").arg(pair(r.requests));
    if (!r.limits.empty())
        parts << tr("lim %1").arg(pair(r.limits));
    return parts.join(QStringLiteral("   "));
}

QString portLabel(const ContainerPort &port)
{
    QString label = port.containerPort ? QString::number(*port.containerPort) : QStringLiteral("?");
    if (!port.protocol.isEmpty() && port.protocol != QLatin1String("TCP"))
        label += QLatin1Char('/') + port.protocol;
    if (!port.name.isEmpty())
        label += QLatin1Char(' ') + port.name;
    return label;
}

qreal cardHeight(const Container &c)
{
    const int pinRows = (static_cast<int>(c.ports.size()) + PinsPerRow - 1) / PinsPerRow;
    return CardBaseHeight + pinRows * PinHeight;
}

CardGeometry makeCard(const Container &c, int resource, ElementRef::Lane list, int index,
                      QPointF topLeft)
{
    CardGeometry card;
    card.ref = ElementRef::container(resource, list, index);
    card.lane = canvasLaneOf(c, list);
    card.order = list == ElementRef::Lane::Init ? index + 1 : 0;
    card.rect = QRectF(topLeft, QSizeF(CardWidth, cardHeight(c)));
    card.name = c.name;
    card.image = c.image;
    card.resources = resourcesText(c.resources);
    card.cpuLimit = stringMapValue(c.resources.limits, QStringLiteral("cpu"));
    card.memoryLimit = stringMapValue(c.resources.limits, QStringLiteral("memory"));
    // One or two ports share the row in halves, so a named port ("9100 metrics") is not
    // elided in a third of the card; three or more take thirds. The rows stay as cardHeight()
    // counts them.
    const int columns = std::clamp(static_cast<int>(c.ports.size()), 2, PinsPerRow);
    const qreal pinWidth = (CardWidth - 16) / columns;
    for (int p = 0; p < static_cast<int>(c.ports.size()); ++p) {
        const QPointF pinTopLeft(topLeft.x() + 8 + (p % columns) * pinWidth,
                                 topLeft.y() + CardBaseHeight - 12 + (p / columns) * PinHeight);
        card.pins.push_back({ ElementRef::port(resource, list, index, p),
                              QRectF(pinTopLeft, QSizeF(pinWidth - 4, PinHeight - 4)),
                              portLabel(c.ports[static_cast<std::size_t>(p)]) });
    }
    return card;
}

QString laneTitle(CanvasLane lane)
{
    switch (lane) {
    case CanvasLane::Init: return tr("Init containers · run one after another, before the app");
    case CanvasLane::Sidecar: return tr("Sidecars · start first, keep running beside the app");
    case CanvasLane::App: return tr("App containers");
    }
    return {};
}

QString laneHint(CanvasLane lane)
{
    switch (lane) {
    case CanvasLane::Init: return tr("Drop an init container here");
    case CanvasLane::Sidecar: return tr("Drop a sidecar here");
    case CanvasLane::App: return tr("Drop a container here");
    }
    return {};
}

// Whether `c` has a link: a mount of a volume the pod has (a dangling one is not drawn).
bool mountsAVolume(const Pod &pod, const Container &c)
{
    return std::any_of(c.volumeMounts.begin(), c.volumeMounts.end(), [&](const VolumeMount &m) {
        return std::any_of(pod.spec.volumes.begin(), pod.spec.volumes.end(),
                           [&](const Volume &v) { return v.name == m.name; });
    });
}

// Lays one lane's cards out in rows of at most MaxColumns; returns the lane's height.
qreal layoutLane(const Pod &pod, int resource, CanvasLane lane, QPointF topLeft, PodGeometry &out)
{
    LaneGeometry geometry;
    geometry.lane = lane;
    geometry.title = laneTitle(lane);
    geometry.emptyHint = laneHint(lane);
    const ElementRef::Lane list = specListOf(lane);
    const auto &containers
        = lane == CanvasLane::App ? pod.spec.containers : pod.spec.initContainers;
    const std::vector<int> members = laneMembers(pod, lane);
    geometry.cardCount = static_cast<int>(members.size());

    bool cardsInLaterLanes = false;
    for (const CanvasLane later : { CanvasLane::Sidecar, CanvasLane::App })
        cardsInLaterLanes = cardsInLaterLanes || (later > lane && !laneMembers(pod, later).empty());

    qreal y = topLeft.y() + LaneTitleHeight;
    const std::size_t firstCard = out.cards.size();
    for (std::size_t row = 0; row * MaxColumns < members.size(); ++row) {
        qreal rowHeight = 0;
        bool mounts = false;
        for (std::size_t col = 0; col < MaxColumns && row * MaxColumns + col < members.size();
             ++col) {
            const int index = members[row * MaxColumns + col];
            const auto &c = containers[static_cast<std::size_t>(index)];
            const QPointF cardTopLeft(topLeft.x() + LanePadding + col * (CardWidth + ColumnGap), y);
            out.cards.push_back(makeCard(c, resource, list, index, cardTopLeft));
            rowHeight = std::max(rowHeight, out.cards.back().rect.height());
            mounts = mounts || mountsAVolume(pod, c);
        }
        // The links of a row with cards below go round them through the gap under it: room
        // there for their labels, right under their cards, above the bundle of tracks.
        const bool cardsBelow = (row + 1) * MaxColumns < members.size() || cardsInLaterLanes;
        y += rowHeight + RowGap + (mounts && cardsBelow ? RoutedLabelRoom : 0);
    }
    if (members.empty())
        y += EmptyLaneHeight;

    if (lane == CanvasLane::Init) {
        for (std::size_t i = firstCard + 1; i < out.cards.size(); ++i) {
            const QRectF a = out.cards[i - 1].rect;
            const QRectF b = out.cards[i].rect;
            QPolygonF arrow;
            if (qFuzzyCompare(a.top(), b.top())) {
                arrow << QPointF(a.right(), a.center().y()) << QPointF(b.left(), a.center().y());
            } else {
                // The next card starts a new row: go down, back left, and into it from above.
                const qreal midY = (a.bottom() + b.top()) / 2;
                arrow << QPointF(a.center().x(), a.bottom()) << QPointF(a.center().x(), midY)
                      << QPointF(b.center().x(), midY) << QPointF(b.center().x(), b.top());
            }
            geometry.arrows.push_back(arrow);
        }
    }
    const qreal columns = std::clamp<qreal>(static_cast<qreal>(members.size()), 1, MaxColumns);
    geometry.rect = QRectF(
        topLeft,
        QSizeF(2 * LanePadding + columns * CardWidth + (columns - 1) * ColumnGap, y - topLeft.y()));
    out.lanes.push_back(std::move(geometry));
    return y - topLeft.y();
}

} // namespace

QPainterPath linkPath(const LinkGeometry &link)
{
    QPainterPath path(link.from);
    if (link.via.empty()) {
        const qreal bend = (link.to.y() - link.from.y()) / 2;
        path.cubicTo(link.from + QPointF(0, bend), link.to - QPointF(0, bend), link.to);
    } else {
        for (const QPointF &corner : link.via)
            path.lineTo(corner);
        path.lineTo(link.to);
    }
    return path;
}

QRectF linkLabelRect(const LinkGeometry &link)
{
    // A label as wide as its text, give or take: a short path ("/out", "/git") in a pill as
    // wide as the longest leaves no spot between a card's links. 6.5 px a character holds a
    // path in the canvas's small font with DejaVu Sans at 11 pt (6.2 px measured; a wide font
    // at a large default size); a wider one elides it.
    const qreal width = std::min<qreal>(LinkLabelMaxWidth,
                                        LinkLabelPadding + LinkLabelCharWidth * link.label.size());
    return QRectF(link.labelPos - QPointF(width / 2, LinkLabelHeight / 2),
                  QSizeF(width, LinkLabelHeight));
}

PodGeometry layoutPod(const ManifestResource &resource, int resourceIndex, QPointF origin)
{
    const Pod &pod = resource.pod;
    PodGeometry g;
    g.resource = resourceIndex;
    g.title = resource.kind == ManifestResource::Kind::Pod
        ? tr("Pod %1").arg(pod.metadata.name)
        : tr("%1 · pod template").arg(resource.displayName());
    g.labels = joinMap(pod.metadata.labels, QStringLiteral("  "));
    g.networkText = tr("One IP for the pod · containers reach each other on localhost");

    const QPointF inner = origin + QPointF(FramePadding, 0);
    g.header = QRectF(origin, QSizeF(0, HeaderHeight));
    g.network = QRectF(inner + QPointF(0, HeaderHeight), QSizeF(0, NetworkHeight));

    qreal y = g.network.bottom() + 8;
    for (const CanvasLane lane : { CanvasLane::Init, CanvasLane::Sidecar, CanvasLane::App })
        y += layoutLane(pod, resourceIndex, lane, QPointF(inner.x(), y), g) + 6;

    qreal innerWidth = 2 * LanePadding + 2 * CardWidth + ColumnGap;
    for (const auto &lane : g.lanes)
        innerWidth = std::max(innerWidth, lane.rect.width());

    const qreal bottom = layoutVolumesAndLinks(pod, resourceIndex, { inner.x(), innerWidth, y }, g);
    g.volumeArea = QRectF(QPointF(inner.x(), y), QPointF(inner.x() + innerWidth, bottom));

    g.frame
        = QRectF(origin, QSizeF(innerWidth + 2 * FramePadding, bottom + FramePadding - origin.y()));
    g.header.setWidth(g.frame.width());
    g.network.setWidth(innerWidth);
    for (auto &lane : g.lanes)
        lane.rect.setWidth(innerWidth);
    return g;
}

CanvasGeometry layoutManifest(const Manifest &manifest)
{
    CanvasGeometry canvas;
    qreal y = 0;
    for (int r = 0; r < static_cast<int>(manifest.resources.size()); ++r) {
        const auto &resource = manifest.resources[static_cast<std::size_t>(r)];
        if (!resource.hasPod())
            continue;
        canvas.pods.push_back(layoutPod(resource, r, QPointF(0, y)));
        canvas.bounds |= canvas.pods.back().frame;
        y = canvas.pods.back().frame.bottom() + PodGap;
    }
    return canvas;
}

int dropIndexInLane(const PodGeometry &pod, CanvasLane lane, QPointF point)
{
    int index = 0;
    for (const auto &card : pod.cards) {
        if (card.lane != lane)
            continue;
        // Row-major: a point above a card's row, or left of its middle within the row,
        // goes before it.
        if (point.y() < card.rect.top()
            || (point.y() <= card.rect.bottom() + RowGap && point.x() < card.rect.center().x()))
            return index;
        ++index;
    }
    return index;
}

} // namespace podwright::gui
