// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterexpression.h"

#include <QString>
#include <QVariant>

namespace Dashwright {

// A filter on one column: of a widget (datasetId empty: the widget's dataset) or of a dashboard
// (datasetId set: applies to every widget on that dataset; its value is the viewer's to change).
// The value is a literal, or the current value of a dashboard parameter (parameterId).
struct Filter
{
    QString id;
    QString label;
    QString datasetId;
    QString columnId;
    FilterExpression expression = FilterExpression::Equals;
    QVariant value;      // scalar; QVariantList for in/not in/between; null for is (not) null
    QString parameterId; // when set, the parameter's value replaces `value`

    bool operator==(const Filter &) const = default;
};

} // namespace Dashwright
