#include "cli.h"

#include "commands.h"

#include <QCoreApplication>

#include <vector>

namespace podwright::cli {

const std::vector<Command> &commands()
{
    // Each command lives in its own <name>command.cpp and is listed here.
    static const std::vector<Command> all = {
        { "validate", "check manifests as the Kubernetes API server would, plus Podman warnings",
          runValidate },
        { "fmt", "print a manifest in canonical form (kubectl key order, safe quoting)", runFmt },
        { "run", "run a pod on Podman, init containers first (--wait: until it ends)", runRun },
        { "ps", "list pods with their phase, containers and ports", runPs },
        { "logs", "print a container's output (-c CONTAINER, -f, --timestamps)", runLogs },
        { "stop", "stop a pod: SIGTERM, SIGKILL after the grace period (--time)", runStop },
        { "rm", "remove a pod and its containers", runRm },
        { "top", "show CPU (millicores) and memory (Mi) of running pods (--containers)", runTop },
    };
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

bool isHeadlessInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("help")
        || findCommand(first) != nullptr;
}

static void printUsage(QTextStream &out)
{
    out << "Usage: podwright [FILE...]            open the designer\n"
           "       podwright COMMAND [OPTIONS...]  run a command without a window\n\nCommands:\n";
    for (const Command &command : commands())
        out << QStringLiteral("  %1%2\n")
                   .arg(QLatin1String(command.name), -10)
                   .arg(QLatin1String(command.summary));
    out << "\nRun 'podwright COMMAND --help' for a command's options.\n";
}

int runHeadless(const QStringList &arguments, CommandIo &io)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("--version")) {
        io.out << "podwright " << PODWRIGHT_VERSION << '\n';
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(io.out);
        return 0;
    }
    const Command *command = findCommand(first);
    if (!command) {
        io.err << "podwright: unknown command '" << first << "'\n";
        printUsage(io.err);
        return 2;
    }
    return command->run(arguments.mid(1), io);
}

} // namespace podwright::cli
