#pragma once

#include "canvasparts.h"

#include <QWidget>

class QListWidget;
class QMimeData;

namespace podwright::gui {

/**
 * The parts bin: pod, containers, volumes and port, each a drag source of
 * "application/x-podwright-part". Enter or double-click on a part emits partActivated() so
 * the keyboard can add it too.
 */
class PaletteWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    /// The drag payload of a part, as the palette's drags carry it.
    static QMimeData *createMimeData(PartKind kind);
    QListWidget *list() const { return m_list; }
    /// Wide enough for the longest part name ("persistentVolumeClaim volume") in one line.
    QSize sizeHint() const override;

Q_SIGNALS:
    void partActivated(podwright::gui::PartKind kind);

private:
    QListWidget *m_list;
};

} // namespace podwright::gui
