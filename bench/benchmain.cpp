// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every benchmark program: Google Benchmark inside a QCoreApplication, which QtSql
// and the executor's threads need.
#include "data/sqlruntime.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Dashwright::SqlRuntime sqlRuntime;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
