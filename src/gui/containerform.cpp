#include "containerform.h"

#include "containerlists.h"
#include "elementaccess.h"
#include "envtableeditor.h"
#include "fieldmessage.h"
#include "formsync.h"
#include "keyvaluetableeditor.h"
#include "poddocument.h"
#include "probeeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace podwright::gui {

namespace {
// Merge ids of the fields that merge while typing (InspectorForm::edit()); the pod form uses
// 0-49, probes take 16 each from ProbeBase.
enum Field {
    Name = 50,
    Image,
    WorkingDir,
    Quantities, // 4 of them
    ProbeBase = Quantities + 4
};
using ProbeMember = std::optional<Probe> Container::*;
const ProbeMember probeMembers[3]
    = { &Container::livenessProbe, &Container::readinessProbe, &Container::startupProbe };
const char *const probeKeys[3] = { "livenessProbe", "readinessProbe", "startupProbe" };
} // namespace

ContainerForm::ContainerForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent)
    : InspectorForm(document, undoStack, parent)
    , m_name(new QLineEdit)
    , m_image(new QLineEdit)
    , m_pullPolicy(new QComboBox)
    , m_sidecar(new QCheckBox(tr("Keep running beside the app containers")))
    , m_workingDir(new QLineEdit)
    , m_messagePolicy(new QComboBox)
    , m_command(new StringListEditor(tr("Command"), tr("One word of the command per row")))
    , m_args(new StringListEditor(tr("Argument"), tr("One argument per row")))
    , m_ports(new TableEditor(portColumns()))
    , m_env(new EnvTableEditor)
    , m_mounts(new TableEditor(mountColumns()))
    , m_yamlNote(new QLabel)
{
    setObjectName(QStringLiteral("containerForm"));
    m_name->setObjectName(QStringLiteral("containerName"));
    m_image->setObjectName(QStringLiteral("containerImage"));
    buildGeneral();
    buildLists();
    buildResources();
    buildProbes();
    m_yamlNote->setWordWrap(true);
    m_yamlNote->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_yamlNote);
}

Container &ContainerForm::container(Pod &pod) const
{
    // edit() runs changes only while the element exists.
    return *findContainer(pod, element());
}

const Container &ContainerForm::container() const
{
    return *findContainer(pod(), element());
}

void ContainerForm::buildGeneral()
{
    m_name->setPlaceholderText(tr("e.g. web"));
    m_image->setPlaceholderText(tr("e.g. docker.io/library/nginx:1.25"));
    m_workingDir->setPlaceholderText(tr("(the image's)"));
    fillEnumCombo(
        m_pullPolicy,
        { QStringLiteral("Always"), QStringLiteral("IfNotPresent"), QStringLiteral("Never") },
        tr("IfNotPresent; Always for :latest"));
    fillEnumCombo(m_messagePolicy,
                  { QStringLiteral("File"), QStringLiteral("FallbackToLogsOnError") },
                  QStringLiteral("File"));

    QFormLayout *form = addSection(tr("Container"));
    m_generalForm = form;
    addRow(form, tr("&Name:"), m_name, QStringLiteral("name"),
           tr("Unique among all containers of the pod: lowercase letters, digits and '-'. "
              "kubectl logs -c and Podman's container names use it."));
    addRow(form, tr("&Image:"), m_image, QStringLiteral("image"),
           tr("The container image to run: registry/repository:tag. Pin a tag (or a digest) "
              "so every start runs the same software."));
    addRow(form, tr("&Pull policy:"), m_pullPolicy, QStringLiteral("imagePullPolicy"),
           tr("When to download the image: Always before each start, IfNotPresent only when "
              "missing, Never (it must already be there)."));
    addRow(form, tr("Run as s&idecar:"), m_sidecar, QStringLiteral("restartPolicy"),
           tr("restartPolicy: Always on an init container makes it a native sidecar: it starts "
              "before the app containers and keeps running beside them (Kubernetes 1.29+)."));
    addRow(form, tr("&Working dir:"), m_workingDir, QStringLiteral("workingDir"),
           tr("The directory the command starts in; empty uses the image's."));
    addRow(form, tr("Te&rmination message:"), m_messagePolicy,
           QStringLiteral("terminationMessagePolicy"),
           tr("Where Kubernetes reads why the container ended: the file only, or the end of "
              "its log when the file is empty (FallbackToLogsOnError)."));

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(Name, tr("Rename container"), [&](Pod &p) { container(p).name = text; });
    });
    connect(m_image, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(Image, tr("Change image"), [&](Pod &p) { container(p).image = text; });
    });
    connect(m_workingDir, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(WorkingDir, tr("Set working directory"),
             [&](Pod &p) { container(p).workingDir = text; });
    });
    connect(m_pullPolicy, &QComboBox::activated, this, [this] {
        const QString v = comboValue(m_pullPolicy);
        edit(-1, tr("Set pull policy"), [&](Pod &p) { container(p).imagePullPolicy = v; });
    });
    connect(m_messagePolicy, &QComboBox::activated, this, [this] {
        const QString v = comboValue(m_messagePolicy);
        edit(-1, tr("Set termination message policy"),
             [&](Pod &p) { container(p).terminationMessagePolicy = v; });
    });
    connect(m_sidecar, &QCheckBox::toggled, this, [this](bool on) {
        edit(-1, on ? tr("Make sidecar") : tr("Make plain init container"), [&](Pod &p) {
            container(p).restartPolicy = on ? QStringLiteral("Always") : QString();
        });
    });
}

