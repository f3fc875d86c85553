// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/connectionspec.h"
#include "data/queryplan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

// What the resolution engine decided for one widget: the account and statement to run, every
// override, filter and policy rule that shaped it, warnings — or why it is denied.
struct WidgetResolution
{
    QString widgetId;
    QString denied; // non-empty: no data, for this reason
    // The denial is the data source's doing, not the claims': its database could not be read, or
    // lacks a column the statement needs. Still no data (fail closed), but an embed answers it as
    // an outage of that widget, not as a refusal of the viewer.
    bool sourceProblem = false;
    QString accountId;
    ConnectionSpec connection;     // after account overrides; may hold a password: never print it
    std::optional<QueryPlan> plan; // none for text widgets and denied ones
    nlohmann::ordered_json applied = nlohmann::ordered_json::array();
    QStringList warnings;
};

struct DashboardResolution
{
    QString dashboardId;
    bool tokenView = false; // false: the design view (defaults, no policies)
    QString error;          // invalid claims: nothing is resolved
    QList<WidgetResolution> widgets;
    // About the dashboard as a whole (an override of a parameter it does not have, an
    // initialization filter that matches none of its filters): told once, not on each widget.
    // A widget's own warnings (a parameter it takes left at its default, a filter without an
    // index) are in its WidgetResolution.
    QStringList warnings;
};

} // namespace Dashwright
