// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryexecutor.h"
#include "queryplan.h"
#include "queryplanner.h"
#include "queryresult.h"

#include "document/project.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dashwright {

// What one widget of a dashboard run produced: its plan and result, or why it has none.
struct WidgetRun
{
    QString widgetId;
    QString title;
    WidgetType type = WidgetType::Bar;
    std::optional<QueryPlan> plan; // none for text widgets and planning errors
    QueryResult result;
    QString error;  // planning or data-source error; empty when fine
    QString denied; // access refused (token views); empty when granted
    QStringList applied;
};

// Plans every (or the chosen) widget of a dashboard and runs the statements in parallel on an
// executor: the one path behind the CLI's query, the designer's canvas and the embed server.
class DashboardRunner
{
public:
    DashboardRunner(const Project &project, QString projectFilePath, QueryExecutor &executor);

    // Widgets in dashboard order; widgetIds empty: all of them.
    QList<WidgetRun> run(const Dashboard &dashboard, const QStringList &widgetIds,
                         const PlanOptions &options) const;

    // The connection for an account of the project (SQLite paths resolved beside the project).
    ConnectionSpec connectionFor(const Account &account) const;

private:
    const Project &m_project;
    QString m_projectFilePath;
    QueryExecutor &m_executor;
};

} // namespace Dashwright
