// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "column.h"
#include "filterexpression.h"
#include "problem.h"

#include <QVariant>

namespace Dashwright {

// Whether a filter value fits its expression (none, one, two, or a non-empty list) and the column's
// type; the same check for widget, dashboard and token filters. Problems are reported at `path`.
Problems checkFilterValue(FilterExpression expression, const QVariant &value, const Column &column,
                          const QString &path);

} // namespace Dashwright
