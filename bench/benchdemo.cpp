// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdemo.h"

#include "demo/demoproject.h"
#include "document/projectfile.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Dashwright::Bench {

QString demoProjectPath()
{
    static QTemporaryDir temporary;
    static const QString path = [] {
        QString dir = qEnvironmentVariable("DASHWRIGHT_BENCH_DIR");
        if (dir.isEmpty()) {
            dir = temporary.path();
            DemoOptions options;
            options.rows = qEnvironmentVariableIsSet("DASHWRIGHT_BENCH_ROWS")
                    ? qEnvironmentVariable("DASHWRIGHT_BENCH_ROWS").toLongLong()
                    : 1'000'000;
            QString error;
            if (!DemoProject::create(dir, options, &error))
                qFatal("demo: %s", qPrintable(error));
        }
        return QDir(dir).filePath(u"burrito.dwproj"_s);
    }();
    return path;
}

const Project &demoProject()
{
    static const Project project = [] {
        auto loaded = ProjectFile::load(demoProjectPath());
        if (!loaded.project)
            qFatal("project: %s", qPrintable(loaded.problems.first().toString()));
        return *loaded.project;
    }();
    return project;
}

} // namespace Dashwright::Bench
