#pragma once

#include "runtime/runtimetypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace podwright {
class PodRuntime;
}

namespace podwright::gui {

/**
 * One container's output (init containers included): follow, timestamps, search and copy.
 * Changing follow or timestamps asks the runtime for the logs again.
 */
class ContainerLogView : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerLogView(PodRuntime *runtime, QWidget *parent = nullptr);
    ~ContainerLogView() override;

    QString pod() const { return m_pod; }
    QString container() const { return m_container; }
    QPlainTextEdit *text() const { return m_text; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *followBox() const { return m_follow; }
    QCheckBox *timestampsBox() const { return m_timestamps; }

public Q_SLOTS:
    void showContainer(const QString &pod, const QString &container);
    void reload();
    /// Selects the next match of the search text (wrapping); false when there is none.
    bool findNext();
    /// The selection, or everything when nothing is selected, to the clipboard.
    void copy();

private:
    void appendLine(int requestId, const LogLine &line);
    /// Follows the container into its next run after a restart.
    void onPodChanged(const podwright::PodRuntimeStatus &status);

    PodRuntime *m_runtime;
    QString m_pod;
    QString m_container;
    int m_request = -1;
    int m_restartCount = 0; ///< the container's restarts when the logs were last requested
    QLabel *m_title;
    QCheckBox *m_follow;
    QCheckBox *m_timestamps;
    QLineEdit *m_search;
    QPlainTextEdit *m_text;
    QLabel *m_state;
};

} // namespace podwright::gui
