#include "mountform.h"

#include "elementaccess.h"
#include "formsync.h"
#include "poddocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace podwright::gui {

namespace {
enum Field { MountPath = 220, SubPath };
}

MountForm::MountForm(PodDocument *document, QUndoStack *undoStack, QWidget *parent)
    : InspectorForm(document, undoStack, parent)
    , m_volume(new QComboBox)
    , m_mountPath(new QLineEdit)
    , m_subPath(new QLineEdit)
    , m_readOnly(new QCheckBox(tr("The container cannot change the files")))
    , m_propagation(new QComboBox)
{
    setObjectName(QStringLiteral("mountForm"));
    m_mountPath->setPlaceholderText(tr("e.g. /usr/share/nginx/html"));
    m_subPath->setPlaceholderText(tr("(the volume's root)"));
    fillEnumCombo(m_propagation,
                  { QStringLiteral("None"), QStringLiteral("HostToContainer"),
                    QStringLiteral("Bidirectional") },
                  QStringLiteral("None"));

    QFormLayout *form = addSection(tr("Volume mount"));
    addRow(form, tr("&Volume:"), m_volume, QStringLiteral("name"),
           tr("Which of the pod's volumes to mount. Mounting one volume in two containers is "
              "how they share files."));
    addRow(form, tr("&Mount path:"), m_mountPath, QStringLiteral("mountPath"),
           tr("The absolute path inside the container where the volume appears; it hides what "
              "the image had there."));
    addRow(form, tr("&Sub-path:"), m_subPath, QStringLiteral("subPath"),
           tr("Mount only this directory or file of the volume instead of its root."));
    addRow(form, tr("&Read-only:"), m_readOnly, QStringLiteral("readOnly"),
           tr("Mount read-only: a good default for configuration and secrets."));
    addRow(form, tr("&Propagation:"), m_propagation, QStringLiteral("mountPropagation"),
           tr("Whether mounts made later on the host or in the container show through; "
              "almost always left at None."));

    connect(m_volume, &QComboBox::activated, this, [this] {
        const QString v = comboValue(m_volume);
        edit(-1, tr("Change mounted volume"), [&](Pod &p) { findMount(p, element())->name = v; });
    });
    connect(m_mountPath, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(MountPath, tr("Set mount path"),
             [&](Pod &p) { findMount(p, element())->mountPath = t; });
    });
    connect(m_subPath, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit(SubPath, tr("Set sub-path"), [&](Pod &p) { findMount(p, element())->subPath = t; });
    });
    connect(m_readOnly, &QCheckBox::toggled, this, [this](bool on) {
        edit(-1, tr("Set read-only"), [&](Pod &p) {
            findMount(p, element())->readOnly = on ? std::optional<bool>(true) : std::nullopt;
        });
    });
    connect(m_propagation, &QComboBox::activated, this, [this] {
        const QString v = comboValue(m_propagation);
        edit(-1, tr("Set mount propagation"),
             [&](Pod &p) { findMount(p, element())->mountPropagation = v; });
    });
}

void MountForm::refreshFields()
{
    const VolumeMount &mount = *findMount(pod(), element());
    // The choices are the pod's volumes now; refilled only when they changed, so an open popup
    // is not reset by an unrelated edit. A name that matches none stays visible.
    QStringList names;
    for (const Volume &volume : pod().spec.volumes)
        names << volume.name;
    QStringList shown;
    for (int i = 0; i < m_volume->count(); ++i)
        shown << m_volume->itemData(i).toString();
    if (shown != names) {
        const QSignalBlocker blocker(m_volume);
        m_volume->clear();
        for (const QString &name : names)
            m_volume->addItem(name, name);
    }
    setComboValue(m_volume, mount.name);
    setTextKeepingCursor(m_mountPath, mount.mountPath);
    setTextKeepingCursor(m_subPath, mount.subPath);
    setCheckedQuietly(m_readOnly, mount.readOnly.value_or(false));
    setComboValue(m_propagation, mount.mountPropagation);
}

QString MountForm::headerTitle() const
{
    const VolumeMount &mount = *findMount(pod(), element());
    return tr("Mount of %1 in %2").arg(mount.name, findContainer(pod(), element())->name);
}

} // namespace podwright::gui
