#include "yamlmutator.h"

#include <utility>

namespace {

/// Lines that exercise what the comment scanner and the reader must tell apart: comments
/// inside quoted and block scalars, flow collections, anchors, merge keys and tags.
const char *const InterestingLines[] = {
    "# a comment",
    "#",
    "  # indented comment",
    "key: value # trailing",
    "url: http://host/#anchor",
    "msg: \"a # not a comment\"",
    "msg: 'it''s # text'",
    "msg: \"starts here",
    "  # inside the quote\"",
    "script: |",
    "  # a line of the script",
    "  echo hi # still script",
    "folded: >-",
    "  text # more",
    "keep: |+",
    "  kept",
    "",
    "ports: [80, 443] # web",
    "flow: {a: 1, b: [x, y]} # c",
    "flow: [a, # inside",
    "  b]",
    "defaults: &defaults",
    "  imagePullPolicy: Always",
    "<<: *defaults",
    "- <<: *defaults",
    "  name: merged",
    "alias: *defaults",
    "tagged: !!str 0755",
    "bin: !!binary aGVsbG8=",
    "custom: !thing {a: b}",
    "? complex",
    ": value",
    "---",
    "--- # marker comment",
    "...",
    "- name: extra # item",
    "  image: nginx",
    "- # comment item",
    "  name: web",
    "- - nested",
    "  - seq",
    "%YAML 1.2",
    "key: 'multi",
    "  line # quoted'",
    "key: plain",
    "  continued # c",
    "\"quoted key\": 1",
    "apiVersion: v1",
    "kind: Pod",
    "kind: List",
    "items:",
    "spec:",
    "  containers:",
    "  - name: c",
    "    image: busybox",
    "    command: [\"sh\", \"-c\", \"echo '#x'\"]",
    "    args:",
    "    - |",
    "      # shell comment",
    "      exit 0",
    "metadata: {name: x} # flow",
    "metadata:",
    "  name: a",
    "  annotations:",
    "    note: \"#1\"",
    "  labels: {app: x}",
};

const char Indicators[] = ":-?[]{},&*!|>'\"%@`#";

} // namespace

YamlMutator::YamlMutator(QByteArrayList seeds, quint32 seed)
    : m_seeds(std::move(seeds))
    , m_random(seed)
{ }

QByteArray YamlMutator::next()
{
    QByteArray text = m_seeds.at(bounded(static_cast<int>(m_seeds.size())));
    const int count = 1 + bounded(4);
    for (int i = 0; i < count; ++i)
        mutate(text);
    return text;
}

QByteArray YamlMutator::someComment()
{
    static const char *const Texts[]
        = { " c", "", "#", " 'q", " \"q", " a: b", " - x", " |", " ]", " {", "\t tab", " ---" };
    return QByteArray("#") + Texts[bounded(std::size(Texts))];
}

QByteArray YamlMutator::someLine()
{
    if (bounded(4) == 0) {
        const QByteArray &other = m_seeds.at(bounded(static_cast<int>(m_seeds.size())));
        const QByteArrayList lines = other.split('\n');
        return lines.at(bounded(static_cast<int>(lines.size())));
    }
    QByteArray line = InterestingLines[bounded(std::size(InterestingLines))];
    return QByteArray(2 * bounded(4), ' ') + line;
}

