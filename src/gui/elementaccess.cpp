#include "elementaccess.h"

namespace podwright::gui {

namespace {

template<typename T>
auto *itemAt(std::vector<T> &list, int index)
{
    return index >= 0 && static_cast<std::size_t>(index) < list.size()
        ? &list[static_cast<std::size_t>(index)]
        : nullptr;
}

template<typename T>
const T *itemAt(const std::vector<T> &list, int index)
{
    return index >= 0 && static_cast<std::size_t>(index) < list.size()
        ? &list[static_cast<std::size_t>(index)]
        : nullptr;
}

template<typename PodT>
auto *containerIn(PodT &pod, const ElementRef &ref)
{
    if (ref.kind != ElementRef::Kind::Container && ref.kind != ElementRef::Kind::Port
        && ref.kind != ElementRef::Kind::Mount)
        return decltype(itemAt(pod.spec.containers, 0))(nullptr);
    return itemAt(ref.lane == ElementRef::Lane::Init ? pod.spec.initContainers
                                                     : pod.spec.containers,
                  ref.index);
}

} // namespace

const Container *findContainer(const Pod &pod, const ElementRef &ref)
{
    return containerIn(pod, ref);
}

Container *findContainer(Pod &pod, const ElementRef &ref)
{
    return containerIn(pod, ref);
}

const Volume *findVolume(const Pod &pod, const ElementRef &ref)
{
    return ref.kind == ElementRef::Kind::Volume ? itemAt(pod.spec.volumes, ref.index) : nullptr;
}

Volume *findVolume(Pod &pod, const ElementRef &ref)
{
    return ref.kind == ElementRef::Kind::Volume ? itemAt(pod.spec.volumes, ref.index) : nullptr;
}

const ContainerPort *findPort(const Pod &pod, const ElementRef &ref)
{
    const Container *c = ref.kind == ElementRef::Kind::Port ? findContainer(pod, ref) : nullptr;
    return c ? itemAt(c->ports, ref.subIndex) : nullptr;
}

ContainerPort *findPort(Pod &pod, const ElementRef &ref)
{
    Container *c = ref.kind == ElementRef::Kind::Port ? findContainer(pod, ref) : nullptr;
    return c ? itemAt(c->ports, ref.subIndex) : nullptr;
}

const VolumeMount *findMount(const Pod &pod, const ElementRef &ref)
{
    const Container *c = ref.kind == ElementRef::Kind::Mount ? findContainer(pod, ref) : nullptr;
    return c ? itemAt(c->volumeMounts, ref.subIndex) : nullptr;
}

VolumeMount *findMount(Pod &pod, const ElementRef &ref)
{
    Container *c = ref.kind == ElementRef::Kind::Mount ? findContainer(pod, ref) : nullptr;
    return c ? itemAt(c->volumeMounts, ref.subIndex) : nullptr;
}

} // namespace podwright::gui
