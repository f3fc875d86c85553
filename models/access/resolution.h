// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/connectionspec.h"
#include "data/queryplan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

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
    // A text widget's text, when this viewer may read it; empty when denied. Front ends show this,
    // never the document's text: a text widget runs no query, so without it a denied viewer
    // would read the dashboard's prose (issue 14).
    QString text;
    // The whole dashboard is denied to this viewer (DashboardResolution::denied): front ends say
    // why once for the dashboard, not on every widget. `denied` still holds this widget's own
    // reason.
    bool dashboardDenied = false;
    nlohmann::ordered_json applied = nlohmann::ordered_json::array();
    QStringList warnings;
};

// The value a dashboard parameter took in a resolution, and what set it.
struct ResolvedParameter
{
    enum class Source {
        Default,     // the parameter's default
        DesignValue, // Resolver::Options::designParameterValues (the design view only)
        Token,       // the claims' parameter_overrides (token views only)
    };
    QString parameterId;
    QVariant value;
    Source source = Source::Default;

    bool operator==(const ResolvedParameter &) const = default;
};

struct DashboardResolution
{
    QString dashboardId;
    bool tokenView = false; // false: the design view (defaults, no policies)
    QString error;          // invalid claims: nothing is resolved
    // Non-empty: this viewer may see nothing of the dashboard, text widgets included, for this
    // reason — the grant itself failed (securables, expiry, a required parameter), or every
    // widget with data is denied to it. Always empty in the design view.
    QString denied;
    QList<WidgetResolution> widgets;
    // About the dashboard as a whole (an override of a parameter it does not have, an
    // initialization filter that matches none of its filters): told once, not on each widget.
    // A widget's own warnings (a parameter it takes left at its default, a filter without an
    // index) are in its WidgetResolution.
    QStringList warnings;
    // Every parameter of the dashboard with the value this viewer's widgets use, in the
    // dashboard's order: front ends show it without deciding it again. Empty when `error` is set.
    QList<ResolvedParameter> parameters;
    // The value each viewer-editable dashboard filter takes for this viewer, by filter id: the
    // viewer's (Options::filterValues), else a token's initialization filter, else its own; null
    // when it filters nothing. Empty when `error` is set.
    QHash<QString, QVariant> editableFilterValues;
};

} // namespace Dashwright
