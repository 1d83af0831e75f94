#include "yamlhighlighter.h"

#include <QRegularExpression>

namespace podwright::gui {

namespace {

// Block state: -1 for ordinary lines; inside a block scalar ("key: |") the indentation of
// the node that owns it, so that every following line indented deeper is highlighted as
// string content.
constexpr int NormalState = -1;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

int skipSpaces(const QString &text, int pos)
{
    while (pos < text.size()
           && (text.at(pos) == QLatin1Char(' ') || text.at(pos) == QLatin1Char('\t')))
        ++pos;
    return pos;
}

bool isConstant(const QString &scalar)
{
    // YAML 1.2 core schema plus the YAML 1.1 booleans and octals sigs.k8s.io/yaml still reads.
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+"
        "|0x[0-9a-fA-F]+|0o?[0-7]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        "|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF"
        "|y|Y|n|N|null|Null|NULL|~)$"));
    return re.match(scalar).hasMatch();
}

bool isFlowIndicator(QChar c)
{
    return c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('{')
        || c == QLatin1Char('}') || c == QLatin1Char(',');
}

// The position of the ':' that ends a block mapping key starting at `pos`, or -1. Hand-written
// because a key ends at the first ": " outside quotes and before a comment, which one regular
// expression cannot say for keys that are themselves quoted.
int keyColon(const QString &text, int pos)
{
    if (pos >= text.size() || isFlowIndicator(text.at(pos)) || text.at(pos) == QLatin1Char('#'))
        return -1;
    int i = pos;
    const QChar first = text.at(pos);
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        for (i = pos + 1; i < text.size(); ++i) {
            if (first == QLatin1Char('"') && text.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (text.at(i) == first)
                break;
        }
        i = skipSpaces(text, i + 1);
        return i < text.size() && text.at(i) == QLatin1Char(':')
                && (i + 1 == text.size() || text.at(i + 1).isSpace())
            ? i
            : -1;
    }
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('#') && i > pos && text.at(i - 1).isSpace())
            return -1;
        if (c == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1).isSpace()))
            return i;
    }
    return -1;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void YamlHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Hues after GitHub's light and dark code themes: distinct for each role, and with enough
    // contrast on the palette's Base colour in either mode.
    auto colour = [dark](const char *light, const char *darkColour) {
        return QColor(QLatin1String(dark ? darkColour : light));
    };
    auto set = [this](Role role, const QColor &c, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(c);
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        m_formats[static_cast<int>(role)] = f;
    };
    set(Role::Key, colour("#005cc5", "#79b8ff"));
    set(Role::PlainScalar, palette.color(QPalette::Text));
    set(Role::QuotedString, colour("#22863a", "#85e89d"));
    set(Role::Constant, colour("#b35900", "#ffab70"));
    set(Role::Comment, colour("#6a737d", "#959da5"), false, true);
    set(Role::Anchor, colour("#6f42c1", "#b392f0"));
    set(Role::DocumentMarker, colour("#d73a49", "#f97583"), true);
    set(Role::BlockIndicator, colour("#d73a49", "#f97583"), true);
    set(Role::Punctuation, colour("#57606a", "#a0a8b0"));
    rehighlight();
}

