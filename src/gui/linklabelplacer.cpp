#include "linklabelplacer.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace podwright::gui {

using namespace CanvasMetrics;

namespace {

constexpr int CoverCost = 1000;
constexpr int OutsideCost = 1000000;
// A label is tried every few pixels near its container, where it reads best, and further on
// at no more than this many spots: a link routed round the cards is long, and most of it runs
// where no label fits anyway.
constexpr qreal NearCard = 64;
constexpr qreal NearStep = 4;
constexpr int FarCandidates = 48;
// How far inside a label's end its line passes when the label sits off-centre: the radius of
// the pill's rounded end, so that the line runs into the pill, not past its tip.
constexpr qreal OffCentreInset = 8;

// QRectF::intersects() and contains() are not inline in Qt 6.4, and these tests are most of the
// time a hundred-container pod's layout takes: plain comparisons instead.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom()
        && b.top() < a.bottom();
}

bool crosses(const QRectF &rect, const QLineF &line)
{
    // A horizontal or vertical piece crosses whatever its box overlaps.
    if (line.dx() == 0 || line.dy() == 0)
        return true;
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = { { rect.topLeft(), rect.topRight() },
                             { rect.topRight(), rect.bottomRight() },
                             { rect.bottomRight(), rect.bottomLeft() },
                             { rect.bottomLeft(), rect.topLeft() } };
    return std::any_of(std::begin(edges), std::end(edges), [&](const QLineF &edge) {
        return line.intersects(edge, nullptr) == QLineF::BoundedIntersection;
    });
}

} // namespace

LinkLabelPlacer::LinkLabelPlacer(const PodGeometry &pod, const QRectF &allowed)
    : m_allowed(allowed)
{
    // The lines as the canvas draws them, flattened by Qt once: every candidate spot and every
    // crossing test below is then a walk along straight pieces, much cheaper than asking the
    // curve (QPainterPath::percentAtLength, intersects) thousands of times in a big pod.
    m_lines.reserve(pod.links.size());
    m_bounds = allowed;
    for (const LinkGeometry &link : pod.links) {
        const QList<QPolygonF> parts = linkPath(link).toSubpathPolygons();
        m_lines.push_back(parts.isEmpty() ? QPolygonF() : parts.front());
        m_bounds |= m_lines.back().boundingRect();
    }
    for (const CardGeometry &card : pod.cards)
        m_bounds |= card.rect;
    for (const VolumeGeometry &volume : pod.volumes)
        m_bounds |= volume.rect;
    m_bounds.adjust(-m_cellSize, -m_cellSize, m_cellSize, m_cellSize);
    m_columns = std::max(1, static_cast<int>(std::ceil(m_bounds.width() / m_cellSize)));
    m_rows = std::max(1, static_cast<int>(std::ceil(m_bounds.height() / m_cellSize)));
    m_cells.resize(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows));

    for (const CardGeometry &card : pod.cards)
        add({ card.rect, {}, -1 });
    for (const VolumeGeometry &volume : pod.volumes)
        add({ volume.rect, {}, -1 });
    for (const LaneGeometry &lane : pod.lanes) {
        // The lane's title row, across the whole pod (lane widths are set after the links).
        add({ QRectF(allowed.left(), lane.rect.top(), allowed.width(), LaneTitleHeight), {}, -1 });
        for (const QPolygonF &arrow : lane.arrows) {
            for (int i = 1; i < arrow.size(); ++i)
                add({ QRectF(arrow[i - 1], arrow[i]).normalized(),
                      { arrow[i - 1], arrow[i] },
                      -2 });
        }
    }
    for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
        const QPolygonF &line = m_lines[static_cast<std::size_t>(l)];
        for (int i = 1; i < line.size(); ++i)
            add({ QRectF(line[i - 1], line[i]).normalized(), { line[i - 1], line[i] }, l });
    }
}

void LinkLabelPlacer::add(Obstacle obstacle)
{
    // A line has no width; grow its box by the pen so that touching counts.
    if (!obstacle.line.isNull())
        obstacle.box.adjust(-1, -1, 1, 1);
    const int index = static_cast<int>(m_obstacles.size());
    const int left = std::clamp(
        static_cast<int>((obstacle.box.left() - m_bounds.left()) / m_cellSize), 0, m_columns - 1);
    const int right = std::clamp(
        static_cast<int>((obstacle.box.right() - m_bounds.left()) / m_cellSize), 0, m_columns - 1);
    const int top = std::clamp(static_cast<int>((obstacle.box.top() - m_bounds.top()) / m_cellSize),
                               0, m_rows - 1);
    const int bottom = std::clamp(
        static_cast<int>((obstacle.box.bottom() - m_bounds.top()) / m_cellSize), 0, m_rows - 1);
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column)
            m_cells[static_cast<std::size_t>(row * m_columns + column)].push_back(index);
    }
    m_obstacles.push_back(obstacle);
    m_seen.push_back(-1);
}

