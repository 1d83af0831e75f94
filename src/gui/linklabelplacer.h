#pragma once

#include "canvaslayout.h"

#include <QLineF>
#include <QRectF>

#include <vector>

namespace podwright::gui {

/**
 * Puts each link's mountPath label on its own line, at the spot nearest the container that is
 * clear of cards, volumes, lane titles, the other labels and the other links' lines: a label
 * lying across a neighbour's line, or far from its container, reads as another mount's. A label
 * is centred on its line where it can be, else off-centre with its line passing near one end.
 * When no spot is clear, the one crossing the fewest lines without covering anything else wins;
 * the result says how many labels had to cover something or cross a line, so the layout can
 * make more room.
 *
 * Part of the layout engine: a pure function of the geometry it is given, so the same pod
 * always gets the same labels.
 */
class LinkLabelPlacer
{
public:
    struct Result {
        int covering = 0; ///< labels left over a card, a volume, a lane title or another label
        int crossing = 0; ///< labels left across another link's line
    };

    /// Obstacles are the pod's cards, volumes, lane titles and links, as laid out so far;
    /// labels stay within `allowed` (the inside of the pod's frame).
    LinkLabelPlacer(const PodGeometry &pod, const QRectF &allowed);

    /// Sets labelPos of every link of `pod` (the one given to the constructor).
    Result place(PodGeometry &pod);

private:
    struct Obstacle {
        QRectF box;
        QLineF line; ///< a piece of a link's line; null for a solid box
        int link = -1; ///< the link a line belongs to
    };

    void add(Obstacle obstacle);
    /// How many solid boxes `rect` covers (1000 each) and other links' lines it crosses (1 each);
    /// counting stops at `enough`, a cost already beaten.
    int cost(const QRectF &rect, int link, int enough);
    /// Calls `visit` with each obstacle in the grid cells `rect` touches, until it returns false.
    template<typename Visit>
    void forEachNear(const QRectF &rect, Visit visit);
    /// Calls `visit` with spots along `line` from its start, every few pixels near the card and
    /// further apart beyond, until it returns false.
    template<typename Visit>
    static void forEachSpot(const QPolygonF &line, Visit visit);

    QRectF m_allowed;
    QRectF m_bounds;
    qreal m_cellSize = 48;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<Obstacle> m_obstacles;
    std::vector<std::vector<int>> m_cells; ///< obstacle indices by grid cell, row-major
    std::vector<int> m_seen; ///< per obstacle: the query that last visited it
    int m_query = 0;
    std::vector<QPolygonF> m_lines; ///< each link's line, flattened
};

} // namespace podwright::gui
