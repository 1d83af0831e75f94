#pragma once

#include "elementref.h"

#include <QCoreApplication>
#include <QString>

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

struct CanvasGeometry;

/**
 * What a screen reader says about a canvas element, as the description of its interface
 * (CanvasElementAccessible) and of the canvas for the selection: one short sentence,
 * "Container web in Pod web-with-log-shipper, app container, image
 * docker.io/library/nginx:1.27, 1 port, 2 mounts; 2 warnings". Built from the texts the canvas
 * paints (CanvasGeometry) and the document's findings, only when asked, never at start-up.
 */
class CanvasDescription
{
    Q_DECLARE_TR_FUNCTIONS(podwright::gui::CanvasDescription)
public:
    /// The sentence for `ref`, or what to do when nothing (or no pod at all) is there.
    static QString describe(const CanvasGeometry &geometry, const PodDocument &document,
                            const ElementRef &ref);
    /// "2 warnings", "1 error, 1 hint", "no problems": the findings at or under `ref`.
    static QString problems(const PodDocument &document, const ElementRef &ref);

private:
    static QString containers(std::size_t n);
    static QString volumes(std::size_t n);
    static QString ports(std::size_t n);
    static QString mounts(std::size_t n);
};

} // namespace podwright::gui
