#include "templatecatalog.h"

#include <QCoreApplication>
#include <QFile>

// Outside any namespace, as Q_INIT_RESOURCE requires. The templates live in a static library,
// whose resource initialiser the linker would otherwise drop.
static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace podwright::gui {

QByteArray PodTemplate::text() const
{
    QFile file(resourcePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const std::vector<PodTemplate> &podTemplates()
{
    static const std::vector<PodTemplate> templates = [] {
        initTemplateResources();
        auto make = [](const char *id, const char *title, const char *description) {
            return PodTemplate { QString::fromLatin1(id),
                                 QCoreApplication::translate("PodTemplate", title),
                                 QCoreApplication::translate("PodTemplate", description),
                                 QStringLiteral(":/templates/%1.yaml").arg(QLatin1String(id)) };
        };
        return std::vector<PodTemplate> {
            make("single-container", QT_TRANSLATE_NOOP("PodTemplate", "Single container"),
                 QT_TRANSLATE_NOOP("PodTemplate",
                                   "One nginx web server with a named port, resource requests "
                                   "and limits, and readiness and liveness probes. The smallest "
                                   "useful pod.")),
            make("web-log-sidecar",
                 QT_TRANSLATE_NOOP("PodTemplate", "Web server with a log-shipping sidecar"),
                 QT_TRANSLATE_NOOP("PodTemplate",
                                   "The sidecar pattern: nginx writes its access log into a "
                                   "shared emptyDir volume, and a second container reads the same "
                                   "files (read-only) and ships them, here to its own output.")),
            make("init-content",
                 QT_TRANSLATE_NOOP("PodTemplate", "Init container preparing content"),
                 QT_TRANSLATE_NOOP("PodTemplate",
                                   "An init container runs to completion first and writes the web "
                                   "page into an emptyDir volume; only then does nginx start and "
                                   "serve it.")),
            make("adapter", QT_TRANSLATE_NOOP("PodTemplate", "Adapter"),
                 QT_TRANSLATE_NOOP("PodTemplate",
                                   "The adapter pattern: the app writes raw status lines to a "
                                   "shared volume; an adapter container converts them to a "
                                   "metrics format and serves them on port 9100.")),
            make("ambassador", QT_TRANSLATE_NOOP("PodTemplate", "Ambassador (proxy)"),
                 QT_TRANSLATE_NOOP("PodTemplate",
                                   "The ambassador pattern: the app only talks to localhost:8080; "
                                   "an nginx ambassador in the same pod forwards the requests to "
                                   "the outside service. Containers of a pod share one network.")),
        };
    }();
    return templates;
}

const PodTemplate *findPodTemplate(const QString &id)
{
    for (const PodTemplate &t : podTemplates())
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace podwright::gui
