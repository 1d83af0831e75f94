#include "namevalidation.h"
#include "podvalidation.h"

namespace podwright::validation {

void validateObjectFieldSelector(ErrorList &errs, const YamlNode &ref,
                                 const QStringList &expressions, const QString &path);
void validateResourceFieldSelector(ErrorList &errs, const YamlNode &ref, const QString &path,
                                   bool volume);

namespace {

const QString fileModeError
    = QStringLiteral("must be a number between 0 and 0777 (octal), both inclusive");

// The sources validateVolumeSource checks, in its order; the typed ones are looked up in the
// model, the others in Volume::extra.
const char *const sourceOrder[] = {
    "emptyDir",
    "hostPath",
    "gitRepo",
    "gcePersistentDisk",
    "awsElasticBlockStore",
    "secret",
    "nfs",
    "iscsi",
    "glusterfs",
    "flocker",
    "persistentVolumeClaim",
    "rbd",
    "cinder",
    "cephfs",
    "quobyte",
    "downwardAPI",
    "fc",
    "flexVolume",
    "configMap",
    "azureFile",
    "vsphereVolume",
    "photonPersistentDisk",
    "portworxVolume",
    "azureDisk",
    "storageos",
    "projected",
    "scaleIO",
    "csi",
    "ephemeral",
    "image",
};

void validateMode(ErrorList &errs, std::optional<qint64> mode, const QString &path)
{
    if (mode && (*mode > 0777 || *mode < 0))
        errs.invalid("volume-file-mode-invalid", path, BadValue::num(*mode), fileModeError);
}

void validateKeyToPath(ErrorList &errs, const QString &key, const QString &itemPath,
                       std::optional<qint64> mode, const QString &path)
{
    if (key.isEmpty())
        errs.required("volume-item-invalid", child(path, QStringLiteral("key")));
    if (itemPath.isEmpty())
        errs.required("volume-item-invalid", child(path, QStringLiteral("path")));
    validateLocalNonReservedPath(errs, "volume-item-invalid", itemPath,
                                 child(path, QStringLiteral("path")));
    validateMode(errs, mode, child(path, QStringLiteral("mode")));
}

void validateKeyToPaths(ErrorList &errs, const std::vector<KeyToPath> &items, const QString &path)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        validateKeyToPath(errs, items[i].key, items[i].path, items[i].mode,
                          index(path, qsizetype(i)));
}

const QStringList volumeFieldPaths = {
    QStringLiteral("metadata.annotations"), QStringLiteral("metadata.labels"),
    QStringLiteral("metadata.name"),        QStringLiteral("metadata.namespace"),
    QStringLiteral("metadata.uid"),
};

// validateDownwardAPIVolumeFile; `path` is the downwardAPI source itself (validation.go
// reports the per-item errors there, without the item index).
void validateDownwardApiFile(ErrorList &errs, const YamlNode &file, const QString &path)
{
    const QString filePath = stringField(file, "path");
    if (filePath.isEmpty())
        errs.required("downward-api-item-invalid", child(path, QStringLiteral("path")));
    validateLocalNonReservedPath(errs, "downward-api-item-invalid", filePath,
                                 child(path, QStringLiteral("path")));
    const YamlNode *fieldRef = field(file, "fieldRef");
    const YamlNode *resourceRef = field(file, "resourceFieldRef");
    if (fieldRef) {
        validateObjectFieldSelector(errs, *fieldRef, volumeFieldPaths,
                                    child(path, QStringLiteral("fieldRef")));
        if (resourceRef)
            errs.invalid("downward-api-item-invalid", path,
                         BadValue::str(QStringLiteral("resource")),
                         QStringLiteral(
                             "fieldRef and resourceFieldRef can not be specified simultaneously"));
    } else if (resourceRef) {
        validateResourceFieldSelector(errs, *resourceRef,
                                      child(path, QStringLiteral("resourceFieldRef")), true);
    } else {
        errs.required("downward-api-item-invalid", path,
                      QStringLiteral("one of fieldRef and resourceFieldRef is required"));
    }
    validateMode(errs, intField(file, "mode"), child(path, QStringLiteral("mode")));
}

std::vector<KeyToPath> keyToPaths(const YamlNode &source)
{
    std::vector<KeyToPath> items;
    for (const YamlNode &item : seqField(source, "items"))
        items.push_back(
            { stringField(item, "key"), stringField(item, "path"), intField(item, "mode"), {} });
    return items;
}

void validateProjected(ErrorList &errs, const YamlNode &projected, const QString &path)
{
    validateMode(errs, intField(projected, "defaultMode"),
                 child(path, QStringLiteral("defaultMode")));
    QSet<QString> allPaths;
    auto addPath = [&](const QString &p, const QString &value) {
        if (allPaths.contains(p))
            errs.invalid("projected-source-invalid", path, BadValue::str(value),
                         QStringLiteral("conflicting duplicate paths"));
        allPaths.insert(p);
    };
    const auto &sources = seqField(projected, "sources");
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const YamlNode &source = sources[i];
        const QString sp = index(child(path, QStringLiteral("sources")), qsizetype(i));
        int count = 0;
        for (const char *kind : { "secret", "configMap" }) {
            const YamlNode *ref = field(source, kind);
            if (!ref)
                continue;
            ++count;
            const QString pp = child(sp, QLatin1String(kind));
            const QString name = stringField(*ref, "name");
            if (name.isEmpty())
                errs.required("volume-source-name-required", child(pp, QStringLiteral("name")));
            const std::vector<KeyToPath> items = keyToPaths(*ref);
            validateKeyToPaths(errs, items, child(pp, QStringLiteral("items")));
            for (const KeyToPath &item : items) {
                if (!item.path.isEmpty())
                    addPath(item.path, name);
            }
        }
        if (const YamlNode *api = field(source, "downwardAPI")) {
            ++count;
            for (const YamlNode &file : seqField(*api, "items")) {
                validateDownwardApiFile(errs, file, child(sp, QStringLiteral("downwardAPI")));
                if (const QString p = stringField(file, "path"); !p.isEmpty())
                    addPath(p, p);
            }
        }
        if (const YamlNode *token = field(source, "serviceAccountToken")) {
            ++count;
            const QString tp = child(child(sp, QStringLiteral("serviceAccountToken")),
                                     QStringLiteral("expirationSeconds"));
            // SetDefaults_ServiceAccountTokenProjection: one hour.
            const qint64 expiration = intField(*token, "expirationSeconds").value_or(3600);
            if (expiration < 10 * 60)
                errs.invalid("projected-token-expiration-invalid", tp, BadValue::num(expiration),
                             QStringLiteral("may not specify a duration less than 10 minutes"));
            if (expiration > (qint64(1) << 32))
                errs.invalid("projected-token-expiration-invalid", tp, BadValue::num(expiration),
                             QStringLiteral("may not specify a duration larger than 2^32 seconds"));
            const QString tokenPath = stringField(*token, "path");
            if (tokenPath.isEmpty())
                errs.required("projected-source-invalid", child(path, QStringLiteral("path")));
            else
                validateLocalNonReservedPath(errs, "projected-source-invalid", tokenPath,
                                             child(path, QStringLiteral("path")));
        }
        if (field(source, "clusterTrustBundle"))
            ++count;
        if (count > 1)
            errs.forbidden("projected-source-invalid", sp,
                           QStringLiteral("may not specify more than 1 volume type per source"));
    }
}

