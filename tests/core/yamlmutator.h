#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QRandomGenerator>

/**
 * Deterministic mutations of YAML text for tst_roundtripfuzz: line edits, comments at odd
 * columns (inside quotes, block scalars, flow collections, after "---", at the end without a
 * newline), indentation changes, YAML indicators, tabs, CR, NUL, BOM, invalid UTF-8, long
 * lines, deep nesting, anchors, aliases, merge keys, tags and document markers. The same
 * seed gives the same inputs on every machine (QRandomGenerator is a fixed mt19937).
 */
class YamlMutator
{
public:
    YamlMutator(QByteArrayList seeds, quint32 seed);

    /// A seed with one to four mutations applied.
    QByteArray next();

    QRandomGenerator &random() { return m_random; }

private:
    int bounded(int limit) { return limit <= 0 ? 0 : static_cast<int>(m_random.bounded(limit)); }
    void mutate(QByteArray &text);
    QByteArray someComment();
    QByteArray someLine();

    QByteArrayList m_seeds;
    QRandomGenerator m_random;
};
