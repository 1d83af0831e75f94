#pragma once

#include "finding.h"

#include <span>

/**
 * The rule catalogue as written in the source, split by area into ruletable*.cpp. Plain
 * literals, so that titles and explanations can be marked with QT_TRANSLATE_NOOP (context
 * RuleContext) and translated only when shown: the CLI and the generated docs stay English.
 */
namespace podwright::validation {

struct RuleEntry {
    const char *id;
    Severity severity;
    const char *title; ///< translatable, context RuleContext
    const char *explanation; ///< translatable, context RuleContext
    const char *source;
};

/// lupdate cannot read a constant, so each QT_TRANSLATE_NOOP spells this out.
inline constexpr char RuleContext[] = "podwright::Rules";

std::span<const RuleEntry> containerRuleEntries(); ///< metadata, containers, ports, env
std::span<const RuleEntry> podRuleEntries(); ///< volumes, mounts, probes, resources, pod spec
std::span<const RuleEntry> localRuleEntries(); ///< Podman-local warnings and learner hints

} // namespace podwright::validation
