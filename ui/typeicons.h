// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/columntype.h"

#include <QIcon>

namespace Dashwright {

// The small picture of a column's type that goes beside its name wherever columns are listed
// (the data panel, the field wells' choices, the type editor): "Abc" for text, "123" for whole
// numbers, "1.2" for decimals, a calendar for dates (with a clock hand for date and time), a tick
// for booleans. One shared icon per type, so its cacheKey() is stable.
QIcon columnTypeIcon(ColumnType type);

} // namespace Dashwright
