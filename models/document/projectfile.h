// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "project.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

class QIODevice;

namespace Dashwright {

// Reads and writes the .dwproj format (DESIGN §4): parse, migrate older schema versions, refuse newer
// ones, check structure and references, reporting every problem with its JSON path.
class ProjectFile
{
public:
    struct LoadResult
    {
        std::optional<Project> project; // set only when problems is empty
        Problems problems;
    };

    static LoadResult read(QByteArrayView json);
    static LoadResult read(QIODevice *device);
    static LoadResult load(const QString &path);

    // Stable key order and indentation, so that a project diffs cleanly.
    static QByteArray write(const Project &project);
    static bool write(const Project &project, QIODevice *device, QString *error);
    // Atomic: the old file stays intact if anything fails.
    static bool save(const Project &project, const QString &path, QString *error);
};

// Absolute path of an SQLite database that the project names relative to its own folder.
QString resolveProjectPath(const QString &projectFilePath, const QString &path);

} // namespace Dashwright
