#pragma once

#include <QMetaType>
#include <QString>

namespace podwright {
struct Pod;
}

namespace podwright::gui {

/**
 * Addresses one element of the manifest the way the canvas, inspector, YAML pane and Problems
 * list all understand: by resource index and Kubernetes field path position, never by pointer.
 */
struct ElementRef {
    enum class Kind { None, Pod, Container, Volume, Port, Mount };
    enum class Lane { App, Init }; ///< which container list (sidecars are in Init)

    Kind kind = Kind::None;
    int resource = -1; ///< index into Manifest::resources
    Lane lane = Lane::App;
    int index = -1; ///< container index in its lane, or volume index
    int subIndex = -1; ///< port or mount index within the container

    static ElementRef pod(int resource);
    static ElementRef container(int resource, Lane lane, int index);
    static ElementRef volume(int resource, int index);
    static ElementRef port(int resource, Lane lane, int container, int port);
    static ElementRef mount(int resource, Lane lane, int container, int mount);

    bool isValid() const { return kind != Kind::None && resource >= 0; }
    /// The container this element belongs to (for Port and Mount), or itself.
    ElementRef containerRef() const;
    /// "spec.containers[1]", "spec.initContainers[0].ports[2]", "spec.volumes[0]", "" for a pod
    /// — relative to the pod (prefix with ManifestResource::podPathPrefix()).
    QString fieldPath() const;
    /// The deepest element a pod-relative field path points into ("spec.containers[1].image"
    /// -> container 1); a pod ref when nothing deeper matches.
    static ElementRef fromFieldPath(int resource, const QString &podRelativePath);
    /// True when the element still exists in `pod` (after an edit or undo).
    bool existsIn(const Pod &pod) const;

    friend bool operator==(const ElementRef &, const ElementRef &) = default;
};

} // namespace podwright::gui

Q_DECLARE_METATYPE(podwright::gui::ElementRef)
