// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Planning and executing the demo dashboard at 1M rows (or DASHWRIGHT_BENCH_ROWS).
// DASHWRIGHT_BENCH_DIR reuses a demo folder made by `dashwright demo create` instead of generating
// one.
#include "benchdemo.h"
#include "data/sources/datasource.h"

#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "data/queryexecutor.h"
#include "data/queryplanner.h"
#include "demo/demoproject.h"
#include "document/projectfile.h"

#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

const Dashboard &dashboard()
{
    return *Bench::demoProject().dashboard(u"distributor-performance"_s);
}

void BM_PlanDashboard(benchmark::State &state)
{
    const Project &project = Bench::demoProject();
    const QueryPlanner planner(project, DataSource::of(AccountType::Sqlite).dialect());
    for (auto _ : state) {
        for (const Widget &widget : dashboard().widgets) {
            if (widget.type != WidgetType::Text)
                benchmark::DoNotOptimize(planner.plan(dashboard(), widget));
        }
    }
    state.counters["widgets"] = double(dashboard().widgets.size());
}
BENCHMARK(BM_PlanDashboard)->Unit(benchmark::kMicrosecond);

// The resolution engine alone, for every demo tenant profile on its dashboard: claims checked,
// overrides, filters and policies applied, one plan per widget. Target: < 0.1 ms per widget.
void BM_ResolveTenant(benchmark::State &state)
{
    const Project &project = Bench::demoProject();
    const TenantProfile &tenant = project.tenants.at(state.range(0));
    const QString dashboardId
            = QString::fromStdString(tenant.claims["securables"][0].get<std::string>());
    const Dashboard &d = *project.dashboard(dashboardId);
    const Resolver resolver(project, Bench::demoProjectPath());
    state.SetLabel(tenant.name.toStdString());
    for (auto _ : state)
        benchmark::DoNotOptimize(resolver.resolve(d, tenant.claims, {}));
    state.counters["widgets"] = double(d.widgets.size());
    state.counters["seconds_per_widget"] = benchmark::Counter(
            double(d.widgets.size()),
            benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_ResolveTenant)->DenseRange(0, 5)->Unit(benchmark::kMicrosecond);

// Every widget of the dashboard, planned and run in parallel on the executor, as the CLI does.
void BM_RunDashboard(benchmark::State &state)
{
    QueryExecutor executor;
    const DashboardRunner runner(executor);
    const Resolver resolver(Bench::demoProject(), Bench::demoProjectPath());
    for (auto _ : state) {
        const auto runs = runner.run(dashboard(), resolver.resolveDesign(dashboard(), {}));
        for (const WidgetRun &run : runs) {
            if (!run.error.isEmpty())
                state.SkipWithError(qPrintable(run.error));
        }
    }
}
BENCHMARK(BM_RunDashboard)->Unit(benchmark::kMillisecond)->UseRealTime();

// Each widget alone, to see which statement dominates.
void BM_RunWidget(benchmark::State &state)
{
    QueryExecutor executor(1);
    const DashboardRunner runner(executor);
    const Resolver resolver(Bench::demoProject(), Bench::demoProjectPath());
    Resolver::Options options;
    if (state.range(0) >= dashboard().widgets.size()) {
        state.SkipWithError("the dashboard has fewer widgets");
        return;
    }
    const Widget &widget = dashboard().widgets.at(state.range(0));
    state.SetLabel(widget.title.toStdString());
    options.widgetIds = {widget.id};
    for (auto _ : state)
        benchmark::DoNotOptimize(
                runner.run(dashboard(), resolver.resolveDesign(dashboard(), options)));
}
BENCHMARK(BM_RunWidget)->DenseRange(0, 8)->Unit(benchmark::kMillisecond)->UseRealTime();
} // namespace
