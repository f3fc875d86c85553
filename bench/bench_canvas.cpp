// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The designer's canvas on the demo dashboard at 1M rows (or DASHWRIGHT_BENCH_ROWS): the time from
// opening the project to every widget drawn, and the longest stall of the UI thread's event loop
// while the queries run. DASHWRIGHT_BENCH_DIR reuses a folder made by `dashwright demo create`.
#include "benchdemo.h"

#include "canvas/canvasdatacontroller.h"
#include "canvas/canvassurface.h"
#include "canvas/dashboardcanvas.h"
#include "canvas/widgetview.h"
#include "data/queryexecutor.h"
#include "data/sqlruntime.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "documentselection.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

using Bench::demoProjectPath;

bool everyWidgetDrawn(const DashboardCanvas &canvas, const Dashboard &dashboard)
{
    if (!canvas.dataController()->isIdle())
        return false;
    return std::all_of(dashboard.widgets.cbegin(), dashboard.widgets.cend(), [&](const Widget &w) {
        const WidgetView *view = canvas.surface()->view(w.id);
        return view && view->state() == WidgetView::State::Data;
    });
}

// Opens the project in a canvas, as the designer does, and waits in the event loop until every
// widget of the dashboard shows its data and the canvas has been painted once more.
// Argument 0: each canvas with an executor of its own, so cold worker threads and database
// connections (the first opening of a project); 1: one executor for all, as a designer that
// keeps its executor would reopen the project (warm connections and SQLite page caches).
void BM_OpenDashboardToDrawn(benchmark::State &state)
{
    const QString path = demoProjectPath();
    std::unique_ptr<QueryExecutor> shared;
    if (state.range(0) == 1)
        shared = std::make_unique<QueryExecutor>();
    double longestStall = 0;
    double opened = 0;
    double queried = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        ProjectDocument document;
        if (!document.load(path))
            qFatal("cannot load %s", qPrintable(path));
        DocumentSelection selection(&document);
        selection.setDashboardId(document.project().dashboard(u"distributor-performance"_s)->id);
        DashboardCanvas canvas(&document, &selection, shared.get());
        canvas.resize(1280, 1000);
        canvas.show();
        const Dashboard &dashboard = *document.dashboard(selection.dashboardId());
        opened += double(clock.nsecsElapsed()) / 1e6;

        // A 1 ms timer: the gaps between its ticks are the event loop's stalls.
        QEventLoop loop;
        QElapsedTimer tick;
        tick.start();
        qint64 stall = 0;
        QTimer probe;
        probe.setInterval(1);
        probe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
            stall = std::max(stall, tick.restart());
            if (everyWidgetDrawn(canvas, dashboard))
                loop.quit();
        });
        probe.start();
        loop.exec();
        probe.stop();
        queried += double(clock.nsecsElapsed()) / 1e6;
        // What is on screen once the last result is in: one full paint.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        benchmark::DoNotOptimize(canvas.grab());
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        longestStall = std::max(longestStall, double(stall));
    }
    state.counters["longest_stall_ms"] = longestStall;
    // Means over the iterations, from the start: project loaded and canvas built; all results in.
    state.counters["opened_ms"] = opened / double(state.iterations());
    state.counters["results_in_ms"] = queried / double(state.iterations());
}
BENCHMARK(BM_OpenDashboardToDrawn)
        ->Arg(0)
        ->Arg(1)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    // Widgets need a display; the offscreen platform draws the same without one.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const SqlRuntime sqlRuntime;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
