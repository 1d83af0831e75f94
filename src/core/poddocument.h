#pragma once

#include "finding.h"
#include "manifest.h"
#include "manifestio.h"

#include <QByteArray>
#include <QObject>

namespace podwright {

/**
 * The one source of truth of the designer: the manifest being edited.
 *
 * The canvas, the inspector and the YAML pane are views of it and change it only through
 * undo commands (src/gui/podcommands.h), which call the mutators below. Each mutator emits a
 * fine-grained signal, then changed().
 *
 * text() is the canonical export and findings() its validation, with line:column positions
 * that refer to text(), so the YAML pane and the Problems list always agree.
 */
class PodDocument : public QObject
{
    Q_OBJECT
public:
    explicit PodDocument(QObject *parent = nullptr);

    const Manifest &manifest() const { return m_manifest; }
    int resourceCount() const { return static_cast<int>(m_manifest.resources.size()); }
    const ManifestResource &resource(int index) const;
    bool isValidPodIndex(int resourceIndex) const;
    const Pod &pod(int resourceIndex) const;

    /// The canonical YAML export of the whole manifest (cached).
    QByteArray text() const;
    /// Import diagnostics and validation findings of text(), positions into text() (cached).
    const Findings &findings() const;
    /// text() read back: the manifest with line:column positions into text(), what findings()
    /// validates (cached), so a view that needs positions does not parse the export again.
    const LoadResult &reloaded() const;

    // Mutators: for undo commands. Each emits its signal, then changed().
    void setManifest(const Manifest &manifest); ///< manifestReset()
    void setPod(int resourceIndex, const Pod &pod); ///< podChanged()
    /// Replaces a workload's (or other resource's) own YAML, e.g. its metadata.name; a
    /// workload's pod template stays `pod`. podChanged() for a workload, then changed().
    void setResourceNode(int resourceIndex, const YamlNode &node);
    void insertResource(int index, const ManifestResource &resource); ///< resourceInserted()
    void removeResource(int index); ///< resourceRemoved()

Q_SIGNALS:
    void manifestReset();
    void podChanged(int resourceIndex);
    void resourceInserted(int resourceIndex);
    void resourceRemoved(int resourceIndex);
    /// After any mutation; text() and findings() are fresh from here on.
    void changed();

private:
    void invalidate();

    Manifest m_manifest;
    mutable QByteArray m_text;
    mutable Findings m_findings;
    mutable LoadResult m_reloaded;
    mutable bool m_textValid = false;
    mutable bool m_findingsValid = false;
    mutable bool m_reloadedValid = false;
};

} // namespace podwright
