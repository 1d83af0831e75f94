#include "documentcontroller.h"

#include "manifestio.h"
#include "podcommands.h"
#include "poddocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

namespace podwright::gui {

namespace {

/// The comments of a loaded file its export will not keep: they belong to no field it writes.
int unkeptComments(const LoadResult &loaded)
{
    return loaded.unplacedComments + countCommentLinesLeftOut(loaded.manifest);
}

constexpr int MaxRecentFiles = 10;
const char RecentFilesKey[] = "files/recent";
const char LastDirectoryKey[] = "files/lastDirectory";

QString describe(const ValidationFinding &finding)
{
    return finding.pos.isValid() ? DocumentController::tr("Line %1, column %2: %3")
                                       .arg(finding.pos.line)
                                       .arg(finding.pos.column)
                                       .arg(finding.summary())
                                 : finding.summary();
}
} // namespace

DocumentController::DocumentController(PodDocument *document, QUndoStack *stack,
                                       QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_stack(stack)
    , m_dialogParent(dialogParent)
{ }

QString DocumentController::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_suggestedName.isEmpty() ? tr("Untitled") : m_suggestedName;
}

bool DocumentController::isModified() const
{
    return !m_stack->isClean();
}

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(QLatin1String(RecentFilesKey)).toStringList();
}

void DocumentController::setFilePath(const QString &path)
{
    m_filePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    // A file Podwright wrote (or none) has no comments it cannot keep; open() and recover()
    // count those of the others.
    m_commentsInFile = 0;
    Q_EMIT filePathChanged(m_filePath);
}

void DocumentController::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings settings;
    settings.setValue(QLatin1String(RecentFilesKey), files);
    settings.setValue(QLatin1String(LastDirectoryKey), QFileInfo(absolute).absolutePath());
    Q_EMIT recentFilesChanged();
}

void DocumentController::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) == 0)
        return;
    QSettings().setValue(QLatin1String(RecentFilesKey), files);
    Q_EMIT recentFilesChanged();
}

void DocumentController::clearRecentFiles()
{
    QSettings().remove(QLatin1String(RecentFilesKey));
    Q_EMIT recentFilesChanged();
}

QString DocumentController::dialogDirectory() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).absolutePath();
    return QSettings().value(QLatin1String(LastDirectoryKey), QDir::homePath()).toString();
}

bool DocumentController::newDocument(const Manifest &manifest, const QString &suggestedName)
{
    m_stack->clear();
    m_document->setManifest(manifest);
    m_stack->setClean();
    m_suggestedName = suggestedName;
    setFilePath(QString());
    return true;
}

