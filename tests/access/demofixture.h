// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoproject.h"
#include "document/projectfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>

namespace Dashwright::Tests {

// A small Burrito Factory demo in a temporary folder, loaded: the project the access tests
// resolve against, and the database their independent checks read.
struct DemoFixture
{
    QTemporaryDir dir;
    QString projectPath;
    Project project;
    QString error;

    explicit DemoFixture(qint64 rows = 4000, quint64 seed = 7)
    {
        DemoOptions options;
        options.rows = rows;
        options.seed = seed;
        if (!DemoProject::create(dir.path(), options, &error))
            return;
        projectPath = QDir(dir.path()).filePath(QStringLiteral("burrito.dwproj"));
        auto loaded = ProjectFile::load(projectPath);
        if (!loaded.project) {
            error = loaded.problems.first().toString();
            return;
        }
        project = *loaded.project;
    }

    bool ok() const { return error.isEmpty(); }
    QString databasePath() const
    {
        return QDir(dir.path()).filePath(QStringLiteral("burrito.sqlite"));
    }

    const Dataset &dataset(const QString &name) const
    {
        for (const Dataset &d : project.datasets) {
            if (d.name == name)
                return d;
        }
        qFatal("no dataset %s", qPrintable(name));
    }
    const Column &column(const QString &datasetName, const QString &columnName) const
    {
        const Column *c = dataset(datasetName).columnByName(columnName);
        if (!c)
            qFatal("no column %s", qPrintable(columnName));
        return *c;
    }
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
};

} // namespace Dashwright::Tests
