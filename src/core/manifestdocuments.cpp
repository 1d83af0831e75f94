// The manifest as YAML documents: its resources gathered back into their documents (List
// items into their List), with each document's comments, and the canonical export.
#include "manifestio.h"
#include "manifestwriter.h"
#include "yamlcommentmap.h"
#include "yamlemitter.h"

#include <map>

namespace podwright {

namespace {

/// The documents of the manifest and, when `comments` is given, each document's comments.
std::vector<YamlNode> buildDocuments(const Manifest &manifest,
                                     std::vector<DocumentComments> *comments)
{
    const int shellCount = static_cast<int>(manifest.documentShells.size());
    std::map<int, std::vector<const ManifestResource *>> byDocument;
    std::vector<const ManifestResource *> strays; // documentIndex out of range: own documents
    for (const ManifestResource &resource : manifest.resources) {
        if (resource.documentIndex >= 0 && resource.documentIndex < shellCount)
            byDocument[resource.documentIndex].push_back(&resource);
        else
            strays.push_back(&resource);
    }
    const auto documentComments = [&manifest](int d) -> const YamlComments & {
        static const YamlComments none;
        return d < static_cast<int>(manifest.documentComments.size())
            ? manifest.documentComments[static_cast<std::size_t>(d)]
            : none;
    };
    std::vector<YamlNode> documents;
    for (int d = 0; d < shellCount; ++d) {
        const YamlNode &shell = manifest.documentShells[static_cast<std::size_t>(d)];
        const auto &resources = byDocument[d];
        if (shell.isMap()) {
            YamlNode list = canonicalTopLevel(shell);
            YamlNode items = YamlNode::sequence();
            for (const ManifestResource *resource : resources)
                items.append(resourceToYaml(*resource));
            if (comments) {
                DocumentComments &placed = comments->emplace_back();
                placed.add(documentComments(d), QString());
                const std::vector<QString> segments = itemPathSegments(items);
                for (std::size_t i = 0; i < resources.size(); ++i)
                    placed.add(resources[i]->comments, QStringLiteral("items") + segments[i]);
            }
            list.insert(QStringLiteral("items"), std::move(items));
            documents.push_back(std::move(list));
        } else {
            for (const ManifestResource *resource : resources) {
                documents.push_back(resourceToYaml(*resource));
                if (comments) {
                    DocumentComments &placed = comments->emplace_back();
                    if (resource == resources.front())
                        placed.add(documentComments(d), QString());
                    placed.add(resource->comments, QString());
                }
            }
        }
    }
    for (const ManifestResource *resource : strays) {
        documents.push_back(resourceToYaml(*resource));
        if (comments)
            comments->emplace_back().add(resource->comments, QString());
    }
    return documents;
}

} // namespace

std::vector<YamlNode> manifestToYaml(const Manifest &manifest)
{
    return buildDocuments(manifest, nullptr);
}

QByteArray writeManifest(const Manifest &manifest)
{
    std::vector<DocumentComments> comments;
    const std::vector<YamlNode> documents = buildDocuments(manifest, &comments);
    return emitYamlDocuments(documents, comments);
}

int countCommentLinesLeftOut(const Manifest &manifest)
{
    std::vector<DocumentComments> comments;
    const std::vector<YamlNode> documents = buildDocuments(manifest, &comments);
    int total = 0;
    for (const DocumentComments &document : comments)
        total += document.lineCount();
    if (total == 0)
        return 0;
    int written = 0;
    emitYamlDocuments(documents, comments, &written);
    return total - written;
}

QByteArray writePod(const Pod &pod)
{
    return emitYaml(podToYaml(pod));
}

} // namespace podwright