void ContainerForm::buildLists()
{
    QFormLayout *run = addSection(tr("Command"));
    addRow(run, tr("Co&mmand:"), m_command, QStringLiteral("command"),
           tr("Replaces the image's ENTRYPOINT; empty keeps it. Not run through a shell: add "
              "sh, -c to use one."));
    addRow(run, tr("Ar&guments:"), m_args, QStringLiteral("args"),
           tr("Replaces the image's CMD; $(VAR) expands an environment variable."));
    bindListEditor(
        m_command, [this](Pod &p) -> QStringList & { return container(p).command; }, tr("command"));
    bindListEditor(
        m_args, [this](Pod &p) -> QStringList & { return container(p).args; }, tr("arguments"));

    QFormLayout *lists = addSection(tr("Ports, environment and mounts"));
    m_ports->setAddText(tr("&Add port"), tr("Add a port (Insert)"));
    m_mounts->setAddText(tr("Add &mount"), tr("Mount one of the pod's volumes (Insert)"));
    addRow(lists, tr("P&orts:"), m_ports, QStringLiteral("ports"),
           tr("Ports the container listens on. Informational inside the pod (every container "
              "shares localhost) but used to publish host ports and by Services."));
    addRow(lists, tr("&Environment:"), m_env, QStringLiteral("env"),
           tr("Environment variables of the process: literal values or values Kubernetes fills "
              "in from the pod, the container's resources, ConfigMaps or Secrets."));
    addRow(lists, tr("&Volume mounts:"), m_mounts, QStringLiteral("volumeMounts"),
           tr("Where the pod's volumes appear in this container. Two containers mounting the "
              "same volume share its files."));

    connect(m_ports, &TableEditor::cellEdited, this, [this](int row, int column, const QString &v) {
        edit(-1, tr("Edit port"), [&](Pod &p) {
            auto &ports = container(p).ports;
            if (row < static_cast<int>(ports.size()))
                applyPortField(ports[static_cast<std::size_t>(row)], column, v);
        });
    });
    connect(m_ports, &TableEditor::addRequested, this,
            [this] { edit(-1, tr("Add port"), [&](Pod &p) { appendPort(p, container(p)); }); });
    connect(m_ports, &TableEditor::removeRequested, this, [this](int row) {
        edit(-1, tr("Remove port"), [&](Pod &p) { removeAt(container(p).ports, row); });
    });
    // Order matters for env ($(VAR) sees only the variables above it) and mounts (a mount
    // inside another's path must come after it); ports follow so every list works alike.
    for (TableEditor *table : { m_ports, static_cast<TableEditor *>(m_env), m_mounts })
        table->setMovable(true);
    connect(m_ports, &TableEditor::moveRequested, this, [this](int row, int delta) {
        edit(-1, tr("Reorder ports"), [&](Pod &p) { moveItem(container(p).ports, row, delta); });
    });
    connect(m_env, &TableEditor::moveRequested, this, [this](int row, int delta) {
        edit(-1, tr("Reorder environment variables"),
             [&](Pod &p) { moveItem(container(p).env, row, delta); });
    });
    connect(m_mounts, &TableEditor::moveRequested, this, [this](int row, int delta) {
        edit(-1, tr("Reorder volume mounts"),
             [&](Pod &p) { moveItem(container(p).volumeMounts, row, delta); });
    });
    connect(m_env, &TableEditor::cellEdited, this, [this](int row, int column, const QString &v) {
        edit(-1, tr("Edit environment variable"),
             [&](Pod &p) { EnvTableEditor::applyEdit(container(p).env, row, column, v); });
    });
    connect(m_env, &TableEditor::addRequested, this, [this] {
        edit(-1, tr("Add environment variable"),
             [&](Pod &p) { EnvTableEditor::appendVar(container(p).env); });
    });
    connect(m_env, &TableEditor::removeRequested, this, [this](int row) {
        edit(-1, tr("Remove environment variable"),
             [&](Pod &p) { EnvTableEditor::removeVar(container(p).env, row); });
    });
    connect(m_mounts, &TableEditor::cellEdited, this,
            [this](int row, int column, const QString &v) {
                edit(-1, tr("Edit volume mount"), [&](Pod &p) {
                    auto &mounts = container(p).volumeMounts;
                    if (row < static_cast<int>(mounts.size()))
                        applyMountField(mounts[static_cast<std::size_t>(row)], column, v);
                });
            });
    connect(m_mounts, &TableEditor::addRequested, this, [this] {
        edit(-1, tr("Add volume mount"), [&](Pod &p) { appendMount(p, container(p)); });
    });
    connect(m_mounts, &TableEditor::removeRequested, this, [this](int row) {
        edit(-1, tr("Remove volume mount"),
             [&](Pod &p) { removeAt(container(p).volumeMounts, row); });
    });
}

