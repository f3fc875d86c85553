// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace Dashwright {

enum class PolicyOperator {
    Equals,
    NotEquals,
    GreaterThan,
    GreaterThanOrEqualTo,
    LessThan,
    LessThanOrEqualTo,
    In,
    Like,
    NotLike,
    IsNull,
    IsNotNull,
};

QString policyOperatorName(PolicyOperator op);
std::optional<PolicyOperator> policyOperatorFromName(QStringView name);

// One row rule. Its value may be a literal or a "${{ name }}" placeholder filled from the token's
// policy_values. `and` rules are ANDed with this one, and `or` rules ORed with that conjunction:
// (this AND and…) OR or…
struct PolicyRule
{
    QString columnId;
    PolicyOperator op = PolicyOperator::Equals;
    QVariant value; // QString (maybe a placeholder), number, bool, QVariantList for IN; null for
                    // IS_NULL
    QList<PolicyRule> andRules;
    QList<PolicyRule> orRules;

    // Written out: a defaulted == cannot see through the recursive QList<PolicyRule>.
    bool operator==(const PolicyRule &other) const;
};

// A row-level access policy on one dataset. Every token view of a widget on that dataset gets
// every rule (combined with AND); `columns` limits which columns widgets may use ("*": all).
struct AccessPolicy
{
    QString id;
    QString name;
    QString description;
    QString datasetId;
    QStringList columns; // column ids, or exactly {"*"}
    QList<PolicyRule> rows;

    bool operator==(const AccessPolicy &) const = default;
};

} // namespace Dashwright
