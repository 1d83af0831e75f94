#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace podwright::cli {

/// Output streams of a command; tests pass buffers, main() passes stdout/stderr.
struct CommandIo {
    QTextStream &out;
    QTextStream &err;
};

/// A headless subcommand: takes its own arguments (after the subcommand name), returns the
/// process exit code. Runs inside a QCoreApplication; no display needed.
using CommandFunction = int (*)(const QStringList &args, CommandIo &io);

struct Command {
    const char *name;
    const char *summary; ///< one line for `podwright --help`
    CommandFunction run; ///< null: a command of the run module (runInModule())
};

/// All subcommands, in the order `--help` lists them.
const std::vector<Command> &commands();
const Command *findCommand(const QString &name);

/// Parses a subcommand's `args` with `parser` (whose options are already added; a help option
/// is added here). Prints the problem or the help itself and returns false when there is
/// nothing to run, with `*exitCode` set (2 for a usage error, 0 after --help).
bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args,
                      CommandIo &io, int *exitCode);

/// True when argv names a subcommand or --help/--version, i.e. no window is wanted.
bool isHeadlessInvocation(const QStringList &arguments);

/// Runs a headless invocation (arguments without the program name); returns the exit code.
int runHeadless(const QStringList &arguments, CommandIo &io);

} // namespace podwright::cli
