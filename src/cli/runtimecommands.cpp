// podwright run | ps | logs | stop | rm: the same PodmanRuntime the window uses, driven from an
// event loop until the outcome is known.
#include "commands.h"
#include "runtime/podmanruntime.h"
#include "runtime/runplan.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <optional>

namespace podwright::cli {

namespace {

QString describe(const ContainerRuntimeState &c)
{
    switch (c.state) {
    case ContainerRuntimeState::State::Running:
        return c.isTerminating() ? QStringLiteral("terminating") : QStringLiteral("running");
    case ContainerRuntimeState::State::Terminated:
        return QStringLiteral("%1(%2)")
            .arg(c.reason.isEmpty() ? QStringLiteral("terminated") : c.reason)
            .arg(c.exitCode);
    case ContainerRuntimeState::State::Waiting:
        return c.reason.isEmpty() ? QStringLiteral("waiting") : c.reason;
    default: return QStringLiteral("unknown");
    }
}

QString summary(const PodRuntimeStatus &status)
{
    QStringList containers;
    for (const ContainerRuntimeState &c : status.containers) {
        QString text = c.name + QLatin1Char(':') + describe(c);
        if (c.restartCount > 0)
            text += QStringLiteral(" restarts=%1").arg(c.restartCount);
        containers << text;
    }
    return containers.join(QLatin1String(", "));
}

/// Runs the loop until `done` is called; errors go to stderr as they come.
class Session
{
public:
    explicit Session(CommandIo &io)
        : m_io(io)
    {
        QObject::connect(&runtime, &PodRuntime::errorOccurred, &m_loop,
                         [this](const RuntimeError &e) {
                             // Once the outcome is known (Podman missing: its hint is printed
                             // already) a follow-up error only repeats it.
                             if (m_finished)
                                 return;
                             m_io.err << "error: " << e.message << '\n';
                             if (!e.detail.isEmpty())
                                 m_io.err << "  " << e.detail << '\n';
                             m_io.err.flush();
                         });
        QObject::connect(&runtime, &PodRuntime::availabilityChanged, &m_loop,
                         [this](PodRuntime::Availability a, const QString &message) {
                             if (a == PodRuntime::Availability::NotInstalled
                                 || a == PodRuntime::Availability::Unavailable) {
                                 m_io.err << message << '\n';
                                 done(3);
                             }
                         });
    }
    void done(int code)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_code = code;
        m_loop.quit();
    }
    int exec()
    {
        runtime.connectToRuntime();
        if (!m_finished) // a slot may already have decided, e.g. on a YAML that cannot be read
            m_loop.exec();
        return m_code;
    }
    PodmanRuntime runtime;
    QEventLoop *loop() { return &m_loop; }

private:
    CommandIo &m_io;
    QEventLoop m_loop;
    int m_code = 0;
    bool m_finished = false;
};

} // namespace

