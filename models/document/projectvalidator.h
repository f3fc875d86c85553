// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "project.h"

#include <QCoreApplication>

namespace Dashwright {

// Checks what the JSON structure cannot: unique ids and slugs, references between objects (an
// unknown column id, a filter on another dataset, a parameter default of the wrong type, …).
class ProjectValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProjectValidator)

public:
    static Problems validate(const Project &project);

    // Why origin is not an embed origin spelled as a browser sends it in its Origin header
    // (scheme://host[:port]: http or https, lower case, no default port, nothing after), or an
    // empty string when it is one. The one rule for the project file and the designer's Project
    // Settings dialog, whose translator turns the message into the designer's language.
    static QString embedOriginProblem(const QString &origin);

    // Whether a project file with this entry loads at all. Files written before the rule above
    // was this strict loaded with any http(s) URL that has a host and no path; they still do
    // (the file format is a stable contract), and `project check` warns about such an entry,
    // which no browser ever sends, instead. New entries (the Project Settings dialog) follow
    // embedOriginProblem().
    static bool embedOriginLoads(const QString &origin);
    // The entries that load but that no browser sends: what `project check` warns about.
    static Problems embedOriginWarnings(const Project &project);
};

} // namespace Dashwright
