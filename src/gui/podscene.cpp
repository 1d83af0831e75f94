#include "podscene.h"

#include "containercard.h"
#include "laneitem.h"
#include "poddocument.h"
#include "podframe.h"
#include "portpin.h"
#include "selectionmodel.h"
#include "volumeitem.h"
#include "volumelink.h"

namespace podwright::gui {

namespace {

// Brings `items` in line with `wanted`: reuses the item of each key that stays (so selection
// and runtime overlays survive an edit), creates the new ones and drops the rest.
template<typename Key, typename Item, typename Make, typename Update>
void syncItems(QGraphicsScene *scene, std::map<Key, std::unique_ptr<Item>> &items,
               const std::vector<Key> &wanted, Make make, Update updateItem)
{
    std::map<Key, std::unique_ptr<Item>> next;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        auto node = items.extract(wanted[i]);
        std::unique_ptr<Item> item;
        if (node.empty()) {
            item = make(i);
            scene->addItem(item.get());
        } else {
            item = std::move(node.mapped());
            updateItem(item.get(), i);
        }
        next.emplace(wanted[i], std::move(item));
    }
    items.swap(next); // the leftovers in `next` are deleted here, leaving the scene
}

} // namespace

PodScene::PodScene(PodDocument *document, SelectionModel *selection, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_selection(selection)
{
    connect(document, &PodDocument::podChanged, this, &PodScene::relayout);
    connect(document, &PodDocument::resourceInserted, this, &PodScene::relayout);
    connect(document, &PodDocument::resourceRemoved, this, &PodScene::relayout);
    connect(document, &PodDocument::manifestReset, this, &PodScene::relayout);
    connect(selection, &SelectionModel::currentChanged, this, &PodScene::selectFromModel);
    connect(this, &QGraphicsScene::selectionChanged, this, &PodScene::selectionFromScene);
    relayout();
}

PodScene::~PodScene()
{
    // Items leaving must not clear the shared selection; links go first, as in QtNodes.
    m_syncing = true;
    m_links.clear();
    m_pins.clear();
    m_volumes.clear();
    m_cards.clear();
    m_lanes.clear();
    m_frames.clear();
}

PodScene::Key PodScene::keyOf(const ElementRef &ref)
{
    return { static_cast<int>(ref.kind), ref.resource, static_cast<int>(ref.lane), ref.index,
             ref.subIndex };
}

void PodScene::relayout()
{
    m_syncing = true;
    m_geometry = layoutManifest(m_document->manifest());

    std::vector<const PodGeometry *> pods;
    std::vector<std::pair<int, const LaneGeometry *>> lanes;
    std::vector<const CardGeometry *> cards;
    std::vector<std::pair<const PinGeometry *, CanvasLane>> pins;
    std::vector<const VolumeGeometry *> volumes;
    std::vector<const LinkGeometry *> links;
    std::vector<int> podKeys;
    std::vector<std::pair<int, int>> laneKeys;
    std::vector<Key> cardKeys, pinKeys, volumeKeys, linkKeys;
    for (const auto &pod : m_geometry.pods) {
        pods.push_back(&pod);
        podKeys.push_back(pod.resource);
        for (const auto &lane : pod.lanes) {
            lanes.emplace_back(pod.resource, &lane);
            laneKeys.emplace_back(pod.resource, static_cast<int>(lane.lane));
        }
        for (const auto &card : pod.cards) {
            cards.push_back(&card);
            cardKeys.push_back(keyOf(card.ref));
            for (const auto &pin : card.pins) {
                pins.emplace_back(&pin, card.lane);
                pinKeys.push_back(keyOf(pin.ref));
            }
        }
        for (const auto &volume : pod.volumes) {
            volumes.push_back(&volume);
            volumeKeys.push_back(keyOf(volume.ref));
        }
        for (const auto &link : pod.links) {
            links.push_back(&link);
            linkKeys.push_back(keyOf(link.mount));
        }
    }

    syncItems(
        this, m_frames, podKeys,
        [&](std::size_t i) { return std::make_unique<PodFrame>(*pods[i]); },
        [&](PodFrame *item, std::size_t i) { item->setGeometry(*pods[i]); });
    syncItems(
        this, m_lanes, laneKeys,
        [&](std::size_t i) { return std::make_unique<LaneItem>(lanes[i].first, *lanes[i].second); },
        [&](LaneItem *item, std::size_t i) {
            item->setGeometry(lanes[i].first, *lanes[i].second);
        });
    syncItems(
        this, m_cards, cardKeys,
        [&](std::size_t i) { return std::make_unique<ContainerCard>(*cards[i]); },
        [&](ContainerCard *item, std::size_t i) { item->setGeometry(*cards[i]); });
    syncItems(
        this, m_pins, pinKeys,
        [&](std::size_t i) { return std::make_unique<PortPin>(*pins[i].first, pins[i].second); },
        [&](PortPin *item, std::size_t i) { item->setGeometry(*pins[i].first, pins[i].second); });
    syncItems(
        this, m_volumes, volumeKeys,
        [&](std::size_t i) { return std::make_unique<VolumeItem>(*volumes[i]); },
        [&](VolumeItem *item, std::size_t i) { item->setGeometry(*volumes[i]); });
    syncItems(
        this, m_links, linkKeys,
        [&](std::size_t i) { return std::make_unique<VolumeLink>(*links[i]); },
        [&](VolumeLink *item, std::size_t i) { item->setGeometry(*links[i]); });

    for (const auto &[key, card] : m_cards)
        applyRuntime(card.get());
    setSceneRect(m_geometry.bounds.adjusted(-40, -40, 40, 40));
    m_syncing = false;
    selectFromModel();
}

const PodGeometry *PodScene::podGeometry(int resource) const
{
    for (const auto &pod : m_geometry.pods) {
        if (pod.resource == resource)
            return &pod;
    }
    return nullptr;
}

const PodGeometry *PodScene::podAt(QPointF scenePos) const
{
    for (const auto &pod : m_geometry.pods) {
        if (pod.frame.contains(scenePos))
            return &pod;
    }
    return nullptr;
}

std::optional<CanvasLane> PodScene::laneAt(const PodGeometry &pod, QPointF scenePos) const
{
    const LaneGeometry *nearest = nullptr;
    qreal best = 0;
    for (const auto &lane : pod.lanes) {
        if (lane.rect.contains(scenePos))
            return lane.lane;
        const qreal distance = std::min(std::abs(scenePos.y() - lane.rect.top()),
                                        std::abs(scenePos.y() - lane.rect.bottom()));
        if (!nearest || distance < best) {
            nearest = &lane;
            best = distance;
        }
    }
    // Below the lanes lie the volumes: a card dropped there is not meant for a lane.
    if (!nearest || scenePos.y() > pod.lanes.back().rect.bottom())
        return std::nullopt;
    return nearest->lane;
}

ElementRef PodScene::elementAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) { // topmost first
        if (item->type() == LaneItem::Type)
            continue;
        const ElementRef ref = elementRefOf(item);
        if (ref.isValid())
            return ref;
    }
    return {};
}

