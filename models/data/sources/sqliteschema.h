// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/connectionspec.h"

#include <QString>
#include <QStringList>

namespace Dashwright {

// Checks, before a statement runs, that every column it names exists in the database it runs on:
// an account override may send a tenant to a database of its own whose tables differ from the
// one the project was designed on. Read from the database itself, read-only and with
// double-quoted strings off; remembered per database file and dataset source. While stat(2) shows
// the file and its write-ahead log unchanged, the remembered columns are used as they are; once
// either changed, the file is opened and its PRAGMA schema_version (any CREATE, DROP or ALTER
// moves it) and identity (another file renamed into place) say whether to read them again.
//
// SQLite's; PostgreSQL's (which never reads a quoted name as a constant, so a missing column is
// its error already, and the check only names it sooner) is postgresqlintrospection.h. Thread-safe:
// resolutions run on the designer's thread and on the embed server's.
class SqliteSchema
{
public:
    // Empty when every one of `columns` (names as the SQL quotes them) is a column of `from` (the
    // dataset's FROM source, as the planner writes it for SQLite) in the connection's database;
    // otherwise why not, naming the column, the dataset and the database file (its name only: the
    // rest of the path may say more about the server than a tenant should see). Empty too when
    // the database cannot be read at all (no such file, not a database, no such table): the
    // statement then fails with that error, an outage of the widget (exit 4, the embed's
    // "error"), not a refusal of the viewer — a missing database once read as a denial, and
    // isolation-check called a project whose queries never ran clean.
    static QString missingColumn(const ConnectionSpec &connection, const QString &datasetName,
                                 const QString &from, const QStringList &columns);
};

} // namespace Dashwright
