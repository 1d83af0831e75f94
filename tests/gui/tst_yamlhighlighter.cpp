// The built-in YAML highlighter: which format each span of a line gets.
#include "yamlhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using podwright::gui::YamlHighlighter;
using Role = YamlHighlighter::Role;
Q_DECLARE_METATYPE(YamlHighlighter::Role)

class TestYamlHighlighter : public QObject
{
    Q_OBJECT

    // The format the highlighter gave the character at `offset` of line `line`.
    static QTextCharFormat formatAt(QTextDocument &document, int line, int offset)
    {
        const QTextBlock block = document.findBlockByNumber(line);
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            if (offset >= range.start && offset < range.start + range.length)
                return range.format;
        return {};
    }

private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("span");
        QTest::addColumn<Role>("role");

        QTest::newRow("key") << "name: web" << 0 << "name" << Role::Key;
        QTest::newRow("plain value") << "name: web" << 0 << "web" << Role::PlainScalar;
        QTest::newRow("comment") << "image: nginx # pinned later" << 0 << "# pinned later"
                                 << Role::Comment;
        QTest::newRow("value before comment")
            << "image: nginx # pinned" << 0 << "nginx" << Role::PlainScalar;
        QTest::newRow("double-quoted") << "tag: \"1.0\"" << 0 << "\"1.0\"" << Role::QuotedString;
        QTest::newRow("single-quoted with escape")
            << "msg: 'it''s'" << 0 << "'it''s'" << Role::QuotedString;
        QTest::newRow("integer") << "containerPort: 8080" << 0 << "8080" << Role::Constant;
        QTest::newRow("boolean") << "readOnly: true" << 0 << "true" << Role::Constant;
        QTest::newRow("null") << "value: null" << 0 << "null" << Role::Constant;
        QTest::newRow("key inside sequence entry") << "- name: web" << 0 << "name" << Role::Key;
        QTest::newRow("sequence dash") << "- name: web" << 0 << "-" << Role::Punctuation;
        QTest::newRow("anchor") << "base: &defaults" << 0 << "&defaults" << Role::Anchor;
        QTest::newRow("alias") << "other: *defaults" << 0 << "*defaults" << Role::Anchor;
        QTest::newRow("document marker") << "---\nkind: Pod" << 0 << "---" << Role::DocumentMarker;
        QTest::newRow("block indicator")
            << "script: |-\n  echo hi" << 0 << "|-" << Role::BlockIndicator;
        QTest::newRow("block scalar content")
            << "script: |\n  echo: not a key\nnext: 1" << 1 << "echo" << Role::QuotedString;
        QTest::newRow("key after block scalar")
            << "script: |\n  echo hi\nnext: 1" << 2 << "next" << Role::Key;
        QTest::newRow("flow sequence item") << "args: [\"-c\", 5]" << 0 << "5" << Role::Constant;
        QTest::newRow("hash inside a value is no comment")
            << "url: a#b" << 0 << "a#b" << Role::PlainScalar;
        QTest::newRow("quoted key")
            << "\"app.kubernetes.io/name\": web" << 0 << "\"app.kubernetes.io/name\"" << Role::Key;
    }

    void spans()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, span);
        QFETCH(Role, role);
        QTextDocument document;
        document.setPlainText(text);
        YamlHighlighter highlighter(&document);
        highlighter.rehighlight();
        const QString lineText = document.findBlockByNumber(line).text();
        const auto start = static_cast<int>(lineText.indexOf(span));
        QVERIFY2(start >= 0, qPrintable(lineText));
        const QColor expected = highlighter.format(role).foreground().color();
        for (int i = start; i < start + span.size(); ++i)
            QCOMPARE(formatAt(document, line, i).foreground().color(), expected);
    }

    void darkPaletteKeepsRolesDistinctAndReadable()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(220, 220, 220));
        QTextDocument document;
        YamlHighlighter highlighter(&document, dark);
        for (Role role : { Role::Key, Role::QuotedString, Role::Constant, Role::Comment }) {
            // Light enough on the dark base to read.
            QVERIFY(highlighter.format(role).foreground().color().lightness() > 128);
        }
        QVERIFY(highlighter.format(Role::Key).foreground()
                != highlighter.format(Role::Constant).foreground());
    }
};

QTEST_MAIN(TestYamlHighlighter)
#include "tst_yamlhighlighter.moc"
