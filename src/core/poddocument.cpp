#include "poddocument.h"

#include "manifestio.h"
#include "validator.h"

#include <QCoreApplication>

namespace podwright {

PodDocument::PodDocument(QObject *parent)
    : QObject(parent)
{ }

const ManifestResource &PodDocument::resource(int index) const
{
    Q_ASSERT(index >= 0 && index < resourceCount());
    return m_manifest.resources[static_cast<std::size_t>(index)];
}

bool PodDocument::isValidPodIndex(int resourceIndex) const
{
    return resourceIndex >= 0 && resourceIndex < resourceCount()
        && resource(resourceIndex).hasPod();
}

const Pod &PodDocument::pod(int resourceIndex) const
{
    return resource(resourceIndex).pod;
}

QByteArray PodDocument::text() const
{
    if (!m_textValid) {
        m_text = writeManifest(m_manifest);
        m_textValid = true;
    }
    return m_text;
}

const Findings &PodDocument::findings() const
{
    if (!m_findingsValid) {
        // Validate what the YAML pane shows: reloading the export gives source positions
        // that match its lines, whatever view made the last edit.
        const LoadResult &reloaded = this->reloaded();
        m_findings = reloaded.diagnostics;
        // A file with no objects is an error for the API server, but in the designer an empty
        // document is where every design starts: say what to do, not that something is wrong.
        for (ValidationFinding &finding : m_findings) {
            if (finding.ruleId == QLatin1String("manifest-empty")) {
                finding.severity = Severity::Hint;
                finding.message = QCoreApplication::translate(
                    "podwright::Hints", "the document is empty: add a Pod to start");
                finding.explanation = QCoreApplication::translate(
                    "podwright::Hints",
                    "Drag a Pod or a Container from Parts onto the canvas, "
                    "press Ctrl+Shift+N, start from File > New from Template, "
                    "or type a manifest here (apiVersion: v1, kind: Pod, "
                    "metadata and spec).");
            }
        }
        if (reloaded.parsed) {
            const Findings validation = validateManifest(reloaded.manifest);
            m_findings.insert(m_findings.end(), validation.begin(), validation.end());
        }
        m_findingsValid = true;
    }
    return m_findings;
}

const LoadResult &PodDocument::reloaded() const
{
    if (!m_reloadedValid) {
        m_reloaded = loadManifest(text());
        m_reloadedValid = true;
    }
    return m_reloaded;
}

void PodDocument::invalidate()
{
    m_textValid = false;
    m_findingsValid = false;
    m_reloadedValid = false;
}

void PodDocument::setManifest(const Manifest &manifest)
{
    m_manifest = manifest;
    invalidate();
    Q_EMIT manifestReset();
    Q_EMIT changed();
}

void PodDocument::setPod(int resourceIndex, const Pod &pod)
{
    if (!isValidPodIndex(resourceIndex))
        return;
    auto &target = m_manifest.resources[static_cast<std::size_t>(resourceIndex)];
    if (target.pod == pod)
        return;
    target.pod = pod;
    invalidate();
    Q_EMIT podChanged(resourceIndex);
    Q_EMIT changed();
}

void PodDocument::setResourceNode(int resourceIndex, const YamlNode &node)
{
    if (resourceIndex < 0 || resourceIndex >= resourceCount())
        return;
    auto &target = m_manifest.resources[static_cast<std::size_t>(resourceIndex)];
    target.node = node;
    invalidate();
    if (target.hasPod())
        Q_EMIT podChanged(resourceIndex);
    Q_EMIT changed();
}

void PodDocument::insertResource(int index, const ManifestResource &resource)
{
    index = std::clamp(index, 0, resourceCount());
    ManifestResource copy = resource;
    if (copy.documentIndex < 0
        || copy.documentIndex >= static_cast<int>(m_manifest.documentShells.size())) {
        copy.documentIndex = static_cast<int>(m_manifest.documentShells.size());
        m_manifest.documentShells.emplace_back();
    }
    m_manifest.resources.insert(m_manifest.resources.begin() + index, copy);
    invalidate();
    Q_EMIT resourceInserted(index);
    Q_EMIT changed();
}

void PodDocument::removeResource(int index)
{
    if (index < 0 || index >= resourceCount())
        return;
    m_manifest.removeResource(index);
    invalidate();
    Q_EMIT resourceRemoved(index);
    Q_EMIT changed();
}

} // namespace podwright
