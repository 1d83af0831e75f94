#include "canvasedits.h"

#include <QTest>

using namespace podwright;
using namespace podwright::gui;

namespace {

Container container(const QString &name, const QString &restartPolicy = {})
{
    Container c;
    c.name = name;
    c.image = QStringLiteral("busybox:1.36");
    c.restartPolicy = restartPolicy;
    return c;
}

/// init: [i1, s1 (sidecar), i2]; app: [a1, a2]; volumes: [data (emptyDir), conf (configMap)]
Pod samplePod()
{
    Pod pod;
    pod.metadata.name = QStringLiteral("web");
    pod.spec.initContainers = { container(QStringLiteral("i1")),
                                container(QStringLiteral("s1"), QStringLiteral("Always")),
                                container(QStringLiteral("i2")) };
    pod.spec.containers = { container(QStringLiteral("a1")), container(QStringLiteral("a2")) };
    Volume data;
    data.name = QStringLiteral("data");
    data.emptyDir.emplace();
    Volume conf;
    conf.name = QStringLiteral("conf");
    conf.configMap.emplace();
    pod.spec.volumes = { data, conf };
    VolumeMount m;
    m.name = QStringLiteral("data");
    m.mountPath = QStringLiteral("/data");
    pod.spec.containers[0].volumeMounts.push_back(m);
    pod.spec.initContainers[0].volumeMounts.push_back(m);
    return pod;
}

QStringList names(const std::vector<Container> &list)
{
    QStringList out;
    for (const auto &c : list)
        out << (c.isSidecar() ? c.name + QLatin1Char('*') : c.name);
    return out;
}

const auto Init = ElementRef::Lane::Init;
const auto App = ElementRef::Lane::App;

} // namespace

class TestCanvasEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partsRoundTripThroughMime()
    {
        for (int k = 0; k <= static_cast<int>(PartKind::Port); ++k) {
            const auto kind = static_cast<PartKind>(k);
            QCOMPARE(partFromMime(partToMime(kind)), kind);
            QVERIFY(!partLabel(kind).isEmpty());
        }
        QCOMPARE(partFromMime("nonsense"), std::nullopt);
        const ElementRef ref = ElementRef::mount(2, Init, 3, 1);
        QCOMPARE(elementFromMime(elementToMime(ref)), ref);
        QCOMPARE(elementFromMime("1 2 3"), std::nullopt);
    }

    void uniqueNames_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unused prefix starts at 1") << "container"
                                                   << "container-1";
        QTest::newRow("taken numbers are skipped") << "init"
                                                   << "init-3";
        QTest::newRow("names of both lists count") << "sidecar"
                                                   << "sidecar-2";
    }
    void uniqueNames()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, expected);
        Pod pod = samplePod();
        pod.spec.initContainers.push_back(container(QStringLiteral("init-1")));
        pod.spec.initContainers.push_back(container(QStringLiteral("init-2")));
        pod.spec.containers.push_back(container(QStringLiteral("sidecar-1")));
        QCOMPARE(uniqueContainerName(pod, prefix), expected);
    }

    void addContainerToEachLane_data()
    {
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("insertBefore");
        QTest::addColumn<QStringList>("initNames");
        QTest::addColumn<QStringList>("appNames");
        QTest::addColumn<ElementRef>("ref");
        QTest::newRow("app appended")
            << int(CanvasLane::App) << -1 << QStringList { "i1", "s1*", "i2" }
            << QStringList { "a1", "a2", "container-1" } << ElementRef::container(0, App, 2);
        QTest::newRow("init inserted first")
            << int(CanvasLane::Init) << 0 << QStringList { "init-1", "i1", "s1*", "i2" }
            << QStringList { "a1", "a2" } << ElementRef::container(0, Init, 0);
        QTest::newRow("sidecar gets restartPolicy Always")
            << int(CanvasLane::Sidecar) << -1 << QStringList { "i1", "s1*", "i2", "sidecar-1*" }
            << QStringList { "a1", "a2" } << ElementRef::container(0, Init, 3);
    }
    void addContainerToEachLane()
    {
        QFETCH(int, lane);
        QFETCH(int, insertBefore);
        QFETCH(QStringList, initNames);
        QFETCH(QStringList, appNames);
        QFETCH(ElementRef, ref);
        Pod pod = samplePod();
        QCOMPARE(addContainer(pod, 0, CanvasLane(lane), insertBefore), ref);
        QCOMPARE(names(pod.spec.initContainers), initNames);
        QCOMPARE(names(pod.spec.containers), appNames);
        QCOMPARE(containerAt(pod, ref)->image, QStringLiteral("busybox:1.36"));
    }

    void newPodIsNamedAfterTheOthers()
    {
        Manifest manifest;
        const Pod first = newPod(manifest);
        QCOMPARE(first.metadata.name, QStringLiteral("pod-1"));
        QCOMPARE(first.spec.containers.size(), std::size_t(1));
        manifest.appendPod(first);
        QCOMPARE(newPod(manifest).metadata.name, QStringLiteral("pod-2"));
    }

    void volumesGetKindSpecificDefaults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sourceKind");
        QTest::newRow("emptyDir") << int(PartKind::EmptyDirVolume) << "data-1"
                                  << "emptyDir";
        QTest::newRow("hostPath") << int(PartKind::HostPathVolume) << "host-1"
                                  << "hostPath";
        QTest::newRow("configMap") << int(PartKind::ConfigMapVolume) << "config-1"
                                   << "configMap";
        QTest::newRow("secret") << int(PartKind::SecretVolume) << "secret-1"
                                << "secret";
        QTest::newRow("pvc") << int(PartKind::PvcVolume) << "claim-1"
                             << "persistentVolumeClaim";
    }
    void volumesGetKindSpecificDefaults()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, sourceKind);
        Pod pod = samplePod();
        const ElementRef ref = addVolume(pod, 4, PartKind(kind));
        QCOMPARE(ref, ElementRef::volume(4, 2));
        const Volume &v = pod.spec.volumes.back();
        QCOMPARE(v.name, name);
        QCOMPARE(Volume::sourceKindName(v.sourceKind()), sourceKind);
        if (v.hostPath)
            QCOMPARE(v.hostPath->path, QStringLiteral("/tmp/podwright-data"));
    }

    void portsGetAFreeNumberAcrossThePod()
    {
        Pod pod = samplePod();
        ContainerPort taken;
        taken.containerPort = 8080;
        pod.spec.containers[1].ports.push_back(taken);
        const ElementRef ref = addPort(pod, ElementRef::container(0, App, 0));
        QCOMPARE(ref, ElementRef::port(0, App, 0, 0));
        QCOMPARE(pod.spec.containers[0].ports[0].containerPort, qint64(8081));
        QVERIFY(!addPort(pod, ElementRef::volume(0, 0)).isValid());
    }

    void mountRefusals_data()
    {
        QTest::addColumn<int>("volume");
        QTest::addColumn<ElementRef>("target");
        QTest::addColumn<bool>("refused");
        QTest::newRow("a second container may share it")
            << 0 << ElementRef::container(0, App, 1) << false;
        QTest::newRow("a container mounting it already")
            << 0 << ElementRef::container(0, App, 0) << true;
        QTest::newRow("a volume is not a container") << 1 << ElementRef::volume(0, 0) << true;
        QTest::newRow("a missing volume") << 7 << ElementRef::container(0, App, 1) << true;
    }
    void mountRefusals()
    {
        QFETCH(int, volume);
        QFETCH(ElementRef, target);
        QFETCH(bool, refused);
        const Pod pod = samplePod();
        QCOMPARE(!mountRefusal(pod, volume, target).isEmpty(), refused);
        Pod edited = pod;
        QCOMPARE(mountVolume(edited, volume, target, QStringLiteral("/x")).isValid(), !refused);
        QCOMPARE(edited == pod, refused);
    }

    void mountSharesAVolumeAndPicksAFreePath()
    {
        Pod pod = samplePod();
        const ElementRef a2 = ElementRef::container(0, App, 1);
        QCOMPARE(defaultMountPath(pod, 0, a2), QStringLiteral("/data"));
        QCOMPARE(defaultMountPath(pod, 1, a2), QStringLiteral("/etc/config"));
        const ElementRef mount = mountVolume(pod, 0, a2, QStringLiteral("/data"), true);
        QCOMPARE(mount, ElementRef::mount(0, App, 1, 0));
        QCOMPARE(pod.spec.containers[1].volumeMounts[0].readOnly, std::optional<bool>(true));
        // /data is taken in a2 now: another emptyDir would go elsewhere.
        addVolume(pod, 0, PartKind::EmptyDirVolume);
        QCOMPARE(defaultMountPath(pod, 2, a2), QStringLiteral("/data-1"));
    }

    void placeContainer_data()
    {
        QTest::addColumn<ElementRef>("from");
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("insertBefore");
        QTest::addColumn<QStringList>("initNames");
        QTest::addColumn<QStringList>("appNames");
        QTest::addColumn<ElementRef>("result");
        QTest::newRow("app to init, appended")
            << ElementRef::container(0, App, 1) << int(CanvasLane::Init) << -1
            << QStringList { "i1", "s1*", "i2", "a2" } << QStringList { "a1" }
            << ElementRef::container(0, Init, 3);
        QTest::newRow("app to sidecar, first")
            << ElementRef::container(0, App, 0) << int(CanvasLane::Sidecar) << 0
            << QStringList { "a1*", "i1", "s1*", "i2" } << QStringList { "a2" }
            << ElementRef::container(0, Init, 0);
        QTest::newRow("sidecar to app clears restartPolicy")
            << ElementRef::container(0, Init, 1) << int(CanvasLane::App) << 1
            << QStringList { "i1", "i2" } << QStringList { "a1", "s1", "a2" }
            << ElementRef::container(0, App, 1);
        QTest::newRow("init to sidecar keeps its run position")
            << ElementRef::container(0, Init, 2) << int(CanvasLane::Sidecar) << -1
            << QStringList { "i1", "s1*", "i2*" } << QStringList { "a1", "a2" }
            << ElementRef::container(0, Init, 2);
        QTest::newRow("reorder init: last before first")
            << ElementRef::container(0, Init, 2) << int(CanvasLane::Init) << 0
            << QStringList { "i2", "i1", "s1*" } << QStringList { "a1", "a2" }
            << ElementRef::container(0, Init, 0);
        QTest::newRow("reorder init: first to the end")
            << ElementRef::container(0, Init, 0) << int(CanvasLane::Init) << 3
            << QStringList { "s1*", "i2", "i1" } << QStringList { "a1", "a2" }
            << ElementRef::container(0, Init, 2);
        QTest::newRow("drop on itself changes nothing")
            << ElementRef::container(0, App, 0) << int(CanvasLane::App) << 0
            << QStringList { "i1", "s1*", "i2" } << QStringList { "a1", "a2" }
            << ElementRef::container(0, App, 0);
    }
    void placeContainer()
    {
        QFETCH(ElementRef, from);
        QFETCH(int, lane);
        QFETCH(int, insertBefore);
        QFETCH(QStringList, initNames);
        QFETCH(QStringList, appNames);
        QFETCH(ElementRef, result);
        Pod pod = samplePod();
        QCOMPARE(gui::placeContainer(pod, from, CanvasLane(lane), insertBefore), result);
        QCOMPARE(names(pod.spec.initContainers), initNames);
        QCOMPARE(names(pod.spec.containers), appNames);
    }

    void movingKeepsMountsAndPorts()
    {
        Pod pod = samplePod();
        const ElementRef moved
            = gui::placeContainer(pod, ElementRef::container(0, App, 0), CanvasLane::Init, 0);
        QCOMPARE(containerAt(pod, moved)->volumeMounts.size(), std::size_t(1));
    }

    void specInsertIndexMapsDisplayPositions_data()
    {
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("display");
        QTest::addColumn<int>("spec");
        QTest::newRow("init: before the second init card") << int(CanvasLane::Init) << 1 << 2;
        QTest::newRow("init: after the last") << int(CanvasLane::Init) << 2 << 3;
        QTest::newRow("sidecar: before the only one") << int(CanvasLane::Sidecar) << 0 << 1;
        QTest::newRow("sidecar: after the only one") << int(CanvasLane::Sidecar) << 1 << 2;
        QTest::newRow("app: at the end") << int(CanvasLane::App) << 9 << 2;
    }
    void specInsertIndexMapsDisplayPositions()
    {
        QFETCH(int, lane);
        QFETCH(int, display);
        QFETCH(int, spec);
        QCOMPARE(specInsertIndex(samplePod(), CanvasLane(lane), display), spec);
    }

    void shiftContainerSkipsOtherLanes()
    {
        Pod pod = samplePod();
        // i2 moves earlier past the sidecar s1, in front of i1 within the init lane.
        const ElementRef r = shiftContainer(pod, ElementRef::container(0, Init, 2), -1);
        QCOMPARE(r, ElementRef::container(0, Init, 0));
        QCOMPARE(names(pod.spec.initContainers), (QStringList { "i2", "s1*", "i1" }));
        // Already first: nothing moves.
        QCOMPARE(shiftContainer(pod, r, -1), r);
        QCOMPARE(names(pod.spec.initContainers), (QStringList { "i2", "s1*", "i1" }));
    }

    void removeElement_data()
    {
        QTest::addColumn<ElementRef>("ref");
        QTest::addColumn<ElementRef>("next");
        QTest::newRow("container") << ElementRef::container(0, App, 0) << ElementRef::pod(0);
        QTest::newRow("volume") << ElementRef::volume(0, 0) << ElementRef::pod(0);
        QTest::newRow("mount") << ElementRef::mount(0, Init, 0, 0)
                               << ElementRef::container(0, Init, 0);
        QTest::newRow("missing") << ElementRef::container(0, App, 9) << ElementRef();
    }
    void removeElement()
    {
        QFETCH(ElementRef, ref);
        QFETCH(ElementRef, next);
        Pod pod = samplePod();
        QCOMPARE(gui::removeElement(pod, ref), next);
        if (ref.kind == ElementRef::Kind::Volume) {
            // Every mount of the volume goes with it, or the pod would be invalid.
            QCOMPARE(pod.spec.volumes.size(), std::size_t(1));
            QVERIFY(pod.spec.containers[0].volumeMounts.empty());
            QVERIFY(pod.spec.initContainers[0].volumeMounts.empty());
        }
        if (ref.kind == ElementRef::Kind::Container && next.isValid())
            QCOMPARE(names(pod.spec.containers), QStringList { "a2" });
        if (!next.isValid())
            QCOMPARE(pod, samplePod());
    }
};

QTEST_GUILESS_MAIN(TestCanvasEdits)
#include "tst_canvasedits.moc"
