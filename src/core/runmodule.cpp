#include "runmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace podwright {

namespace {

const RunModuleApi *s_api = nullptr;
QString s_error; ///< why loading failed (loading is tried once)
bool s_tried = false;

using EntryPoint = const RunModuleApi *(*)();

} // namespace

QString RunModule::fileName()
{
    return QStringLiteral("podwright-run.so");
}

QStringList RunModule::searchDirectories()
{
    // Set, it is the only place looked at: a test or a developer means that module.
    const QString fromEnvironment = qEnvironmentVariable("PODWRIGHT_MODULE_DIR");
    if (!fromEnvironment.isEmpty())
        return { fromEnvironment };
    QStringList dirs;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        dirs << appDir;
        // Installed: <prefix>/bin/podwright finds <prefix>/<libdir>/podwright (GNUInstallDirs).
        dirs << QDir::cleanPath(appDir + QLatin1Char('/')
                                + QStringLiteral(PODWRIGHT_RUN_MODULE_RELATIVE_DIR));
    }
    return dirs;
}

void RunModule::useStatic(const RunModuleApi *api)
{
    s_api = api;
    s_tried = true;
    s_error.clear();
}

const RunModuleApi *RunModule::api(QString *error)
{
    if (!s_tried) {
        s_tried = true;
        QString path;
        for (const QString &dir : searchDirectories()) {
            const QString candidate = QDir(dir).filePath(fileName());
            if (QFileInfo::exists(candidate)) {
                path = candidate;
                break;
            }
        }
        if (path.isEmpty()) {
            s_error = QStringLiteral("%1 was not found in %2")
                          .arg(fileName(), searchDirectories().join(QStringLiteral(", ")));
        } else {
            // Kept loaded for the life of the process: its objects and metatypes stay in use.
            auto *library = new QLibrary(path);
            // All symbols now: a module that does not match this executable fails here, with
            // the missing symbol named, and not in the middle of a run.
            library->setLoadHints(QLibrary::ResolveAllSymbolsHint);
            const auto entry = library->load()
                ? reinterpret_cast<EntryPoint>(library->resolve("podwright_run_module_api"))
                : nullptr;
            const RunModuleApi *api = entry ? entry() : nullptr;
            if (!entry) {
                s_error = library->errorString();
            } else if (!api || api->version != RunModuleApi::Version
                       || api->size != sizeof(RunModuleApi)) {
                s_error = QStringLiteral("%1 is from another version of Podwright").arg(path);
            } else {
                s_api = api;
            }
        }
        if (!s_api)
            s_error
                = QStringLiteral("Podwright's run module could not be loaded (%1). Running "
                                 "pods, stats charts and requests need it: reinstall Podwright.")
                      .arg(s_error);
    }
    if (!s_api && error)
        *error = s_error;
    return s_api;
}

} // namespace podwright
