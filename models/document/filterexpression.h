// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Dashwright {

// The filter expressions of the claims vocabulary ("? = ?", "? in ?", …), shared by widget filters,
// dashboard filters and token filters.
enum class FilterExpression {
    Equals,
    NotEquals,
    In,
    NotIn,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Between,
    Like,
    IsNull,
    IsNotNull,
};

QString filterExpressionText(FilterExpression expression);
std::optional<FilterExpression> filterExpressionFromText(QStringView text);

// How many values the expression takes: 0 (is null), 1, 2 (between) or -1 (a non-empty list).
int filterExpressionArity(FilterExpression expression);

} // namespace Dashwright
