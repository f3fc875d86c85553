// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/queryplanner.h"
#include "data/sqlfragment.h"
#include "data/structuredquery.h"
#include "document/accesspolicy.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <variant>

namespace Dashwright {

// Turns an access policy's row rules into one SQL predicate for a dataset, filling each
// "${{ name }}" placeholder from the token's policy_values. A placeholder without a value, a value
// that does not fit the column, or an unknown column yields a denial reason, never a weaker filter.
class PolicyCompiler
{
public:
    PolicyCompiler(const QueryPlanner &planner, const Dataset &dataset,
                   const nlohmann::ordered_json &policyValues);

    std::variant<SqlFragment, QString> compile(const AccessPolicy &policy) const;
    // The same policy as data (its rows, all of which must hold), for a source that takes no SQL;
    // placeholders filled and refused exactly as compile() does.
    std::variant<QList<StructuredPredicate>, QString> structured(const AccessPolicy &policy) const;

    // "distributor EQUALS ${{ restaurant_name }}": the rule as people wrote it, for explanations.
    QString describe(const PolicyRule &rule) const;

private:
    std::variant<StructuredPredicate, QString> structuredRule(const AccessPolicy &policy,
                                                              const PolicyRule &rule) const;
    std::variant<SqlFragment, QString> compileRule(const AccessPolicy &policy,
                                                   const PolicyRule &rule) const;
    std::variant<QVariant, QString> ruleValue(const AccessPolicy &policy,
                                              const PolicyRule &rule) const;

    const QueryPlanner &m_planner;
    const Dataset &m_dataset;
    const nlohmann::ordered_json &m_policyValues;
};

} // namespace Dashwright