template<typename Visit>
void LinkLabelPlacer::forEachNear(const QRectF &rect, Visit visit)
{
    // A coarse grid: a label is tested against what lies in the few cells it touches, not
    // against every line of a hundred-container pod.
    ++m_query;
    const auto cell = [&](qreal v, qreal origin, int count) {
        return std::clamp(static_cast<int>((v - origin) / m_cellSize), 0, count - 1);
    };
    const int right = cell(rect.right(), m_bounds.left(), m_columns);
    const int bottom = cell(rect.bottom(), m_bounds.top(), m_rows);
    for (int row = cell(rect.top(), m_bounds.top(), m_rows); row <= bottom; ++row) {
        for (int column = cell(rect.left(), m_bounds.left(), m_columns); column <= right;
             ++column) {
            for (const int index : m_cells[static_cast<std::size_t>(row * m_columns + column)]) {
                if (m_seen[static_cast<std::size_t>(index)] == m_query)
                    continue;
                m_seen[static_cast<std::size_t>(index)] = m_query;
                if (!visit(m_obstacles[static_cast<std::size_t>(index)]))
                    return;
            }
        }
    }
}

int LinkLabelPlacer::cost(const QRectF &rect, int link, int enough)
{
    if (rect.left() < m_allowed.left() || rect.right() > m_allowed.right()
        || rect.top() < m_allowed.top() || rect.bottom() > m_allowed.bottom())
        return OutsideCost;
    // A little air round the pill, so that a line or box just touching it counts.
    const QRectF padded = rect.adjusted(-2, -1, 2, 1);
    int total = 0;
    int crossedLinks[8];
    int crossedCount = 0;
    forEachNear(padded, [&](const Obstacle &o) {
        if (!overlaps(o.box, padded))
            return true;
        if (o.line.isNull()) {
            total += CoverCost;
            return total < enough;
        }
        if (o.link == link || !crosses(padded, o.line))
            return true;
        // Several pieces of one line count once; arrows (link -2) always count.
        if (o.link >= 0) {
            if (std::find(crossedLinks, crossedLinks + crossedCount, o.link)
                != crossedLinks + crossedCount)
                return true;
            if (crossedCount < 8)
                crossedLinks[crossedCount++] = o.link;
        }
        ++total;
        return total < enough;
    });
    return total;
}

template<typename Visit>
void LinkLabelPlacer::forEachSpot(const QPolygonF &line, Visit visit)
{
    qreal length = 0;
    for (int i = 1; i < line.size(); ++i)
        length += QLineF(line[i - 1], line[i]).length();
    const qreal farStep = std::max(NearStep, length / FarCandidates);
    int piece = 1;
    qreal pieceStart = 0;
    for (qreal at = NearStep; at < length && line.size() > 1;
         at += at < NearCard ? NearStep : farStep) {
        while (piece + 1 < line.size()
               && pieceStart + QLineF(line[piece - 1], line[piece]).length() < at) {
            pieceStart += QLineF(line[piece - 1], line[piece]).length();
            ++piece;
        }
        const QLineF segment(line[piece - 1], line[piece]);
        if (!visit(segment.length() > 0
                       ? segment.pointAt(std::min<qreal>(1, (at - pieceStart) / segment.length()))
                       : segment.p1()))
            return;
    }
}

LinkLabelPlacer::Result LinkLabelPlacer::place(PodGeometry &pod)
{
    Result result;
    for (int l = 0; l < static_cast<int>(pod.links.size()); ++l) {
        LinkGeometry &link = pod.links[static_cast<std::size_t>(l)];
        const QPolygonF &line = m_lines[static_cast<std::size_t>(l)];
        int bestCost = INT_MAX;
        QPointF best = line.isEmpty() ? link.from : line.front();
        qreal bestShift = 0;
        const QSizeF size = linkLabelRect(link).size();
        const auto tryAt = [&](QPointF onLine, qreal shift) {
            const QPointF candidate = onLine + QPointF(shift, 0);
            const int c
                = cost(QRectF(candidate - QPointF(size.width() / 2, size.height() / 2), size), l,
                       bestCost);
            if (c < bestCost) {
                bestCost = c;
                best = candidate;
                bestShift = shift;
            }
            return bestCost > 0;
        };
        // From the container end down: the nearer its card, the plainer whose mount it is.
        forEachSpot(line, [&](QPointF onLine) { return tryAt(onLine, 0); });
        // Where no spot centred on the line is clear (links a few pixels apart, as under a card
        // with three mounts or where routed links drop side by side), the label may sit to one
        // side with its line passing near an end: still on its own line, and on no other.
        const qreal side = size.width() / 2 - OffCentreInset;
        if (bestCost > 0 && side > NearStep) {
            forEachSpot(line, [&](QPointF onLine) {
                for (const qreal shift : { -side / 2, side / 2, -side, side }) {
                    if (!tryAt(onLine, shift))
                        return false;
                }
                return true;
            });
        }
        link.labelPos = best;
        link.labelShift = bestShift;
        if (bestCost >= CoverCost)
            ++result.covering;
        else if (bestCost > 0)
            ++result.crossing;
        add({ linkLabelRect(link), {}, -1 });
    }
    return result;
}

} // namespace podwright::gui
