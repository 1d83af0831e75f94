// Canvas relayout time for a 100-container pod (issue 3): the layout engine alone, and the
// full path an edit takes (PodDocument::setPod -> PodScene::relayout updating the items).
// Prints medians; see docs/benchmarks.md, "Canvas relayout (issue 3)".
#include "canvasedits.h"
#include "canvaslayout.h"
#include "poddocument.h"
#include "podscene.h"
#include "selectionmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

using namespace podwright;
using namespace podwright::gui;

namespace {

Pod bigPod(int containers)
{
    Pod pod;
    pod.metadata.name = QStringLiteral("big");
    for (int v = 0; v < 3; ++v)
        addVolume(pod, 0, PartKind::EmptyDirVolume);
    for (int i = 0; i < 4; ++i)
        addContainer(pod, 0, CanvasLane::Init);
    for (int i = 0; i < containers - 4; ++i) {
        const ElementRef c = addContainer(pod, 0, CanvasLane::App);
        addPort(pod, c);
        containerAt(pod, c)->resources.limits
            = { { QStringLiteral("cpu"), QStringLiteral("250m") },
                { QStringLiteral("memory"), QStringLiteral("64Mi") } };
        mountVolume(pod, i % 3, c, QStringLiteral("/data"));
    }
    return pod;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = 200;

    PodDocument document;
    Manifest manifest;
    manifest.appendPod(bigPod(100));
    document.setManifest(manifest);
    SelectionModel selection(&document);
    PodScene scene(&document, &selection);

    std::vector<double> layoutMs;
    std::vector<double> relayoutMs;
    std::vector<double> rebuildMs;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        const CanvasGeometry g = layoutManifest(document.manifest());
        layoutMs.push_back(timer.nsecsElapsed() / 1e6);
        if (g.pods.front().cards.size() != 100)
            return 1;

        // An edit as the inspector makes it: one container's image changes.
        Pod edited = document.pod(0);
        edited.spec.containers[std::size_t(run % 96)].image
            = QStringLiteral("busybox:1.%1").arg(run);
        timer.start();
        document.setPod(0, edited); // the scene relayouts in the connected slot
        relayoutMs.push_back(timer.nsecsElapsed() / 1e6);

        // The worst case: a container inserted at the front renumbers every card.
        Pod inserted = document.pod(0);
        addContainer(inserted, 0, CanvasLane::App, 0);
        timer.start();
        document.setPod(0, inserted);
        rebuildMs.push_back(timer.nsecsElapsed() / 1e6);
        document.setPod(0, edited);
    }

    // One full paint of the scene, for scale (not part of relayout).
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    timer.start();
    scene.render(&painter);
    const double paintMs = timer.nsecsElapsed() / 1e6;
    painter.end();

    std::printf("Canvas relayout, 100-container pod (%lld items), median of %d runs\n",
                static_cast<long long>(scene.items().size()), runs);
    std::printf("  layout engine only:                 %.3f ms\n", median(layoutMs));
    std::printf("  edit one container (setPod->items): %.3f ms\n", median(relayoutMs));
    std::printf("  insert a container at the front:    %.3f ms\n", median(rebuildMs));
    std::printf("  one full paint of the scene:        %.3f ms\n", paintMs);
    return 0;
}
