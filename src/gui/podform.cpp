#include "podform.h"

#include "fieldmessage.h"
#include "formsync.h"
#include "keyvaluetableeditor.h"
#include "optionalintedit.h"
#include "poddocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace podwright::gui {

namespace {
// Merge ids of the fields that merge while typing (InspectorForm::edit()).
enum Field { Name = 0, Namespace, GracePeriod, ActiveDeadline, ServiceAccount };
} // namespace

PodForm::PodForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent)
    : InspectorForm(document, undoStack, parent)
    , m_name(new QLineEdit)
    , m_namespace(new QLineEdit)
    , m_labels(new KeyValueTableEditor(
          tr("A label key: an optional DNS prefix and '/', then up to 63 letters, digits, '-', "
             "'_' or '.'"),
          tr("A label value: up to 63 letters, digits, '-', '_' or '.', or empty")))
    , m_annotations(new KeyValueTableEditor(tr("An annotation key, like a label key"),
                                            tr("Any text; tools read annotations, Kubernetes "
                                               "does not select by them")))
    , m_restartPolicy(new QComboBox)
    , m_gracePeriod(new OptionalIntEdit)
    , m_activeDeadline(new OptionalIntEdit)
    , m_serviceAccount(new QLineEdit)
    , m_hostNetwork(new QCheckBox(tr("Use the host's network")))
    , m_dnsPolicy(new QComboBox)
    , m_nodeSelector(new KeyValueTableEditor(tr("A node label key"),
                                             tr("The value the node's label must have")))
    , m_yamlNote(new QLabel)
{
    setObjectName(QStringLiteral("podForm"));
    m_name->setObjectName(QStringLiteral("podName"));
    m_gracePeriod->setObjectName(QStringLiteral("terminationGracePeriodSeconds"));
    m_activeDeadline->setRange(1, std::numeric_limits<qint64>::max());
    m_gracePeriod->setRange(0, std::numeric_limits<qint64>::max());
    fillEnumCombo(
        m_restartPolicy,
        { QStringLiteral("Always"), QStringLiteral("OnFailure"), QStringLiteral("Never") },
        QStringLiteral("Always"));
    fillEnumCombo(m_dnsPolicy,
                  { QStringLiteral("ClusterFirst"), QStringLiteral("ClusterFirstWithHostNet"),
                    QStringLiteral("Default"), QStringLiteral("None") },
                  QStringLiteral("ClusterFirst"));
    m_name->setPlaceholderText(tr("e.g. web"));
    m_namespace->setPlaceholderText(tr("(default namespace)"));
    m_serviceAccount->setPlaceholderText(tr("(default)"));

    QFormLayout *meta = addSection(tr("Metadata"));
    addRow(meta, tr("&Name:"), m_name, QStringLiteral("metadata.name"),
           tr("The pod's name: lowercase letters, digits and '-', unique in its namespace. "
              "Podman names the pod after it."));
    addRow(meta, tr("Names&pace:"), m_namespace, QStringLiteral("metadata.namespace"),
           tr("The namespace the pod is created in; empty means the current one. Podman "
              "ignores it."));
    addRow(meta, tr("&Labels:"), m_labels, QStringLiteral("metadata.labels"),
           tr("Key/value pairs that Services, Deployments and kubectl -l select pods by."));
    // The labels change with the element's kind (refreshFields()); find them by their buddy.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == m_name)
            m_nameLabel = label;
        else if (label->buddy() == m_labels)
            m_labelsLabel = label;
    }
    Q_ASSERT(m_nameLabel && m_labelsLabel);
    addRow(meta, tr("Anno&tations:"), m_annotations, QStringLiteral("metadata.annotations"),
           tr("Key/value notes for tools and people; never used to select pods."));

    QFormLayout *spec = addSection(tr("Pod spec"));
    addRow(spec, tr("&Restart policy:"), m_restartPolicy, QStringLiteral("spec.restartPolicy"),
           tr("What happens when a container exits: Always restarts it, OnFailure only after a "
              "non-zero exit, Never leaves it stopped."));
    addRow(spec, tr("&Grace period (s):"), m_gracePeriod,
           QStringLiteral("spec.terminationGracePeriodSeconds"),
           tr("Seconds between SIGTERM and SIGKILL when the pod is stopped; empty means the "
              "default of 30."));
    addRow(spec, tr("Active &deadline (s):"), m_activeDeadline,
           QStringLiteral("spec.activeDeadlineSeconds"),
           tr("Seconds the pod may run before Kubernetes marks it failed and stops it; empty "
              "means no limit."));
    addRow(spec, tr("&Service account:"), m_serviceAccount,
           QStringLiteral("spec.serviceAccountName"),
           tr("The identity the pod's processes use to call the Kubernetes API."));
    addRow(spec, tr("&Host network:"), m_hostNetwork, QStringLiteral("spec.hostNetwork"),
           tr("Share the node's network namespace: ports open directly on the host and "
              "'localhost' is the host's."));
    addRow(spec, tr("D&NS policy:"), m_dnsPolicy, QStringLiteral("spec.dnsPolicy"),
           tr("How the pod's /etc/resolv.conf is set up; ClusterFirst resolves Service names "
              "first."));
    addRow(spec, tr("N&ode selector:"), m_nodeSelector, QStringLiteral("spec.nodeSelector"),
           tr("Node labels the pod requires: it is scheduled only on nodes that have them all."));
    m_yamlNote->setWordWrap(true);
    m_yamlNote->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_yamlNote);

    connect(m_name, &QLineEdit::textEdited, this, &PodForm::rename);
    connect(m_namespace, &QLineEdit::textEdited, this, &PodForm::setNamespace);
    connect(m_serviceAccount, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(ServiceAccount, tr("Set service account"),
             [&](Pod &p) { p.spec.serviceAccountName = text; });
    });
    connect(m_gracePeriod, &OptionalIntEdit::valueEdited, this, [this](std::optional<qint64> v) {
        edit(GracePeriod, tr("Set grace period"),
             [&](Pod &p) { p.spec.terminationGracePeriodSeconds = v; });
    });
    connect(m_activeDeadline, &OptionalIntEdit::valueEdited, this, [this](std::optional<qint64> v) {
        edit(ActiveDeadline, tr("Set active deadline"),
             [&](Pod &p) { p.spec.activeDeadlineSeconds = v; });
    });
    connect(m_restartPolicy, &QComboBox::activated, this, [this] {
        const QString v = comboValue(m_restartPolicy);
        edit(-1, tr("Set restart policy"), [&](Pod &p) { p.spec.restartPolicy = v; });
    });
    connect(m_dnsPolicy, &QComboBox::activated, this, [this] {
        const QString v = comboValue(m_dnsPolicy);
        edit(-1, tr("Set DNS policy"), [&](Pod &p) { p.spec.dnsPolicy = v; });
    });
    connect(m_hostNetwork, &QCheckBox::toggled, this, [this](bool on) {
        // Unchecked means "not set" rather than an explicit false: the YAML stays minimal.
        edit(-1, tr("Set host network"),
             [&](Pod &p) { p.spec.hostNetwork = on ? std::optional<bool>(true) : std::nullopt; });
    });
    bindMapEditor(
        m_labels, [](Pod &p) -> StringMap & { return p.metadata.labels; }, tr("labels"));
    bindMapEditor(
        m_annotations, [](Pod &p) -> StringMap & { return p.metadata.annotations; },
        tr("annotations"));
    bindMapEditor(
        m_nodeSelector, [](Pod &p) -> StringMap & { return p.spec.nodeSelector; },
        tr("node selector"));
}

