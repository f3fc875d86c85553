// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolution.h"

#include "data/queryexecutor.h"
#include "data/queryresult.h"
#include "data/resultcache.h"
#include "document/dashboard.h"

#include <QDeadlineTimer>
#include <QList>
#include <QString>

namespace Dashwright {

// One widget after its resolution was run: the data, or why there is none.
struct WidgetRun
{
    WidgetResolution resolution;
    QString title;
    WidgetType type = WidgetType::Bar;
    QueryResult result;
    QString error;       // data-source error; empty when fine (a denial is in resolution.denied)
    bool cached = false; // answered by the ResultCache
};

// Runs a resolved dashboard's statements in parallel on an executor and collects the results in
// dashboard order: the one path behind the CLI's query, the designer's canvas and the embed server.
class DashboardRunner
{
public:
    // A newer run under the same scope cancels an older one's queries still in flight (the
    // designer re-rendering); concurrent viewers (the embed server) each pass a scope of their own.
    // `cache`, when given, answers a statement it has seen on the same connection (ResultCache).
    explicit DashboardRunner(QueryExecutor &executor, QString scope = {},
                             ResultCache *cache = nullptr);

    QList<WidgetRun> run(const Dashboard &dashboard, const DashboardResolution &resolution) const;

    // Statements still running at `deadline` are cancelled and their widgets fail ("timed out"):
    // the embed server's bound on what one request may hold.
    void setDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }

    // Statements submitted by any runner in the process and not answered yet (the embed server's
    // metrics).
    static int queriesInFlight();

private:
    QueryExecutor &m_executor;
    QString m_scope;
    ResultCache *m_cache = nullptr;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
};

} // namespace Dashwright
