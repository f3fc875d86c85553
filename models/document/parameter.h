// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columntype.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Dashwright {

// A dashboard parameter. The default is required: a token that forgets to override the parameter
// falls back to it (e.g. demo data), never to "all rows". A parameter that scopes a tenant can be
// requiredInToken instead: a token that does not override it is denied, so a forgotten override
// cannot show the default's data.
struct Parameter
{
    QString id;
    QString name; // what parameter_overrides use
    QString label;
    ColumnType type = ColumnType::Text;
    QVariant defaultValue;        // canonical form of `type` (see coerceValue)
    QVariantList allowedValues;   // empty: any value of the type
    bool requiredInToken = false; // token views only; the design view uses the default

    bool operator==(const Parameter &) const = default;
};

} // namespace Dashwright
