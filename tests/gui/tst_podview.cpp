#include "canvascontroller.h"
#include "canvasedits.h"
#include "containercard.h"
#include "manifestio.h"
#include "palettewidget.h"
#include "poddocument.h"
#include "podscene.h"
#include "podview.h"
#include "selectionmodel.h"
#include "volumelink.h"
#include "volumelinklabel.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace podwright;
using namespace podwright::gui;

namespace {

const auto App = ElementRef::Lane::App;
const auto Init = ElementRef::Lane::Init;

Container container(const QString &name)
{
    Container c;
    c.name = name;
    c.image = QStringLiteral("nginx:1.25");
    return c;
}

Manifest manifestWith(const QStringList &app, const QStringList &init = {})
{
    Pod pod;
    pod.metadata.name = QStringLiteral("web");
    for (const QString &name : app)
        pod.spec.containers.push_back(container(name));
    for (const QString &name : init)
        pod.spec.initContainers.push_back(container(name));
    Manifest manifest;
    manifest.appendPod(pod);
    return manifest;
}

QStringList names(const std::vector<Container> &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c.name;
    return out;
}

} // namespace

class TestPodView : public QObject
{
    Q_OBJECT

    std::unique_ptr<PodDocument> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<SelectionModel> m_selection;
    std::unique_ptr<PodView> m_view;
    QStringList m_askedMounts;

    const Pod &pod() const { return m_document->pod(0); }
    const PodGeometry &geometry() const { return *m_view->podScene()->podGeometry(0); }
    QRectF cardRect(const ElementRef &ref) const
    {
        for (const auto &card : geometry().cards) {
            if (card.ref == ref)
                return card.rect;
        }
        return {};
    }
    QRectF laneRect(CanvasLane lane) const { return geometry().lanes[std::size_t(lane)].rect; }

