// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardrunner.h"

#include <QFuture>

using namespace Qt::StringLiterals;

namespace Dashwright {

DashboardRunner::DashboardRunner(QueryExecutor &executor, QString scope)
    : m_executor(executor)
    , m_scope(std::move(scope))
{ }

QList<WidgetRun> DashboardRunner::run(const Dashboard &dashboard,
                                      const DashboardResolution &resolution) const
{
    QList<WidgetRun> runs;
    QList<QFuture<QueryResult>> futures;
    for (const WidgetResolution &widget : resolution.widgets) {
        WidgetRun run;
        run.resolution = widget;
        if (const Widget *w = dashboard.widget(widget.widgetId)) {
            run.title = w->title;
            run.type = w->type;
        }
        QFuture<QueryResult> future;
        if (widget.denied.isEmpty() && widget.plan)
            future = m_executor.submit(m_scope + u'/' + dashboard.id + u'/' + widget.widgetId,
                                       widget.connection, *widget.plan);
        runs.append(std::move(run));
        futures.append(future);
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const WidgetResolution &widget = runs[i].resolution;
        if (!widget.denied.isEmpty() || !widget.plan)
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
