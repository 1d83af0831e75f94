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
        { "run", "run a pod on Podman, init containers first (--wait: until it ends)", nullptr },
        { "ps", "list pods with their phase, containers and ports", nullptr },
        { "logs", "print a container's output (-c CONTAINER, -f, --timestamps)", nullptr },
        { "stop", "stop a pod: SIGTERM, SIGKILL after the grace period (--time)", nullptr },
        { "rm", "remove a pod and its containers", nullptr },
        { "top", "show CPU (millicores) and memory (Mi) of running pods (--containers)", nullptr },
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

bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args,
                      CommandIo &io, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("podwright ") + command } + args)) {
        io.err << "podwright " << command << ": " << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by its path and offers Qt's --help-all, which
        // means nothing to a subcommand: say "podwright COMMAND" and drop that line.
        QStringList lines = parser.helpText().split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.first().startsWith(QLatin1String("Usage: "))) {
            const qsizetype options = lines.first().indexOf(QLatin1String(" ["));
            lines.first() = QStringLiteral("Usage: podwright ") + command
                + (options >= 0 ? lines.first().mid(options)
                                : lines.first().mid(lines.first().indexOf(QLatin1Char(' '), 7)));
        }
        lines.removeIf([](const QString &line) {
            return line.trimmed().startsWith(QLatin1String("--help-all"));
        });
        io.out << lines.join(QLatin1Char('\n'));
        *exitCode = 0;
        return false;
    }
    return true;
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
    if (!command->run)
        return runInModule(first, arguments.mid(1), io);
    return command->run(arguments.mid(1), io);
}

} // namespace podwright::cli
