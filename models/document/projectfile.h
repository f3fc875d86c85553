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

// Reads and writes the .dwproj format (DESIGN §4): parse, migrate older schema versions, refuse
// newer ones, check structure and references, reporting every problem with its JSON path.
class ProjectFile
{
public:
    // What a project must pass to be returned. Everything that runs a project (the CLI, the
    // embed server) wants Valid. The designer opens with Readable: a design in progress breaks
    // rules (a chart without a measure yet) and must still open, with the problems to fix listed.
    enum class Check { Valid, Readable };

    struct LoadResult
    {
        // Check::Valid: set only when problems is empty. Check::Readable: set whenever the file
        // could be read, and problems lists the rules the project breaks.
        std::optional<Project> project;
        Problems problems;
    };

    static LoadResult read(QByteArrayView json, Check check = Check::Valid);
    static LoadResult read(QIODevice *device, Check check = Check::Valid);
    static LoadResult load(const QString &path, Check check = Check::Valid);

    // Stable key order and indentation, so that a project diffs cleanly.
    static QByteArray write(const Project &project);
    static bool write(const Project &project, QIODevice *device, QString *error);
    // Atomic: the old file stays intact if anything fails. Under the file's lock (FileLock), so
    // that the designer and the CLI never write it at the same time.
    static bool save(const Project &project, const QString &path, QString *error);
    // Like save(), for a file that must not exist yet: refused, under the lock, if it does.
    static bool create(const Project &project, const QString &path, QString *error);
};

// Absolute path of an SQLite database that the project names relative to its own folder.
QString resolveProjectPath(const QString &projectFilePath, const QString &path);

} // namespace Dashwright
