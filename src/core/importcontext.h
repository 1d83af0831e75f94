#pragma once

#include "fieldschema.h"
#include "finding.h"
#include "manifest.h"
#include "pod.h"

#include <QString>

#include <optional>

namespace podwright {

/**
 * The state of importing one resource: where its findings go, its SourceMap, and the typed
 * readers shared by the pod, container and volume readers.
 *
 * Each read* function returns true when the value went into the typed field, false when it
 * had the wrong type: a "wrong-type" finding is then recorded and the caller keeps the raw
 * node in the object's `extra`, so nothing is lost on export.
 */
class ImportContext
{
public:
    /// `wrongTypePaths`, when given, collects the path of every value reported by wrongType().
    ImportContext(Findings &findings, SourceMap &positions, int resourceIndex,
                  QSet<QString> *wrongTypePaths = nullptr);

    enum class Expected { String, Integer, Boolean, List, Object, StringMap, IntOrString };

    static QString child(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, std::size_t i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    void mark(const QString &path, SourcePos pos);
    void wrongType(const QString &path, const YamlNode &value, Expected expected);
    void error(const QString &ruleId, const QString &path, const QString &message, SourcePos pos,
               const QString &explanation);

    bool readString(const YamlNode &value, const QString &path, QString &out);
    bool readString(const YamlNode &value, const QString &path, std::optional<QString> &out);
    /// A resource.Quantity: text, or a plain number ("cpu: 1"), kept as written.
    bool readQuantity(const YamlNode &value, const QString &path, QString &out);
    bool readInt(const YamlNode &value, const QString &path, std::optional<qint64> &out);
    bool readBool(const YamlNode &value, const QString &path, std::optional<bool> &out);
    bool readStringList(const YamlNode &value, const QString &path, QStringList &out);
    /// map[string]string; with `quantities`, values may be plain numbers (ResourceList).
    bool readStringMap(const YamlNode &value, const QString &path, StringMap &out,
                       bool quantities = false);
    bool readIntOrString(const YamlNode &value, const QString &path, IntOrString &out);
    /// An untyped object or list subtree kept as a YamlNode (securityContext, tolerations...).
    /// With `schemaType` (a type of untypedApiFields(), "[]Type" for a list), its field names
    /// are checked for unknown fields too, as strict field validation does.
    bool readNode(const YamlNode &value, const QString &path, YamlNode &out, Expected expected,
                  const QString &schemaType = {});

    /// Checks that `value` is a map (null counts as an empty one); reports it otherwise.
    bool expectMap(const YamlNode &value, const QString &path);
    /// Checks that `value` is a list of maps (null counts as empty); reports it otherwise.
    bool expectListOfMaps(const YamlNode &value, const QString &path);

    /**
     * Walks the fields of `map` (an `object` at `path`): `handle(key, value, childPath)`
     * returns true when it typed the field. Every other field goes into `extra`; a field the
     * API does not define is also reported as "unknown-field", pointing at its key.
     */
    template<typename Handler>
    void readFields(const YamlNode &map, const QString &path, ApiObject object, YamlNode &extra,
                    Handler &&handle)
    {
        for (const auto &[key, value] : map.entries()) {
            const QString childPath = child(path, key);
            mark(childPath, value.pos());
            if (handle(key, value, childPath))
                continue;
            const SourcePos keyPos = map.keyPos(key);
            extra.appendEntry(key, value, keyPos);
            if (!isApiField(object, key))
                unknownField(childPath, keyPos, suggestApiField(object, key));
        }
        sortToApiOrder(extra, object);
    }

    /// Reads a list of objects with `readItem(itemNode, itemPath) -> T`.
    template<typename T, typename ReadItem>
    bool readObjectList(const YamlNode &value, const QString &path, std::vector<T> &out,
                        ReadItem &&readItem)
    {
        if (!expectListOfMaps(value, path))
            return false;
        out.clear();
        std::size_t i = 0;
        for (const YamlNode &item : value.items()) {
            const QString itemPath = index(path, i++);
            mark(itemPath, item.pos());
            out.push_back(readItem(item, itemPath));
        }
        return true;
    }

private:
    /// Puts `extra` in export order right away, so that a model read from any text equals
    /// the model read back from its export.
    static void sortToApiOrder(YamlNode &extra, ApiObject object);
    void unknownField(const QString &path, SourcePos keyPos, const QString &suggestion);
    void checkUntyped(const YamlNode &node, const QString &path, const QString &type);

    Findings &m_findings;
    SourceMap &m_positions;
    int m_resourceIndex;
    QSet<QString> *m_wrongTypePaths;
};

// The readers of each part of a pod; `path` is the field path of the object being read.
ObjectMeta readObjectMeta(const YamlNode &node, const QString &path, ImportContext &ctx);
PodSpec readPodSpec(const YamlNode &node, const QString &path, ImportContext &ctx);
Container readContainer(const YamlNode &node, const QString &path, ImportContext &ctx);
Volume readVolume(const YamlNode &node, const QString &path, ImportContext &ctx);

} // namespace podwright
