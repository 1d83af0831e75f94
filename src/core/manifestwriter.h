#pragma once

#include "manifest.h"
#include "pod.h"
#include "yamlnode.h"

#include <vector>

namespace podwright {

// The canonical export is declared in manifestio.h (writeManifest, writePod); these are the
// model-to-tree steps it is made of, for views that want the tree rather than the text.

/// A pod as a YamlNode document in export order (apiVersion, kind, metadata, spec, extras).
YamlNode podToYaml(const Pod &pod);

/// A pod as a workload's pod template (metadata, spec, extras).
YamlNode podTemplateToYaml(const Pod &pod);

/// apiVersion, kind, metadata, spec first, the rest in source order; metadata's own fields
/// in ObjectMeta order: the top level of every resource, typed or not, and of a List.
YamlNode canonicalTopLevel(const YamlNode &node);

/// One resource as it is written: a Pod, a workload with its template replaced by the
/// edited pod, or another kind verbatim; top-level keys in canonical order.
YamlNode resourceToYaml(const ManifestResource &resource);

/// The documents of the manifest, List items gathered back into their List.
std::vector<YamlNode> manifestToYaml(const Manifest &manifest);

} // namespace podwright