int runRun(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run the pod of FILE on Podman (init containers first) and report its phase."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("a Pod manifest, or - for stdin"));
    parser.addOption({ QStringLiteral("wait"),
                       QStringLiteral("stay until the pod has Succeeded or Failed, restarting "
                                      "containers as the restartPolicy says") });
    parser.addOption({ QStringLiteral("replace"),
                       QStringLiteral("replace a pod of the same name that Podman already has "
                                      "(its containers and their logs go)") });
    int code = 0;
    if (!parseCommandLine(parser, QStringLiteral("run"), args, io, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "podwright run: expected one FILE\n";
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened) {
        io.err << "podwright run: cannot read " << path << ": " << file.errorString() << '\n';
        return 1;
    }
    const QByteArray yaml = file.readAll();
    const bool wait = parser.isSet(QStringLiteral("wait"));
    Session session(io);
    QString lastLine;
    QObject::connect(
        &session.runtime, &PodRuntime::podChanged, session.loop(),
        [&](const PodRuntimeStatus &status) {
            const QString line
                = QStringLiteral("%1  %2  %3").arg(status.name, status.phase, summary(status));
            if (line != lastLine)
                io.out << line << '\n';
            io.out.flush();
            lastLine = line;
            if (status.phase == QLatin1String("Failed"))
                session.done(1);
            else if (status.phase == QLatin1String("Succeeded")
                     || (!wait && status.phase == QLatin1String("Running"))) {
                for (const PublishedPort &port : status.ports)
                    io.out << "port " << port.hostPort << " -> " << port.container << ':'
                           << port.containerPort << '\n';
                session.done(0);
            }
        });
    // A stop requested elsewhere (`podwright stop` in another terminal) ends the wait like
    // the pod's end: success only if every container exited 0.
    QObject::connect(&session.runtime, &PodRuntime::podStopped, session.loop(),
                     [&](const QString &name) {
                         const std::optional<PodRuntimeStatus> status = session.runtime.pod(name);
                         if (!status)
                             return session.done(1);
                         int code = 0;
                         for (const ContainerRuntimeState &c : status->containers) {
                             if (c.exitCode != 0) {
                                 io.out << "pod " << name << " stopped: container " << c.name
                                        << " exited with code " << c.exitCode << '\n';
                                 code = 1;
                             }
                         }
                         session.done(code);
                     });
    QObject::connect(
        &session.runtime, &PodRuntime::errorOccurred, session.loop(), [&](const RuntimeError &e) {
            if (e.pod.isEmpty() && e.message.startsWith(QLatin1String("The pod cannot be run")))
                session.done(1);
        });
    // Podman keeps one pod per name and runs a pod by replacing it: like `podman kube play`,
    // only with --replace, so that running a file does not remove a pod made elsewhere.
    QString planError;
    const std::optional<RunPlan> plan = RunPlan::fromYaml(yaml, &planError);
    if (!plan || parser.isSet(QStringLiteral("replace"))) {
        session.runtime.runPod(yaml); // reports a YAML it cannot run
        return session.exec();
    }
    QObject::connect(
        &session.runtime, &PodRuntime::refreshed, session.loop(),
        [&] {
            if (const std::optional<PodRuntimeStatus> existing
                = session.runtime.pod(plan->podName)) {
                io.err << "podwright run: pod \"" << plan->podName << "\" already exists ("
                       << existing->phase << "): run with --replace to replace it, or remove it "
                       << "first with podwright rm " << plan->podName << '\n';
                return session.done(1);
            }
            session.runtime.runPod(yaml);
        },
        Qt::SingleShotConnection);
    session.runtime.refresh();
    return session.exec();
}

int runPs(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the pods Podman holds, with their phase and containers."));
    int code = 0;
    if (!parseCommandLine(parser, QStringLiteral("ps"), args, io, &code))
        return code;
    Session session(io);
    QObject::connect(&session.runtime, &PodRuntime::refreshed, session.loop(), [&] {
        io.out << QStringLiteral("%1 %2 %3\n")
                      .arg(QStringLiteral("NAME"), -24)
                      .arg(QStringLiteral("PHASE"), -12)
                      .arg(QStringLiteral("CONTAINERS"));
        for (const PodRuntimeStatus &status : session.runtime.pods()) {
            QString ports;
            for (const PublishedPort &port : status.ports)
                ports += QStringLiteral("  %1->%2/%3")
                             .arg(port.hostPort)
                             .arg(port.containerPort)
                             .arg(port.protocol.toLower());
            io.out << QStringLiteral("%1 %2 %3%4\n")
                          .arg(status.name, -24)
                          .arg(status.phase, -12)
                          .arg(summary(status), ports);
        }
        session.done(0);
    });
    session.runtime.refresh();
    return session.exec();
}

int runLogs(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print a container's output (init containers included)."));
    parser.addPositionalArgument(QStringLiteral("POD"), QStringLiteral("the pod's name"));
    parser.addOption({ { QStringLiteral("c"), QStringLiteral("container") },
                       QStringLiteral("the container (needed when the pod has several)"),
                       QStringLiteral("CONTAINER") });
    parser.addOption({ { QStringLiteral("f"), QStringLiteral("follow") },
                       QStringLiteral("keep printing new output") });
    parser.addOption(
        { QStringLiteral("timestamps"), QStringLiteral("prefix each line with its time") });
    int code = 0;
    if (!parseCommandLine(parser, QStringLiteral("logs"), args, io, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "podwright logs: expected one POD\n";
        return 2;
    }
    const QString pod = parser.positionalArguments().first();
    LogOptions options;
    options.follow = parser.isSet(QStringLiteral("follow"));
    options.timestamps = parser.isSet(QStringLiteral("timestamps"));
    Session session(io);
    int requestId = -1;
    QObject::connect(
        &session.runtime, &PodRuntime::logLine, session.loop(), [&](int id, const LogLine &line) {
            if (id != requestId)
                return;
            QTextStream &stream = line.stderrStream ? io.err : io.out;
            if (line.time.isValid())
                stream << line.time.toString(line.subSecondTime ? Qt::ISODateWithMs : Qt::ISODate)
                       << ' ';
            stream << line.text << '\n';
            stream.flush();
        });
    QObject::connect(&session.runtime, &PodRuntime::logsFinished, session.loop(),
                     [&](int id, const QString &error) {
                         if (id != requestId)
                             return;
                         if (!error.isEmpty())
                             io.err << error << '\n';
                         session.done(error.isEmpty() ? 0 : 1);
                     });
    QObject::connect(&session.runtime, &PodRuntime::refreshed, session.loop(), [&] {
        const std::optional<PodRuntimeStatus> status = session.runtime.pod(pod);
        if (!status) {
            io.err << "podwright logs: no pod named " << pod << '\n';
            session.done(1);
            return;
        }
        QString container = parser.value(QStringLiteral("container"));
        QStringList names;
        for (const auto &c : status->containers)
            names << c.name;
        if (!container.isEmpty() && !names.contains(container)) {
            io.err << "podwright logs: pod " << pod << " has no container " << container
                   << "; its containers: " << names.join(QLatin1String(", ")) << '\n';
            session.done(1);
            return;
        }
        if (container.isEmpty()) {
            if (status->containers.size() != 1) {
                io.err << "podwright logs: pod " << pod
                       << " has several containers, choose one with -c: "
                       << names.join(QLatin1String(", ")) << '\n';
                session.done(2);
                return;
            }
            container = status->containers.front().name;
        }
        requestId = session.runtime.requestLogs(pod, container, options);
    });
    session.runtime.refresh();
    return session.exec();
}

int runStop(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stop a pod: SIGTERM, then SIGKILL after the grace period."));
    parser.addPositionalArgument(QStringLiteral("POD"), QStringLiteral("the pod's name"));
    parser.addOption(
        { { QStringLiteral("t"), QStringLiteral("time") },
          QStringLiteral(
              "grace period in seconds (default: the pod's terminationGracePeriodSeconds)"),
          QStringLiteral("SECONDS") });
    int code = 0;
    if (!parseCommandLine(parser, QStringLiteral("stop"), args, io, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "podwright stop: expected one POD\n";
        return 2;
    }
    bool ok = true;
    const int grace = parser.isSet(QStringLiteral("time"))
        ? parser.value(QStringLiteral("time")).toInt(&ok)
        : -1;
    if (!ok || (parser.isSet(QStringLiteral("time")) && grace < 0)) {
        io.err << "podwright stop: --time needs a number of seconds\n";
        return 2;
    }
    Session session(io);
    QObject::connect(&session.runtime, &PodRuntime::podStopped, session.loop(),
                     [&](const QString &name, qint64 elapsedMs) {
                         io.out << "pod " << name << " stopped in "
                                << QString::number(elapsedMs / 1000.0, 'f', 1) << " s\n";
                         session.done(0);
                     });
    QObject::connect(&session.runtime, &PodRuntime::errorOccurred, session.loop(),
                     [&](const RuntimeError &) { session.done(1); });
    session.runtime.stopPod(parser.positionalArguments().first(), grace);
    return session.exec();
}

int runRm(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Remove a pod and its containers (running ones are killed)."));
    parser.addPositionalArgument(QStringLiteral("POD"), QStringLiteral("the pod's name"));
    int code = 0;
    if (!parseCommandLine(parser, QStringLiteral("rm"), args, io, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "podwright rm: expected one POD\n";
        return 2;
    }
    const QString pod = parser.positionalArguments().first();
    Session session(io);
    QObject::connect(&session.runtime, &PodRuntime::podRemoved, session.loop(),
                     [&](const QString &name) {
                         io.out << "pod " << name << " removed\n";
                         session.done(0);
                     });
    QObject::connect(&session.runtime, &PodRuntime::errorOccurred, session.loop(),
                     [&](const RuntimeError &) { session.done(1); });
    // The runtime takes a pod that is already gone as removed (the window's Remove of a pod
    // someone else removed); on the command line a mistyped name must not look like success.
    QObject::connect(&session.runtime, &PodRuntime::refreshed, session.loop(), [&] {
        if (!session.runtime.pod(pod)) {
            io.err << "podwright rm: no pod named " << pod << '\n';
            session.done(1);
            return;
        }
        session.runtime.removePod(pod);
    });
    session.runtime.refresh();
    return session.exec();
}

} // namespace podwright::cli
