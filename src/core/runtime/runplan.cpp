#include "runplan.h"

#include <yaml-cpp/yaml.h>

namespace podwright {

static QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

static std::vector<RunPlan::Step> readSteps(const YAML::Node &list, bool init,
                                            std::vector<PublishedPort> &ports,
                                            std::vector<std::pair<int, QString>> &owners)
{
    std::vector<RunPlan::Step> steps;
    if (!list || !list.IsSequence())
        return steps;
    for (const YAML::Node &container : list) {
        if (!container.IsMap())
            continue;
        RunPlan::Step step;
        step.name = text(container["name"]);
        step.image = text(container["image"]);
        step.init = init;
        step.sidecar = init && text(container["restartPolicy"]) == QLatin1String("Always");
        const YAML::Node portList = container["ports"];
        if (portList && portList.IsSequence()) {
            for (const YAML::Node &port : portList) {
                if (port.IsMap() && port["containerPort"])
                    owners.emplace_back(text(port["containerPort"]).toInt(),
                                        text(container["name"]));
                if (!port.IsMap() || !port["hostPort"])
                    continue;
                PublishedPort published;
                published.container = step.name;
                published.containerPort = text(port["containerPort"]).toInt();
                published.hostPort = text(port["hostPort"]).toInt();
                if (!text(port["protocol"]).isEmpty())
                    published.protocol = text(port["protocol"]);
                published.hostIp = text(port["hostIP"]);
                ports.push_back(published);
            }
        }
        steps.push_back(step);
    }
    return steps;
}

std::optional<RunPlan> RunPlan::fromYaml(const QByteArray &yaml, QString *error)
{
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        if (error)
            *error = QStringLiteral("the YAML cannot be read: %1")
                         .arg(QString::fromStdString(e.what()));
        return std::nullopt;
    }
    for (const YAML::Node &doc : documents) {
        if (!doc.IsMap() || text(doc["kind"]) != QLatin1String("Pod"))
            continue;
        RunPlan plan;
        plan.podName = text(doc["metadata"]["name"]);
        if (plan.podName.isEmpty()) {
            if (error)
                *error = QStringLiteral("the pod has no metadata.name");
            return std::nullopt;
        }
        const YAML::Node spec = doc["spec"];
        if (!text(spec["restartPolicy"]).isEmpty())
            plan.restartPolicy = text(spec["restartPolicy"]);
        bool ok = false;
        const int grace = text(spec["terminationGracePeriodSeconds"]).toInt(&ok);
        if (ok && grace >= 0)
            plan.terminationGracePeriodSeconds = grace;
        plan.initContainers
            = readSteps(spec["initContainers"], true, plan.ports, plan.containerPorts);
        plan.containers = readSteps(spec["containers"], false, plan.ports, plan.containerPorts);
        if (plan.containers.empty()) {
            if (error)
                *error = QStringLiteral("pod %1 has no containers").arg(plan.podName);
            return std::nullopt;
        }
        // The original text, not a re-emitted one: yaml-cpp's emitter drops quotes ("1.0"
        // would become a float), and Podman should see exactly what was exported.
        plan.yaml = yaml;
        return plan;
    }
    if (error)
        *error = QStringLiteral("the YAML holds no Pod");
    return std::nullopt;
}

// Whether the Pod document of `yaml` carries the grace label with `grace`.
static bool hasGraceLabel(const QByteArray &yaml, int grace)
{
    try {
        for (const YAML::Node &doc : YAML::LoadAll(yaml.toStdString())) {
            if (doc.IsMap() && text(doc["kind"]) == QLatin1String("Pod"))
                return text(doc["metadata"]["labels"][RunPlan::kGraceLabel]).toInt() == grace;
        }
    } catch (const YAML::Exception &) { }
    return false;
}

QByteArray RunPlan::yamlForPodman() const
{
    // Inserted as text, not re-emitted by yaml-cpp: its emitter drops quotes (see fromYaml).
    // Only block-style metadata is handled; anything else is sent as it is.
    const QList<QByteArray> original = yaml.split('\n');
    const QByteArray value = QByteArray(kGraceLabel) + ": \""
        + QByteArray::number(terminationGracePeriodSeconds) + '"';
    auto indentOf = [](const QByteArray &line) {
        qsizetype n = 0;
        while (n < line.size() && line[n] == ' ')
            ++n;
        return n;
    };
    // Every top-level metadata: is a candidate (a ConfigMap may come before the Pod).
    for (qsizetype i = 0; i < original.size(); ++i) {
        if (original[i].trimmed() != "metadata:" || indentOf(original[i]) != 0)
            continue;
        QList<QByteArray> lines = original;
        qsizetype childIndent = -1;
        qsizetype labelsAt = -1;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QByteArray trimmed = lines[j].trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith('#'))
                continue;
            if (indentOf(lines[j]) == 0)
                break;
            if (childIndent < 0)
                childIndent = indentOf(lines[j]);
            if (indentOf(lines[j]) == childIndent && trimmed.startsWith("labels:"))
                labelsAt = j;
        }
        if (childIndent <= 0)
            continue;
        const QByteArray pad(childIndent, ' ');
        if (labelsAt < 0) {
            lines.insert(i + 1, pad + "labels:");
            lines.insert(i + 2, pad + pad + value);
        } else if (lines[labelsAt].trimmed() == "labels:") {
            lines.insert(labelsAt + 1, pad + pad + value);
        } else {
            continue; // flow-style labels
        }
        const QByteArray out = lines.join('\n');
        if (hasGraceLabel(out, terminationGracePeriodSeconds))
            return out;
    }
    return yaml;
}

const RunPlan::Step *RunPlan::step(const QString &container) const
{
    for (const auto *list : { &initContainers, &containers }) {
        for (const Step &s : *list) {
            if (s.name == container)
                return &s;
        }
    }
    return nullptr;
}

} // namespace podwright
