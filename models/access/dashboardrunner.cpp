// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardrunner.h"

#include <QFuture>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
std::atomic<int> inFlight{0};
} // namespace

DashboardRunner::DashboardRunner(QueryExecutor &executor, QString scope, ResultCache *cache)
    : m_executor(executor)
    , m_scope(std::move(scope))
    , m_cache(cache)
{ }

int DashboardRunner::queriesInFlight()
{
    return inFlight.load(std::memory_order_relaxed);
}

QList<WidgetRun> DashboardRunner::run(const Dashboard &dashboard,
                                      const DashboardResolution &resolution) const
{
    QList<WidgetRun> runs;
    struct Pending
    {
        QFuture<QueryResult> future;
        QString key;
        QByteArray cacheKey;
        QByteArray version;
    };
    QList<Pending> pending;
    for (const WidgetResolution &widget : resolution.widgets) {
        WidgetRun run;
        run.resolution = widget;
        if (const Widget *w = dashboard.widget(widget.widgetId)) {
            run.title = w->title;
            run.type = w->type;
        }
        Pending p;
        if (widget.denied.isEmpty() && widget.plan) {
            if (m_cache) {
                p.cacheKey = ResultCache::keyFor(widget.connection, *widget.plan);
                ResultCache::Lookup lookup = m_cache->find(p.cacheKey, widget.connection);
                p.version = std::move(lookup.version);
                if (lookup.result) {
                    run.result = std::move(*lookup.result);
                    run.cached = true;
                }
            }
            if (!run.cached) {
                inFlight.fetch_add(1, std::memory_order_relaxed);
                p.key = m_scope + u'/' + dashboard.id + u'/' + widget.widgetId;
                p.future = m_executor.submit(p.key, widget.connection, *widget.plan);
            }
        }
        runs.append(std::move(run));
        pending.append(std::move(p));
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const WidgetResolution &widget = runs[i].resolution;
        if (!widget.denied.isEmpty() || !widget.plan)
            continue;
        if (!runs[i].cached) {
            bool timedOut = false;
            if (!m_deadline.isForever()) {
                // QFuture has no timed wait in Qt 6.4: look every millisecond or so.
                while (!pending[i].future.isFinished()) {
                    if (m_deadline.hasExpired()) {
                        m_executor.cancel(pending[i].key);
                        timedOut = true;
                        break;
                    }
                    QThread::usleep(500);
                }
            }
            runs[i].result = pending[i].future.result();
            if (timedOut && !runs[i].result.ok())
                runs[i].result.error = u"timed out"_s;
            inFlight.fetch_sub(1, std::memory_order_relaxed);
            if (m_cache)
                m_cache->insert(pending[i].cacheKey, pending[i].version, runs[i].result);
        }
        if (!runs[i].result.error.isEmpty())
            runs[i].error = runs[i].result.error;
        else if (runs[i].result.cancelled)
            runs[i].error = u"cancelled"_s;
    }
    return runs;
}

} // namespace Dashwright
