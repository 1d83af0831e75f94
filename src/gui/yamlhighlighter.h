#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace podwright::gui {

/**
 * The built-in YAML highlighter, used when the build has no KSyntaxHighlighting (KF6):
 * keys, plain and quoted scalars, numbers/booleans/null, comments, anchors/aliases/tags,
 * document markers and block scalar indicators (with the block's lines as strings).
 *
 * Colours come from a palette so that the text stays readable in dark mode.
 */
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Role {
        Key,
        PlainScalar,
        QuotedString,
        Constant, ///< numbers, true/false, null, ~
        Comment,
        Anchor, ///< &anchor, *alias, !tag
        DocumentMarker, ///< --- and ...
        BlockIndicator, ///< | and > with chomping/indent indicators
        Punctuation, ///< "- " sequence entries, flow brackets
    };
    static constexpr int RoleCount = 9;

    explicit YamlHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    /// Recomputes the colours for `palette` (light or dark) and rehighlights.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Role role) const { return m_formats[static_cast<int>(role)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    int highlightValue(const QString &text, int pos, int lineIndent);
    int highlightQuoted(const QString &text, int pos);
    void apply(int start, int length, Role role);

    std::array<QTextCharFormat, RoleCount> m_formats;
};

} // namespace podwright::gui
