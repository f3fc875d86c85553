// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/account.h"
#include "document/columntype.h"
#include "document/filterexpression.h"
#include "document/widget.h"

#include <QString>

namespace Dashwright {

// What people see for the document's enumerations, translated; the file format keeps its own
// untranslated names (widgetTypeName() and friends in models/document).
QString columnTypeLabel(ColumnType type);
QString widgetTypeLabel(WidgetType type);
QString aggregationLabel(Aggregation aggregation);
QString timeGrainLabel(TimeGrain grain);
QString accountTypeLabel(AccountType type);
// The expression as people read it, e.g. "is one of" for "? in ?".
QString filterExpressionLabel(FilterExpression expression);

} // namespace Dashwright
