#include "volumeform.h"

#include "elementaccess.h"
#include "formsync.h"
#include "optionalintedit.h"
#include "poddocument.h"
#include "tableeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>

namespace podwright::gui {

namespace {

enum Field {
    Name = 150,
    SizeLimit,
    HostPath,
    ObjectName,
    DefaultMode = ObjectName + 2,
    ClaimName = DefaultMode + 2
};

const QStringList editableKinds
    = { QStringLiteral("emptyDir"), QStringLiteral("hostPath"), QStringLiteral("configMap"),
        QStringLiteral("secret"), QStringLiteral("persistentVolumeClaim") };

/// The configMap or the secret source of a volume, by the parts both have.
struct ObjectSource {
    QString *name;
    std::vector<KeyToPath> *items;
    std::optional<qint64> *defaultMode;
    std::optional<bool> *optional;
};

std::optional<ObjectSource> objectSource(Volume &v, int which)
{
    if (which == 0 && v.configMap)
        return ObjectSource { &v.configMap->name, &v.configMap->items, &v.configMap->defaultMode,
                              &v.configMap->optional };
    if (which == 1 && v.secret)
        return ObjectSource { &v.secret->secretName, &v.secret->items, &v.secret->defaultMode,
                              &v.secret->optional };
    return std::nullopt;
}

} // namespace

VolumeForm::VolumeForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent)
    : InspectorForm(document, undoStack, parent)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_pages(new QStackedWidget)
    , m_medium(new QComboBox)
    , m_sizeLimit(new QLineEdit)
    , m_hostPath(new QLineEdit)
    , m_hostPathType(new QComboBox)
    , m_claimName(new QLineEdit)
    , m_claimReadOnly(new QCheckBox(tr("Mount the claim read-only")))
    , m_yamlOnly(new QLabel)
{
    setObjectName(QStringLiteral("volumeForm"));
    m_name->setObjectName(QStringLiteral("volumeName"));
    m_kind->setObjectName(QStringLiteral("volumeKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    m_kind->addItem(tr("Scratch space (emptyDir)"), editableKinds[0]);
    m_kind->addItem(tr("A path on the host (hostPath)"), editableKinds[1]);
    m_kind->addItem(tr("A ConfigMap's keys as files (configMap)"), editableKinds[2]);
    m_kind->addItem(tr("A Secret's keys as files (secret)"), editableKinds[3]);
    m_kind->addItem(tr("Persistent storage (persistentVolumeClaim)"), editableKinds[4]);
    fillEnumCombo(m_medium, { QStringLiteral("Memory") }, tr("node disk"));
    fillEnumCombo(m_hostPathType,
                  { QStringLiteral("DirectoryOrCreate"), QStringLiteral("Directory"),
                    QStringLiteral("FileOrCreate"), QStringLiteral("File"),
                    QStringLiteral("Socket"), QStringLiteral("CharDevice"),
                    QStringLiteral("BlockDevice") },
                  tr("no check"));
    m_sizeLimit->setPlaceholderText(tr("e.g. 128Mi (no limit)"));
    m_hostPath->setPlaceholderText(tr("e.g. /srv/data"));

    QFormLayout *form = addSection(tr("Volume"));
    addRow(form, tr("&Name:"), m_name, QStringLiteral("name"),
           tr("Containers mount the volume by this name: lowercase letters, digits and '-', "
              "unique in the pod."));
    addRow(form, tr("&Source:"), m_kind, QString(),
           tr("What backs the volume. Switching replaces the old source's settings (undo "
              "brings them back)."));
    form->addRow(m_pages);
    m_yamlOnly->setWordWrap(true);
    m_yamlOnly->setTextFormat(Qt::RichText);
    form->addRow(m_yamlOnly);

    QFormLayout *page = nullptr;
    newPage(&page);
    addRow(page, tr("&Medium:"), m_medium, QStringLiteral("emptyDir.medium"),
           tr("Memory keeps the files in RAM (tmpfs): fast, counted against the container's "
              "memory, gone when the pod stops."));
    addRow(page, tr("Size &limit:"), m_sizeLimit, QStringLiteral("emptyDir.sizeLimit"),
           tr("The most the volume may hold, e.g. 1Gi; the pod is evicted above it."));
    newPage(&page);
    addRow(page, tr("&Path:"), m_hostPath, QStringLiteral("hostPath.path"),
           tr("A file or directory of the node (with Podman: your machine) shared into the "
              "pod. Handy locally, a security risk on a cluster."));
    addRow(page, tr("&Type:"), m_hostPathType, QStringLiteral("hostPath.type"),
           tr("What must exist at the path before the pod starts; DirectoryOrCreate creates "
              "an empty directory."));
    buildObjectPage(0);
    buildObjectPage(1);
    newPage(&page);
    addRow(page, tr("&Claim name:"), m_claimName, QStringLiteral("persistentVolumeClaim.claimName"),
           tr("The PersistentVolumeClaim in the pod's namespace; Podman uses a named volume "
              "of that name."));
    addRow(page, tr("&Read-only:"), m_claimReadOnly,
           QStringLiteral("persistentVolumeClaim.readOnly"),
           tr("Force every mount of this volume to be read-only."));

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) {
        // Renaming a volume keeps the containers' mounts of it attached.
        edit(Name, tr("Rename volume"), [&](Pod &p) {
            Volume &v = *findVolume(p, element());
            const QString old = v.name;
            v.name = t;
            for (auto *list : { &p.spec.initContainers, &p.spec.containers }) {
                for (Container &c : *list) {
                    for (VolumeMount &m : c.volumeMounts) {
                        if (m.name == old)
                            m.name = t;
                    }
                }
            }
        });
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const QString kind = comboValue(m_kind);
        edit(-1, tr("Change volume source"),
             [&](Pod &p) { setSourceKind(*findVolume(p, element()), kind); });
    });
    connect(m_medium, &QComboBox::activated, this, [this] {
        const QString v = comboValue(m_medium);
        edit(-1, tr("Set medium"), [&](Pod &p) {
            if (auto &s = findVolume(p, element())->emptyDir)
                s->medium = v;
        });
    });
    connect(m_sizeLimit, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(SizeLimit, tr("Set size limit"), [&](Pod &p) {
            if (auto &s = findVolume(p, element())->emptyDir)
                s->sizeLimit = t;
        });
    });
    connect(m_hostPath, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(HostPath, tr("Set host path"), [&](Pod &p) {
            if (auto &s = findVolume(p, element())->hostPath)
                s->path = t;
        });
    });
    connect(m_hostPathType, &QComboBox::activated, this, [this] {
        const QString v = comboValue(m_hostPathType);
        edit(-1, tr("Set host path type"), [&](Pod &p) {
            if (auto &s = findVolume(p, element())->hostPath)
                s->type = v.isEmpty() ? std::nullopt : std::optional<QString>(v);
        });
    });
    connect(m_claimName, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(ClaimName, tr("Set claim name"), [&](Pod &p) {
            if (auto &s = findVolume(p, element())->persistentVolumeClaim)
                s->claimName = t;
        });
    });
    connect(m_claimReadOnly, &QCheckBox::toggled, this, [this](bool on) {
        edit(-1, tr("Set read-only"), [&](Pod &p) {
            if (auto &s = findVolume(p, element())->persistentVolumeClaim)
                s->readOnly = on ? std::optional<bool>(true) : std::nullopt;
        });
    });
}

