#pragma once

#include "canvaslane.h"
#include "elementref.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

/// The parts the palette offers and how parts and canvas elements travel in drag-and-drop.
namespace podwright::gui {

/// What the palette offers; carried in drag-and-drop as MIME data (see partMimeType()).
enum class PartKind {
    Pod,
    Container,
    InitContainer,
    Sidecar,
    EmptyDirVolume,
    HostPathVolume,
    ConfigMapVolume,
    SecretVolume,
    PvcVolume,
    Port,
};

/// "application/x-podwright-part": a palette part, payload partToMime().
QString partMimeType();
/// "application/x-podwright-element": an element dragged on the canvas, payload elementToMime().
QString elementMimeType();

QByteArray partToMime(PartKind kind);
std::optional<PartKind> partFromMime(const QByteArray &data);
QByteArray elementToMime(const ElementRef &ref);
std::optional<ElementRef> elementFromMime(const QByteArray &data);

QString partLabel(PartKind kind); ///< "Container", "emptyDir volume", ... (translated)
QString partDescription(PartKind kind); ///< a one-line tooltip for the palette
bool isVolumePart(PartKind kind);
bool isContainerPart(PartKind kind);
CanvasLane laneOfPart(PartKind kind); ///< for container parts

} // namespace podwright::gui

Q_DECLARE_METATYPE(podwright::gui::PartKind)
