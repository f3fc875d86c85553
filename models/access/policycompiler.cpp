// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policycompiler.h"

#include "document/claimsvalidator.h"
#include "enginetext.h"

#include "common/printable.h"
#include "document/jsonvalue.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
// NOT_LIKE has no filter expression of its own: it is LIKE, negated.
FilterExpression expressionFor(PolicyOperator op)
{
    switch (op) {
    case PolicyOperator::Equals:
        return FilterExpression::Equals;
    case PolicyOperator::NotEquals:
        return FilterExpression::NotEquals;
    case PolicyOperator::GreaterThan:
        return FilterExpression::Greater;
    case PolicyOperator::GreaterThanOrEqualTo:
        return FilterExpression::GreaterOrEqual;
    case PolicyOperator::LessThan:
        return FilterExpression::Less;
    case PolicyOperator::LessThanOrEqualTo:
        return FilterExpression::LessOrEqual;
    case PolicyOperator::In:
        return FilterExpression::In;
    case PolicyOperator::Like:
    case PolicyOperator::NotLike:
        return FilterExpression::Like;
    case PolicyOperator::IsNull:
        return FilterExpression::IsNull;
    case PolicyOperator::IsNotNull:
        return FilterExpression::IsNotNull;
    }
    return FilterExpression::Equals;
}

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(valueText(item));
        return u'[' + items.join(u", "_s) + u']';
    }
    return value.toString();
}

void appendColumns(SqlFragment &into, const SqlFragment &from)
{
    for (const QString &column : from.columns) {
        if (!into.columns.contains(column))
            into.columns.append(column);
    }
}
} // namespace

PolicyCompiler::PolicyCompiler(const QueryPlanner &planner, const Dataset &dataset,
                               const nlohmann::ordered_json &policyValues)
    : m_planner(planner)
    , m_dataset(dataset)
    , m_policyValues(policyValues)
{ }

QString PolicyCompiler::describe(const PolicyRule &rule) const
{
    const Column *column = m_dataset.column(rule.columnId);
    QString text = (column ? column->name : rule.columnId) + u' ' + policyOperatorName(rule.op);
    if (rule.value.isValid() && !rule.value.isNull())
        text += u' ' + valueText(rule.value);
    for (const PolicyRule &r : rule.andRules)
        text += u" AND ("_s + describe(r) + u')';
    for (const PolicyRule &r : rule.orRules)
        text += u" OR ("_s + describe(r) + u')';
    return text;
}

std::variant<QVariant, QString> PolicyCompiler::ruleValue(const AccessPolicy &policy,
                                                          const PolicyRule &rule) const
{
    if (rule.value.typeId() != QMetaType::QString
        || !ClaimsValidator::isPlaceholder(rule.value.toString()))
        return rule.value;
    const QString name = ClaimsValidator::placeholderName(rule.value.toString());
    const auto it = m_policyValues.is_object() ? m_policyValues.find(name.toStdString())
                                               : m_policyValues.end();
    if (!m_policyValues.is_object() || it == m_policyValues.end())
        return EngineText::tr(
                       "access policy %1 needs the policy value %2, which the token does not carry")
                .arg(quoted(policy.name), quoted(name));
    QVariant value = variantFromJson(*it);
    // IN takes a list; one value is a list of one.
    if (rule.op == PolicyOperator::In && value.typeId() != QMetaType::QVariantList)
        value = QVariantList{value};
    return value;
}

