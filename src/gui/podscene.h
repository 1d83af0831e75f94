#pragma once

#include "canvaslayout.h"
#include "runtime/runtimetypes.h"

#include <QGraphicsScene>

#include <map>
#include <memory>
#include <tuple>

namespace podwright {
class PodDocument;
}

namespace podwright::gui {

class ContainerCard;
class LaneItem;
class PodFrame;
class PortPin;
class SelectionModel;
class VolumeItem;
class VolumeLink;

/**
 * The canvas scene. It follows the document: items are created, updated and destroyed only in
 * slots connected to PodDocument's signals, from the layout engine's output. Items are owned
 * here, keyed by the element they show (as QtNodes' BasicGraphicsScene does), and hold no model
 * state beyond what they paint. Selection is kept in step with the shared SelectionModel.
 */
class PodScene : public QGraphicsScene
{
    Q_OBJECT
public:
    PodScene(PodDocument *document, SelectionModel *selection, QObject *parent = nullptr);
    ~PodScene() override;

    PodDocument *document() const { return m_document; }
    const CanvasGeometry &geometry() const { return m_geometry; }
    const PodGeometry *podGeometry(int resource) const;
    /// The pod whose frame contains `scenePos`.
    const PodGeometry *podAt(QPointF scenePos) const;
    /// The lane of `pod` under `scenePos`, or the nearest one when between lanes.
    std::optional<CanvasLane> laneAt(const PodGeometry &pod, QPointF scenePos) const;
    /// The deepest element at `scenePos`: a pin or mount before its card, a card before its pod.
    ElementRef elementAt(QPointF scenePos) const;
    QGraphicsItem *itemFor(const ElementRef &ref) const;
    ContainerCard *cardFor(const ElementRef &ref) const;
    LaneItem *laneItem(int resource, CanvasLane lane) const;
    /// Cards and volumes in reading order, for keyboard navigation.
    std::vector<QGraphicsItem *> navigableItems() const;

    void setRuntimeStatus(const QString &podName, const PodRuntimeStatus &status);
    void clearRuntimeStatus();
    void setContainerUsage(const QString &podName, const QString &container, double cpuMillicores,
                           qint64 memoryBytes);

public Q_SLOTS:
    /// Lays the whole manifest out again and brings the items in line with it.
    void relayout();

private:
    using Key = std::tuple<int, int, int, int, int>;
    static Key keyOf(const ElementRef &ref);
    void applyRuntime(ContainerCard *card) const;
    void selectFromModel();
    void selectionFromScene();

    PodDocument *m_document;
    SelectionModel *m_selection;
    CanvasGeometry m_geometry;
    bool m_syncing = false;

    std::map<int, std::unique_ptr<PodFrame>> m_frames;
    std::map<std::pair<int, int>, std::unique_ptr<LaneItem>> m_lanes;
    std::map<Key, std::unique_ptr<ContainerCard>> m_cards;
    std::map<Key, std::unique_ptr<PortPin>> m_pins;
    std::map<Key, std::unique_ptr<VolumeItem>> m_volumes;
    std::map<Key, std::unique_ptr<VolumeLink>> m_links;

    struct Usage {
        double cpu = 0;
        qint64 memory = 0;
    };
    std::map<QString, PodRuntimeStatus> m_status;
    std::map<std::pair<QString, QString>, Usage> m_usage;
};

} // namespace podwright::gui
