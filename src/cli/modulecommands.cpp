// The runtime commands (run, ps, logs, stop, rm, top) are in the run module with the rest of
// the code that needs Qt Network: validate and fmt never load it.
#include "commands.h"
#include "runmodule.h"

namespace podwright::cli {

int runInModule(const QString &name, const QStringList &args, CommandIo &io)
{
    QString error;
    const RunModuleApi *api = RunModule::api(&error);
    if (!api) {
        io.err << "podwright " << name << ": " << error << '\n';
        return 2;
    }
    return api->runCommand(name, args, io);
}

} // namespace podwright::cli