void ContainerForm::buildResources()
{
    QFormLayout *form = addSection(tr("Resources"));
    // Findings about the resources as a whole ("sets no requests or limits") go on top.
    auto *sectionMessage = new FieldMessage;
    form->addRow(sectionMessage);
    watchPath(QStringLiteral("resources"), sectionMessage);
    // Kubernetes quantities: a decimal number with an optional SI (m, k, M, G...) or binary
    // (Ki, Mi, Gi...) suffix, or an exponent. Validated fully by the core; this only stops
    // characters that can never be part of one.
    const QRegularExpression quantity(QStringLiteral("^[0-9.+\\-eEmkKMGTPEiun]*$"));
    const struct {
        bool limits;
        const char *resource;
        QString label;
        QString hint;
        QString toolTip;
    } rows[] = {
        { false, "cpu", tr("&CPU request:"), QStringLiteral("e.g. 250m"),
          tr("CPU the scheduler reserves for the container: 1 is one core, 500m half a core.") },
        { false, "memory", tr("Memor&y request:"), QStringLiteral("e.g. 64Mi"),
          tr("Memory reserved for the container, in bytes with a suffix: 128Mi, 1Gi.") },
        { true, "cpu", tr("CP&U limit:"), QStringLiteral("e.g. 500m"),
          tr("The most CPU the container may use; above it, it is throttled.") },
        { true, "memory", tr("Memory &limit:"), QStringLiteral("e.g. 128Mi"),
          tr("The most memory the container may use; above it, it is killed (OOMKilled).") },
    };
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        auto *line = new QLineEdit;
        const QString resource = QLatin1String(rows[i].resource);
        const QString list = rows[i].limits ? QStringLiteral("limits") : QStringLiteral("requests");
        line->setObjectName(list + QLatin1Char('.') + resource);
        line->setPlaceholderText(rows[i].hint);
        line->setValidator(new QRegularExpressionValidator(quantity, line));
        FieldMessage *message
            = addRow(form, rows[i].label, line,
                     QStringLiteral("resources.%1.%2").arg(list, resource), rows[i].toolTip);
        // The API server writes the key in brackets: resources.limits[cpu].
        watchPath(QStringLiteral("resources.%1[%2]").arg(list, resource), message);
        m_quantities.push_back({ rows[i].limits, resource, line });
        const bool limits = rows[i].limits;
        connect(line, &QLineEdit::textEdited, this,
                [this, limits, resource, i](const QString &text) {
                    edit(Quantities + static_cast<int>(i), tr("Set %1").arg(resource), [&](Pod &p) {
                        StringMap &map = limits ? container(p).resources.limits
                                                : container(p).resources.requests;
                        if (text.isEmpty())
                            std::erase_if(map, [&](const auto &e) { return e.first == resource; });
                        else
                            setStringMapValue(map, resource, text);
                    });
                });
    }
}

