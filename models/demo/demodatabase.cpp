// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "demorows.h"

#include "data/sources/sqlitestrict.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

// The database is written with the sqlite3 C API rather than QtSql: bulk generation is the whole
// job here, and the C API lets us reuse one prepared statement for every row, bind UTF-8 text
// without copying it (SQLITE_STATIC) and skip QVariant boxing — together several times faster than
// QSqlQuery for millions of rows.

namespace Dashwright {

namespace {

struct SqliteClose
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct SqliteFinalize
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, SqliteClose>;
using Statement = std::unique_ptr<sqlite3_stmt, SqliteFinalize>;

// Carries the first SQLite error out of the generator as a sentence for the user.
class Writer
{
public:
    explicit Writer(sqlite3 *db)
        : m_db(db)
    { }

    bool exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }

    Statement prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return {};
        }
        return Statement(statement);
    }

    // Steps an INSERT whose values are bound, and resets it for the next row.
    bool step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc == SQLITE_DONE)
            return true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    QString error() const { return m_error; }

private:
    sqlite3 *m_db;
    QString m_error;
};

// Table and index statements from the demo's table descriptions (shared with the PostgreSQL
// writer, so both demos have the same columns).
std::string schemaSql()
{
    std::string sql;
    for (const DemoRows::Table &table : DemoRows::tables()) {
        sql += "CREATE TABLE ";
        sql += table.name;
        sql += " (";
        bool first = true;
        for (const DemoRows::Column &column : table.columns) {
            if (!first)
                sql += ", ";
            sql += column.name;
            switch (column.type) {
            case DemoRows::Type::Integer:
                sql += " INTEGER";
                break;
            case DemoRows::Type::Real:
                sql += " REAL";
                break;
            case DemoRows::Type::Text:
                sql += " TEXT";
                break;
            case DemoRows::Type::Date: // ISO 8601 text, which sorts and compares as dates
                sql += " DATE";
                break;
            }
            if (first)
                sql += " PRIMARY KEY";
            else if (!column.nullable)
                sql += " NOT NULL";
            first = false;
        }
        sql += ");\n";
    }
    return sql;
}

// Created after the rows are in: building an index once from sorted data is much faster than
// updating it on every insert.
std::string indexSql()
{
    std::string sql;
    for (const DemoRows::Index &index : DemoRows::indexes()) {
        sql += "CREATE INDEX ";
        sql += index.name;
        sql += " ON ";
        sql += index.table;
        sql += " (";
        for (std::size_t i = 0; i < index.columns.size(); ++i)
            sql += (i ? ", " : "") + std::string(index.columns[i]);
        sql += ");\n";
    }
    return sql;
}

// Inserts the generated rows with one prepared statement per table, every value bound.
class SqliteSink : public DemoRows::Sink
{
public:
    explicit SqliteSink(Writer &writer)
        : m_writer(writer)
    { }

    bool begin(const DemoRows::Table &table) override
    {
        std::string sql = "INSERT INTO ";
        sql += table.name;
        sql += " VALUES (";
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            sql += i ? ", ?" : "?";
        sql += ")";
        m_insert = m_writer.prepare(sql.c_str());
        return bool(m_insert);
    }

    bool row(std::span<const DemoRows::Value> values) override
    {
        sqlite3_stmt *statement = m_insert.get();
        int index = 1;
        for (const DemoRows::Value &v : values) {
            switch (v.kind) {
            case DemoRows::Value::Kind::Null:
                sqlite3_bind_null(statement, index);
                break;
            case DemoRows::Value::Kind::Integer:
                sqlite3_bind_int64(statement, index, v.integer);
                break;
            case DemoRows::Value::Kind::Real:
                sqlite3_bind_double(statement, index, v.real);
                break;
            case DemoRows::Value::Kind::Text:
                // SQLITE_STATIC: the text outlives the step below, so SQLite need not copy it.
                sqlite3_bind_text(statement, index, v.text.data(), int(v.text.size()),
                                  SQLITE_STATIC);
                break;
            }
            ++index;
        }
        return m_writer.step(statement);
    }

    bool end(const DemoRows::Table &) override
    {
        m_insert.reset();
        return true;
    }

    QString error() const override { return m_writer.error(); }

private:
    Writer &m_writer;
    Statement m_insert;
};

bool populate(sqlite3 *db, const DemoDatabase::Spec &spec, QString *error)
{
    Writer writer(db);
    SqliteSink sink(writer);
    // Generation settings, for this connection only: no rollback journal and no fsync (a failed run
    // deletes the temporary file anyway, so there is nothing to recover), one exclusive
    // transaction, and memory for the index sorts. journal_mode=OFF is not persistent: whoever
    // opens the finished file gets SQLite's defaults.
    if (!writer.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                     "PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY;"
                     "PRAGMA cache_size = -65536;")
        || !writer.exec(schemaSql().c_str()) || !writer.exec("BEGIN")) {
        *error = writer.error();
        return false;
    }
    if (!DemoRows::generate(spec, sink, error))
        return false;
    const bool ok = writer.exec(indexSql().c_str())
            && writer.exec("COMMIT")
            // Statistics let the query planner choose the tenant index; analysis_limit keeps
            // ANALYZE from reading every index row of a 10-million-row table (approximate counts
            // are plenty).
            && writer.exec("PRAGMA analysis_limit = 2000; ANALYZE;");
    if (!ok)
        *error = writer.error();
    return ok;
}

} // namespace

bool DemoDatabase::generate(const QString &path, const Spec &spec, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (spec.rows < 1 || spec.rows > maxRows) {
        *error = u"the number of rows must be between 1 and %L1, not %L2"_s.arg(maxRows).arg(
                spec.rows);
        return false;
    }

    const QString temporary = path + u".partial"_s;
    QFile::remove(temporary); // a leftover of an interrupted run
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw);
    QString why;
    if (rc != SQLITE_OK)
        why = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    else if (!disableDoubleQuotedStrings(db.get()))
        why = u"SQLite refused to turn off double-quoted strings"_s;
    else
        populate(db.get(), spec, &why);
    db.reset(); // closed before the rename, so nothing is left to write

    if (why.isEmpty()
        && std::rename(QFile::encodeName(temporary).constData(),
                       QFile::encodeName(path).constData())
                != 0)
        why = u"cannot rename the finished database into place: %1"_s.arg(
                QString::fromLocal8Bit(std::strerror(errno)));
    if (!why.isEmpty()) {
        QFile::remove(temporary);
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace Dashwright