QWidget *VolumeForm::newPage(QFormLayout **form)
{
    auto *page = new QWidget;
    *form = new QFormLayout(page);
    (*form)->setContentsMargins(0, 0, 0, 0);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_pages->addWidget(page);
    return page;
}

void VolumeForm::buildObjectPage(int which)
{
    ObjectPage &o = m_objects[which];
    const bool secret = which == 1;
    o.key = secret ? QStringLiteral("secret") : QStringLiteral("configMap");
    o.nameKey = secret ? QStringLiteral("secretName") : QStringLiteral("name");
    o.name = new QLineEdit;
    o.items = new TableEditor({
        { tr("Key"),
          tr("The key to project"),
          TableColumn::Type::Text,
          QString(),
          {},
          QStringLiteral("key") },
        { tr("Path"),
          tr("The file name, relative to the mount path"),
          TableColumn::Type::Text,
          QString(),
          {},
          QStringLiteral("path") },
        { tr("Mode"),
          tr("File mode in octal, e.g. 0400; empty uses the default mode"),
          TableColumn::Type::Text,
          QStringLiteral("^0?[0-7]{0,4}$"),
          {},
          QStringLiteral("mode") },
    });
    o.mode = new OptionalIntEdit;
    o.mode->setBase(8);
    o.mode->setRange(0, 0777);
    o.mode->setPlaceholderText(tr("(0644)"));
    o.optional = new QCheckBox(tr("Start the pod even if it does not exist"));

    QFormLayout *page = nullptr;
    newPage(&page);
    addRow(page, secret ? tr("S&ecret name:") : tr("&ConfigMap name:"), o.name,
           o.key + QLatin1Char('.') + o.nameKey,
           secret ? tr("The Secret whose keys become files; Podman looks for a podman secret "
                       "of that name.")
                  : tr("The ConfigMap whose keys become files; with Podman, pass its YAML to "
                       "podman kube play --configmap."));
    addRow(page, tr("&Items:"), o.items, o.key + QStringLiteral(".items"),
           tr("Only these keys, as these file names; empty projects every key under its own "
              "name."));
    addRow(page, tr("Default &mode:"), o.mode, o.key + QStringLiteral(".defaultMode"),
           tr("File permissions in octal, e.g. 0644 (rw-r--r--) or 0400 for secrets."));
    addRow(page, tr("&Optional:"), o.optional, o.key + QStringLiteral(".optional"),
           tr("Without it, the pod does not start until the object exists."));

    const auto change = [this, which](int field, const QString &text,
                                      const std::function<void(ObjectSource &)> &apply) {
        edit(field, text, [&](Pod &p) {
            if (auto source = objectSource(*findVolume(p, element()), which))
                apply(*source);
        });
    };
    connect(o.name, &QLineEdit::textEdited, this, [change, which](const QString &t) {
        change(ObjectName + which, tr("Set source name"), [&](ObjectSource &s) { *s.name = t; });
    });
    connect(o.mode, &OptionalIntEdit::valueEdited, this, [change, which](std::optional<qint64> v) {
        change(DefaultMode + which, tr("Set default mode"),
               [&](ObjectSource &s) { *s.defaultMode = v; });
    });
    connect(o.optional, &QCheckBox::toggled, this, [change](bool on) {
        change(-1, tr("Set optional"), [&](ObjectSource &s) {
            *s.optional = on ? std::optional<bool>(true) : std::nullopt;
        });
    });
    connect(o.items, &TableEditor::cellEdited, this,
            [change](int row, int column, const QString &t) {
                change(-1, tr("Edit item"), [&](ObjectSource &s) {
                    if (row >= static_cast<int>(s.items->size()))
                        return;
                    KeyToPath &item = (*s.items)[static_cast<std::size_t>(row)];
                    if (column == 0)
                        item.key = t;
                    else if (column == 1)
                        item.path = t;
                    else
                        item.mode = OptionalIntEdit::parse(t, 8);
                });
            });
    connect(o.items, &TableEditor::addRequested, this, [change] {
        change(-1, tr("Add item"), [](ObjectSource &s) {
            s.items->push_back(KeyToPath { QStringLiteral("key"), QStringLiteral("key"), {}, {} });
        });
    });
    connect(o.items, &TableEditor::removeRequested, this, [change](int row) {
        change(-1, tr("Remove item"), [&](ObjectSource &s) {
            if (row < static_cast<int>(s.items->size()))
                s.items->erase(s.items->begin() + row);
        });
    });
}

