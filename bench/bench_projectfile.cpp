// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loading and saving a large project: the demo project grown to ~10 MB by copying its dashboards.
#include "demo/demodocument.h"
#include "document/projectfile.h"

#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {
QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Copies of the demo dashboards with new ids (so that the result validates) until the file is at
// least `bytes` long.
Project largeProject(qint64 bytes)
{
    Project project = DemoDocument::build();
    const QList<Dashboard> originals = project.dashboards;
    int copy = 0;
    while (ProjectFile::write(project).size() < bytes) {
        for (int i = 0; i < 50; ++i) {
            for (Dashboard dashboard : originals) {
                ++copy;
                dashboard.id = freshId();
                dashboard.slug += u"-copy-"_s + QString::number(copy);
                QHash<QString, QString> parameterIds;
                for (Parameter &p : dashboard.parameters) {
                    const QString id = freshId();
                    parameterIds.insert(p.id, id);
                    p.id = id;
                }
                auto remap = [&](Filter &f) {
                    if (!f.id.isEmpty())
                        f.id = freshId();
                    if (!f.parameterId.isEmpty())
                        f.parameterId = parameterIds.value(f.parameterId);
                };
                for (Filter &f : dashboard.filters)
                    remap(f);
                for (Widget &w : dashboard.widgets) {
                    w.id = freshId();
                    for (Filter &f : w.filters)
                        remap(f);
                }
                project.dashboards.append(dashboard);
            }
        }
    }
    return project;
}

const Project &tenMegabytes()
{
    static const Project project = largeProject(10LL * 1024 * 1024);
    return project;
}

void BM_LoadProject(benchmark::State &state)
{
    const QByteArray bytes = ProjectFile::write(tenMegabytes());
    for (auto _ : state) {
        auto result = ProjectFile::read(bytes);
        if (!result.project)
            state.SkipWithError(qPrintable(result.problems.first().toString()));
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["file_MB"] = double(bytes.size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_LoadProject)->Unit(benchmark::kMillisecond);

void BM_SaveProject(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.dwproj"_s);
    const Project &project = tenMegabytes();
    for (auto _ : state) {
        QString error;
        if (!ProjectFile::save(project, path, &error))
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(BM_SaveProject)->Unit(benchmark::kMillisecond);
} // namespace
