#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// A property of the round trip that an input broke: its name ("data-kept") and what was
/// seen, for the test's message.
struct RoundTripFailure {
    QString property;
    QString detail;
};

/**
 * Checks one input against what the brief promises for any text: loadManifest() returns
 * within `timeLimitMs`; text that does not load gets a diagnostic at a line:column inside
 * it; text that loads is validated without a crash, and its canonical export
 * (a) loads again with the same import findings,
 * (b) is a fixed point: write(read(export)) == export, byte for byte,
 * (c) holds the same data as the input (the canonical trees of both are equal),
 * (d) carries every comment of the input but those counted as not kept
 *     (LoadResult::unplacedComments, countCommentLinesLeftOut()), each on a line of its
 *     own unless two after content come to share a line of the export,
 * and (e) what the comment scanner calls a comment is one for yaml-cpp too: the input with
 * those comments cut out reads to the same trees.
 */
std::optional<RoundTripFailure> checkRoundTrip(const QByteArray &input, qint64 timeLimitMs);

/// The input in a form a failure message (and a C++ string literal) can show.
QByteArray escapedForMessage(const QByteArray &input, qsizetype maxBytes = 2000);
