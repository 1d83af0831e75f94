// CanvasController's actions and context menus, apart from its edit logic to keep both files
// short: every drag-and-drop edit has an action with a shortcut here, so the canvas works
// without a mouse.
#include "canvascontroller.h"
#include "canvasedits.h"
#include "poddocument.h"
#include "selectionmodel.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace podwright::gui {

QAction *CanvasController::makeAction(const QString &text, const QKeySequence &shortcut,
                                      const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Only while the canvas has focus: the YAML editor keeps its own Ctrl+Shift+... keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_actions << action;
    return action;
}

void CanvasController::createActions()
{
    makeAction(tr("New &Pod"), QKeySequence(tr("Ctrl+Shift+N")), [this] { addPod(); });
    makeAction(tr("Add &Container"), QKeySequence(tr("Ctrl+Shift+C")),
               [this] { addPart(PartKind::Container); });
    makeAction(tr("Add &Init Container"), QKeySequence(tr("Ctrl+Shift+I")),
               [this] { addPart(PartKind::InitContainer); });
    makeAction(tr("Add &Sidecar"), QKeySequence(tr("Ctrl+Shift+E")),
               [this] { addPart(PartKind::Sidecar); });
    makeAction(tr("Add &Volume (emptyDir)"), QKeySequence(tr("Ctrl+Shift+V")),
               [this] { addPart(PartKind::EmptyDirVolume); });
    for (const PartKind kind : { PartKind::HostPathVolume, PartKind::ConfigMapVolume,
                                 PartKind::SecretVolume, PartKind::PvcVolume }) {
        makeAction(tr("Add %1").arg(partLabel(kind)), QKeySequence(),
                   [this, kind] { addPart(kind); });
    }
    m_addPort = makeAction(tr("Add P&ort"), QKeySequence(tr("Ctrl+Shift+P")),
                           [this] { addPart(PartKind::Port); });
    m_mount = makeAction(tr("&Mount Volume in…"), QKeySequence(tr("Ctrl+Shift+M")),
                         [this] { mountSelectedVolume(); });
    m_containerActions << makeAction(tr("Move to Init Containers"), QKeySequence(tr("Ctrl+Alt+I")),
                                     [this] { moveToLane(CanvasLane::Init); })
                       << makeAction(tr("Move to Sidecars"), QKeySequence(tr("Ctrl+Alt+S")),
                                     [this] { moveToLane(CanvasLane::Sidecar); })
                       << makeAction(tr("Move to App Containers"), QKeySequence(tr("Ctrl+Alt+A")),
                                     [this] { moveToLane(CanvasLane::App); })
                       << makeAction(tr("Move &Earlier"), QKeySequence(tr("Ctrl+Shift+Left")),
                                     [this] { shiftSelection(-1); })
                       << makeAction(tr("Move &Later"), QKeySequence(tr("Ctrl+Shift+Right")),
                                     [this] { shiftSelection(1); });
    // GNOME, Xfce and Cinnamon switch workspaces on Ctrl+Alt+Left/Right, so those only work
    // elsewhere: kept as second keys for whoever learned them.
    for (const int delta : { -1, 1 }) {
        QAction *shift = m_containerActions.at(delta < 0 ? 3 : 4);
        shift->setShortcuts(
            { shift->shortcut(),
              QKeySequence(delta < 0 ? tr("Ctrl+Alt+Left") : tr("Ctrl+Alt+Right")) });
    }
    m_delete = makeAction(tr("&Delete"), QKeySequence::Delete, [this] { deleteSelection(); });
    m_delete->setShortcuts({ QKeySequence::Delete, QKeySequence(Qt::Key_Backspace) });
    m_actions[0]->setObjectName(QStringLiteral("canvasNewPod"));
}

void CanvasController::updateActions()
{
    const ElementRef current = m_selection->current();
    const bool valid = current.isValid() && m_document->isValidPodIndex(current.resource);
    const bool onContainer = valid && current.kind != ElementRef::Kind::Pod
        && current.kind != ElementRef::Kind::Volume;
    m_addPort->setEnabled(onContainer);
    m_mount->setEnabled(valid && current.kind == ElementRef::Kind::Volume);
    m_delete->setEnabled(valid);
    for (QAction *action : m_containerActions)
        action->setEnabled(valid && current.kind == ElementRef::Kind::Container);
}

QMenu *CanvasController::contextMenu(const ElementRef &ref, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto findAction = [this](const QKeySequence &key) {
        for (QAction *a : m_actions) {
            if (a->shortcut() == key)
                return a;
        }
        return static_cast<QAction *>(nullptr);
    };
    const auto addMenu = [&] {
        QMenu *add = menu->addMenu(tr("Add"));
        for (QAction *a : m_actions.mid(1, 9))
            add->addAction(a);
    };
    const bool valid = ref.isValid() && m_document->isValidPodIndex(ref.resource);
    if (!valid) {
        menu->addAction(m_actions[0]);
        if (!m_document->manifest().podResourceIndices().empty())
            addMenu();
        return menu;
    }
    const Pod &pod = m_document->pod(ref.resource);
    switch (ref.kind) {
    case ElementRef::Kind::Pod:
        addMenu();
        menu->addAction(m_actions[0]);
        break;
    case ElementRef::Kind::Container: {
        menu->addAction(m_addPort);
        QMenu *volumes = menu->addMenu(tr("Mount Volume"));
        for (int v = 0; v < static_cast<int>(pod.spec.volumes.size()); ++v) {
            QAction *a = volumes->addAction(pod.spec.volumes[static_cast<std::size_t>(v)].name);
            a->setEnabled(mountRefusal(pod, v, ref).isEmpty());
            connect(a, &QAction::triggered, this,
                    [this, ref, v] { mountVolumeIn(ref.resource, v, ref); });
        }
        volumes->addSeparator();
        volumes->addAction(findAction(QKeySequence(tr("Ctrl+Shift+V"))));
        volumes->setEnabled(true);
        QMenu *move = menu->addMenu(tr("Move to"));
        move->addActions(m_containerActions.mid(0, 3));
        menu->addActions(m_containerActions.mid(3));
        break;
    }
    case ElementRef::Kind::Volume: {
        QMenu *mountIn = menu->addMenu(tr("Mount Volume in"));
        for (const auto lane : { ElementRef::Lane::Init, ElementRef::Lane::App }) {
            const auto &list
                = lane == ElementRef::Lane::Init ? pod.spec.initContainers : pod.spec.containers;
            for (int i = 0; i < static_cast<int>(list.size()); ++i) {
                const ElementRef c = ElementRef::container(ref.resource, lane, i);
                QAction *a = mountIn->addAction(list[static_cast<std::size_t>(i)].name);
                a->setEnabled(mountRefusal(pod, ref.index, c).isEmpty());
                connect(a, &QAction::triggered, this,
                        [this, ref, c] { mountVolumeIn(ref.resource, ref.index, c); });
            }
        }
        break;
    }
    case ElementRef::Kind::Port:
    case ElementRef::Kind::Mount:
    case ElementRef::Kind::None: break;
    }
    menu->addSeparator();
    menu->addAction(m_delete);
    return menu;
}

} // namespace podwright::gui
