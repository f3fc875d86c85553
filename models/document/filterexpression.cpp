// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterexpression.h"

#include "enumnames.h"

namespace Dashwright {

namespace {
constexpr std::pair<FilterExpression, const char16_t *> expressionTexts[] = {
        {FilterExpression::Equals, u"? = ?"},
        {FilterExpression::NotEquals, u"? != ?"},
        {FilterExpression::In, u"? in ?"},
        {FilterExpression::NotIn, u"? not in ?"},
        {FilterExpression::Less, u"? < ?"},
        {FilterExpression::LessOrEqual, u"? <= ?"},
        {FilterExpression::Greater, u"? > ?"},
        {FilterExpression::GreaterOrEqual, u"? >= ?"},
        {FilterExpression::Between, u"? between ?"},
        {FilterExpression::Like, u"? like ?"},
        {FilterExpression::IsNull, u"? is null"},
        {FilterExpression::IsNotNull, u"? is not null"},
};
} // namespace

QString filterExpressionText(FilterExpression expression)
{
    return detail::nameOf(expressionTexts, expression);
}

std::optional<FilterExpression> filterExpressionFromText(QStringView text)
{
    return detail::valueOf(expressionTexts, text);
}

int filterExpressionArity(FilterExpression expression)
{
    switch (expression) {
    case FilterExpression::IsNull:
    case FilterExpression::IsNotNull:
        return 0;
    case FilterExpression::Between:
        return 2;
    case FilterExpression::In:
    case FilterExpression::NotIn:
        return -1;
    default:
        return 1;
    }
}

} // namespace Dashwright
