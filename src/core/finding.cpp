#include "finding.h"

#include <algorithm>

namespace podwright {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Hint: return QStringLiteral("hint");
    }
    return QStringLiteral("error");
}

QString ValidationFinding::summary() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const ValidationFinding &f) { return f.severity == Severity::Error; });
}

} // namespace podwright
