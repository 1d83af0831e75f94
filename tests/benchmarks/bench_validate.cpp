// Validate throughput (issue 2, section 9): a generated 10,000-pod multi-document file,
// timed side by side on the same bytes:
//   1. raw yaml-cpp parsing (YAML::LoadAll), the floor any YAML-based tool pays;
//   2. Podwright's loadManifest (events -> YamlNode with positions -> typed Pod model);
//   3. loadManifest + validateManifest (API-server rules, Podman warnings, hints);
//   4. writeManifest of the loaded manifest (export), for scale.
// The steps run round-robin for a number of rounds (default 5); the median and the best
// round are reported, with ratios to raw yaml-cpp. Not a test: it prints figures.
//
// Usage: bench_validate [PODS] [REPETITIONS] [comments]
// With "comments", each pod also has three comments (before a key, after a value, before a
// list), which loadManifest attaches to the model and writeManifest writes back: the cost
// of keeping comments.
#include "manifestio.h"
#include "validator.h"
#include "yamlcomments.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTextStream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sstream>
#include <vector>

namespace {

/// Realistic, varied pods: 1-3 containers, sometimes an init container or a sidecar, ports,
/// env (values and valueFrom), resources, probes of each kind, volumes of several kinds and
/// their mounts, labels and annotations. A fixed seed makes every run parse the same bytes.
QByteArray generatePods(int count)
{
    QRandomGenerator rng(20240521);
    static const char *images[] = { "nginx:1.25",
                                    "redis:7.2-alpine",
                                    "postgres:16",
                                    "busybox:1.36",
                                    "registry.example.com/shop/api:2.4.1",
                                    "ghcr.io/acme/worker:0.9.3" };
    QByteArray out;
    out.reserve(count * 1600);
    for (int i = 0; i < count; ++i) {
        const QByteArray name = "app-" + QByteArray::number(i);
        out += "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  namespace: team-"
            + QByteArray::number(i % 7) + "\n  labels:\n    app: " + name
            + "\n    tier: " + (i % 3 ? "backend" : "frontend") + "\n    version: \""
            + QByteArray::number(i % 5) + ".0\"\n";
        if (i % 4 == 0)
            out += "  annotations:\n    description: generated pod number " + QByteArray::number(i)
                + "\n";
        out += "spec:\n";
        const bool hasVolumes = i % 2 == 0;
        if (i % 5 == 0) {
            out += "  initContainers:\n  - name: init-schema\n    image: busybox:1.36\n"
                   "    command: [sh, -c, \"until nslookup db; do sleep 2; done\"]\n";
            if (i % 10 == 0)
                out += "  - name: log-shipper\n    image: fluent/fluent-bit:3.0\n    "
                       "restartPolicy: Always\n";
        }
        out += "  containers:\n";
        const int containers = 1 + int(rng.bounded(3));
        for (int c = 0; c < containers; ++c) {
            out += "  - name: c" + QByteArray::number(c) + "\n    image: " + images[rng.bounded(6)]
                + "\n";
            if (rng.bounded(2))
                out += "    imagePullPolicy: IfNotPresent\n";
            if (c == 0 && i % 3 == 0)
                out += "    args:\n    - --port=8080\n    - --log-level=info\n";
            out += "    ports:\n    - name: http\n      containerPort: "
                + QByteArray::number(8080 + c) + "\n      protocol: TCP\n";
            out += "    env:\n    - name: MODE\n      value: production\n    - name: POD_NAME\n"
                   "      valueFrom:\n        fieldRef:\n          fieldPath: metadata.name\n";
            out += "    resources:\n      requests:\n        cpu: "
                + QByteArray::number(100 + 50 * c)
                + "m\n        memory: 64Mi\n      limits:\n        cpu: \"1\"\n        memory: "
                  "256Mi\n";
            switch (rng.bounded(4)) {
            case 0:
                out += "    livenessProbe:\n      httpGet:\n        path: /healthz\n        port: "
                       "http\n"
                       "      initialDelaySeconds: 5\n      periodSeconds: 10\n";
                break;
            case 1:
                out += "    readinessProbe:\n      tcpSocket:\n        port: "
                    + QByteArray::number(8080 + c) + "\n      periodSeconds: 5\n";
                break;
            case 2:
                out += "    livenessProbe:\n      exec:\n        command: [cat, /tmp/healthy]\n";
                break;
            default: break;
            }
            if (hasVolumes)
                out += "    volumeMounts:\n    - name: cache\n      mountPath: /cache\n    - name: "
                       "config\n"
                       "      mountPath: /etc/app\n      readOnly: true\n";
            if (c == 0 && i % 6 == 0)
                out += "    securityContext:\n      runAsNonRoot: true\n      "
                       "allowPrivilegeEscalation: false\n";
        }
        if (hasVolumes)
            out += "  volumes:\n  - name: cache\n    emptyDir:\n      sizeLimit: 128Mi\n  - name: "
                   "config\n"
                   "    configMap:\n      name: app-config\n      defaultMode: 0644\n";
        if (i % 8 == 0)
            out += "  nodeSelector:\n    disktype: ssd\n  tolerations:\n  - key: dedicated\n    "
                   "operator: Equal\n"
                   "    value: shop\n    effect: NoSchedule\n";
        out += "  restartPolicy: Always\n";
    }
    return out;
}

/// Receives yaml-cpp's parser events and does nothing: the cost of the event API itself,
/// the floor under loadManifest (which builds its tree from these events).
class CountingHandler : public YAML::EventHandler
{
public:
    std::size_t events = 0;
    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnMapEnd() override { }
};

struct Step {
    QString label;
    std::function<void()> work;
    std::vector<double> times;
    double median() const { return sorted()[times.size() / 2]; }
    double fastest() const { return sorted().front(); }
    std::vector<double> sorted() const
    {
        std::vector<double> t = times;
        std::sort(t.begin(), t.end());
        return t;
    }
};

/// Runs the steps round-robin, so that load from other processes on a shared machine falls
/// on all of them alike rather than on whichever step ran during a busy moment.
void measure(std::vector<Step> &steps, int repetitions)
{
    for (int r = 0; r < repetitions; ++r) {
        for (Step &step : steps) {
            QElapsedTimer timer;
            timer.start();
            step.work();
            step.times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int pods = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int repetitions = args.size() > 2 ? args.at(2).toInt() : 5;
    const bool commented = args.size() > 3 && args.at(3) == QLatin1String("comments");
    QTextStream out(stdout);

    QByteArray text = generatePods(pods);
    if (commented) {
        text.replace("\nkind: Pod\n", "\n# a generated pod\nkind: Pod\n");
        text.replace("\nspec:\n", "\nspec: # what runs\n");
        text.replace("\n  containers:\n", "\n  # the app containers\n  containers:\n");
    }
    const std::string stdText = text.toStdString();

    // Sanity first: the generated file must load and validate without errors, otherwise the
    // figures would time the error paths.
    const podwright::LoadResult check = podwright::loadManifest(text);
    const podwright::Findings findings = podwright::validateManifest(check.manifest);
    if (!check.parsed || !check.diagnostics.empty() || int(check.manifest.resources.size()) != pods
        || podwright::hasErrors(findings)) {
        for (const auto &f : check.diagnostics)
            out << "import: " << f.summary() << '\n';
        for (const auto &f : findings) {
            if (f.severity == podwright::Severity::Error)
                out << "validate: " << f.summary() << '\n';
        }
        out << "the generated file does not load or validate cleanly\n";
        return 1;
    }
    if (const int kept = podwright::countYamlComments(podwright::writeManifest(check.manifest));
        kept != podwright::countYamlComments(text)) {
        out << "the export kept " << kept << " of the file's comments\n";
        return 1;
    }

    std::size_t sink = 0; // keeps the optimiser from dropping the work
    std::size_t events = 0;
    std::vector<Step> steps = {
        { QStringLiteral("raw yaml-cpp (YAML::LoadAll)"),
          [&] { sink += YAML::LoadAll(stdText).size(); },
          {} },
        { QStringLiteral("yaml-cpp events only (no tree)"),
          [&] {
              std::istringstream stream(stdText);
              YAML::Parser parser(stream);
              CountingHandler handler;
              while (parser.HandleNextDocument(handler)) { }
              events = handler.events;
          },
          {} },
        { QStringLiteral("loadManifest"),
          [&] { sink += podwright::loadManifest(text).manifest.resources.size(); },
          {} },
        { QStringLiteral("loadManifest + validateManifest"),
          [&] {
              const podwright::LoadResult loaded = podwright::loadManifest(text);
              sink += podwright::validateManifest(loaded.manifest).size();
          },
          {} },
        { QStringLiteral("writeManifest (export, for scale)"),
          [&] { sink += std::size_t(podwright::writeManifest(check.manifest).size()); },
          {} },
    };
    measure(steps, repetitions);

    const double rawMedian = steps[0].median();
    const double rawFastest = steps[0].fastest();
    auto rate = [&](double ms) { return QString::number(pods / (ms / 1000.0), 'f', 0); };
    out << "bench_validate: " << pods << " pods, " << text.size() / 1024 << " KiB, " << events
        << " YAML nodes, " << podwright::countYamlComments(text) << " comments, " << findings.size()
        << " warnings/hints; " << repetitions << " rounds, steps interleaved ("
        << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ")\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("step"), -36)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("pods/s"), 8)
               .arg(QStringLiteral("x raw"), 6)
               .arg(QStringLiteral("best ms"), 9)
               .arg(QStringLiteral("x raw"), 6);
    for (const Step &step : steps) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(step.label, -36)
                   .arg(step.median(), 10, 'f', 1)
                   .arg(rate(step.median()), 8)
                   .arg(step.median() / rawMedian, 6, 'f', 2)
                   .arg(step.fastest(), 9, 'f', 1)
                   .arg(step.fastest() / rawFastest, 6, 'f', 2);
    }
    out << "\nvalidateManifest alone (difference of medians): "
        << QString::number(steps[3].median() - steps[2].median(), 'f', 1) << " ms, "
        << rate(steps[3].median() - steps[2].median()) << " pods/s\n";
    std::fprintf(stderr, "%zu\n", sink % 2);
    return 0;
}