void PodForm::refreshFields()
{
    const Pod &p = pod();
    if (isWorkload()) {
        // What a learner means by "the name" of a Deployment is the Deployment's: the
        // template's metadata.name is ignored by Kubernetes, which names each pod after the
        // workload. So the field shows and edits the workload's, and says so.
        // The namespace likewise: pods are created in the workload's.
        const ManifestResource &resource = document()->resource(element().resource);
        setTextKeepingCursor(m_name, workloadMeta(QStringLiteral("name")));
        setTextKeepingCursor(m_namespace, workloadMeta(QStringLiteral("namespace")));
        m_nameLabel->setText(tr("%1 &name:").arg(resource.kindName()));
        const QString tip = tr("The name of the %1 itself (its metadata.name). Kubernetes "
                               "names the pods it creates after it; the pod template below "
                               "has no name of its own.")
                                .arg(resource.kindName());
        m_nameLabel->setToolTip(tip);
        m_name->setToolTip(tip);
        m_labelsLabel->setText(tr("Pod &labels:"));
    } else {
        setTextKeepingCursor(m_name, p.metadata.name);
        setTextKeepingCursor(m_namespace, p.metadata.namespace_);
        m_nameLabel->setText(tr("&Name:"));
        const QString tip = tr("The pod's name: lowercase letters, digits and '-', unique in "
                               "its namespace. Podman names the pod after it.");
        m_nameLabel->setToolTip(tip);
        m_name->setToolTip(tip);
        m_labelsLabel->setText(tr("&Labels:"));
    }
    m_labels->setMap(p.metadata.labels);
    m_annotations->setMap(p.metadata.annotations);
    setComboValue(m_restartPolicy, p.spec.restartPolicy);
    m_gracePeriod->setValue(p.spec.terminationGracePeriodSeconds);
    m_activeDeadline->setValue(p.spec.activeDeadlineSeconds);
    setTextKeepingCursor(m_serviceAccount, p.spec.serviceAccountName);
    setCheckedQuietly(m_hostNetwork, p.spec.hostNetwork.value_or(false));
    setComboValue(m_dnsPolicy, p.spec.dnsPolicy);
    m_nodeSelector->setMap(p.spec.nodeSelector);
    m_yamlNote->setText(yamlOnlyText({
        { QStringLiteral("securityContext"), !p.spec.securityContext.isNull() },
        { QStringLiteral("tolerations"), !p.spec.tolerations.isNull() },
        { QStringLiteral("affinity"), !p.spec.affinity.isNull() },
        { QStringLiteral("hostname"), !p.spec.hostname.isEmpty() },
        { QStringLiteral("subdomain"), !p.spec.subdomain.isEmpty() },
        { tr("other spec fields"), !p.spec.extra.entries().empty() },
    }));
}