bool DocumentController::open(const QString &path)
{
    const LoadResult result = loadManifestFile(path);
    if (!result.parsed) {
        QStringList reasons;
        for (const ValidationFinding &f : result.diagnostics)
            reasons << describe(f);
        QMessageBox box(QMessageBox::Warning, tr("Cannot Open File"),
                        tr("Podwright could not open “%1”.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_dialogParent);
        box.setInformativeText(
            tr("%1\n\nThe document you were working on is unchanged.")
                .arg(reasons.isEmpty() ? tr("The file could not be read.") : reasons.first()));
        if (reasons.size() > 1)
            box.setDetailedText(reasons.join(QLatin1Char('\n')));
        box.exec();
        // A recent file that was deleted or moved would fail the same way every time.
        if (!QFileInfo::exists(path))
            removeRecentFile(path);
        return false;
    }
    m_stack->clear();
    m_document->setManifest(result.manifest);
    m_stack->setClean();
    m_suggestedName.clear();
    setFilePath(path);
    m_commentsInFile = unkeptComments(result);
    addRecentFile(path);
    Q_EMIT statusMessage(m_commentsInFile > 0
                             ? tr("Opened %1: its %n comment(s) will not be kept when it is saved",
                                  "", m_commentsInFile)
                                   .arg(QDir::toNativeSeparators(m_filePath))
                             : tr("Opened %1").arg(QDir::toNativeSeparators(m_filePath)));
    return true;
}

bool DocumentController::writeTo(const QString &path, const QByteArray &text)
{
    QString error;
    if (saveFileAtomically(path, text, &error))
        return true;
    QMessageBox::critical(m_dialogParent, tr("Cannot Save File"),
                          tr("Podwright could not write “%1”: %2\n\nThe file on disk is unchanged.")
                              .arg(QDir::toNativeSeparators(path), error));
    return false;
}

bool DocumentController::save()
{
    // The export is YAML: a file opened as JSON is not overwritten with YAML silently.
    if (m_filePath.isEmpty() || m_filePath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return saveWithDialog();
    return saveAs(m_filePath);
}

bool DocumentController::saveAs(const QString &path)
{
    if (m_beforeSave)
        m_beforeSave();
    const bool overOpenedFile = !m_filePath.isEmpty()
        && QFileInfo(path).absoluteFilePath() == QFileInfo(m_filePath).absoluteFilePath();
    if (overOpenedFile && m_commentsInFile > 0) {
        switch (askAboutComments()) {
        case CommentsChoice::Cancel: return false;
        case CommentsChoice::SavedElsewhere: return true;
        case CommentsChoice::DropThem: break;
        }
    }
    if (!writeTo(path, m_document->text()))
        return false;
    m_stack->setClean();
    m_suggestedName.clear();
    setFilePath(path);
    addRecentFile(path);
    Q_EMIT saved(m_filePath);
    const QString unapplied = unappliedText();
    Q_EMIT statusMessage(
        unapplied.isEmpty()
            ? tr("Saved %1").arg(QDir::toNativeSeparators(m_filePath))
            : tr("Saved the last valid version to %1, without the YAML text that does not parse "
                 "(%2)")
                  .arg(QDir::toNativeSeparators(m_filePath), unapplied));
    return true;
}

DocumentController::CommentsChoice DocumentController::askAboutComments()
{
    QMessageBox box(QMessageBox::Warning, tr("Save Without Comments?"),
                    tr("“%1” has %n comment(s) that Podwright does not keep.", "", m_commentsInFile)
                        .arg(QFileInfo(m_filePath).fileName()),
                    QMessageBox::Cancel, m_dialogParent);
    box.setInformativeText(
        tr("Podwright keeps each comment at the field or list item it belongs to; these belong "
           "to none it writes, such as an empty “resources: {}”. Save As writes the manifest "
           "to another file and leaves this one as it is."));
    QPushButton *drop = box.addButton(tr("Save Without Comments"), QMessageBox::AcceptRole);
    QPushButton *elsewhere = box.addButton(tr("Save As…"), QMessageBox::ActionRole);
    box.setDefaultButton(elsewhere);
    box.exec();
    if (box.clickedButton() == drop)
        return CommentsChoice::DropThem;
    if (box.clickedButton() != elsewhere)
        return CommentsChoice::Cancel;
    // Whatever file the dialog picks, the choice is made: no second question.
    const int comments = std::exchange(m_commentsInFile, 0);
    if (saveWithDialog())
        return CommentsChoice::SavedElsewhere;
    m_commentsInFile = comments;
    return CommentsChoice::Cancel;
}

bool DocumentController::saveWithDialog()
{
    QString suggestion = m_filePath.isEmpty()
        ? QDir(dialogDirectory())
              .filePath((m_suggestedName.isEmpty() ? QStringLiteral("pod") : m_suggestedName)
                        + QStringLiteral(".yaml"))
        : m_filePath;
    if (suggestion.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        suggestion = suggestion.chopped(5) + QStringLiteral(".yaml");
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Pod As"), suggestion,
                                                      tr("YAML files (*.yaml *.yml)"));
    return !path.isEmpty() && saveAs(path);
}

void DocumentController::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Open Manifest"), dialogDirectory(),
        tr("Kubernetes manifests (*.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

bool DocumentController::exportTo(const QString &path)
{
    if (m_beforeSave)
        m_beforeSave();
    if (m_document->manifest().resources.empty()) {
        QMessageBox::information(m_dialogParent, tr("Nothing to Export"),
                                 tr("The document has no Kubernetes objects yet: add a pod "
                                    "first."));
        return false;
    }
    QStringList errors;
    for (const ValidationFinding &f : m_document->findings())
        if (f.severity == Severity::Error)
            errors << describe(f);
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export With Errors?"),
                        tr("The API server would reject this manifest: it has %n error(s).", "",
                           static_cast<int>(errors.size())),
                        QMessageBox::Cancel, m_dialogParent);
        QStringList shown = errors.mid(0, 8);
        if (errors.size() > shown.size())
            shown << tr("… and %n more", "", static_cast<int>(errors.size() - shown.size()));
        box.setInformativeText(shown.join(QLatin1Char('\n')));
        QPushButton *anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway)
            return false;
    }
    if (!writeTo(path, m_document->text()))
        return false;
    const QString unapplied = unappliedText();
    Q_EMIT statusMessage(
        unapplied.isEmpty()
            ? tr("Exported %1").arg(QDir::toNativeSeparators(path))
            : tr("Exported the last valid version to %1, without the YAML text that does not "
                 "parse (%2)")
                  .arg(QDir::toNativeSeparators(path), unapplied));
    return true;
}

void DocumentController::exportWithDialog()
{
    const QString base
        = m_filePath.isEmpty() ? displayName() : QFileInfo(m_filePath).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export for a Cluster"),
        QDir(dialogDirectory()).filePath(base + QStringLiteral("-export.yaml")),
        tr("YAML files (*.yaml *.yml)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool DocumentController::recover(const QByteArray &text, const QString &originalPath)
{
    const LoadResult recovered = loadManifest(text);
    if (!recovered.parsed && !m_unappliedTextSink)
        return false;
    Manifest base;
    int unkept = 0;
    const bool haveOriginal = !originalPath.isEmpty() && QFileInfo::exists(originalPath);
    if (haveOriginal) {
        const LoadResult original = loadManifestFile(originalPath);
        if (original.parsed)
            base = original.manifest;
        unkept = original.parsed ? unkeptComments(original) : 0;
    }
    m_stack->clear();
    m_document->setManifest(base);
    m_stack->setClean();
    m_suggestedName.clear();
    setFilePath(haveOriginal ? originalPath : QString());
    m_commentsInFile = unkept;
    if (!recovered.parsed) {
        m_unappliedTextSink(text);
        Q_EMIT statusMessage(tr("Recovered unsaved YAML; it does not parse yet"));
        return true;
    }
    m_stack->push(new SetManifestCommand(m_document, base, recovered.manifest,
                                         tr("Recover unsaved changes")));
    Q_EMIT statusMessage(tr("Recovered unsaved changes"));
    return true;
}

bool DocumentController::confirmLosingUnappliedText()
{
    const QString error = unappliedText();
    if (error.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("YAML Not Applied"),
                    tr("The YAML text does not parse, so your last edits there are not part of "
                       "the document yet."),
                    QMessageBox::Discard | QMessageBox::Cancel, m_dialogParent);
    box.setInformativeText(tr("%1\n\nCancel to go back and fix it, or discard those edits and "
                              "go on with the last valid version.")
                               .arg(error));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

bool DocumentController::maybeSave()
{
    if (!confirmLosingUnappliedText())
        return false;
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Do you want to save the changes to “%1”?").arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_dialogParent);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

} // namespace podwright::gui