std::variant<SqlFragment, QString> PolicyCompiler::compileRule(const AccessPolicy &policy,
                                                               const PolicyRule &rule) const
{
    const Column *column = m_dataset.column(rule.columnId);
    if (!column)
        return EngineText::tr("access policy %1 names a column the dataset does not have")
                .arg(quoted(policy.name));
    auto value = ruleValue(policy, rule);
    if (auto *reason = std::get_if<QString>(&value))
        return *reason;
    auto predicate
            = m_planner.predicate(*column, expressionFor(rule.op), std::get<QVariant>(value));
    if (auto *error = std::get_if<QString>(&predicate))
        return u"access policy %1: %2"_s.arg(quoted(policy.name), *error);
    SqlFragment result = std::get<SqlFragment>(std::move(predicate));
    if (rule.op == PolicyOperator::NotLike)
        result.sql = u"NOT ("_s + result.sql + u')';
    for (const PolicyRule &andRule : rule.andRules) {
        auto part = compileRule(policy, andRule);
        if (auto *reason = std::get_if<QString>(&part))
            return *reason;
        const SqlFragment &f = std::get<SqlFragment>(part);
        result.sql = u'(' + result.sql + u") AND ("_s + f.sql + u')';
        result.bindings += f.bindings;
        appendColumns(result, f);
    }
    for (const PolicyRule &orRule : rule.orRules) {
        auto part = compileRule(policy, orRule);
        if (auto *reason = std::get_if<QString>(&part))
            return *reason;
        const SqlFragment &f = std::get<SqlFragment>(part);
        result.sql = u'(' + result.sql + u") OR ("_s + f.sql + u')';
        result.bindings += f.bindings;
        appendColumns(result, f);
    }
    return result;
}

std::variant<SqlFragment, QString> PolicyCompiler::compile(const AccessPolicy &policy) const
{
    // A policy with no rule grants nothing rather than everything.
    if (policy.rows.isEmpty())
        return EngineText::tr("access policy %1 has no row rule").arg(quoted(policy.name));
    SqlFragment result;
    for (const PolicyRule &rule : policy.rows) {
        auto part = compileRule(policy, rule);
        if (auto *reason = std::get_if<QString>(&part))
            return *reason;
        const SqlFragment &f = std::get<SqlFragment>(part);
        result.sql += (result.sql.isEmpty() ? u"("_s : u" AND ("_s) + f.sql + u')';
        result.bindings += f.bindings;
        appendColumns(result, f);
    }
    return result;
}

std::variant<StructuredPredicate, QString>
PolicyCompiler::structuredRule(const AccessPolicy &policy, const PolicyRule &rule) const
{
    const Column *column = m_dataset.column(rule.columnId);
    if (!column)
        return EngineText::tr("access policy %1 names a column the dataset does not have")
                .arg(quoted(policy.name));
    auto value = ruleValue(policy, rule);
    if (auto *reason = std::get_if<QString>(&value))
        return *reason;
    // The value as the SQL binds it (QueryPlanner::boundValue), refused where the SQL is.
    auto bound = m_planner.predicate(*column, expressionFor(rule.op), std::get<QVariant>(value));
    if (auto *error = std::get_if<QString>(&bound))
        return u"access policy %1: %2"_s.arg(quoted(policy.name), *error);
    StructuredPredicate predicate;
    predicate.column = column->name;
    predicate.op = policyOperatorName(rule.op);
    predicate.value = QueryPlanner::boundValue(expressionFor(rule.op),
                                               std::get<SqlFragment>(bound).bindings);
    for (const PolicyRule &andRule : rule.andRules) {
        auto part = structuredRule(policy, andRule);
        if (auto *reason = std::get_if<QString>(&part))
            return *reason;
        predicate.allOf.append(std::get<StructuredPredicate>(std::move(part)));
    }
    for (const PolicyRule &orRule : rule.orRules) {
        auto part = structuredRule(policy, orRule);
        if (auto *reason = std::get_if<QString>(&part))
            return *reason;
        predicate.anyOf.append(std::get<StructuredPredicate>(std::move(part)));
    }
    return predicate;
}

std::variant<QList<StructuredPredicate>, QString>
PolicyCompiler::structured(const AccessPolicy &policy) const
{
    if (policy.rows.isEmpty())
        return EngineText::tr("access policy %1 has no row rule").arg(quoted(policy.name));
    QList<StructuredPredicate> rows;
    for (const PolicyRule &rule : policy.rows) {
        auto part = structuredRule(policy, rule);
        if (auto *reason = std::get_if<QString>(&part))
            return *reason;
        rows.append(std::get<StructuredPredicate>(std::move(part)));
    }
    return rows;
}

} // namespace Dashwright
