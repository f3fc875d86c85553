// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the previewed tenant on the demo dashboard at 1M rows (or DASHWRIGHT_BENCH_ROWS):
// resolve and run every widget as one tenant right after the other tenant's view, as the
// designer's "Preview as" does. DASHWRIGHT_BENCH_DIR reuses a demo folder made by
// `dashwright demo create` instead of generating one. bench/compare_preview.sh times the same
// statements in the sqlite3 shell.
#include "benchdemo.h"

#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "data/queryexecutor.h"
#include "demo/demoproject.h"
#include "document/projectfile.h"

#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// Each iteration switches to the other tenant: Farolito (parameter override) and the forgetful
// tenant (the default shop) see different rows, so no statement repeats the previous one's
// values. One executor throughout, as the designer keeps its own (warm connections); the time
// is until the last widget's rows are in.
void BM_SwitchTenant(benchmark::State &state)
{
    const Project &project = Bench::demoProject();
    const Dashboard &dashboard = *project.dashboard(u"distributor-performance"_s);
    const QList<const TenantProfile *> tenants{project.tenant(u"Farolito — parameter override"_s),
                                               project.tenant(u"Forgetful tenant — no override"_s)};
    const Resolver resolver(project, Bench::demoProjectPath());
    QueryExecutor executor(2);
    const DashboardRunner runner(executor, u"preview"_s);
    qsizetype switches = 0;
    qsizetype rows = 0;
    runner.run(dashboard,
               resolver.resolve(dashboard, tenants[1]->claims, {})); // the view switched from
    for (auto _ : state) {
        const TenantProfile *tenant = tenants[++switches % 2];
        const QList<WidgetRun> runs
                = runner.run(dashboard, resolver.resolve(dashboard, tenant->claims, {}));
        for (const WidgetRun &run : runs) {
            if (!run.error.isEmpty() || !run.resolution.denied.isEmpty())
                state.SkipWithError("a widget failed");
            rows += run.result.rows.size();
        }
    }
    state.counters["widgets"] = double(dashboard.widgets.size());
    state.counters["rows_per_switch"] = switches ? double(rows) / double(switches) : 0.0;
}
BENCHMARK(BM_SwitchTenant)->Unit(benchmark::kMillisecond)->UseRealTime();
} // namespace