void YamlHighlighter::apply(int start, int length, Role role)
{
    if (length > 0)
        setFormat(start, length, m_formats[static_cast<int>(role)]);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    const int indent = skipSpaces(text, 0);
    if (previous >= 0 && (indent == text.size() || indent > previous)) {
        apply(0, static_cast<int>(text.size()), Role::QuotedString);
        setCurrentBlockState(previous);
        return;
    }
    setCurrentBlockState(NormalState);

    int pos = 0;
    if ((text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        && (text.size() == 3 || text.at(3).isSpace())) {
        apply(0, 3, Role::DocumentMarker);
        pos = 3;
    }
    pos = skipSpaces(text, pos);
    int owner = indent;
    while (pos < text.size() && text.at(pos) == QLatin1Char('-')
           && (pos + 1 == text.size() || text.at(pos + 1).isSpace())) {
        apply(pos, 1, Role::Punctuation);
        owner = pos;
        pos = skipSpaces(text, pos + 1);
    }
    if (const int colon = keyColon(text, pos); colon >= 0) {
        apply(pos, colon - pos, Role::Key);
        owner = pos;
        pos = colon + 1;
    }
    highlightValue(text, pos, owner);
}

int YamlHighlighter::highlightValue(const QString &text, int pos, int owner)
{
    int flowDepth = 0;
    while ((pos = skipSpaces(text, pos)) < text.size()) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char('#') && (pos == 0 || text.at(pos - 1).isSpace())) {
            apply(pos, static_cast<int>(text.size()) - pos, Role::Comment);
            return static_cast<int>(text.size());
        }
        if (c == QLatin1Char('&') || c == QLatin1Char('*') || c == QLatin1Char('!')) {
            int end = pos + 1;
            while (end < text.size() && !text.at(end).isSpace() && !isFlowIndicator(text.at(end)))
                ++end;
            apply(pos, end - pos, Role::Anchor);
            pos = end;
            continue;
        }
        if (flowDepth == 0 && (c == QLatin1Char('|') || c == QLatin1Char('>'))) {
            int end = pos + 1;
            while (end < text.size()
                   && (text.at(end) == QLatin1Char('-') || text.at(end) == QLatin1Char('+')
                       || text.at(end).isDigit()))
                ++end;
            apply(pos, end - pos, Role::BlockIndicator);
            setCurrentBlockState(owner);
            pos = end;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            pos = highlightQuoted(text, pos);
            continue;
        }
        if (isFlowIndicator(c)) {
            if (c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++flowDepth;
            else if (c != QLatin1Char(','))
                flowDepth = std::max(0, flowDepth - 1);
            apply(pos, 1, Role::Punctuation);
            ++pos;
            continue;
        }
        // A plain scalar: up to a comment, or inside flow collections up to an indicator.
        int end = pos;
        while (end < text.size()) {
            const QChar e = text.at(end);
            if (e == QLatin1Char('#') && text.at(end - 1).isSpace())
                break;
            if (flowDepth > 0
                && (isFlowIndicator(e)
                    || (e == QLatin1Char(':')
                        && (end + 1 == text.size() || text.at(end + 1).isSpace()))))
                break;
            ++end;
        }
        int trimmedEnd = end;
        while (trimmedEnd > pos && text.at(trimmedEnd - 1).isSpace())
            --trimmedEnd;
        const QString scalar = text.mid(pos, trimmedEnd - pos);
        const bool isFlowKey
            = flowDepth > 0 && end < text.size() && text.at(end) == QLatin1Char(':');
        apply(pos, trimmedEnd - pos,
              isFlowKey                ? Role::Key
                  : isConstant(scalar) ? Role::Constant
                                       : Role::PlainScalar);
        pos = isFlowKey ? end + 1 : end;
    }
    return pos;
}

int YamlHighlighter::highlightQuoted(const QString &text, int pos)
{
    const QChar quote = text.at(pos);
    int end = pos + 1;
    while (end < text.size()) {
        if (quote == QLatin1Char('"') && text.at(end) == QLatin1Char('\\')) {
            end += 2;
            continue;
        }
        if (text.at(end) == quote) {
            // '' is an escaped quote inside single quotes.
            if (quote == QLatin1Char('\'') && end + 1 < text.size()
                && text.at(end + 1) == QLatin1Char('\'')) {
                end += 2;
                continue;
            }
            ++end;
            break;
        }
        ++end;
    }
    end = std::min<int>(end, static_cast<int>(text.size()));
    apply(pos, end - pos, Role::QuotedString);
    return end;
}

} // namespace podwright::gui
