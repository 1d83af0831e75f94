// The Problems list: findings with line:column; a click selects the element and the line.
#include "findingsmodel.h"
#include "manifestio.h"
#include "poddocument.h"
#include "problemspanel.h"
#include "selectionmodel.h"
#include "yamleditor.h"
#include "yamlpane.h"

#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

using namespace podwright;
using namespace podwright::gui;

namespace {
// The second container repeats the first one's name: an error at spec.containers[1].name.
const char DuplicateNames[] = R"(apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
    - name: web
      image: docker.io/library/nginx:1.27
    - name: web
      image: docker.io/library/busybox:1.36
)";
} // namespace

class TestProblemsPanel : public QObject
{
    Q_OBJECT

    PodDocument m_document;
    QUndoStack m_stack;
    std::unique_ptr<SelectionModel> m_selection;
    std::unique_ptr<YamlPane> m_pane;
    std::unique_ptr<ProblemsPanel> m_panel;

    int rowOf(const QString &path) const
    {
        const Findings &findings = m_panel->model()->findings();
        for (std::size_t i = 0; i < findings.size(); ++i)
            if (findings[i].path == path)
                return static_cast<int>(i);
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_stack.clear();
        m_document.setManifest(loadManifest(DuplicateNames).manifest);
        m_selection = std::make_unique<SelectionModel>(&m_document);
        m_pane = std::make_unique<YamlPane>(&m_document, &m_stack, m_selection.get());
        m_panel = std::make_unique<ProblemsPanel>(&m_document, m_selection.get());
        m_panel->setFindings(m_pane->findings(), m_pane->resourceNames());
        connect(m_panel.get(), &ProblemsPanel::positionActivated, m_pane.get(),
                &YamlPane::goToPosition);
        m_panel->resize(900, 300);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_pane.reset();
        m_selection.reset();
    }

    void listsFindingsWithLineAndColumn()
    {
        const int row = rowOf(QStringLiteral("spec.containers[1].name"));
        QVERIFY(row >= 0);
        const ValidationFinding &f = m_panel->model()->finding(row);
        QCOMPARE(f.pos.line, 11); // "    - name: web" of the second container
        auto data = [&](int column) {
            return m_panel->model()
                ->data(m_panel->model()->index(row, column), Qt::DisplayRole)
                .toString();
        };
        QCOMPARE(data(FindingsModel::PositionColumn),
                 QStringLiteral("%1:%2").arg(f.pos.line).arg(f.pos.column));
        QCOMPARE(data(FindingsModel::MessageColumn),
                 QStringLiteral("spec.containers[1].name: Duplicate value: \"web\""));
        QCOMPARE(data(FindingsModel::RuleColumn), f.ruleId);
        QCOMPARE(data(FindingsModel::ResourceColumn), QStringLiteral("Pod/web"));
        QCOMPARE(data(FindingsModel::SeverityColumn), QStringLiteral("Error"));
        QVERIFY(!m_panel->model()
                     ->data(m_panel->model()->index(row, 1), Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    void clickSelectsTheElementAndTheLine()
    {
        const int row = rowOf(QStringLiteral("spec.containers[1].name"));
        QVERIFY(row >= 0);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_panel->view()->model());
        const QModelIndex index = proxy->mapFromSource(m_panel->model()->index(row, 1));
        const QRect rect = m_panel->view()->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {}, rect.center());

        QCOMPARE(m_selection->current(), ElementRef::container(0, ElementRef::Lane::App, 1));
        const SourcePos cursor = m_pane->editor()->cursorSourcePosition();
        QCOMPARE(cursor.line, m_panel->model()->finding(row).pos.line);
        QCOMPARE(cursor.column, m_panel->model()->finding(row).pos.column);
    }

    void filtersHideASeverity()
    {
        auto *proxy = m_panel->view()->model();
        const int all = proxy->rowCount();
        const int errors = m_panel->model()->count(Severity::Error);
        QVERIFY(errors > 0);
        m_panel->setSeverityVisible(Severity::Error, false);
        QCOMPARE(proxy->rowCount(), all - errors);
        m_panel->setSeverityVisible(Severity::Error, true);
        QCOMPARE(proxy->rowCount(), all);
    }

    void followsTheYamlPane()
    {
        connect(m_pane.get(), &YamlPane::findingsChanged, m_panel.get(),
                [this] { m_panel->setFindings(m_pane->findings(), m_pane->resourceNames()); });
        m_pane->setApplyDelay(20);
        QTextCursor cursor(m_pane->editor()->document()->findBlockByNumber(10));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("2"));
        QTRY_COMPARE(m_panel->model()->count(Severity::Error), 0);
        QCOMPARE(rowOf(QStringLiteral("spec.containers[1].name")), -1);
    }
};

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