void validateSource(ErrorList &errs, const Volume &vol, const QString &path)
{
    int count = 0;
    for (const char *kind : sourceOrder) {
        const QString name = QLatin1String(kind);
        bool present = false;
        if (name == QLatin1String("emptyDir"))
            present = vol.emptyDir.has_value();
        else if (name == QLatin1String("hostPath"))
            present = vol.hostPath.has_value();
        else if (name == QLatin1String("secret"))
            present = vol.secret.has_value();
        else if (name == QLatin1String("configMap"))
            present = vol.configMap.has_value();
        else if (name == QLatin1String("persistentVolumeClaim"))
            present = vol.persistentVolumeClaim.has_value();
        else if (name == QLatin1String("projected"))
            present = vol.projected.has_value();
        else if (name == QLatin1String("downwardAPI"))
            present = vol.downwardAPI.has_value();
        else
            present = field(vol.extra, kind) != nullptr;
        if (!present)
            continue;
        if (count > 0) {
            // validation.go misspells this one path; kept so messages match the API server.
            const QString shown
                = name == QLatin1String("downwardAPI") ? QStringLiteral("downwarAPI") : name;
            errs.forbidden("volume-source-multiple", child(path, shown),
                           QStringLiteral("may not specify more than 1 volume type"));
            continue;
        }
        ++count;
        const QString sp = child(path, name);
        if (name == QLatin1String("hostPath")) {
            if (vol.hostPath->path.isEmpty()) {
                errs.required("host-path-invalid", child(sp, QStringLiteral("path")));
            } else {
                validatePathNoBacksteps(errs, "host-path-invalid", vol.hostPath->path,
                                        child(sp, QStringLiteral("path")));
                static const QStringList types = { QString(),
                                                   QStringLiteral("BlockDevice"),
                                                   QStringLiteral("CharDevice"),
                                                   QStringLiteral("Directory"),
                                                   QStringLiteral("DirectoryOrCreate"),
                                                   QStringLiteral("File"),
                                                   QStringLiteral("FileOrCreate"),
                                                   QStringLiteral("Socket") };
                if (vol.hostPath->type && !types.contains(*vol.hostPath->type))
                    errs.notSupported("host-path-type-unsupported",
                                      child(sp, QStringLiteral("type")),
                                      BadValue::str(*vol.hostPath->type), types);
            }
        } else if (name == QLatin1String("secret")) {
            if (vol.secret->secretName.isEmpty())
                errs.required("volume-source-name-required",
                              child(sp, QStringLiteral("secretName")));
            validateMode(errs, vol.secret->defaultMode, child(sp, QStringLiteral("defaultMode")));
            validateKeyToPaths(errs, vol.secret->items, child(sp, QStringLiteral("items")));
        } else if (name == QLatin1String("configMap")) {
            if (vol.configMap->name.isEmpty())
                errs.required("volume-source-name-required", child(sp, QStringLiteral("name")));
            validateMode(errs, vol.configMap->defaultMode,
                         child(sp, QStringLiteral("defaultMode")));
            validateKeyToPaths(errs, vol.configMap->items, child(sp, QStringLiteral("items")));
        } else if (name == QLatin1String("persistentVolumeClaim")) {
            if (vol.persistentVolumeClaim->claimName.isEmpty())
                errs.required("volume-source-name-required",
                              child(sp, QStringLiteral("claimName")));
        } else if (name == QLatin1String("downwardAPI")) {
            validateMode(errs, intField(*vol.downwardAPI, "defaultMode"),
                         child(sp, QStringLiteral("defaultMode")));
            for (const YamlNode &file : seqField(*vol.downwardAPI, "items"))
                validateDownwardApiFile(errs, file, sp);
        } else if (name == QLatin1String("projected")) {
            validateProjected(errs, *vol.projected, sp);
        }
    }
    if (count == 0)
        errs.required("volume-source-required", path, QStringLiteral("must specify a volume type"));
}

} // namespace

QSet<QString> validateVolumes(ErrorList &errs, const std::vector<Volume> &volumes)
{
    QSet<QString> valid;
    const QString listPath = QStringLiteral("spec.volumes");
    for (std::size_t i = 0; i < volumes.size(); ++i) {
        const Volume &vol = volumes[i];
        const QString path = index(listPath, qsizetype(i));
        const QString namePath = child(path, QStringLiteral("name"));
        const qsizetype before = errs.errorCount();
        validateSource(errs, vol, path);
        if (vol.name.isEmpty())
            errs.required("volume-name-required", namePath);
        else
            validateDns1123Label(errs, "volume-name-invalid", vol.name, namePath);
        if (valid.contains(vol.name))
            errs.duplicate("volume-name-duplicate", namePath, BadValue::str(vol.name));
        // Only a volume without errors can be mounted (ValidateVolumes builds its map so).
        if (errs.errorCount() == before)
            valid.insert(vol.name);
    }
    return valid;
}

} // namespace podwright::validation
