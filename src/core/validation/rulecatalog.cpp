#include "ruletable.h"
#include "validator.h"

#include <QCoreApplication>
#include <QHash>

namespace podwright {

using validation::RuleEntry;

namespace {

// Every entry in catalogue order (the docs' rule reference is generated in this order);
// ruleCatalog()[i] is made from entries()[i].
const std::vector<const RuleEntry *> &entries()
{
    static const std::vector<const RuleEntry *> all = [] {
        std::vector<const RuleEntry *> list;
        for (const auto table : { validation::containerRuleEntries(), validation::podRuleEntries(),
                                  validation::localRuleEntries() })
            for (const RuleEntry &e : table)
                list.push_back(&e);
        return list;
    }();
    return all;
}

} // namespace

const std::vector<RuleInfo> &ruleCatalog()
{
    static const std::vector<RuleInfo> catalog = [] {
        std::vector<RuleInfo> list;
        for (const RuleEntry *e : entries())
            list.push_back({ QLatin1String(e->id), e->severity, QLatin1String(e->title),
                             QString::fromUtf8(e->explanation), QString::fromUtf8(e->source) });
        return list;
    }();
    return catalog;
}

const RuleInfo *findRule(const QString &id)
{
    static const QHash<QString, const RuleInfo *> byId = [] {
        QHash<QString, const RuleInfo *> map;
        for (const RuleInfo &rule : ruleCatalog())
            map.insert(rule.id, &rule);
        return map;
    }();
    return byId.value(id, nullptr);
}

namespace {

const RuleEntry *entryFor(const QString &id)
{
    const RuleInfo *rule = findRule(id);
    return rule ? entries()[std::size_t(rule - ruleCatalog().data())] : nullptr;
}

} // namespace

QString translatedRuleTitle(const QString &id)
{
    const RuleEntry *e = entryFor(id);
    return e ? QCoreApplication::translate(validation::RuleContext, e->title) : QString();
}

QString translatedRuleExplanation(const QString &id)
{
    const RuleEntry *e = entryFor(id);
    return e ? QCoreApplication::translate(validation::RuleContext, e->explanation) : QString();
}

} // namespace podwright