    /// Enter, move and drop, as a drag from the palette or the canvas does; true when the
    /// drop was accepted.
    bool dropAt(QMimeData *mime, QPointF scenePos)
    {
        std::unique_ptr<QMimeData> owner(mime);
        const QPoint pos = m_view->mapFromScene(scenePos);
        QWidget *viewport = m_view->viewport();
        QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &move);
        const bool moveAccepted = move.isAccepted();
        QDropEvent drop(pos, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(viewport, &drop);
        // A refused move must not be followed by an accepted drop, and the other way round.
        if (moveAccepted != drop.isAccepted())
            qWarning("drag move and drop disagree");
        return drop.isAccepted();
    }
    static QMimeData *elementMime(const ElementRef &ref)
    {
        auto *mime = new QMimeData;
        mime->setData(elementMimeType(), elementToMime(ref));
        return mime;
    }
    void triggerShortcut(const QKeySequence &sequence)
    {
        QTest::keySequence(m_view.get(), sequence);
    }

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<PodDocument>();
        m_stack = std::make_unique<QUndoStack>();
        m_selection = std::make_unique<SelectionModel>(m_document.get());
        m_view = std::make_unique<PodView>(m_document.get(), m_stack.get(), m_selection.get());
        m_askedMounts.clear();
        CanvasController::Prompts prompts;
        prompts.mountPath = [this](const QString &volume, const QString &c,
                                   const QString &suggested) -> std::optional<QString> {
            m_askedMounts << volume + QLatin1Char('@') + c;
            return suggested;
        };
        prompts.choose = [](const QString &, const QStringList &choices) -> std::optional<QString> {
            return choices.last();
        };
        m_view->controller()->setPrompts(prompts);
        m_view->resize(1400, 1000);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
        m_stack.reset();
        m_document.reset();
    }

    void dropContainerFromThePalette()
    {
        m_document->setManifest(manifestWith({ "app" }));
        const QPointF inAppLane = laneRect(CanvasLane::App).bottomRight() - QPointF(20, 10);
        QVERIFY(dropAt(PaletteWidget::createMimeData(PartKind::Container), inAppLane));
        QCOMPARE(names(pod().spec.containers), (QStringList { "app", "container-1" }));
        QVERIFY(m_document->text().contains("name: container-1"));
        QVERIFY(m_document->text().contains("image: busybox:1.36"));
        QCOMPARE(m_stack->count(), 1);
        // The new card exists on the canvas and is selected.
        const ElementRef added = ElementRef::container(0, App, 1);
        QCOMPARE(m_selection->current(), added);
        QVERIFY(m_view->podScene()->itemFor(added)->isSelected());
    }

    void dropAVolumeOnTwoContainers()
    {
        m_document->setManifest(manifestWith({ "app", "shipper" }));
        const ElementRef app = ElementRef::container(0, App, 0);
        const ElementRef shipper = ElementRef::container(0, App, 1);
        QVERIFY(dropAt(PaletteWidget::createMimeData(PartKind::EmptyDirVolume),
                       cardRect(app).center()));
        QCOMPARE(m_askedMounts, QStringList { "data-1@app" });
        QCOMPARE(pod().spec.volumes.size(), std::size_t(1));
        // Dragging the volume item to the second container shares it.
        const QRectF volumeRect = geometry().volumes.at(0).rect;
        QVERIFY(!volumeRect.isEmpty());
        QVERIFY(dropAt(elementMime(ElementRef::volume(0, 0)), cardRect(shipper).center()));
        for (const auto &c : pod().spec.containers) {
            QCOMPARE(c.volumeMounts.size(), std::size_t(1));
            QCOMPARE(c.volumeMounts[0].name, QStringLiteral("data-1"));
            QCOMPARE(c.volumeMounts[0].mountPath, QStringLiteral("/data"));
        }
        QCOMPARE(m_document->text().count("mountPath: /data"), 2);
        QCOMPARE(m_stack->count(), 2);
        QCOMPARE(geometry().links.size(), std::size_t(2));

        // A second drop on the same container is refused, with the reason.
        QVERIFY(!dropAt(elementMime(ElementRef::volume(0, 0)), cardRect(shipper).center()));
        QVERIFY2(m_view->lastRefusal().contains(QStringLiteral("already mounts data-1")),
                 qPrintable(m_view->lastRefusal()));
        QCOMPARE(m_stack->count(), 2);
    }

    void dragACardToTheInitLaneIsOneUndoStep()
    {
        m_document->setManifest(manifestWith({ "app", "setup" }));
        const QByteArray before = m_document->text();
        QVERIFY(dropAt(elementMime(ElementRef::container(0, App, 1)),
                       laneRect(CanvasLane::Init).center()));
        QCOMPARE(names(pod().spec.initContainers), QStringList { "setup" });
        QCOMPARE(names(pod().spec.containers), QStringList { "app" });
        QVERIFY(m_document->text().contains("initContainers:"));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_view->podScene()->itemFor(ElementRef::container(0, Init, 0)));

        m_stack->undo();
        QCOMPARE(m_document->text(), before);
        QVERIFY(!m_view->podScene()->itemFor(ElementRef::container(0, Init, 0)));
        QVERIFY(m_view->podScene()->itemFor(ElementRef::container(0, App, 1)));
        m_stack->redo();
        QCOMPARE(names(pod().spec.initContainers), QStringList { "setup" });

        // And on to the sidecar lane: restartPolicy: Always appears.
        QVERIFY(dropAt(elementMime(ElementRef::container(0, Init, 0)),
                       laneRect(CanvasLane::Sidecar).center()));
        QVERIFY(pod().spec.initContainers[0].isSidecar());
        QVERIFY(m_document->text().contains("restartPolicy: Always"));
        QCOMPARE(m_stack->count(), 2);
    }

    void reorderTheInitLane()
    {
        m_document->setManifest(manifestWith({ "app" }, { "i1", "i2", "i3" }));
        const QRectF first = cardRect(ElementRef::container(0, Init, 0));
        QVERIFY(dropAt(elementMime(ElementRef::container(0, Init, 2)),
                       first.topLeft() + QPointF(10, 10)));
        QCOMPARE(names(pod().spec.initContainers), (QStringList { "i3", "i1", "i2" }));
        QCOMPARE(m_stack->count(), 1);
        // The cards show the new run order.
        const auto *card = m_view->podScene()->cardFor(ElementRef::container(0, Init, 0));
        QCOMPARE(card->geometry().name, QStringLiteral("i3"));
        QCOMPARE(card->geometry().order, 1);
    }

    void invalidDropsAreRefused_data()
    {
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("reason");
        QTest::newRow("port on the pod frame") << int(PartKind::Port) << "header"
                                               << "A port belongs on a container";
        QTest::newRow("container outside every pod") << int(PartKind::Container) << "outside"
                                                     << "drop it on a pod";
    }
    void invalidDropsAreRefused()
    {
        QFETCH(int, part);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        m_document->setManifest(manifestWith({ "app" }));
        const QByteArray before = m_document->text();
        const QPointF pos = where == QLatin1String("header")
            ? geometry().header.center()
            : geometry().frame.bottomRight() + QPointF(30, 30);
        QVERIFY(!dropAt(PaletteWidget::createMimeData(PartKind(part)), pos));
        QVERIFY2(m_view->lastRefusal().contains(reason), qPrintable(m_view->lastRefusal()));
        QCOMPARE(m_document->text(), before);
        QCOMPARE(m_stack->count(), 0);
    }

    void keyboardOnlyConstructionOfATwoContainerPod()
    {
        m_view->activateWindow();
        m_view->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QCOMPARE(m_document->resourceCount(), 1);
        QCOMPARE(m_selection->current(), ElementRef::pod(0));
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
        QCOMPARE(names(pod().spec.containers), (QStringList { "container-1", "container-2" }));
        // A port on the new container, then an emptyDir mounted in it.
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        QCOMPARE(pod().spec.containers[1].ports.size(), std::size_t(1));
        // Up from the new pin goes back to its card; a volume added there is mounted in it.
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_selection->current(), ElementRef::container(0, App, 1));
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+V")));
        QCOMPARE(pod().spec.containers[1].volumeMounts.size(), std::size_t(1));
        QCOMPARE(m_selection->current(), ElementRef::mount(0, App, 1, 0));
        // Arrow keys walk the cards: Up to container-2, Left to container-1, Down to the
        // volume, and Ctrl+Shift+M shares the volume (the prompt picks container-1).
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_selection->current(), ElementRef::container(0, App, 1));
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_selection->current(), ElementRef::container(0, App, 0));
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_selection->current(), ElementRef::volume(0, 0));
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
        QCOMPARE(pod().spec.containers[0].volumeMounts.size(), std::size_t(1));
        // Back to container-1, move it to the init lane and back, then delete it.
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_selection->current(), ElementRef::container(0, App, 0));
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+I")));
        QCOMPARE(names(pod().spec.initContainers), QStringList { "container-1" });
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+A")));
        QCOMPARE(names(pod().spec.containers), (QStringList { "container-2", "container-1" }));
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(names(pod().spec.containers), QStringList { "container-2" });
        QVERIFY(m_document->text().contains("containerPort: 8080"));
    }

    void selectionFollowsTheModelBothWays()
    {
        m_document->setManifest(manifestWith({ "app", "web" }));
        PodScene *scene = m_view->podScene();
        const ElementRef web = ElementRef::container(0, App, 1);
        m_selection->setCurrent(web);
        QCOMPARE(scene->selectedItems().size(), 1);
        QCOMPARE(elementRefOf(scene->selectedItems().first()), web);

        const ElementRef app = ElementRef::container(0, App, 0);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->mapFromScene(cardRect(app).center()));
        QCOMPARE(m_selection->current(), app);
        QVERIFY(!scene->itemFor(web)->isSelected());

        // The selection survives an edit made elsewhere (the inspector renaming a container).
        Pod renamed = pod();
        renamed.spec.containers[0].name = QStringLiteral("api");
        m_document->setPod(0, renamed);
        QVERIFY(scene->itemFor(app)->isSelected());
        QCOMPARE(scene->cardFor(app)->geometry().name, QStringLiteral("api"));
    }

    void mountLabelsPaintAboveEveryLinkAndSelectTheirMount()
    {
        // Where the layout could not keep a label clear of another link's line, that line
        // passes under the label instead of striking its text; a click on the label still
        // selects its mount.
        m_document->setManifest(
            loadManifestFile(
                QStringLiteral(PODWRIGHT_TEST_DATA "/canvas/pipeline-four-volumes.yaml"))
                .manifest);
        PodScene *scene = m_view->podScene();
        qreal highestLine = std::numeric_limits<qreal>::lowest();
        for (const QGraphicsItem *item : scene->items()) {
            if (item->type() == VolumeLink::Type)
                highestLine = std::max(highestLine, item->zValue());
        }
        QVERIFY(!geometry().links.empty());
        for (const auto &link : geometry().links) {
            const auto *item = qgraphicsitem_cast<VolumeLink *>(scene->itemFor(link.mount));
            QVERIFY(item);
            QCOMPARE(item->label()->scene(), scene);
            QVERIFY(item->label()->zValue() > highestLine);
            QVERIFY(item->label()->boundingRect().contains(linkLabelRect(link)));
            m_view->centerOn(link.labelPos);
            QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                              m_view->mapFromScene(link.labelPos));
            QVERIFY2(m_selection->current() == link.mount, qPrintable(link.label));
        }

        // The labels leave with their links.
        m_document->setManifest(manifestWith({ "app" }));
        for (const QGraphicsItem *item : scene->items())
            QVERIFY(item->type() != VolumeLinkLabel::Type);
    }

    void runtimeBadgesShowTheGivenStatus()
    {
        Manifest manifest = manifestWith({ "app", "worker" });
        manifest.resources[0].pod.spec.containers[0].resources.limits
            = { { QStringLiteral("cpu"), QStringLiteral("500m") },
                { QStringLiteral("memory"), QStringLiteral("128Mi") } };
        m_document->setManifest(manifest);
        PodRuntimeStatus status;
        status.name = QStringLiteral("web");
        ContainerRuntimeState running;
        running.name = QStringLiteral("app");
        running.state = ContainerRuntimeState::State::Running;
        running.restartCount = 2;
        ContainerRuntimeState failed;
        failed.name = QStringLiteral("worker");
        failed.state = ContainerRuntimeState::State::Terminated;
        failed.exitCode = 137;
        status.containers = { running, failed };
        m_view->setRuntimeStatus(QStringLiteral("web"), status);
        m_view->setContainerUsage(QStringLiteral("web"), QStringLiteral("app"), 250,
                                  64 * 1024 * 1024);
        auto *app = m_view->podScene()->cardFor(ElementRef::container(0, App, 0));
        auto *worker = m_view->podScene()->cardFor(ElementRef::container(0, App, 1));
        QCOMPARE(app->badgeText(), QStringLiteral("running ↻2"));
        QCOMPARE(worker->badgeText(), QStringLiteral("terminated (137)"));
        QCOMPARE(app->cpuFraction(), 0.5);
        QCOMPARE(app->memoryFraction(), 0.5);
        QCOMPARE(worker->cpuFraction(), -1.0); // no usage, no limit: no bar
        m_view->grab(); // paints every overlay once

        m_view->clearRuntimeStatus();
        QVERIFY(app->badgeText().isEmpty());
        QCOMPARE(app->cpuFraction(), -1.0);
    }

    void paletteDragsCarryThePart()
    {
        PaletteWidget palette;
        QListWidgetItem *sidecar = nullptr;
        for (int i = 0; i < palette.list()->count(); ++i) {
            if (palette.list()->item(i)->text() == partLabel(PartKind::Sidecar))
                sidecar = palette.list()->item(i);
        }
        QVERIFY(sidecar);
        QVERIFY(sidecar->flags() & Qt::ItemIsDragEnabled);
        QSignalSpy activated(&palette, &PaletteWidget::partActivated);
        Q_EMIT palette.list()->itemActivated(sidecar);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<PartKind>(), PartKind::Sidecar);
    }

    void emptyCanvasAcceptsAContainerAsANewPod()
    {
        QVERIFY(m_view->editActions().size() >= 12);
        QVERIFY(dropAt(PaletteWidget::createMimeData(PartKind::Container), QPointF(0, 0)));
        QCOMPARE(m_document->resourceCount(), 1);
        QCOMPARE(pod().spec.containers.size(), std::size_t(1));
        m_stack->undo();
        QCOMPARE(m_document->resourceCount(), 0);
    }

    void paletteActivationWithoutAPodBringsOneWithThePart_data()
    {
        QTest::addColumn<PartKind>("kind");
        QTest::addColumn<int>("initContainers");
        QTest::addColumn<int>("volumes");
        QTest::addColumn<int>("ports");
        QTest::newRow("init container") << PartKind::InitContainer << 1 << 0 << 0;
        QTest::newRow("sidecar") << PartKind::Sidecar << 1 << 0 << 0;
        QTest::newRow("emptyDir volume") << PartKind::EmptyDirVolume << 0 << 1 << 0;
        QTest::newRow("secret volume") << PartKind::SecretVolume << 0 << 1 << 0;
        QTest::newRow("port") << PartKind::Port << 0 << 0 << 1;
    }

    void paletteActivationWithoutAPodBringsOneWithThePart()
    {
        // Enter on a palette part with nothing on the canvas: the part asked for comes in a new
        // pod, as one undo step, rather than a pod without it.
        QFETCH(PartKind, kind);
        QFETCH(int, initContainers);
        QFETCH(int, volumes);
        QFETCH(int, ports);
        m_view->addPart(kind);
        QCOMPARE(m_document->resourceCount(), 1);
        QCOMPARE(pod().spec.containers.size(), std::size_t(1));
        QCOMPARE(int(pod().spec.initContainers.size()), initContainers);
        QCOMPARE(int(pod().spec.volumes.size()), volumes);
        QCOMPARE(int(pod().spec.containers[0].ports.size()), ports);
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(m_document->resourceCount(), 0);
    }

    void theMenuKeyOpensTheSelectionsMenuWhereverThePointerIs()
    {
        // X11 turns the Menu key into a context-menu event at the mouse pointer: it must not
        // select whatever lies under the pointer (here the background) instead of the card the
        // keyboard user is on, nor open a second menu.
        m_document->setManifest(manifestWith({ "web", "proxy" }));
        const ElementRef proxy = ElementRef::container(0, App, 1);
        m_selection->setCurrent(proxy);
        // The texts of each menu the event opened (closing them again).
        const auto openedMenus = [](QEvent *event, QObject *receiver) {
            QCoreApplication::sendEvent(receiver, event);
            QList<QMenu *> menus;
            const bool shown = QTest::qWaitFor([&] {
                menus.clear();
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *menu = qobject_cast<QMenu *>(w); menu && menu->isVisible())
                        menus << menu;
                }
                return !menus.isEmpty();
            });
            QList<QStringList> texts;
            if (!shown)
                return texts;
            for (QMenu *menu : menus) {
                texts.append(QStringList());
                for (QAction *action : menu->actions())
                    texts.back() << action->text().remove(QLatin1Char('&'));
                menu->close();
            }
            QCoreApplication::processEvents();
            return texts;
        };
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(2, 2),
                                  m_view->viewport()->mapToGlobal(QPoint(2, 2)));
        QList<QStringList> menus = openedMenus(&menuKey, m_view.get()); // the focus widget
        QCOMPARE(menus.size(), 1);
        QVERIFY2(menus[0].contains(QStringLiteral("Add Port")), qPrintable(menus[0].join(u',')));
        QCOMPARE(m_selection->current(), proxy);
        // Shift+F10, the other context-menu key, which no platform turns into the event.
        QKeyEvent shiftF10(QEvent::KeyPress, Qt::Key_F10, Qt::ShiftModifier);
        menus = openedMenus(&shiftF10, m_view.get());
        QCOMPARE(menus.size(), 1);
        QVERIFY2(menus[0].contains(QStringLiteral("Add Port")), qPrintable(menus[0].join(u',')));
        QCOMPARE(m_selection->current(), proxy);
    }

    void moveEarlierAndLaterHaveKeysTheDesktopLeavesAlone()
    {
        // GNOME (Debian's default desktop), Xfce and Cinnamon switch workspaces on
        // Ctrl+Alt+Left/Right: the app never sees them, so the first key is another one.
        m_document->setManifest(manifestWith({ "a", "b" }));
        m_view->activateWindow();
        m_view->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_selection->setCurrent(ElementRef::container(0, App, 0));
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Right")));
        QCOMPARE(names(pod().spec.containers), (QStringList { "b", "a" }));
        triggerShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Left")));
        QCOMPARE(names(pod().spec.containers), (QStringList { "a", "b" }));
        for (QAction *action : m_view->editActions()) {
            const QString shown = action->shortcut().toString(QKeySequence::PortableText);
            QVERIFY2(!shown.startsWith(QLatin1String("Ctrl+Alt+Left"))
                         && !shown.startsWith(QLatin1String("Ctrl+Alt+Right")),
                     qPrintable(action->text()));
        }
    }

    void theMountPromptInsistsOnAnAbsolutePath()
    {
        // The window's own prompt, not the test's: a relative path is asked again.
        m_document->setManifest(manifestWith({ "web" }));
        PodView view(m_document.get(), m_stack.get(), m_selection.get());
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QStringList asked;
        std::function<void(QStringList)> answer = [&](QStringList texts) {
            QTimer::singleShot(0, [&, texts] {
                auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                if (!dialog) {
                    answer(texts);
                    return;
                }
                asked << dialog->labelText();
                dialog->setTextValue(texts.first());
                if (texts.size() > 1)
                    answer(texts.mid(1));
                dialog->accept();
            });
        };
        answer({ QStringLiteral("cache"), QStringLiteral("/var/cache") });
        m_selection->setCurrent(ElementRef::container(0, App, 0));
        view.addPart(PartKind::EmptyDirVolume);
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked[1].contains(QLatin1String("not an absolute path")), qPrintable(asked[1]));
        QCOMPARE(pod().spec.containers[0].volumeMounts.size(), std::size_t(1));
        QCOMPARE(pod().spec.containers[0].volumeMounts[0].mountPath, QStringLiteral("/var/cache"));
    }

    void aPortWithoutASelectedContainerSaysWhy()
    {
        m_document->setManifest(manifestWith({ "web", "proxy" }));
        m_selection->setCurrent(ElementRef::pod(0));
        QSignalSpy notices(m_view->controller(), &CanvasController::notice);
        m_view->addPart(PartKind::Port);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.at(0).at(0).toString().contains(QLatin1String("container")),
                 qPrintable(notices.at(0).at(0).toString()));
    }
};

QTEST_MAIN(TestPodView)
#include "tst_podview.moc"
