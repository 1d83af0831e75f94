#pragma once

#include <QByteArray>

namespace podwright {

/**
 * How many comments a YAML text has: full-line comments and comments after content, not a `#`
 * inside a quoted or plain scalar (`url: http://host/#part`) or a line of a block scalar.
 *
 * Podwright writes manifests in canonical form, which has no comments (yaml-cpp reports none to
 * its readers), so the window warns before saving over a file whose comments would be lost.
 */
int countYamlComments(const QByteArray &text);

} // namespace podwright
