#include "canvaslinks.h"

#include "linklabelplacer.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <numeric>

namespace podwright::gui {

using namespace CanvasMetrics;

namespace {

// Labels that could not be placed clear of cards, volumes, each other and the other links get
// more room this many times at most: each try moves the volumes down by two label heights.
constexpr int MaxExtraRoom = 3;

QString tr(const char *text)
{
    // lupdate files a tr() outside any class under the enclosing namespace; the context here
    // must be the same or the German text is never found.
    return QCoreApplication::translate("podwright::gui", text);
}

QString volumeDetail(const Volume &v)
{
    if (v.hostPath)
        return v.hostPath->path;
    if (v.configMap)
        return v.configMap->name;
    if (v.secret)
        return v.secret->secretName;
    if (v.persistentVolumeClaim)
        return v.persistentVolumeClaim->claimName;
    if (v.emptyDir && v.emptyDir->medium == QLatin1String("Memory"))
        return tr("in memory");
    return {};
}

int volumesPerRow(const VolumeAreaFrame &area)
{
    return std::max(
        1,
        static_cast<int>((area.width - 2 * LanePadding + VolumeGap) / (VolumeWidth + VolumeGap)));
}

QRectF volumeRect(const VolumeAreaFrame &area, int perRow, int index, qreal top)
{
    return QRectF(QPointF(area.left + LanePadding + (index % perRow) * (VolumeWidth + VolumeGap),
                          top + (index / perRow) * (VolumeHeight + VolumeGap)),
                  QSizeF(VolumeWidth, VolumeHeight));
}

// One link per mount of a known volume, in card order then mount order. A card's links leave
// its bottom edge at points spread left to right in the order of their volumes, so that links
// from one card neither start on top of each other nor cross right under it.
void makeLinks(const Pod &model, int resourceIndex, const VolumeAreaFrame &area, PodGeometry &g)
{
    std::map<QString, int> volumeIndex;
    for (int v = 0; v < static_cast<int>(model.spec.volumes.size()); ++v)
        volumeIndex.emplace(model.spec.volumes[static_cast<std::size_t>(v)].name, v);
    const int perRow = volumesPerRow(area);
    for (const auto &card : g.cards) {
        const auto &c = card.ref.lane == ElementRef::Lane::Init
            ? model.spec.initContainers[static_cast<std::size_t>(card.ref.index)]
            : model.spec.containers[static_cast<std::size_t>(card.ref.index)];
        const std::size_t first = g.links.size();
        for (int m = 0; m < static_cast<int>(c.volumeMounts.size()); ++m) {
            const auto &mount = c.volumeMounts[static_cast<std::size_t>(m)];
            const auto it = volumeIndex.find(mount.name);
            if (it == volumeIndex.end())
                continue; // a dangling mount: the validator reports it
            LinkGeometry link;
            link.mount = ElementRef::mount(resourceIndex, card.ref.lane, card.ref.index, m);
            link.volume = it->second;
            link.readOnly = mount.readOnly.value_or(false);
            link.label = link.readOnly ? tr("%1 (ro)").arg(mount.mountPath) : mount.mountPath;
            g.links.push_back(std::move(link));
        }
        std::vector<std::size_t> order(g.links.size() - first);
        std::iota(order.begin(), order.end(), first);
        const auto volumeX = [&](std::size_t l) {
            return volumeRect(area, perRow, g.links[l].volume, 0).center().x();
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return volumeX(a) < volumeX(b); });
        for (std::size_t k = 0; k < order.size(); ++k) {
            const qreal x = card.rect.left() + card.rect.width() * (k + 1) / (order.size() + 1);
            g.links[order[k]].from = QPointF(x, card.rect.bottom());
        }
    }
}

// A link drawn straight down from a card in an upper lane passes behind the cards below it and
// reads as theirs. Such a link goes down into the gap under its own row, along the frame's left
// margin to the top of the volume area, and into its volume from above; one whose card has no
// card under it (a short last row below) drops straight to the volume area instead, clear of
// the bundle in the margin. Each takes its own track in the row gap, the margin and along the
// volume area's top, a few pixels from the others: on one shared track the links could not be
// told apart.
//
// The tracks along the volume area are nested: the link going furthest right runs highest, so
// that no track below passes under the part of a link that drops to its volume, which leaves
// that drop clear for the link's label (a label on a bundle of tracks reads as any of them's).
void routeAroundCards(PodGeometry &g, qreal innerLeft, qreal volumeAreaTop, qreal volumesTop)
{
    struct Routed {
        LinkGeometry *link;
        bool dropsStraight;
    };
    std::vector<Routed> routed;
    std::map<std::pair<int, qreal>, int> routedInRow;
    for (LinkGeometry &link : g.links) {
        link.via.clear();
        const auto own = std::find_if(g.cards.begin(), g.cards.end(), [&](const CardGeometry &c) {
            return c.ref == link.mount.containerRef();
        });
        if (own == g.cards.end())
            continue;
        const auto below = [&](const CardGeometry &c, qreal left, qreal right) {
            return c.rect.top() > own->rect.bottom() && c.rect.left() < right
                && c.rect.right() > left;
        };
        const qreal left = std::min(link.from.x(), link.to.x());
        const qreal right = std::max(link.from.x(), link.to.x());
        if (std::none_of(g.cards.begin(), g.cards.end(),
                         [&](const auto &c) { return below(c, left, right); }))
            continue;
        // A few pixels of air between the drop and a card beside it.
        const bool dropsStraight = std::none_of(g.cards.begin(), g.cards.end(), [&](const auto &c) {
            return below(c, link.from.x() - 8, link.from.x() + 8);
        });
        routed.push_back({ &link, dropsStraight });
        if (dropsStraight)
            continue;
        // Below every card of the row (they may differ in height), at the bottom of the gap
        // before the next row or lane: the room above is for the labels.
        qreal rowBottom = own->rect.bottom();
        qreal nextTop = volumeAreaTop;
        for (const auto &c : g.cards) {
            if (c.lane == own->lane && qFuzzyCompare(c.rect.top(), own->rect.top()))
                rowBottom = std::max(rowBottom, c.rect.bottom());
            else if (c.rect.top() > own->rect.bottom())
                nextTop = std::min(nextTop, c.rect.top());
        }
        for (const auto &lane : g.lanes) {
            if (lane.rect.top() > own->rect.bottom())
                nextTop = std::min(nextTop, lane.rect.top());
        }
        const int track = routedInRow[{ static_cast<int>(own->lane), own->rect.top() }]++ % 4;
        const qreal gapY = std::max(rowBottom + 4, nextTop - 14) + track * 3;
        link.via = { QPointF(link.from.x(), gapY) };
    }
    std::stable_sort(routed.begin(), routed.end(), [](const Routed &a, const Routed &b) {
        return a.link->to.x() > b.link->to.x();
    });
    // As many tracks as fit above the labels' room over the volumes; a huge pod shares them.
    const int tracks = std::max(4, static_cast<int>((volumesTop - volumeAreaTop - 24) / 3));
    for (int k = 0; k < static_cast<int>(routed.size()); ++k) {
        LinkGeometry &link = *routed[static_cast<std::size_t>(k)].link;
        const qreal areaY = volumeAreaTop + 3 + (k % tracks) * 3;
        if (routed[static_cast<std::size_t>(k)].dropsStraight) {
            link.via = { QPointF(link.from.x(), areaY), QPointF(link.to.x(), areaY) };
            continue;
        }
        // The innermost margin track turns first, onto the highest track: no corner crosses.
        const qreal x = innerLeft - 3 - (k % 4) * 3;
        const qreal gapY = link.via.front().y();
        link.via = { QPointF(link.from.x(), gapY), QPointF(x, gapY), QPointF(x, areaY),
                     QPointF(link.to.x(), areaY) };
    }
}

// Where a link comes from as its volume sees it: one routed by the margin arrives from there.
qreal approachX(const LinkGeometry &link)
{
    return link.via.size() == 4 ? link.via[1].x() : link.from.x();
}

// The volumes, in rows under the lanes, and the end of every link on its volume's top edge:
// spread along it in the order the links arrive from the left, so that they do not cross
// just above the volume.
void placeVolumes(const Pod &model, int resourceIndex, const VolumeAreaFrame &area, qreal top,
                  PodGeometry &g)
{
    const int perRow = volumesPerRow(area);
    g.volumes.clear();
    for (int v = 0; v < static_cast<int>(model.spec.volumes.size()); ++v) {
        const Volume &volume = model.spec.volumes[static_cast<std::size_t>(v)];
        VolumeGeometry vg;
        vg.ref = ElementRef::volume(resourceIndex, v);
        vg.rect = volumeRect(area, perRow, v, top);
        vg.name = volume.name;
        vg.sourceKind = volume.sourceKind();
        vg.kind = Volume::sourceKindName(vg.sourceKind);
        vg.detail = volumeDetail(volume);
        std::vector<LinkGeometry *> links;
        for (LinkGeometry &link : g.links) {
            if (link.volume == v)
                links.push_back(&link);
        }
        std::stable_sort(links.begin(), links.end(), [](const auto *a, const auto *b) {
            return approachX(*a) < approachX(*b);
        });
        for (std::size_t k = 0; k < links.size(); ++k) {
            const qreal x = vg.rect.left() + vg.rect.width() * (k + 1) / (links.size() + 1);
            links[k]->to = QPointF(x, vg.rect.top());
            links[k]->labelPos = links[k]->to - QPointF(0, 10);
            links[k]->labelShift = 0;
        }
        g.volumes.push_back(std::move(vg));
    }
}

} // namespace

