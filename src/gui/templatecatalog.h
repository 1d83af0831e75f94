#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace podwright::gui {

/// A ready-made pod to start from (resources/templates/*.yaml): each is valid and runs on Podman.
struct PodTemplate {
    QString id; ///< file base name: "web-log-sidecar"
    QString title; ///< translated
    QString description; ///< translated: what the pattern is for
    QString resourcePath; ///< ":/templates/web-log-sidecar.yaml"
    QByteArray text() const;
};

const std::vector<PodTemplate> &podTemplates();
const PodTemplate *findPodTemplate(const QString &id);

} // namespace podwright::gui
