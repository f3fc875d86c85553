// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesspolicy.h"

#include "enumnames.h"

namespace Dashwright {

namespace {
constexpr std::pair<PolicyOperator, const char16_t *> operatorNames[] = {
        {PolicyOperator::Equals, u"EQUALS"},
        {PolicyOperator::NotEquals, u"NOT_EQUALS"},
        {PolicyOperator::GreaterThan, u"GREATER_THAN"},
        {PolicyOperator::GreaterThanOrEqualTo, u"GREATER_THAN_OR_EQUAL_TO"},
        {PolicyOperator::LessThan, u"LESS_THAN"},
        {PolicyOperator::LessThanOrEqualTo, u"LESS_THAN_OR_EQUAL_TO"},
        {PolicyOperator::In, u"IN"},
        {PolicyOperator::Like, u"LIKE"},
        {PolicyOperator::NotLike, u"NOT_LIKE"},
        {PolicyOperator::IsNull, u"IS_NULL"},
        {PolicyOperator::IsNotNull, u"IS_NOT_NULL"},
};
} // namespace

bool PolicyRule::operator==(const PolicyRule &other) const
{
    if (columnId != other.columnId || op != other.op || value != other.value
        || andRules.size() != other.andRules.size() || orRules.size() != other.orRules.size())
        return false;
    for (qsizetype i = 0; i < andRules.size(); ++i) {
        if (!(andRules[i] == other.andRules[i]))
            return false;
    }
    for (qsizetype i = 0; i < orRules.size(); ++i) {
        if (!(orRules[i] == other.orRules[i]))
            return false;
    }
    return true;
}

QString policyOperatorName(PolicyOperator op)
{
    return detail::nameOf(operatorNames, op);
}

std::optional<PolicyOperator> policyOperatorFromName(QStringView name)
{
    return detail::valueOf(operatorNames, name);
}

} // namespace Dashwright
