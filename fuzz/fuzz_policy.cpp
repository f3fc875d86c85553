// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Access policies and their "${{ name }}" placeholders: the input is
//   {"access_policies": [... as in a project file ...], "policy_values": {... as in claims ...}}
// The policies are read by the project reader, then PolicyCompiler compiles each against every
// dataset of the demo project, to SQL in both dialects and to the broker plugin's predicates.
// Whatever the values, they are bound: the SQL holds one "?" per binding and never a value.
#include "common/fuzzsupport.h"

#include "access/policycompiler.h"
#include "common/strictjson.h"
#include "data/queryplanner.h"
#include "data/sqldialect.h"
#include "document/claimsvalidator.h"
#include "document/projectreader.h"

using namespace Dashwright;
using namespace Qt::StringLiterals;

namespace {

void placeholders(const PolicyRule &rule)
{
    if (rule.value.typeId() == QMetaType::QString) {
        const QString text = rule.value.toString();
        if (ClaimsValidator::isPlaceholder(text))
            Fuzz::require(!ClaimsValidator::placeholderName(text).isEmpty(),
                          "a placeholder has a name");
    }
    for (const PolicyRule &r : rule.andRules)
        placeholders(r);
    for (const PolicyRule &r : rule.orRules)
        placeholders(r);
}

void compile(const QueryPlanner &planner, const Dataset &dataset, const Json &policyValues,
             const AccessPolicy &policy)
{
    const PolicyCompiler compiler(planner, dataset, policyValues);
    const auto fragment = compiler.compile(policy);
    if (const auto *sql = std::get_if<SqlFragment>(&fragment))
        Fuzz::require(sql->sql.count(u'?') == sql->bindings.size(),
                      "one '?' per bound value, no value in the SQL");
    const auto structured = compiler.structured(policy);
    Fuzz::require(fragment.index() == structured.index(),
                  "SQL and structured predicates refuse alike");
    if (const auto *rows = std::get_if<QList<StructuredPredicate>>(&structured)) {
        for (const StructuredPredicate &predicate : *rows)
            predicate.toJson().dump();
    }
    for (const PolicyRule &rule : policy.rows)
        compiler.describe(rule);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Demo &demo = Fuzz::demo();
    QString error;
    const auto input = parseStrictJson(Fuzz::bytes(data, size), &error);
    if (!input || !input->is_object())
        return 0;
    Json project = Json::object();
    if (const auto policies = input->find("access_policies"); policies != input->end())
        project["access_policies"] = *policies;
    const Json policyValues = input->value("policy_values", Json::object());
    if (policyValues.is_object()) {
        for (const auto &[name, value] : policyValues.items())
            ClaimsValidator::isPlaceholder(u"${{ %1 }}"_s.arg(QString::fromStdString(name)));
    }

    Problems problems;
    const Project read = ProjectReader::read(project, problems);
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    const QueryPlanner sqlitePlanner(demo.project, sqlite);
    const QueryPlanner postgresPlanner(demo.project, postgres);
    for (const AccessPolicy &policy : read.accessPolicies) {
        for (const PolicyRule &rule : policy.rows)
            placeholders(rule);
        for (const Dataset &dataset : demo.project.datasets) {
            compile(sqlitePlanner, dataset, policyValues, policy);
            compile(postgresPlanner, dataset, policyValues, policy);
        }
    }
    return 0;
}