void YamlMutator::mutate(QByteArray &text)
{
    const bool finalNewline = text.endsWith('\n');
    QByteArrayList lines = text.split('\n');
    if (finalNewline)
        lines.removeLast();
    if (lines.isEmpty())
        lines << QByteArray();
    const int n = static_cast<int>(lines.size());
    const int at = bounded(n);
    QByteArray &line = lines[at];
    const int column = bounded(static_cast<int>(line.size()) + 1);
    bool newline = finalNewline;
    switch (bounded(28)) {
    case 0: lines.insert(bounded(n + 1), someLine()); break;
    case 1: lines.removeAt(at); break;
    case 2: lines.insert(at, line); break; // a duplicate key or item
    case 3: // a comment anywhere, also inside a scalar or a flow collection
        line.insert(column, (column > 0 ? " " : "") + someComment());
        break;
    case 4: line.insert(column, '#'); break;
    case 5: lines.insert(bounded(n + 1), QByteArray(bounded(8), ' ') + someComment()); break;
    case 6: // indentation
        if (bounded(2) == 0)
            line.prepend(QByteArray(1 + bounded(3), ' '));
        else
            line.remove(0, 1 + bounded(2));
        break;
    case 7:
        if (!line.isEmpty())
            line[bounded(static_cast<int>(line.size()))]
                = Indicators[bounded(sizeof Indicators - 1)];
        break;
    case 8: line.insert(column, Indicators[bounded(sizeof Indicators - 1)]); break;
    case 9: {
        static const char *const Bytes[]
            = { "\t",   "\r",       "NUL",          "\xEF\xBB\xBF", "\xC3",
                "\xFF", "\xC2\x85", "\xE2\x80\xA8", "\x1B",         "\r\n" };
        const int pick = bounded(std::size(Bytes));
        if (pick == 2)
            line.insert(column, '\0');
        else
            line.insert(column, Bytes[pick]);
        break;
    }
    case 10: line.insert(column, QByteArray(1000 + bounded(100000), 'x')); break;
    case 11: { // deep nesting, flow or block
        const int depth = 1 + bounded(300);
        if (bounded(2) == 0) {
            line.insert(column, QByteArray(depth, '[') + QByteArray(bounded(2) * depth, ']'));
        } else {
            for (int d = 0; d < depth && d < 250; ++d)
                lines.insert(at + d, QByteArray(2 * d, ' ') + "k" + QByteArray::number(d) + ":");
        }
        break;
    }
    case 12: {
        static const char *const Nodes[]
            = { " &a", " *a", " &b", "<<: *a", " !!str", " !tag", " !!map", " !!seq", " !!int" };
        line.insert(column, Nodes[bounded(std::size(Nodes))]);
        break;
    }
    case 13: {
        static const char *const Markers[] = { "---", "...", "--- # c", "--- |", "---\t#x" };
        lines.insert(bounded(n + 1), Markers[bounded(std::size(Markers))]);
        break;
    }
    case 14: newline = !newline; break; // the last line with or without its newline
    case 15:
        lines.append(someComment());
        newline = bounded(2) == 0;
        break;
    case 16: { // a spliced run of lines from another seed
        const QByteArrayList other
            = m_seeds.at(bounded(static_cast<int>(m_seeds.size()))).split('\n');
        const int from = bounded(static_cast<int>(other.size()));
        const int length = 1 + bounded(6);
        for (int i = 0; i < length && from + i < other.size(); ++i)
            lines.insert(at + i, other.at(from + i));
        break;
    }
    case 17: // truncate
        text.truncate(bounded(static_cast<int>(text.size()) + 1));
        return;
    case 18: line.insert(column, '\t'); break;
    case 19: lines.insert(at + 1, QByteArray(column, ' ') + someComment()); break;
    case 20: line.insert(column, bounded(2) ? " \"# q\"" : " '#' # c"); break;
    case 21: lines.insert(at + 1, line.left(column) + someComment()); break;
    case 22: lines.insert(at, QByteArray()); break; // an empty line
    case 23: // Windows line ends
        for (QByteArray &l : lines) {
            if (!l.endsWith('\r'))
                l += '\r';
        }
        break;
    case 24: { // the whole text as the items of a List
        for (QByteArray &l : lines)
            l.prepend("  ");
        lines.first().replace(0, 1, "-");
        lines.prepend("items:");
        lines.prepend("kind: List");
        lines.prepend("apiVersion: v1");
        break;
    }
    case 25: { // block scalars with indicators, and lines in them that look like comments
        static const char *const Blocks[]
            = { "a: |2\n   # x\n  y",        "a: >+\n  # x\n\n",
                "- |-\n  # only\n#real",     "a: |\n\n  # after a blank\n b",
                "a: | # header\n  t\n  # t", "a: |1\n  #" };
        const QByteArrayList block = QByteArray(Blocks[bounded(std::size(Blocks))]).split('\n');
        const QByteArray indent(2 * bounded(3), ' ');
        for (int i = 0; i < block.size(); ++i)
            lines.insert(at + i, indent + block.at(i));
        break;
    }
    default: {
        // the line's trailing comment moves or doubles
        const qsizetype hash = line.indexOf(" #");
        if (hash >= 0)
            line.append(line.mid(hash));
        else
            line.append(" " + someComment());
        break;
    }
    }
    text = lines.join('\n');
    if (newline)
        text += '\n';
}