qreal layoutVolumesAndLinks(const Pod &model, int resourceIndex, const VolumeAreaFrame &area,
                            PodGeometry &g)
{
    makeLinks(model, resourceIndex, area, g);
    std::vector<std::size_t> linksOfVolume(model.spec.volumes.size());
    for (const LinkGeometry &link : g.links)
        ++linksOfVolume[static_cast<std::size_t>(link.volume)];
    const std::size_t maxLinks
        = linksOfVolume.empty() ? 0 : *std::max_element(linksOfVolume.begin(), linksOfVolume.end());

    const qreal lanesTop = g.lanes.empty() ? area.top : g.lanes.front().rect.top();
    qreal volumesTop = area.top + 12 + maxLinks * LinkLabelStep;
    // How unclear the labels are with the volumes at `top`: any label covering something
    // counts more than all those lying across another link's line.
    const auto arrange = [&](qreal top) {
        placeVolumes(model, resourceIndex, area, top, g);
        routeAroundCards(g, area.left, area.top, top);
        // The ends again, now that the routed links are known to arrive from the margin.
        placeVolumes(model, resourceIndex, area, top, g);
        routeAroundCards(g, area.left, area.top, top);
        if (g.links.empty())
            return 0;
        const QRectF inside(QPointF(area.left - FramePadding + 2, lanesTop),
                            QPointF(area.left + area.width + FramePadding - 2, top));
        const LinkLabelPlacer::Result result = LinkLabelPlacer(g, inside).place(g);
        return result.covering * static_cast<int>(g.links.size() + 1) + result.crossing;
    };
    int leastUnclear = arrange(volumesTop);
    for (int attempt = 1; attempt <= MaxExtraRoom && leastUnclear > 0; ++attempt) {
        // More room helps labels crowded above the volumes; when it did not, it will not, and
        // the pod keeps the height it had (copied back: cheaper than laying it out again).
        std::vector<VolumeGeometry> volumes = g.volumes;
        std::vector<LinkGeometry> links = g.links;
        const int unclear = arrange(volumesTop + 2 * LinkLabelStep);
        if (unclear >= leastUnclear) {
            g.volumes = std::move(volumes);
            g.links = std::move(links);
            break;
        }
        leastUnclear = unclear;
        volumesTop += 2 * LinkLabelStep;
    }
    if (model.spec.volumes.empty())
        return area.top;
    const int perRow = volumesPerRow(area);
    const auto rows = static_cast<qreal>((model.spec.volumes.size() + perRow - 1) / perRow);
    return volumesTop + rows * (VolumeHeight + VolumeGap) - VolumeGap;
}

} // namespace podwright::gui