QGraphicsItem *PodScene::itemFor(const ElementRef &ref) const
{
    const auto find = [&](const auto &map, const auto &key) -> QGraphicsItem * {
        const auto it = map.find(key);
        return it == map.end() ? nullptr : it->second.get();
    };
    switch (ref.kind) {
    case ElementRef::Kind::Pod: return find(m_frames, ref.resource);
    case ElementRef::Kind::Container: return find(m_cards, keyOf(ref));
    case ElementRef::Kind::Port: return find(m_pins, keyOf(ref));
    case ElementRef::Kind::Volume: return find(m_volumes, keyOf(ref));
    case ElementRef::Kind::Mount: return find(m_links, keyOf(ref));
    case ElementRef::Kind::None: break;
    }
    return nullptr;
}

ContainerCard *PodScene::cardFor(const ElementRef &ref) const
{
    const auto it = m_cards.find(keyOf(ref.containerRef()));
    return it == m_cards.end() ? nullptr : it->second.get();
}

LaneItem *PodScene::laneItem(int resource, CanvasLane lane) const
{
    const auto it = m_lanes.find({ resource, static_cast<int>(lane) });
    return it == m_lanes.end() ? nullptr : it->second.get();
}

std::vector<QGraphicsItem *> PodScene::navigableItems() const
{
    std::vector<QGraphicsItem *> out;
    for (const auto &pod : m_geometry.pods) {
        out.push_back(itemFor(ElementRef::pod(pod.resource)));
        for (const auto &card : pod.cards)
            out.push_back(itemFor(card.ref));
        for (const auto &volume : pod.volumes)
            out.push_back(itemFor(volume.ref));
    }
    return out;
}

void PodScene::selectFromModel()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QGraphicsItem *target = itemFor(m_selection->current());
    for (QGraphicsItem *item : selectedItems()) {
        if (item != target)
            item->setSelected(false);
    }
    if (target) {
        target->setSelected(true);
        if (target->flags() & QGraphicsItem::ItemIsFocusable)
            setFocusItem(target);
    }
    m_syncing = false;
}

void PodScene::selectionFromScene()
{
    if (m_syncing)
        return;
    const QList<QGraphicsItem *> selected = selectedItems();
    // Keep what the model already says when it is among the selected items (a click on an
    // already selected card); otherwise the newest selection wins.
    for (QGraphicsItem *item : selected) {
        if (elementRefOf(item) == m_selection->current())
            return;
    }
    m_selection->setCurrent(selected.isEmpty() ? ElementRef() : elementRefOf(selected.first()));
}

void PodScene::applyRuntime(ContainerCard *card) const
{
    const ElementRef ref = card->geometry().ref;
    if (!m_document->isValidPodIndex(ref.resource))
        return;
    const QString podName = m_document->pod(ref.resource).metadata.name;
    const QString container = card->geometry().name;
    std::optional<ContainerRuntimeState> state;
    if (const auto it = m_status.find(podName); it != m_status.end()) {
        if (const ContainerRuntimeState *s = it->second.container(container))
            state = *s;
    }
    if (state != std::nullopt || card->runtimeState() != std::nullopt)
        card->setRuntimeState(state);
    if (const auto it = m_usage.find({ podName, container }); it != m_usage.end())
        card->setUsage(it->second.cpu, it->second.memory);
    else
        card->setUsage(std::nullopt, std::nullopt);
}

void PodScene::setRuntimeStatus(const QString &podName, const PodRuntimeStatus &status)
{
    m_status[podName] = status;
    for (const auto &[key, card] : m_cards)
        applyRuntime(card.get());
}

void PodScene::clearRuntimeStatus()
{
    m_status.clear();
    m_usage.clear();
    for (const auto &[key, card] : m_cards)
        applyRuntime(card.get());
}

void PodScene::setContainerUsage(const QString &podName, const QString &container,
                                 double cpuMillicores, qint64 memoryBytes)
{
    m_usage[{ podName, container }] = { cpuMillicores, memoryBytes };
    for (const auto &[key, card] : m_cards) {
        if (card->geometry().name == container)
            applyRuntime(card.get());
    }
}

} // namespace podwright::gui
