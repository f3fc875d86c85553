// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoproject.h"
#include "document/projectfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>

namespace Dashwright::Tests {

// A small Burrito Factory demo in a temporary folder, loaded: the project the access, canvas and
// CLI tests work on, and the database their independent checks read. The one way tests make a
// demo (create() for a folder of the test's own).
struct DemoFixture
{
    QTemporaryDir dir;
    QString projectPath;
    Project project;
    QString error;

    // Writes the demo into `folder`; false with *error saying why not.
    static bool create(const QString &folder, qint64 rows, QString *error, quint64 seed = 7)
    {
        DemoOptions options;
        options.rows = rows;
        options.seed = seed;
        return DemoProject::create(folder, options, error);
    }

    explicit DemoFixture(qint64 rows = 4000, quint64 seed = 7)
    {
        if (!dir.isValid()) {
            error = QStringLiteral("no temporary folder");
            return;
        }
        if (!create(dir.path(), rows, &error, seed))
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
