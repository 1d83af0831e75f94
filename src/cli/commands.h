#pragma once

#include "cli.h"

// The entry point of each headless subcommand, one line per <name>command.cpp; listed in
// cli.cpp's commands() table.
namespace podwright::cli {

int runFmt(const QStringList &args, CommandIo &io);
int runValidate(const QStringList &args, CommandIo &io);
int runRun(const QStringList &args, CommandIo &io); // runtimecommands.cpp
int runPs(const QStringList &args, CommandIo &io); // runtimecommands.cpp
int runLogs(const QStringList &args, CommandIo &io); // runtimecommands.cpp
int runStop(const QStringList &args, CommandIo &io); // runtimecommands.cpp
int runRm(const QStringList &args, CommandIo &io); // runtimecommands.cpp
int runTop(const QStringList &args, CommandIo &io);
// The six above are in the run module (podwright-run.so); the table lists them without a
// function and runHeadless() calls them through this (modulecommands.cpp).
int runInModule(const QString &name, const QStringList &args, CommandIo &io);

} // namespace podwright::cli
