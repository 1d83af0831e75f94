// `podwright fmt`: prints (or rewrites) a manifest in Podwright's canonical form.
#include "commands.h"
#include "manifestio.h"

#include <QFileInfo>

namespace podwright::cli {

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: podwright fmt [-w] FILE\n"
           "\n"
           "Prints FILE (YAML or JSON; '-' reads standard input) in canonical form: kubectl's\n"
           "key order (apiVersion, kind, metadata, spec; name first), block style, two-space\n"
           "indent, literal blocks for multi-line text, quotes wherever YAML would misread a\n"
           "string. Fields Podwright does not know are kept, and so are comments: each is\n"
           "written back at the line of the field or list item it was written before or\n"
           "after (a note on standard error counts any that belong to no field).\n"
           "\n"
           "Options:\n"
           "  -w, --write   rewrite FILE in place (atomically) instead of printing it\n"
           "  -h, --help    show this help\n"
           "\n"
           "Exit status: 0 when formatted, 2 when FILE cannot be read or parsed.\n";
}

/// "FILE:LINE:COL: error: PATH: MESSAGE [rule-id]", the form of compilers and `validate`.
QString formatFinding(const QString &file, const ValidationFinding &finding)
{
    QString location = file;
    if (finding.pos.isValid())
        location += QStringLiteral(":%1:%2").arg(finding.pos.line).arg(finding.pos.column);
    return QStringLiteral("%1: %2: %3 [%4]")
        .arg(location, severityName(finding.severity), finding.summary(), finding.ruleId);
}

} // namespace

int runFmt(const QStringList &args, CommandIo &io)
{
    bool write = false;
    QStringList files;
    for (const QString &arg : args) {
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printUsage(io.out);
            return 0;
        }
        if (arg == QLatin1String("-w") || arg == QLatin1String("--write"))
            write = true;
        else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            io.err << "podwright fmt: unknown option '" << arg << "'\n";
            printUsage(io.err);
            return 2;
        } else
            files << arg;
    }
    if (files.size() != 1) {
        io.err << "podwright fmt: expected exactly one FILE\n";
        printUsage(io.err);
        return 2;
    }
    const QString file = files.first();
    const bool isStdin = file == QLatin1String("-");
    if (write && isStdin) {
        io.err << "podwright fmt: --write needs a file, not standard input\n";
        return 2;
    }
    const QString displayName = isStdin ? QStringLiteral("<stdin>") : file;

    const LoadResult loaded = loadManifestFile(file);
    for (const ValidationFinding &finding : loaded.diagnostics)
        io.err << formatFinding(displayName, finding) << '\n';
    if (!loaded.parsed)
        return 2;
    // An empty or comment-only file has nothing to format: leave it (and its comments) alone.
    if (loaded.manifest.resources.empty())
        return 0;

    const QByteArray formatted = writeManifest(loaded.manifest);
    // Said, not done silently: a comment that belongs to no field has nowhere to go.
    const int unplaced = loaded.unplacedComments + countCommentLinesLeftOut(loaded.manifest);
    if (unplaced > 0)
        io.err << displayName << ": note: " << unplaced
               << (unplaced == 1 ? " comment is not kept: it belongs"
                                 : " comments are not kept: they belong")
               << " to no field Podwright writes\n";
    if (!write) {
        io.out << QString::fromUtf8(formatted);
        io.out.flush();
        return 0;
    }
    QString error;
    if (!saveFileAtomically(file, formatted, &error)) {
        io.err << "podwright fmt: cannot write " << file << ": " << error << '\n';
        return 2;
    }
    return 0;
}

} // namespace podwright::cli
