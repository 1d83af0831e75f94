#include "autosaver.h"

#include "manifestio.h"
#include "poddocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

#include <cerrno>
#include <csignal>

namespace podwright::gui {

namespace {

// Sessions alive in this process: a sidecar naming our pid is only an orphan if its session is
// not among these (a window that was destroyed without discarding, as after a crash).
QSet<QString> &liveSessions()
{
    static QSet<QString> sessions;
    return sessions;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

} // namespace

Autosaver::Autosaver(PodDocument *document, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(stack)
    , m_directory(defaultDirectory())
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    liveSessions().insert(m_id);
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("PODWRIGHT_AUTOSAVE_INTERVAL_MS", &ok);
    m_timer.setInterval(ok && interval > 0 ? interval : 30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
    m_timer.start();
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard();
    });
}

Autosaver::~Autosaver()
{
    // Deliberately leaves the files: only discard() (a save or a chosen close) removes them.
    liveSessions().remove(m_id);
}

QString Autosaver::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("PODWRIGHT_AUTOSAVE_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave"));
}

QString Autosaver::textPath() const
{
    return QDir(m_directory).filePath(m_id + QStringLiteral(".yaml"));
}

bool Autosaver::autosaveNow()
{
    const QByteArray unapplied = m_unappliedText ? m_unappliedText() : QByteArray();
    if (unapplied.isEmpty() && m_stack->isClean())
        return false;
    const QByteArray text = unapplied.isEmpty() ? m_document->text() : unapplied;
    if (text == m_lastWritten && QFile::exists(textPath()))
        return false;
    if (!QDir().mkpath(m_directory))
        return false;
    QJsonObject sidecar;
    sidecar[QLatin1String("originalPath")] = m_originalPath ? m_originalPath() : QString();
    sidecar[QLatin1String("savedAt")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    sidecar[QLatin1String("pid")] = QCoreApplication::applicationPid();
    sidecar[QLatin1String("session")] = m_id;
    QString error;
    const QString sidecarPath = QDir(m_directory).filePath(m_id + QStringLiteral(".json"));
    if (!saveFileAtomically(textPath(), text, &error)
        || !saveFileAtomically(sidecarPath, QJsonDocument(sidecar).toJson(), &error)) {
        qWarning("Autosave failed: %s", qPrintable(error));
        return false;
    }
    m_lastWritten = text;
    return true;
}

void Autosaver::discard()
{
    QFile::remove(textPath());
    QFile::remove(QDir(m_directory).filePath(m_id + QStringLiteral(".json")));
    m_lastWritten.clear();
}

std::vector<AutosaveEntry> Autosaver::orphans(const QString &directory)
{
    std::vector<AutosaveEntry> result;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
        const qint64 pid = sidecar.value(QLatin1String("pid")).toInteger();
        const QString session = sidecar.value(QLatin1String("session")).toString();
        const bool ours = pid == QCoreApplication::applicationPid();
        if (ours ? liveSessions().contains(session) : processAlive(pid))
            continue;
        AutosaveEntry entry;
        entry.sidecarPath = file.fileName();
        entry.textPath = dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".yaml"));
        entry.originalPath = sidecar.value(QLatin1String("originalPath")).toString();
        entry.savedAt = QDateTime::fromString(sidecar.value(QLatin1String("savedAt")).toString(),
                                              Qt::ISODate);
        if (QFile::exists(entry.textPath))
            result.push_back(entry);
    }
    std::sort(result.begin(), result.end(),
              [](const AutosaveEntry &a, const AutosaveEntry &b) { return a.savedAt > b.savedAt; });
    return result;
}

void Autosaver::remove(const AutosaveEntry &entry)
{
    QFile::remove(entry.textPath);
    QFile::remove(entry.sidecarPath);
}

} // namespace podwright::gui
