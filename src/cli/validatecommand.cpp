// `podwright validate`: the API server's verdict on manifests, plus Podman-local warnings and
// learner hints, without a cluster and without a window.
#include "commands.h"
#include "manifestio.h"
#include "validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace podwright::cli {

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: podwright validate [--output text|json] [--no-warnings] [--no-hints] FILE...\n"
           "\n"
           "Checks each FILE (YAML or JSON, several documents allowed; '-' reads standard input)\n"
           "as the Kubernetes API server would on create, after its defaulting: every Pod and the\n"
           "pod template of every Deployment, ReplicaSet, StatefulSet, DaemonSet, Job and "
           "CronJob.\n"
           "Besides errors it reports warnings (what a cluster accepts but Podman will not honour\n"
           "when the pod runs locally) and hints for people learning Kubernetes.\n"
           "\n"
           "Text output, one finding per line:\n"
           "  FILE:LINE:COL: error|warning|hint: PATH: MESSAGE [rule-id]\n"
           "LINE:COL is where the field (or its nearest written parent) stands in FILE; a finding\n"
           "with no place in the text (e.g. a missing field of a new document) is printed as\n"
           "  FILE: error: PATH: MESSAGE [rule-id]\n"
           "A one-line summary follows on standard error.\n"
           "\n"
           "JSON output: an array of {file, line, column, severity, path, message, rule,\n"
           "explanation, resource}; line and column are null when unknown.\n"
           "\n"
           "Options:\n"
           "  -o, --output FORMAT  text (default) or json\n"
           "      --no-warnings    leave out Podman-local warnings\n"
           "      --no-hints       leave out learner hints\n"
           "  -h, --help           show this help\n"
           "\n"
           "Exit status: 0 when there is no error (warnings and hints allowed), 1 when any\n"
           "finding is an error, 2 when a FILE cannot be read or parsed.\n";
}

struct FileFindings {
    QString displayName;
    const Manifest *manifest = nullptr;
    Findings findings;
};

QString textLine(const QString &file, const ValidationFinding &finding)
{
    QString location = file;
    if (finding.pos.isValid())
        location += QStringLiteral(":%1:%2").arg(finding.pos.line).arg(finding.pos.column);
    return QStringLiteral("%1: %2: %3 [%4]")
        .arg(location, severityName(finding.severity), finding.summary(), finding.ruleId);
}

QJsonObject jsonFinding(const FileFindings &file, const ValidationFinding &finding)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file.displayName);
    o.insert(QStringLiteral("line"),
             finding.pos.isValid() ? QJsonValue(finding.pos.line) : QJsonValue());
    o.insert(QStringLiteral("column"),
             finding.pos.isValid() ? QJsonValue(finding.pos.column) : QJsonValue());
    o.insert(QStringLiteral("severity"), severityName(finding.severity));
    o.insert(QStringLiteral("path"), finding.path);
    o.insert(QStringLiteral("message"), finding.message);
    o.insert(QStringLiteral("rule"), finding.ruleId);
    o.insert(QStringLiteral("explanation"), finding.explanation);
    QJsonValue resource;
    if (file.manifest && finding.resourceIndex >= 0
        && finding.resourceIndex < int(file.manifest->resources.size()))
        resource = file.manifest->resources[std::size_t(finding.resourceIndex)].displayName();
    o.insert(QStringLiteral("resource"), resource);
    return o;
}

QString plural(qsizetype n, const char *word)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(word)).arg(n == 1 ? "" : "s");
}

} // namespace

int runValidate(const QStringList &args, CommandIo &io)
{
    ValidationOptions options;
    bool json = false;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printUsage(io.out);
            return 0;
        }
        QString format;
        if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (i + 1 >= args.size()) {
                io.err << "podwright validate: " << arg << " needs a value (text or json)\n";
                return 2;
            }
            format = args[++i];
        } else if (arg.startsWith(QLatin1String("--output="))) {
            format = arg.mid(9);
        } else if (arg == QLatin1String("--no-warnings")) {
            options.warnings = false;
            continue;
        } else if (arg == QLatin1String("--no-hints")) {
            options.hints = false;
            continue;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            io.err << "podwright validate: unknown option '" << arg << "'\n";
            printUsage(io.err);
            return 2;
        } else {
            files << arg;
            continue;
        }
        if (format == QLatin1String("json"))
            json = true;
        else if (format == QLatin1String("text"))
            json = false;
        else {
            io.err << "podwright validate: unknown output format '" << format
                   << "' (text or json)\n";
            return 2;
        }
    }
    if (files.isEmpty()) {
        io.err << "podwright validate: no FILE given\n";
        printUsage(io.err);
        return 2;
    }

    std::vector<LoadResult> loaded;
    loaded.reserve(std::size_t(files.size()));
    std::vector<FileFindings> results;
    bool unreadable = false;
    for (const QString &file : files) {
        loaded.push_back(loadManifestFile(file));
        const LoadResult &result = loaded.back();
        FileFindings f;
        f.displayName = file == QLatin1String("-") ? QStringLiteral("<stdin>") : file;
        f.manifest = &result.manifest;
        // Import problems (wrong types, unknown fields...) are errors like any other.
        f.findings = result.diagnostics;
        if (!result.parsed) {
            unreadable = true;
        } else {
            Findings found = validateManifest(result.manifest, options);
            f.findings.insert(f.findings.end(), found.begin(), found.end());
        }
        results.push_back(std::move(f));
    }

    qsizetype errors = 0, warnings = 0, hints = 0;
    QJsonArray array;
    for (const FileFindings &file : results) {
        for (const ValidationFinding &finding : file.findings) {
            switch (finding.severity) {
            case Severity::Error: ++errors; break;
            case Severity::Warning: ++warnings; break;
            case Severity::Hint: ++hints; break;
            }
            if (json)
                array.append(jsonFinding(file, finding));
            else
                io.out << textLine(file.displayName, finding) << '\n';
        }
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    io.out.flush();
    io.err << plural(errors, "error") << ", " << plural(warnings, "warning") << ", "
           << plural(hints, "hint") << " in " << plural(files.size(), "file") << '\n';
    io.err.flush();
    if (unreadable)
        return 2;
    return errors > 0 ? 1 : 0;
}

} // namespace podwright::cli
