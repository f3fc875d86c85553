// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardrunner.h"

#include "sqldialect.h"


#include <QFuture>

using namespace Qt::StringLiterals;

namespace Dashwright {

DashboardRunner::DashboardRunner(const Project &project, QString projectFilePath, QueryExecutor &executor)
    : m_project(project)
    , m_projectFilePath(std::move(projectFilePath))
    , m_executor(executor)
{
}

ConnectionSpec DashboardRunner::connectionFor(const Account &account) const
{
    return ConnectionSpec::forAccount(account, m_projectFilePath);
}

QList<WidgetRun> DashboardRunner::run(const Dashboard &dashboard, const QStringList &widgetIds,
                                      const PlanOptions &options) const
{
    QList<WidgetRun> runs;
    QList<QFuture<QueryResult>> futures;
    for (const Widget &widget : dashboard.widgets) {
        if (!widgetIds.isEmpty() && !widgetIds.contains(widget.id))
            continue;
        WidgetRun run;
        run.widgetId = widget.id;
        run.title = widget.title;
        run.type = widget.type;
        QFuture<QueryResult> future;
        if (widget.type != WidgetType::Text) {
            const Dataset *dataset = m_project.dataset(widget.datasetId);
            const Account *account = dataset ? m_project.account(dataset->accountId) : nullptr;
            if (!account) {
                run.error = u"the widget's dataset has no account"_s;
            } else {
                const QueryPlanner planner(m_project, SqlDialect::forAccountType(account->type));
                auto planned = planner.plan(dashboard, widget, options);
                if (auto *error = std::get_if<QString>(&planned)) {
                    run.error = *error;
                } else {
                    run.plan = std::get<QueryPlan>(std::move(planned));
                    future = m_executor.submit(dashboard.id + u'/' + widget.id, connectionFor(*account),
                                               run.plan->sql, run.plan->bindings);
                }
            }
        }
        runs.append(std::move(run));
        futures.append(future);
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (!runs[i].plan)
            continue;
        runs[i].result = futures[i].result();
        if (!runs[i].result.error.isEmpty())
            runs[i].error = runs[i].result.error;
        else if (runs[i].result.cancelled)
            runs[i].error = u"cancelled"_s;
    }
    return runs;
}

} // namespace Dashwright
