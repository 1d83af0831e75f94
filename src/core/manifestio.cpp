#include "manifestio.h"

#include "podreader.h"
#include "yamlcommentmap.h"
#include "yamlprecheck.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace podwright {

LoadResult loadManifest(const QByteArray &input, const LoadLimits &limits)
{
    const QByteArray text = withLineFeeds(input);
    LoadResult result;
    YamlReadResult read = readYamlDocuments(text, limits);
    if (!read.ok()) {
        result.diagnostics = std::move(read.errors);
        return result;
    }
    result.parsed = true;
    if (read.documents.empty()) {
        ValidationFinding f;
        f.ruleId = QStringLiteral("manifest-empty");
        f.severity = Severity::Error;
        f.message = QCoreApplication::translate("podwright::Import",
                                                "the file contains no Kubernetes objects");
        f.pos = { 1, 1 };
        f.explanation
            = QCoreApplication::translate("podwright::Import",
                                          "The file is empty or holds only comments. A manifest "
                                          "needs at least one object, for example a Pod with "
                                          "apiVersion: v1, kind: Pod, metadata and spec.");
        result.diagnostics.push_back(std::move(f));
        return result;
    }
    result.manifest = readManifest(read.documents, result.diagnostics);
    result.unplacedComments = attachComments(text, read.documents, result.manifest);
    return result;
}

namespace {

LoadResult readFailure(const QString &path, const QString &reason)
{
    LoadResult result;
    ValidationFinding f;
    f.ruleId = QStringLiteral("file-unreadable");
    f.severity = Severity::Error;
    f.message
        = QCoreApplication::translate("podwright::Import", "cannot read %1: %2").arg(path, reason);
    f.explanation = QCoreApplication::translate(
        "podwright::Import", "Check that the file exists and that you may read it.");
    result.diagnostics.push_back(std::move(f));
    return result;
}

} // namespace

LoadResult loadManifestFile(const QString &path, const LoadLimits &limits)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return readFailure(
            isStdin ? QCoreApplication::translate("podwright::Import", "standard input") : path,
            file.errorString());
    if (!isStdin && QFileInfo(path).isDir())
        return readFailure(path,
                           QCoreApplication::translate("podwright::Import", "it is a directory"));
    // Read one byte past the limit so that an oversized input is reported, not truncated,
    // without reading all of an endless stream.
    const QByteArray text = file.read(limits.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return readFailure(
            isStdin ? QCoreApplication::translate("podwright::Import", "standard input") : path,
            file.errorString());
    return loadManifest(text, limits);
}

bool saveFileAtomically(const QString &path, const QByteArray &data, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

} // namespace podwright