bool PodForm::isWorkload() const
{
    return document()->resource(element().resource).kind == ManifestResource::Kind::Workload;
}

void PodForm::rename(const QString &name)
{
    if (!isWorkload()) {
        edit(Name, tr("Rename pod"), [&](Pod &p) { p.metadata.name = name; });
        return;
    }
    const QString kind = document()->resource(element().resource).kindName();
    setWorkloadMeta(Name, QStringLiteral("name"), name, tr("Rename %1").arg(kind));
}

void PodForm::setNamespace(const QString &name)
{
    if (!isWorkload()) {
        edit(Namespace, tr("Set namespace"), [&](Pod &p) { p.metadata.namespace_ = name; });
        return;
    }
    setWorkloadMeta(Namespace, QStringLiteral("namespace"), name, tr("Set namespace"));
}

QString PodForm::workloadMeta(const QString &key) const
{
    const YamlNode &node = document()->resource(element().resource).node;
    const YamlNode *meta = node.find(QStringLiteral("metadata"));
    const YamlNode *value = meta ? meta->find(key) : nullptr;
    return value ? value->text() : QString();
}

void PodForm::setWorkloadMeta(int field, const QString &key, const QString &value,
                              const QString &undoText)
{
    editWorkload(field, undoText, [&](YamlNode &node) {
        YamlNode *meta = node.find(QStringLiteral("metadata"));
        if (!meta || !meta->isMap()) {
            node.insert(QStringLiteral("metadata"), YamlNode::map());
            meta = node.find(QStringLiteral("metadata"));
        }
        // Cleared means unset, as for a pod, rather than name: "".
        if (value.isEmpty()) {
            meta->remove(key);
            return;
        }
        YamlNode text = YamlNode::scalar(value, false);
        // A name like "123" or "yes" stays a string when read back.
        if (!text.isStringValue())
            text.setQuoted(true);
        meta->insert(key, text);
    });
}

QString PodForm::headerTitle() const
{
    const ManifestResource &resource = document()->resource(element().resource);
    const QString name = pod().metadata.name.isEmpty() ? tr("(unnamed)") : pod().metadata.name;
    if (resource.kind == ManifestResource::Kind::Workload)
        return tr("Pod template of %1").arg(resource.displayName());
    return tr("Pod %1").arg(name);
}

bool PodForm::ownsPath(const QString &path) const
{
    // Findings inside a container or volume belong to that element's form.
    for (const char *child : { "spec.containers[", "spec.initContainers[", "spec.volumes[" }) {
        if (path.startsWith(QLatin1String(child)))
            return false;
    }
    return true;
}

} // namespace podwright::gui
