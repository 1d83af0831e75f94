#include "canvasedits.h"
#include "canvaslayout.h"
#include "manifestio.h"

#include <QPainterPathStroker>
#include <QTest>

using namespace podwright;
using namespace podwright::gui;

namespace {

Manifest sampleManifest(int appContainers, int initContainers, int sidecars, int volumes)
{
    Pod pod;
    pod.metadata.name = QStringLiteral("web");
    pod.metadata.labels = { { QStringLiteral("app"), QStringLiteral("web") } };
    for (int i = 0; i < initContainers; ++i)
        addContainer(pod, 0, CanvasLane::Init);
    for (int i = 0; i < sidecars; ++i)
        addContainer(pod, 0, CanvasLane::Sidecar);
    for (int i = 0; i < appContainers; ++i) {
        const ElementRef c = addContainer(pod, 0, CanvasLane::App);
        if (i % 2 == 0)
            addPort(pod, c);
    }
    for (int v = 0; v < volumes; ++v) {
        addVolume(pod, 0, PartKind::EmptyDirVolume);
        // Every volume is shared by the first two app containers.
        for (int c = 0; c < std::min(appContainers, 2); ++c)
            mountVolume(pod, v, ElementRef::container(0, ElementRef::Lane::App, c),
                        QStringLiteral("/v%1").arg(v), c == 1);
    }
    Manifest manifest;
    manifest.appendPod(pod);
    Pod second = newPod(manifest);
    manifest.appendPod(second);
    return manifest;
}

std::vector<QRectF> allRects(const CanvasGeometry &g)
{
    std::vector<QRectF> rects;
    for (const auto &pod : g.pods) {
        rects.push_back(pod.frame);
        for (const auto &lane : pod.lanes)
            rects.push_back(lane.rect);
        for (const auto &card : pod.cards) {
            rects.push_back(card.rect);
            for (const auto &pin : card.pins)
                rects.push_back(pin.rect);
        }
        for (const auto &v : pod.volumes)
            rects.push_back(v.rect);
        for (const auto &link : pod.links)
            rects.push_back(QRectF(link.from, link.to));
    }
    return rects;
}

// Every link's line, its label's place and box, to compare two layouts exactly.
std::vector<QRectF> linkRects(const PodGeometry &pod)
{
    std::vector<QRectF> rects;
    for (const auto &link : pod.links) {
        rects.push_back(linkPath(link).boundingRect());
        rects.push_back(QRectF(link.labelPos, link.to));
        rects.push_back(linkLabelRect(link));
    }
    return rects;
}

bool overlap(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).width() > 0.5 && a.intersected(b).height() > 0.5;
}

} // namespace

class TestCanvasLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameModelGivesSameLayout()
    {
        const Manifest manifest = sampleManifest(5, 3, 1, 2);
        const CanvasGeometry a = layoutManifest(manifest);
        const CanvasGeometry b = layoutManifest(sampleManifest(5, 3, 1, 2));
        QCOMPARE(allRects(a), allRects(b));
        QCOMPARE(a.bounds, b.bounds);
        QCOMPARE(a.pods.size(), std::size_t(2));
    }

    void editingOnePodMovesOnlyThePodsBelow()
    {
        Manifest manifest = sampleManifest(2, 0, 0, 0);
        const CanvasGeometry before = layoutManifest(manifest);
        addContainer(manifest.resources[1].pod, 1, CanvasLane::Init);
        const CanvasGeometry after = layoutManifest(manifest);
        QCOMPARE(after.pods[0].frame, before.pods[0].frame);
        QVERIFY(after.pods[1].frame.height() > before.pods[1].frame.height());
    }

    void noOverlaps_data()
    {
        QTest::addColumn<int>("app");
        QTest::addColumn<int>("init");
        QTest::addColumn<int>("sidecars");
        QTest::addColumn<int>("volumes");
        QTest::newRow("empty lanes") << 0 << 0 << 0 << 0;
        QTest::newRow("one of each") << 1 << 1 << 1 << 1;
        QTest::newRow("wrapped lanes") << 9 << 6 << 2 << 5;
        QTest::newRow("hundred containers") << 100 << 0 << 0 << 3;
    }
    void noOverlaps()
    {
        QFETCH(int, app);
        QFETCH(int, init);
        QFETCH(int, sidecars);
        QFETCH(int, volumes);
        const CanvasGeometry g = layoutManifest(sampleManifest(app, init, sidecars, volumes));
        QVERIFY(!overlap(g.pods[0].frame, g.pods[1].frame));
        for (const auto &pod : g.pods) {
            QCOMPARE(pod.lanes.size(), std::size_t(3));
            std::vector<QRectF> boxes;
            for (const auto &card : pod.cards) {
                boxes.push_back(card.rect);
                for (const auto &pin : card.pins)
                    QVERIFY2(card.rect.contains(pin.rect), qPrintable(pin.label));
            }
            for (const auto &v : pod.volumes)
                boxes.push_back(v.rect);
            for (std::size_t i = 0; i < boxes.size(); ++i) {
                QVERIFY(pod.frame.contains(boxes[i]));
                for (std::size_t j = i + 1; j < boxes.size(); ++j)
                    QVERIFY2(!overlap(boxes[i], boxes[j]),
                             qPrintable(QStringLiteral("%1/%2").arg(i).arg(j)));
            }
            for (std::size_t i = 0; i < pod.lanes.size(); ++i) {
                QVERIFY(pod.frame.contains(pod.lanes[i].rect));
                QVERIFY(!overlap(pod.lanes[i].rect, pod.network));
                for (std::size_t j = i + 1; j < pod.lanes.size(); ++j)
                    QVERIFY(!overlap(pod.lanes[i].rect, pod.lanes[j].rect));
            }
            for (const auto &card : pod.cards) {
                const auto &lane = pod.lanes[static_cast<std::size_t>(card.lane)];
                QVERIFY(lane.rect.contains(card.rect));
            }
        }
    }

    void portPinsShareTheCardRow_data()
    {
        QTest::addColumn<int>("ports");
        for (int n = 1; n <= 7; ++n)
            QTest::addRow("%d port(s)", n) << n;
    }
    void portPinsShareTheCardRow()
    {
        // One or two ports get half the card each, so "9100 metrics" is not elided into a
        // third of it; more take thirds and wrap. Pins never overlap or leave their card.
        QFETCH(int, ports);
        Pod pod;
        pod.metadata.name = QStringLiteral("web");
        const ElementRef c = addContainer(pod, 0, CanvasLane::App);
        for (int p = 0; p < ports; ++p)
            addPort(pod, c);
        Manifest manifest;
        manifest.appendPod(pod);
        const CanvasGeometry g = layoutManifest(manifest);
        const auto &card = g.pods[0].cards[0];
        QCOMPARE(card.pins.size(), std::size_t(ports));
        const qreal minWidth
            = (CanvasMetrics::CardWidth - 16) / (ports <= 2 ? 2 : CanvasMetrics::PinsPerRow) - 4;
        for (std::size_t i = 0; i < card.pins.size(); ++i) {
            QVERIFY(card.rect.contains(card.pins[i].rect));
            QVERIFY2(card.pins[i].rect.width() >= minWidth,
                     qPrintable(QString::number(card.pins[i].rect.width())));
            for (std::size_t j = i + 1; j < card.pins.size(); ++j)
                QVERIFY(!overlap(card.pins[i].rect, card.pins[j].rect));
        }
    }

    void initCardsShowRunOrder()
    {
        Manifest manifest = sampleManifest(1, 6, 0, 0);
        // A sidecar between init steps takes a number in the run order too.
        manifest.resources[0].pod.spec.initContainers[2].restartPolicy = QStringLiteral("Always");
        const PodGeometry pod = layoutManifest(manifest).pods[0];
        std::vector<int> initOrders;
        std::vector<int> sidecarOrders;
        for (const auto &card : pod.cards) {
            if (card.lane == CanvasLane::Init)
                initOrders.push_back(card.order);
            if (card.lane == CanvasLane::Sidecar)
                sidecarOrders.push_back(card.order);
        }
        QCOMPARE(initOrders, (std::vector<int> { 1, 2, 4, 5, 6 }));
        QCOMPARE(sidecarOrders, std::vector<int> { 3 });
        // Five init cards in two rows: four arrows, one of them turning down to the next row.
        const LaneGeometry &init = pod.lanes[0];
        QCOMPARE(init.arrows.size(), std::size_t(4));
        QCOMPARE(init.arrows[0].size(), 2);
        QCOMPARE(init.arrows[3].size(), 4);
        // Reading order follows run order.
        QVERIFY(pod.cards[0].rect.left() < pod.cards[1].rect.left());
        QVERIFY(pod.cards[3].rect.top() < pod.cards[4].rect.top());
    }

    void linksJoinCardsToVolumesWithTheirMountPath()
    {
        const PodGeometry pod = layoutManifest(sampleManifest(2, 0, 0, 1)).pods[0];
        QCOMPARE(pod.links.size(), std::size_t(2));
        const auto &volume = pod.volumes[0];
        QCOMPARE(pod.links[0].label, QStringLiteral("/v0"));
        QCOMPARE(pod.links[1].label, QStringLiteral("/v0 (ro)"));
        for (const auto &link : pod.links) {
            QCOMPARE(link.to.y(), volume.rect.top());
            QVERIFY(link.from.y() < link.to.y());
        }
        // Two links into one volume end at different points, their labels do not collide.
        QVERIFY(pod.links[0].to != pod.links[1].to);
        QVERIFY(pod.links[0].labelPos.y() != pod.links[1].labelPos.y());
    }

    void linkLabelsStayOffOtherLinks_data()
    {
        QTest::addColumn<int>("apps");
        QTest::addColumn<int>("inits");
        QTest::addColumn<int>("volumes");
        // The sidecar template's shape: an app and a sidecar sharing one emptyDir.
        QTest::newRow("two links into one volume") << 2 << 0 << 1;
        QTest::newRow("two links into one volume, init cards above") << 2 << 2 << 1;
        QTest::newRow("two links into one volume, a third card") << 3 << 0 << 1;
    }

    void linkLabelsStayOffOtherLinks()
    {
        // A label lying across a neighbour's line reads as that link's label.
        QFETCH(int, apps);
        QFETCH(int, inits);
        QFETCH(int, volumes);
        const PodGeometry pod = layoutManifest(sampleManifest(apps, inits, 0, volumes)).pods[0];
        QVERIFY(pod.links.size() >= 2);
        QPainterPathStroker stroker;
        stroker.setWidth(1);
        for (std::size_t i = 0; i < pod.links.size(); ++i) {
            const QRectF label = linkLabelRect(pod.links[i]);
            for (std::size_t j = 0; j < pod.links.size(); ++j) {
                if (j == i)
                    continue;
                QVERIFY2(!stroker.createStroke(linkPath(pod.links[j])).intersects(label),
                         qPrintable(QStringLiteral("label %1 on link %2").arg(i).arg(j)));
                QVERIFY(!linkLabelRect(pod.links[j]).intersects(label));
            }
            for (const auto &volume : pod.volumes)
                QVERIFY(!volume.rect.intersects(label));
            for (const auto &card : pod.cards)
                QVERIFY(!card.rect.intersects(label));
        }
    }

    void linkLabelsStayReadableInBusyPods_data()
    {
        QTest::addColumn<QString>("file");
        // How many labels may still lie across another link's line (where no spot on their own
        // line is clear of all others): today's figures, so that a change can only improve them.
        QTest::addColumn<int>("maxCrossing");
        const QString canvas = QStringLiteral(PODWRIGHT_TEST_DATA "/canvas/");
        const QString templates = QStringLiteral(PODWRIGHT_TEST_DATA "/../../resources/templates/");
        // Init container, sidecar and three app containers sharing html, logs and config.
        QTest::newRow("web, sidecars, three volumes")
            << canvas + "web-sidecars-three-volumes.yaml" << 0;
        // Two rows of app cards: the first row's links go round the second.
        QTest::newRow("six containers, one emptyDir")
            << canvas + "six-containers-one-emptydir.yaml" << 0;
        QTest::newRow("pipeline, four volumes") << canvas + "pipeline-four-volumes.yaml" << 0;
        // The templates with a shared volume.
        QTest::newRow("web-log-sidecar") << templates + "web-log-sidecar.yaml" << 0;
        QTest::newRow("init-content") << templates + "init-content.yaml" << 0;
        QTest::newRow("adapter") << templates + "adapter.yaml" << 0;
    }

    void linkLabelsStayReadableInBusyPods()
    {
        // A learner reads a mountPath as the mount of the line it sits on: each label lies on
        // its own line, over no card, volume or other label, and (nearly always) across no
        // other link's line.
        QFETCH(QString, file);
        QFETCH(int, maxCrossing);
        const LoadResult loaded = loadManifestFile(file);
        QVERIFY2(loaded.parsed, qPrintable(file));
        const CanvasGeometry g = layoutManifest(loaded.manifest);
        QVERIFY(!g.pods.empty());
        const PodGeometry &pod = g.pods.front();
        QVERIFY(!pod.links.empty());
        QPainterPathStroker stroker;
        stroker.setWidth(1);
        int crossing = 0;
        for (std::size_t i = 0; i < pod.links.size(); ++i) {
            const auto &link = pod.links[i];
            const QRectF label = linkLabelRect(link);
            const QString what = link.label;
            QVERIFY2(stroker.createStroke(linkPath(link)).intersects(label.adjusted(-3, -3, 3, 3)),
                     qPrintable(what + " is not on its own link"));
            QVERIFY2(pod.frame.contains(label), qPrintable(what + " leaves the pod"));
            for (const auto &card : pod.cards)
                QVERIFY2(!card.rect.intersects(label), qPrintable(what + " covers " + card.name));
            for (const auto &volume : pod.volumes)
                QVERIFY2(!volume.rect.intersects(label),
                         qPrintable(what + " covers volume " + volume.name));
            bool crosses = false;
            for (std::size_t j = 0; j < pod.links.size(); ++j) {
                if (j == i)
                    continue;
                QVERIFY2(!linkLabelRect(pod.links[j]).intersects(label),
                         qPrintable(what + " overlaps " + pod.links[j].label));
                crosses = crosses || stroker.createStroke(linkPath(pod.links[j])).intersects(label);
            }
            crossing += crosses ? 1 : 0;
        }
        QVERIFY2(crossing <= maxCrossing, qPrintable(QString::number(crossing)));

        // Nothing is saved: the same file lays out the same labels again.
        const CanvasGeometry again = layoutManifest(loadManifestFile(file).manifest);
        QCOMPARE(linkRects(again.pods.front()), linkRects(pod));
        QCOMPARE(allRects(again), allRects(g));
    }

    void labelsOfLinksGoingRoundSitUnderTheirCards_data()
    {
        QTest::addColumn<QString>("file"); // empty: a hundred containers built here
        const QString canvas = QStringLiteral(PODWRIGHT_TEST_DATA "/canvas/");
        QTest::newRow("web, sidecars, three volumes") << canvas + "web-sidecars-three-volumes.yaml";
        QTest::newRow("six containers, one emptyDir")
            << canvas + "six-containers-one-emptydir.yaml";
        QTest::newRow("pipeline, four volumes") << canvas + "pipeline-four-volumes.yaml";
        QTest::newRow("a hundred containers, three volumes") << QString();
    }

    void labelsOfLinksGoingRoundSitUnderTheirCards()
    {
        // A link from a card with other cards below it goes round them, a long way from its
        // card; its label is read with the card, in the gap under the card's row, before the
        // line joins the others in the margin.
        QFETCH(QString, file);
        Manifest manifest;
        if (file.isEmpty()) {
            Pod pod;
            for (int v = 0; v < 3; ++v)
                addVolume(pod, 0, PartKind::EmptyDirVolume);
            for (int i = 0; i < 100; ++i)
                mountVolume(pod, i % 3, addContainer(pod, 0, CanvasLane::App),
                            QStringLiteral("/data%1").arg(i));
            manifest.appendPod(pod);
        } else {
            manifest = loadManifestFile(file).manifest;
        }
        const PodGeometry pod = layoutManifest(manifest).pods.front();
        QPainterPathStroker stroker;
        stroker.setWidth(1);
        int goingRound = 0;
        for (const auto &link : pod.links) {
            const auto own = std::find_if(pod.cards.begin(), pod.cards.end(), [&](const auto &c) {
                return c.ref == link.mount.containerRef();
            });
            QVERIFY(own != pod.cards.end());
            qreal nextTop = pod.volumeArea.top();
            for (const auto &card : pod.cards) {
                if (card.rect.top() > own->rect.bottom())
                    nextTop = std::min(nextTop, card.rect.top());
            }
            for (const auto &lane : pod.lanes) {
                if (lane.rect.top() > own->rect.bottom())
                    nextTop = std::min(nextTop, lane.rect.top());
            }
            if (link.via.empty())
                continue;
            ++goingRound;
            const QRectF label = linkLabelRect(link);
            QVERIFY2(label.top() >= own->rect.bottom() && label.bottom() <= nextTop,
                     qPrintable(link.label + " is not under " + own->name));
            for (const auto &other : pod.links) {
                if (&other != &link)
                    QVERIFY2(!stroker.createStroke(linkPath(other)).intersects(label),
                             qPrintable(link.label + " lies across " + other.label));
            }
        }
        QVERIFY(goingRound >= 4);
    }

    void linksGoAroundTheCardsOfOtherContainers_data()
    {
        QTest::addColumn<int>("appContainers");
        QTest::addColumn<int>("initContainers");
        QTest::addColumn<int>("sidecars");
        QTest::newRow("init container preparing content") << 1 << 1 << 0;
        QTest::newRow("sidecar beside two app containers") << 2 << 0 << 1;
        QTest::newRow("second init container and a sidecar") << 3 << 2 << 1;
    }

    void linksGoAroundTheCardsOfOtherContainers()
    {
        // A link hidden behind another card reads as if that container mounted the volume: a
        // link from an upper lane goes round the cards below it.
        QFETCH(int, appContainers);
        QFETCH(int, initContainers);
        QFETCH(int, sidecars);
        Manifest manifest = sampleManifest(appContainers, initContainers, sidecars, 1);
        Pod &pod = manifest.resources[0].pod;
        for (int i = 0; i < static_cast<int>(pod.spec.initContainers.size()); ++i)
            QVERIFY(mountVolume(pod, 0, ElementRef::container(0, ElementRef::Lane::Init, i),
                                QStringLiteral("/init%1").arg(i))
                        .isValid());
        const PodGeometry g = layoutManifest(manifest).pods[0];
        QCOMPARE(g.links.size(),
                 std::size_t(std::min(appContainers, 2) + initContainers + sidecars));
        for (const auto &link : g.links) {
            std::vector<QPointF> points { link.from };
            points.insert(points.end(), link.via.begin(), link.via.end());
            points.push_back(link.to);
            for (std::size_t i = 1; i < points.size(); ++i) {
                for (int step = 0; step <= 40; ++step) {
                    const QPointF at = points[i - 1] + (points[i] - points[i - 1]) * step / 40.0;
                    for (const auto &card : g.cards) {
                        if (card.ref == link.mount.containerRef())
                            continue;
                        QVERIFY2(
                            !card.rect.adjusted(1, 1, -1, -1).contains(at),
                            qPrintable(QStringLiteral("%1 crosses %2").arg(link.label, card.name)));
                    }
                }
            }
        }
    }

    void dropIndexFollowsTheCards()
    {
        const PodGeometry pod = layoutManifest(sampleManifest(1, 3, 0, 0)).pods[0];
        const QRectF first = pod.cards[0].rect;
        const QRectF second = pod.cards[1].rect;
        QCOMPARE(dropIndexInLane(pod, CanvasLane::Init, first.topLeft() + QPointF(5, 5)), 0);
        QCOMPARE(dropIndexInLane(pod, CanvasLane::Init, second.topLeft() + QPointF(5, 5)), 1);
        QCOMPARE(dropIndexInLane(pod, CanvasLane::Init, second.topRight() + QPointF(-5, 5)), 2);
        QCOMPARE(dropIndexInLane(pod, CanvasLane::Init, pod.lanes[0].rect.bottomRight()), 3);
    }
};

QTEST_GUILESS_MAIN(TestCanvasLayout)
#include "tst_canvaslayout.moc"