void ContainerForm::buildProbes()
{
    const QString titles[3] = { tr("Liveness probe"), tr("Readiness probe"), tr("Startup probe") };
    const QString tips[3] = {
        tr("Restarts the container when the check keeps failing: for a process that hangs "
           "without exiting."),
        tr("Takes the pod out of Service endpoints while the check fails: for a server that is "
           "busy or still warming up."),
        tr("Holds back the other probes until the check first succeeds: for slow starters."),
    };
    for (int i = 0; i < 3; ++i) {
        auto *probe = new ProbeEditor(titles[i], tips[i], this);
        probe->setObjectName(QLatin1String(probeKeys[i]));
        m_probes[i] = probe;
        contentLayout()->addWidget(probe);
        for (const auto &[path, message] : probe->messages()) {
            const QString key = QLatin1String(probeKeys[i]);
            watchPath(path.isEmpty() ? key : key + QLatin1Char('.') + path, message);
        }
        const ProbeMember member = probeMembers[i];
        probe->setEditHandler(
            [this, member, i](int field, const QString &text, const ProbeEditor::Change &change) {
                edit(field < 0 ? -1 : ProbeBase + i * 16 + field, text,
                     [&](Pod &p) { change(container(p).*member); });
            });
    }
}

QLineEdit *ContainerForm::quantityEdit(bool limits, const QString &resource) const
{
    for (const Quantity &q : m_quantities) {
        if (q.limits == limits && q.resource == resource)
            return q.edit;
    }
    return nullptr;
}

void ContainerForm::refreshFields()
{
    const Container &c = container();
    const Pod &p = pod();
    setTextKeepingCursor(m_name, c.name);
    setTextKeepingCursor(m_image, c.image);
    setComboValue(m_pullPolicy, c.imagePullPolicy);
    m_generalForm->setRowVisible(m_sidecar->parentWidget(),
                                 element().lane == ElementRef::Lane::Init);
    setCheckedQuietly(m_sidecar, c.isSidecar());
    setTextKeepingCursor(m_workingDir, c.workingDir);
    setComboValue(m_messagePolicy, c.terminationMessagePolicy);
    m_command->setList(c.command);
    m_args->setList(c.args);
    QList<QStringList> rows;
    for (const ContainerPort &port : c.ports)
        rows.append(portRow(port));
    m_ports->setRows(rows);
    m_env->setEnv(c.env);
    m_mounts->setChoices(MountColumn::Volume, volumeChoices(p));
    rows.clear();
    for (const VolumeMount &mount : c.volumeMounts)
        rows.append(mountRow(mount));
    m_mounts->setRows(rows);
    for (const Quantity &q : m_quantities)
        setTextKeepingCursor(
            q.edit,
            stringMapValue(q.limits ? c.resources.limits : c.resources.requests, q.resource));
    const IntOrString firstPort = c.ports.empty() || !c.ports.front().containerPort
        ? IntOrString()
        : IntOrString { QString::number(*c.ports.front().containerPort), true };
    // Kubernetes refuses probes on plain init containers (they run to completion; only
    // sidecars keep running), so offer them only where they are allowed, or already written.
    const bool probesAllowed = element().lane == ElementRef::Lane::App || c.isSidecar();
    for (int i = 0; i < 3; ++i) {
        m_probes[i]->setDefaultPort(firstPort);
        m_probes[i]->setProbe(c.*probeMembers[i]);
        m_probes[i]->setVisible(probesAllowed || (c.*probeMembers[i]).has_value());
    }
    m_yamlNote->setText(yamlOnlyText({
        { QStringLiteral("securityContext"), !c.securityContext.isNull() },
        { QStringLiteral("lifecycle"), !c.lifecycle.isNull() },
        { QStringLiteral("envFrom"), !c.envFrom.isNull() },
        { QStringLiteral("stdin/tty"), c.stdin_.has_value() || c.tty.has_value() },
        { tr("other fields"), !c.extra.entries().empty() },
    }));
}

QString ContainerForm::headerTitle() const
{
    const Container &c = container();
    const QString name = c.name.isEmpty() ? tr("(unnamed)") : c.name;
    if (element().lane == ElementRef::Lane::App)
        return tr("Container %1").arg(name);
    if (c.isSidecar())
        return tr("Sidecar %1").arg(name);
    return tr("Init container %1 (step %2)").arg(name).arg(element().index + 1);
}

} // namespace podwright::gui
