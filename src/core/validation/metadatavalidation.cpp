#include "namevalidation.h"
#include "podvalidation.h"

namespace podwright::validation {

namespace {

// apimachinery TotalAnnotationSizeLimitB
constexpr int totalAnnotationSizeLimit = 256 * 1024;

void validateAnnotations(ErrorList &errs, const StringMap &annotations, const QString &path)
{
    qint64 total = 0;
    for (const auto &[k, v] : annotations) {
        // Annotation keys are qualified names, except that case does not matter.
        for (const QString &msg : isQualifiedName(k.toLower()))
            errs.invalid("annotation-key-invalid", path, BadValue::str(k), msg);
        total += k.toUtf8().size() + v.toUtf8().size();
    }
    if (total > totalAnnotationSizeLimit)
        errs.tooLongBytes("annotations-too-long", path, totalAnnotationSizeLimit);
}

} // namespace

void validateMetadata(ErrorList &errs, const ObjectMeta &meta, bool isTemplate)
{
    const QString path = QStringLiteral("metadata");
    if (!isTemplate) {
        if (!meta.generateName.isEmpty()) {
            invalidEach(errs, "metadata-generate-name-invalid",
                        child(path, QStringLiteral("generateName")), meta.generateName,
                        nameIsDnsSubdomain(meta.generateName, true));
        }
        // With only generateName, the API server generates the name before validating it.
        if (meta.name.isEmpty() && meta.generateName.isEmpty()) {
            errs.required("metadata-name-required", child(path, QStringLiteral("name")),
                          QStringLiteral("name or generateName is required"));
        } else if (!meta.name.isEmpty()) {
            invalidEach(errs, "metadata-name-invalid", child(path, QStringLiteral("name")),
                        meta.name, nameIsDnsSubdomain(meta.name, false));
        }
        // An empty namespace is filled from the request (kubectl's current namespace).
        if (!meta.namespace_.isEmpty()) {
            // ValidateNamespaceName is NameIsDNSLabel.
            invalidEach(errs, "metadata-namespace-invalid",
                        child(path, QStringLiteral("namespace")), meta.namespace_,
                        isDns1123Label(meta.namespace_));
        }
    }
    validateLabels(errs, meta.labels, child(path, QStringLiteral("labels")), "label-key-invalid",
                   "label-value-invalid");
    validateAnnotations(errs, meta.annotations, child(path, QStringLiteral("annotations")));
}

} // namespace podwright::validation