void VolumeForm::setSourceKind(Volume &v, const QString &kind)
{
    if (Volume::sourceKindName(v.sourceKind()) == kind)
        return;
    v.emptyDir.reset();
    v.hostPath.reset();
    v.configMap.reset();
    v.secret.reset();
    v.persistentVolumeClaim.reset();
    v.projected.reset();
    v.downwardAPI.reset();
    // Each new source starts valid: named after the volume where it needs a name.
    if (kind == editableKinds[0]) {
        v.emptyDir = EmptyDirSource {};
    } else if (kind == editableKinds[1]) {
        v.hostPath = HostPathSource {};
        v.hostPath->path = QStringLiteral("/tmp/") + v.name;
        v.hostPath->type = QStringLiteral("DirectoryOrCreate");
    } else if (kind == editableKinds[2]) {
        v.configMap = ConfigMapSource {};
        v.configMap->name = v.name;
    } else if (kind == editableKinds[3]) {
        v.secret = SecretSource {};
        v.secret->secretName = v.name;
    } else if (kind == editableKinds[4]) {
        v.persistentVolumeClaim = PersistentVolumeClaimSource {};
        v.persistentVolumeClaim->claimName = v.name;
    }
}

void VolumeForm::refreshFields()
{
    const Volume &v = *findVolume(pod(), element());
    setTextKeepingCursor(m_name, v.name);
    const QString kind = Volume::sourceKindName(v.sourceKind());
    const int page = static_cast<int>(editableKinds.indexOf(kind));
    setComboValue(m_kind, kind);
    m_pages->setVisible(page >= 0);
    if (page >= 0)
        showStackPage(m_pages, page);
    m_yamlOnly->setVisible(page < 0);
    m_yamlOnly->setText(tr("Edit in YAML: a <b>%1</b> source is kept as written; edit it in the "
                           "YAML pane, or pick another source above.")
                            .arg(kind));

    const EmptyDirSource emptyDir = v.emptyDir.value_or(EmptyDirSource {});
    setComboValue(m_medium, emptyDir.medium);
    setTextKeepingCursor(m_sizeLimit, emptyDir.sizeLimit);
    const HostPathSource hostPath = v.hostPath.value_or(HostPathSource {});
    setTextKeepingCursor(m_hostPath, hostPath.path);
    setComboValue(m_hostPathType, hostPath.type.value_or(QString()));
    Volume copy = v;
    for (int which = 0; which < 2; ++which) {
        const ObjectPage &o = m_objects[which];
        const auto source = objectSource(copy, which);
        setTextKeepingCursor(o.name, source ? *source->name : QString());
        o.mode->setValue(source ? *source->defaultMode : std::nullopt);
        setCheckedQuietly(o.optional, source && source->optional->value_or(false));
        QList<QStringList> rows;
        if (source) {
            for (const KeyToPath &item : *source->items)
                rows.append({ item.key, item.path, OptionalIntEdit::format(item.mode, 8) });
        }
        o.items->setRows(rows);
    }
    const PersistentVolumeClaimSource claim
        = v.persistentVolumeClaim.value_or(PersistentVolumeClaimSource {});
    setTextKeepingCursor(m_claimName, claim.claimName);
    setCheckedQuietly(m_claimReadOnly, claim.readOnly.value_or(false));
}

QString VolumeForm::headerTitle() const
{
    const Volume &v = *findVolume(pod(), element());
    return tr("Volume %1 (%2)")
        .arg(v.name.isEmpty() ? tr("(unnamed)") : v.name, Volume::sourceKindName(v.sourceKind()));
}

} // namespace podwright::gui
