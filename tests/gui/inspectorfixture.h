#pragma once

// Shared set-up of the inspector tests: a real PodDocument, undo stack, selection model and
// InspectorWidget, shown offscreen, and helpers that drive the widgets with real key and mouse
// events.

#include "inspectorwidget.h"
#include "podcommands.h"
#include "poddocument.h"
#include "selectionmodel.h"
#include "tableeditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace podwright::gui::testing {

/// A pod "web" with one app container "web" (a port), an init container "setup" and an
/// emptyDir volume "data" mounted by "web".
inline Pod samplePod()
{
    Pod pod;
    pod.metadata.name = QStringLiteral("web");
    Container web;
    web.name = QStringLiteral("web");
    web.image = QStringLiteral("docker.io/library/nginx:1.25");
    ContainerPort http;
    http.containerPort = 80;
    web.ports.push_back(http);
    VolumeMount mount;
    mount.name = QStringLiteral("data");
    mount.mountPath = QStringLiteral("/usr/share/nginx/html");
    web.volumeMounts.push_back(mount);
    pod.spec.containers.push_back(web);
    Container setup;
    setup.name = QStringLiteral("setup");
    setup.image = QStringLiteral("docker.io/library/busybox:1.36");
    pod.spec.initContainers.push_back(setup);
    Volume data;
    data.name = QStringLiteral("data");
    data.emptyDir = EmptyDirSource {};
    pod.spec.volumes.push_back(data);
    return pod;
}

struct InspectorFixture {
    PodDocument document;
    QUndoStack stack;
    SelectionModel selection { &document };
    std::unique_ptr<InspectorWidget> inspector;

    explicit InspectorFixture(const Pod &pod = samplePod())
    {
        Manifest manifest;
        manifest.appendPod(pod);
        document.setManifest(manifest);
        inspector = std::make_unique<InspectorWidget>(&document, &stack, &selection);
        inspector->resize(480, 900);
        inspector->show();
        inspector->activateWindow();
        // Focus (and so the cursor-keeping and editingFinished paths) needs an active window.
        if (!QTest::qWaitForWindowActive(inspector.get()))
            qWarning("inspector window did not become active");
    }

    const Pod &pod() const { return document.pod(0); }
    const Container &app(int i = 0) const { return pod().spec.containers[std::size_t(i)]; }
    const Container &init(int i = 0) const { return pod().spec.initContainers[std::size_t(i)]; }

    void select(const ElementRef &ref) { selection.setCurrent(ref); }
    void selectApp(int i = 0) { select(ElementRef::container(0, ElementRef::Lane::App, i)); }
};

/// Replaces the whole text of a line edit as a user would: select all, then type.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

/// Return in an item editor commits through a queued call (QAbstractItemDelegate), so let the
/// event loop run it as it would for a user.
inline void commitWithReturn(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

/// Types into a table cell through its real item editor, committing with Return.
inline bool typeIntoCell(TableEditor *editor, int row, int column, const QString &text)
{
    QTableWidget *table = editor->table();
    table->setFocus();
    table->setCurrentCell(row, column);
    QTableWidgetItem *item = table->item(row, column);
    if (!item)
        return false;
    table->editItem(item);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!line) {
        const auto lines = table->viewport()->findChildren<QLineEdit *>();
        for (QLineEdit *candidate : lines) {
            if (candidate->isVisible())
                line = candidate;
        }
    }
    if (!line)
        return false;
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(line, text);
    commitWithReturn(line);
    return true;
}

} // namespace podwright::gui::testing
