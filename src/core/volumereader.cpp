#include "importcontext.h"

namespace podwright {

namespace {

using Expected = ImportContext::Expected;

KeyToPath readKeyToPath(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    KeyToPath item;
    ctx.readFields(node, path, ApiObject::KeyToPath, item.extra,
                   [&](const QString &key, const YamlNode &v, const QString &p) {
                       if (key == QLatin1String("key"))
                           return ctx.readString(v, p, item.key);
                       if (key == QLatin1String("path"))
                           return ctx.readString(v, p, item.path);
                       if (key == QLatin1String("mode"))
                           return ctx.readInt(v, p, item.mode);
                       return false;
                   });
    return item;
}

/// A volume source object read into `T`; null (`emptyDir:` with nothing after it) is an
/// empty source, as it is for the API server.
template<typename T, typename ReadInto>
bool readSource(const YamlNode &v, const QString &p, ApiObject object, std::optional<T> &out,
                ImportContext &ctx, ReadInto &&readInto)
{
    if (!ctx.expectMap(v, p))
        return false;
    T source;
    ctx.readFields(v, p, object, source.extra,
                   [&](const QString &key, const YamlNode &value, const QString &path) {
                       return readInto(source, key, value, path);
                   });
    out = std::move(source);
    return true;
}

} // namespace

Volume readVolume(const YamlNode &node, const QString &path, ImportContext &ctx)
{
    Volume volume;
    auto readItems = [&](std::vector<KeyToPath> &items, const YamlNode &value, const QString &p) {
        return ctx.readObjectList(value, p, items, [&](const YamlNode &n, const QString &ip) {
            return readKeyToPath(n, ip, ctx);
        });
    };
    ctx.readFields(
        node, path, ApiObject::Volume, volume.extra,
        [&](const QString &key, const YamlNode &v, const QString &p) {
            if (key == QLatin1String("name"))
                return ctx.readString(v, p, volume.name);
            if (key == QLatin1String("emptyDir")) {
                return readSource(v, p, ApiObject::EmptyDirSource, volume.emptyDir, ctx,
                                  [&](EmptyDirSource &s, const QString &k, const YamlNode &value,
                                      const QString &fp) {
                                      if (k == QLatin1String("medium"))
                                          return ctx.readString(value, fp, s.medium);
                                      if (k == QLatin1String("sizeLimit"))
                                          return ctx.readQuantity(value, fp, s.sizeLimit);
                                      return false;
                                  });
            }
            if (key == QLatin1String("hostPath")) {
                return readSource(v, p, ApiObject::HostPathSource, volume.hostPath, ctx,
                                  [&](HostPathSource &s, const QString &k, const YamlNode &value,
                                      const QString &fp) {
                                      if (k == QLatin1String("path"))
                                          return ctx.readString(value, fp, s.path);
                                      if (k == QLatin1String("type"))
                                          return ctx.readString(value, fp, s.type);
                                      return false;
                                  });
            }
            if (key == QLatin1String("configMap")) {
                return readSource(v, p, ApiObject::ConfigMapSource, volume.configMap, ctx,
                                  [&](ConfigMapSource &s, const QString &k, const YamlNode &value,
                                      const QString &fp) {
                                      if (k == QLatin1String("name"))
                                          return ctx.readString(value, fp, s.name);
                                      if (k == QLatin1String("items"))
                                          return readItems(s.items, value, fp);
                                      if (k == QLatin1String("defaultMode"))
                                          return ctx.readInt(value, fp, s.defaultMode);
                                      if (k == QLatin1String("optional"))
                                          return ctx.readBool(value, fp, s.optional);
                                      return false;
                                  });
            }
            if (key == QLatin1String("secret")) {
                return readSource(v, p, ApiObject::SecretSource, volume.secret, ctx,
                                  [&](SecretSource &s, const QString &k, const YamlNode &value,
                                      const QString &fp) {
                                      if (k == QLatin1String("secretName"))
                                          return ctx.readString(value, fp, s.secretName);
                                      if (k == QLatin1String("items"))
                                          return readItems(s.items, value, fp);
                                      if (k == QLatin1String("defaultMode"))
                                          return ctx.readInt(value, fp, s.defaultMode);
                                      if (k == QLatin1String("optional"))
                                          return ctx.readBool(value, fp, s.optional);
                                      return false;
                                  });
            }
            if (key == QLatin1String("persistentVolumeClaim")) {
                return readSource(v, p, ApiObject::PersistentVolumeClaimSource,
                                  volume.persistentVolumeClaim, ctx,
                                  [&](PersistentVolumeClaimSource &s, const QString &k,
                                      const YamlNode &value, const QString &fp) {
                                      if (k == QLatin1String("claimName"))
                                          return ctx.readString(value, fp, s.claimName);
                                      if (k == QLatin1String("readOnly"))
                                          return ctx.readBool(value, fp, s.readOnly);
                                      return false;
                                  });
            }
            if (key == QLatin1String("projected") || key == QLatin1String("downwardAPI")) {
                YamlNode subtree = YamlNode::map();
                const QString type = key == QLatin1String("projected")
                    ? QStringLiteral("ProjectedVolumeSource")
                    : QStringLiteral("DownwardAPIVolumeSource");
                if (!ctx.readNode(v, p, subtree, Expected::Object, type))
                    return false;
                (key == QLatin1String("projected") ? volume.projected : volume.downwardAPI)
                    = subtree;
                return true;
            }
            return false;
        });
    return volume;
}

} // namespace podwright
