// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/account.h"
#include "document/widget.h"

#include <QString>
#include <QStringView>

namespace Dashwright {

// What differs between the SQL of the databases Dashwright queries. Identifiers passed here come
// from the dataset schema only, never from tokens or user-typed values.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString name() const = 0;
    // Double-quoted, embedded quotes doubled (SQL standard; SQLite and PostgreSQL agree).
    virtual QString quoteIdentifier(QStringView identifier) const;
    // A table dataset's table, as its FROM source: one identifier in SQLite (a name with a dot in
    // it is one table).
    virtual QString quoteTable(QStringView table) const { return quoteIdentifier(table); }
    // Truncates a date/datetime expression to the grain, as ISO text (e.g. "2026-03-01").
    virtual QString timeBucket(const QString &expression, TimeGrain grain) const = 0;
    virtual QString limitOffset(int limit, int offset) const;
    // "expression [NOT] LIKE ?" with '%' and '_' as wildcards and backslash as the escape in every
    // dialect; case-insensitive in every dialect (SQLite folds ASCII letters only).
    virtual QString like(const QString &expression, bool negated) const = 0;
    // " ASC" or " DESC" for an ORDER BY key, with NULLs where SQLite puts them (first ascending,
    // last descending), so that every dialect gives the rows, and the table pages, in one order.
    virtual QString orderDirection(bool descending) const;
    // Why a query dataset's own SQL may not be planned in this dialect; empty when it may.
    virtual QString refusedQuery(const QString &sql) const
    {
        Q_UNUSED(sql);
        return {};
    }
};

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override;
    QString timeBucket(const QString &expression, TimeGrain grain) const override;
    QString like(const QString &expression, bool negated) const override;
};

class PostgresDialect final : public SqlDialect
{
public:
    QString name() const override;
    QString timeBucket(const QString &expression, TimeGrain grain) const override;
    QString like(const QString &expression, bool negated) const override;
    // "schema.table" is the table in that schema (what the designer lists for a table outside the
    // search path), cut at the first dot; a name without a dot is found through the search path.
    QString quoteTable(QStringView table) const override;
    // PostgreSQL sorts NULLs last ascending and first descending: said explicitly.
    QString orderDirection(bool descending) const override;
    // Qt's driver prepares a statement by sending "PREPARE … AS <sql>" through PostgreSQL's simple
    // query protocol, which runs every statement in the text: a query dataset holding
    // "…) q; COMMIT; BEGIN READ WRITE; …" would write despite the read-only session. So a ';' in
    // it (but trailing ones) is refused wherever it stands, in quotes and comments too, rather
    // than trust a lexer of ours to agree with the server's on where a statement ends.
    QString refusedQuery(const QString &sql) const override;
};

} // namespace Dashwright
