// The one symbol podwright-run.so is opened for (RunModule::api() resolves it).
#include "runmodule.h"

extern "C" Q_DECL_EXPORT const podwright::RunModuleApi *podwright_run_module_api()
{
    return &podwright::runModuleApi();
}
