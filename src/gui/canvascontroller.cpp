#include "canvascontroller.h"

#include "canvasedits.h"
#include "podcommands.h"
#include "poddocument.h"
#include "podscene.h"
#include "selectionmodel.h"

#include <QInputDialog>
#include <QMimeData>
#include <QUndoStack>

namespace podwright::gui {

struct CanvasController::DropPlan {
    enum class Op { Refuse, AddPod, AddContainer, AddVolume, AddPort, Mount, Place };
    Op op = Op::Refuse;
    QString reason;
    int resource = -1;
    PartKind part = PartKind::Container;
    CanvasLane lane = CanvasLane::App;
    int insertBefore = -1;
    ElementRef source; ///< the dragged element
    ElementRef target; ///< the container dropped on, if any
};

CanvasController::CanvasController(PodDocument *document, QUndoStack *undoStack,
                                   SelectionModel *selection, PodScene *scene,
                                   QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_selection(selection)
    , m_scene(scene)
    , m_dialogParent(dialogParent)
{
    m_prompts.mountPath = [this](const QString &volume, const QString &container,
                                 const QString &suggested) -> std::optional<QString> {
        const QString question
            = tr("Where should %1 see volume %2? (an absolute path)").arg(container, volume);
        QString path = suggested;
        QString problem;
        // Neither the API server nor this prompt's caller would stop "data": the container
        // would fail to start. Ask again, with the slash added, until it is absolute.
        for (;;) {
            bool ok = false;
            path = QInputDialog::getText(m_dialogParent, tr("Mount Volume"),
                                         problem.isEmpty() ? question
                                                           : problem + QLatin1Char('\n') + question,
                                         QLineEdit::Normal, path, &ok)
                       .trimmed();
            if (!ok || path.isEmpty())
                return std::nullopt;
            if (path.startsWith(QLatin1Char('/')))
                return path;
            problem = tr("“%1” is not an absolute path: a mount path starts with /.").arg(path);
            path.prepend(QLatin1Char('/'));
        }
    };
    m_prompts.choose
        = [this](const QString &question, const QStringList &choices) -> std::optional<QString> {
        bool ok = false;
        const QString choice
            = QInputDialog::getItem(m_dialogParent, tr("Choose"), question, choices, 0, false, &ok);
        return ok ? std::optional<QString>(choice) : std::nullopt;
    };
    createActions();
    connect(selection, &SelectionModel::currentChanged, this, &CanvasController::updateActions);
    connect(document, &PodDocument::changed, this, &CanvasController::updateActions);
    updateActions();
}

void CanvasController::setPrompts(const Prompts &prompts)
{
    if (prompts.mountPath)
        m_prompts.mountPath = prompts.mountPath;
    if (prompts.choose)
        m_prompts.choose = prompts.choose;
}

bool CanvasController::canDecode(const QMimeData *mime)
{
    return mime && (mime->hasFormat(partMimeType()) || mime->hasFormat(elementMimeType()));
}

CanvasController::DropPlan CanvasController::plan(const QMimeData *mime, QPointF pos) const
{
    using Op = DropPlan::Op;
    DropPlan p;
    if (!canDecode(mime)) {
        p.reason = tr("Podwright does not know what this is");
        return p;
    }
    const PodGeometry *pod = m_scene->podAt(pos);
    const ElementRef under = m_scene->elementAt(pos);
    const bool onContainer = under.isValid() && under.kind != ElementRef::Kind::Pod
        && under.kind != ElementRef::Kind::Volume;
    if (pod)
        p.resource = pod->resource;

    if (mime->hasFormat(partMimeType())) {
        const auto part = partFromMime(mime->data(partMimeType()));
        if (!part) {
            p.reason = tr("Podwright does not know this part");
            return p;
        }
        p.part = *part;
        if (*part == PartKind::Pod) {
            p.op = Op::AddPod;
            return p;
        }
        if (!pod && *part == PartKind::Container && m_scene->geometry().pods.empty()) {
            p.op = Op::AddPod; // the empty canvas invites a container: it comes in a new pod
            return p;
        }
        if (!pod) {
            p.reason = m_scene->geometry().pods.empty()
                ? tr("Add a pod first: drag the Pod part onto the canvas")
                : tr("Parts go inside a pod: drop it on a pod's frame");
            return p;
        }
        if (isContainerPart(*part)) {
            p.op = Op::AddContainer;
            p.lane = laneOfPart(*part);
            if (m_scene->laneAt(*pod, pos) == p.lane) {
                p.insertBefore = specInsertIndex(m_document->pod(pod->resource), p.lane,
                                                 dropIndexInLane(*pod, p.lane, pos));
            }
        } else if (isVolumePart(*part)) {
            p.op = Op::AddVolume;
            if (onContainer)
                p.target = under.containerRef();
        } else if (onContainer) {
            p.op = Op::AddPort;
            p.target = under.containerRef();
        } else {
            p.reason = tr("A port belongs on a container: drop it on a container card");
        }
        return p;
    }

    const auto source = elementFromMime(mime->data(elementMimeType()));
    if (!source || !m_document->isValidPodIndex(source->resource)
        || !source->existsIn(m_document->pod(source->resource))) {
        p.reason = tr("The dragged element no longer exists");
        return p;
    }
    p.source = *source;
    if (!pod || pod->resource != source->resource) {
        p.reason = source->kind == ElementRef::Kind::Volume
            ? tr("A volume can only be mounted by containers of its own pod")
            : tr("A container moves between the lanes of its own pod");
        return p;
    }
    const Pod &model = m_document->pod(pod->resource);
    if (source->kind == ElementRef::Kind::Container) {
        const auto lane = m_scene->laneAt(*pod, pos);
        if (!lane) {
            p.reason = tr("Drop the card in a lane: init containers, sidecars or app containers");
            return p;
        }
        p.op = Op::Place;
        p.lane = *lane;
        p.insertBefore = specInsertIndex(model, *lane, dropIndexInLane(*pod, *lane, pos));
        return p;
    }
    if (source->kind == ElementRef::Kind::Volume) {
        if (!onContainer) {
            p.reason = tr("Drop the volume on a container to mount it there");
            return p;
        }
        p.target = under.containerRef();
        p.reason = mountRefusal(model, source->index, p.target);
        if (p.reason.isEmpty())
            p.op = Op::Mount;
        return p;
    }
    p.reason = tr("Only container cards and volumes can be dragged");
    return p;
}

QString CanvasController::refusal(const QMimeData *mime, QPointF scenePos) const
{
    const DropPlan p = plan(mime, scenePos);
    return p.op == DropPlan::Op::Refuse ? p.reason : QString();
}

std::optional<std::pair<int, CanvasLane>> CanvasController::dropLane(const QMimeData *mime,
                                                                     QPointF scenePos) const
{
    const DropPlan p = plan(mime, scenePos);
    if (p.op == DropPlan::Op::AddContainer || p.op == DropPlan::Op::Place)
        return std::make_pair(p.resource, p.lane);
    return std::nullopt;
}

bool CanvasController::drop(const QMimeData *mime, QPointF scenePos)
{
    using Op = DropPlan::Op;
    const DropPlan p = plan(mime, scenePos);
    switch (p.op) {
    case Op::Refuse: return false;
    case Op::AddPod: addPod(); return true;
    case Op::AddContainer:
        return edit(
            p.resource,
            [&](Pod &pod) { return addContainer(pod, p.resource, p.lane, p.insertBefore); },
            tr("Add %1").arg(partLabel(p.part)));
    case Op::AddPort:
        return edit(
            p.resource, [&](Pod &pod) { return addPort(pod, p.target); }, tr("Add Port"));
    case Op::AddVolume: {
        Pod preview = m_document->pod(p.resource);
        const ElementRef volume = addVolume(preview, p.resource, p.part);
        std::optional<QString> path;
        if (p.target.isValid()) {
            path = askMountPath(preview, volume.index, p.target,
                                defaultMountPath(preview, volume.index, p.target));
            if (!path)
                return false;
        }
        return edit(
            p.resource,
            [&](Pod &pod) {
                const ElementRef added = addVolume(pod, p.resource, p.part);
                return path ? mountVolume(pod, added.index, p.target, *path) : added;
            },
            tr("Add %1").arg(partLabel(p.part)));
    }
    case Op::Mount: mountVolumeIn(p.resource, p.source.index, p.target); return true;
    case Op::Place:
        return edit(
            p.resource,
            [&](Pod &pod) { return placeContainer(pod, p.source, p.lane, p.insertBefore); },
            tr("Move Container"));
    }
    return false;
}

std::optional<QString> CanvasController::askMountPath(const Pod &pod, int volume,
                                                      const ElementRef &container,
                                                      const QString &suggested) const
{
    const Container *c = containerAt(pod, container);
    if (!c || volume < 0 || volume >= static_cast<int>(pod.spec.volumes.size()))
        return std::nullopt;
    return m_prompts.mountPath(pod.spec.volumes[static_cast<std::size_t>(volume)].name, c->name,
                               suggested);
}

bool CanvasController::edit(int resource, const std::function<ElementRef(Pod &)> &change,
                            const QString &text)
{
    ElementRef result;
    QString refusal;
    const bool changed = pushPodEdit(
        m_undoStack, m_document, resource, [&](Pod &pod) { result = change(pod); }, text, -1,
        &refusal);
    if (!refusal.isEmpty()) {
        Q_EMIT notice(refusal);
        return false;
    }
    if (result.isValid())
        m_selection->setCurrent(result);
    return changed;
}

int CanvasController::targetResource() const
{
    const ElementRef current = m_selection->current();
    if (m_document->isValidPodIndex(current.resource))
        return current.resource;
    const std::vector<int> pods = m_document->manifest().podResourceIndices();
    return pods.empty() ? -1 : pods.front();
}

void CanvasController::addPod()
{
    const int index = m_document->resourceCount();
    ManifestResource resource;
    resource.pod = newPod(m_document->manifest());
    resource.documentIndex = -1; // a document of its own
    m_undoStack->push(new InsertResourceCommand(m_document, index, resource, tr("Add Pod")));
    m_selection->setCurrent(ElementRef::pod(index));
}

void CanvasController::addPart(PartKind kind)
{
    if (kind == PartKind::Pod || (kind == PartKind::Container && targetResource() < 0)) {
        addPod(); // a new pod comes with a container, which is what a first part needs
        return;
    }
    if (targetResource() < 0) {
        // The part asked for comes in a new pod, in one undo step; a port goes on the pod's
        // container.
        m_undoStack->beginMacro(tr("Add %1").arg(partLabel(kind)));
        addPod();
        if (kind == PartKind::Port)
            m_selection->setCurrent(
                ElementRef::container(targetResource(), ElementRef::Lane::App, 0));
        addPart(kind);
        m_undoStack->endMacro();
        return;
    }
    const int resource = targetResource();
    const ElementRef current = m_selection->current();
    const bool onContainer = current.resource == resource && current.kind != ElementRef::Kind::Pod
        && current.kind != ElementRef::Kind::Volume && current.isValid();
    if (isContainerPart(kind)) {
        edit(
            resource, [&](Pod &pod) { return addContainer(pod, resource, laneOfPart(kind)); },
            tr("Add %1").arg(partLabel(kind)));
    } else if (kind == PartKind::Port) {
        if (onContainer)
            edit(
                resource, [&](Pod &pod) { return addPort(pod, current.containerRef()); },
                tr("Add Port"));
        else
            Q_EMIT notice(tr("A port belongs on a container: select a container card first"));
    } else {
        // A volume added while a container is selected is mounted there, as when dropped on it.
        Pod preview = m_document->pod(resource);
        const ElementRef volume = addVolume(preview, resource, kind);
        std::optional<QString> path;
        if (onContainer) {
            path = askMountPath(preview, volume.index, current.containerRef(),
                                defaultMountPath(preview, volume.index, current.containerRef()));
            if (!path)
                return;
        }
        edit(
            resource,
            [&](Pod &pod) {
                const ElementRef added = addVolume(pod, resource, kind);
                return path ? mountVolume(pod, added.index, current.containerRef(), *path) : added;
            },
            tr("Add %1").arg(partLabel(kind)));
    }
}

void CanvasController::mountVolumeIn(int resource, int volume, const ElementRef &container)
{
    if (!m_document->isValidPodIndex(resource))
        return;
    const Pod &pod = m_document->pod(resource);
    if (!mountRefusal(pod, volume, container).isEmpty())
        return;
    const auto path
        = askMountPath(pod, volume, container, defaultMountPath(pod, volume, container));
    if (!path)
        return;
    edit(
        resource, [&](Pod &p) { return mountVolume(p, volume, container, *path); },
        tr("Mount Volume"));
}

void CanvasController::mountSelectedVolume()
{
    const ElementRef current = m_selection->current();
    if (current.kind != ElementRef::Kind::Volume || !m_document->isValidPodIndex(current.resource))
        return;
    const Pod &pod = m_document->pod(current.resource);
    QStringList names;
    std::vector<ElementRef> refs;
    for (const auto lane : { ElementRef::Lane::Init, ElementRef::Lane::App }) {
        const auto &list
            = lane == ElementRef::Lane::Init ? pod.spec.initContainers : pod.spec.containers;
        for (int i = 0; i < static_cast<int>(list.size()); ++i) {
            const ElementRef ref = ElementRef::container(current.resource, lane, i);
            if (mountRefusal(pod, current.index, ref).isEmpty()) {
                names << list[static_cast<std::size_t>(i)].name;
                refs.push_back(ref);
            }
        }
    }
    if (names.isEmpty())
        return;
    const auto choice = m_prompts.choose(tr("Mount the volume in which container?"), names);
    if (choice && names.contains(*choice))
        mountVolumeIn(current.resource, current.index,
                      refs[static_cast<std::size_t>(names.indexOf(*choice))]);
}

void CanvasController::deleteSelection()
{
    const ElementRef current = m_selection->current();
    if (!m_document->isValidPodIndex(current.resource))
        return;
    if (current.kind == ElementRef::Kind::Pod) {
        m_undoStack->push(
            new RemoveResourceCommand(m_document, current.resource, tr("Delete Pod")));
        return;
    }
    edit(
        current.resource, [&](Pod &pod) { return removeElement(pod, current); }, tr("Delete"));
}

void CanvasController::moveToLane(CanvasLane lane)
{
    const ElementRef current = m_selection->current();
    if (current.kind != ElementRef::Kind::Container
        || !m_document->isValidPodIndex(current.resource))
        return;
    edit(
        current.resource, [&](Pod &pod) { return placeContainer(pod, current, lane); },
        tr("Move Container"));
}

void CanvasController::shiftSelection(int delta)
{
    const ElementRef current = m_selection->current();
    if (current.kind != ElementRef::Kind::Container
        || !m_document->isValidPodIndex(current.resource))
        return;
    edit(
        current.resource, [&](Pod &pod) { return shiftContainer(pod, current, delta); },
        delta < 0 ? tr("Move Earlier") : tr("Move Later"));
}

} // namespace podwright::gui
