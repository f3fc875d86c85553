// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

namespace Dashwright {

// Turns off SQLite's double-quoted string literals (DQS) on one connection, in statements
// (SQLITE_DBCONFIG_DQS_DML) and in schema definitions (SQLITE_DBCONFIG_DQS_DDL). With them on, a
// quoted identifier that names no column is read as a text constant: a token filter on a column a
// tenant's database lacks, `"distributor" <> ?`, compares the word "distributor" and matches every
// row. With them off it is the error "no such column". Every connection the product opens calls
// this right after opening; false (and the connection must not be used) when SQLite refused.
bool disableDoubleQuotedStrings(sqlite3 *db);

// Owning handles for the sqlite3 C API, which the SQLite source's readers (schema, index advice,
// introspection) use directly: no QtSql connection names or thread affinity to manage.
struct SqliteDatabase
{
    sqlite3 *db = nullptr;
    SqliteDatabase() = default;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase() { sqlite3_close_v2(db); }
};

struct SqliteStatement
{
    sqlite3_stmt *stmt = nullptr;
    SqliteStatement() = default;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement() { sqlite3_finalize(stmt); }
};

} // namespace Dashwright
