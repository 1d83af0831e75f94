#include "canvasdescription.h"

#include "canvaslayout.h"
#include "elementaccess.h"
#include "poddocument.h"

#include <QStringList>

#include <algorithm>

namespace podwright::gui {

namespace {

const PodGeometry *podGeometry(const CanvasGeometry &geometry, int resource)
{
    const auto it
        = std::find_if(geometry.pods.begin(), geometry.pods.end(),
                       [resource](const PodGeometry &pod) { return pod.resource == resource; });
    return it == geometry.pods.end() ? nullptr : &*it;
}

const CardGeometry *cardGeometry(const PodGeometry &pod, const ElementRef &container)
{
    const auto it = std::find_if(pod.cards.begin(), pod.cards.end(),
                                 [&](const CardGeometry &card) { return card.ref == container; });
    return it == pod.cards.end() ? nullptr : &*it;
}

/// True when `path` is `element` or lies under it ("spec.containers[1]" does not own
/// "spec.containers[10]").
bool pathIsUnder(const QString &path, const QString &element)
{
    if (element.isEmpty())
        return true;
    if (!path.startsWith(element))
        return false;
    return path.size() == element.size() || path.at(element.size()) == QLatin1Char('.')
        || path.at(element.size()) == QLatin1Char('[');
}

} // namespace

// Whole phrases rather than "%n port(s)": the English, which has no translation file, is
// spoken too, and "1 port(s)" is no sentence.
QString CanvasDescription::containers(std::size_t n)
{
    return n == 1 ? tr("1 container") : tr("%1 containers").arg(n);
}

QString CanvasDescription::volumes(std::size_t n)
{
    return n == 1 ? tr("1 volume") : tr("%1 volumes").arg(n);
}

QString CanvasDescription::ports(std::size_t n)
{
    return n == 1 ? tr("1 port") : tr("%1 ports").arg(n);
}

QString CanvasDescription::mounts(std::size_t n)
{
    return n == 1 ? tr("1 mount") : tr("%1 mounts").arg(n);
}

QString CanvasDescription::problems(const PodDocument &document, const ElementRef &ref)
{
    if (!document.isValidPodIndex(ref.resource))
        return QString();
    const QString element = document.resource(ref.resource).podPathPrefix() + ref.fieldPath();
    int counts[3] = { 0, 0, 0 };
    for (const ValidationFinding &finding : document.findings()) {
        if (finding.resourceIndex == ref.resource && pathIsUnder(finding.path, element))
            ++counts[static_cast<int>(finding.severity)];
    }
    QStringList parts;
    if (counts[0] > 0)
        parts << (counts[0] == 1 ? tr("1 error") : tr("%1 errors").arg(counts[0]));
    if (counts[1] > 0)
        parts << (counts[1] == 1 ? tr("1 warning") : tr("%1 warnings").arg(counts[1]));
    if (counts[2] > 0)
        parts << (counts[2] == 1 ? tr("1 hint") : tr("%1 hints").arg(counts[2]));
    return parts.isEmpty() ? tr("no problems") : parts.join(QStringLiteral(", "));
}

QString CanvasDescription::describe(const CanvasGeometry &geometry, const PodDocument &document,
                                    const ElementRef &ref)
{
    if (geometry.pods.empty())
        return tr("No pod yet: press Ctrl+Shift+N for a new pod, add one from the Parts list, "
                  "or press Ctrl+Alt+N to start from a template");
    const PodGeometry *pod = ref.isValid() ? podGeometry(geometry, ref.resource) : nullptr;
    if (!pod || !document.isValidPodIndex(ref.resource))
        return tr("Nothing selected; the arrow keys move between containers and volumes");
    const Pod &model = document.pod(ref.resource);
    QStringList parts;
    switch (ref.kind) {
    case ElementRef::Kind::Pod:
        parts << pod->title << containers(pod->cards.size()) << volumes(pod->volumes.size());
        break;
    case ElementRef::Kind::Container: {
        const CardGeometry *card = cardGeometry(*pod, ref);
        const Container *container = findContainer(model, ref);
        if (!card || !container)
            return QString();
        parts << tr("Container %1 in %2").arg(card->name, pod->title);
        switch (card->lane) {
        case CanvasLane::App: parts << tr("app container"); break;
        case CanvasLane::Sidecar: parts << tr("sidecar, keeps running beside the app"); break;
        case CanvasLane::Init:
            parts << tr("init container %1, runs to completion before the app").arg(card->order);
            break;
        }
        parts << (card->image.isEmpty() ? tr("no image") : tr("image %1").arg(card->image))
              << ports(container->ports.size()) << mounts(container->volumeMounts.size());
        break;
    }
    case ElementRef::Kind::Volume: {
        const auto it = std::find_if(pod->volumes.begin(), pod->volumes.end(),
                                     [&](const VolumeGeometry &v) { return v.ref == ref; });
        if (it == pod->volumes.end())
            return QString();
        parts << tr("Volume %1 in %2").arg(it->name, pod->title) << it->kind;
        if (!it->detail.isEmpty())
            parts << it->detail;
        const auto links
            = std::count_if(pod->links.begin(), pod->links.end(),
                            [&](const LinkGeometry &l) { return l.volume == ref.index; });
        parts << (links == 0 ? tr("not mounted") : mounts(static_cast<std::size_t>(links)));
        break;
    }
    case ElementRef::Kind::Port: {
        const CardGeometry *card = cardGeometry(*pod, ref.containerRef());
        const auto pin = card ? std::find_if(card->pins.begin(), card->pins.end(),
                                             [&](const PinGeometry &p) { return p.ref == ref; })
                              : std::vector<PinGeometry>::const_iterator();
        if (!card || pin == card->pins.end())
            return QString();
        parts << tr("Port %1 of container %2 in %3").arg(pin->label, card->name, pod->title);
        break;
    }
    case ElementRef::Kind::Mount: {
        const CardGeometry *card = cardGeometry(*pod, ref.containerRef());
        const VolumeMount *mount = findMount(model, ref);
        if (!card || !mount)
            return QString();
        parts << tr("Mount of volume %1 at %2 in container %3")
                     .arg(mount->name, mount->mountPath, card->name);
        if (mount->readOnly.value_or(false))
            parts << tr("read-only");
        break;
    }
    case ElementRef::Kind::None: break;
    }
    return parts.join(QStringLiteral(", ")) + QStringLiteral("; ") + problems(document, ref);
}

} // namespace podwright::gui
