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
// A dashboard filter marked viewerEditable takes the value the viewer picks (embed data requests,
// `query --filter`); its value here is then only the initial one, and may be left unset (all rows
// the viewer may read). Token filters and access policies still apply on top of it.
struct Filter
{
    QString id;
    QString label;
    QString datasetId;
    QString columnId;
    FilterExpression expression = FilterExpression::Equals;
    QVariant value;      // scalar; QVariantList for in/not in/between; null for is (not) null
    QString parameterId; // when set, the parameter's value replaces `value`
    bool viewerEditable = false; // dashboard filters with a literal value only

    bool operator==(const Filter &) const = default;
};

} // namespace Dashwright
