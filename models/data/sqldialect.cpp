// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

QString SqlDialect::quoteIdentifier(QStringView identifier) const
{
    QString quoted;
    quoted.reserve(identifier.size() + 2);
    quoted += u'"';
    for (const QChar c : identifier) {
        if (c == u'"')
            quoted += u'"';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

QString SqlDialect::limitOffset(int limit, int offset) const
{
    // Both dialects take LIMIT before OFFSET; SQLite has no OFFSET without LIMIT, and PostgreSQL
    // refuses SQLite's "LIMIT -1", so "no limit" is the largest 64-bit integer in both.
    QString sql;
    if (limit > 0)
        sql = u"LIMIT "_s + QString::number(limit);
    else if (offset > 0)
        sql = u"LIMIT 9223372036854775807"_s;
    if (offset > 0)
        sql += u" OFFSET "_s + QString::number(offset);
    return sql;
}

QString SqliteDialect::name() const
{
    return u"sqlite"_s;
}

// SQLite stores dates as ISO text; its date functions read that text and return text again, so
// each bucket is the ISO date of its first day. NULL stays NULL in every grain.
QString SqliteDialect::timeBucket(const QString &expression, TimeGrain grain) const
{
    switch (grain) {
    case TimeGrain::None:
        return expression;
    case TimeGrain::Day:
        return u"strftime('%Y-%m-%d', %1)"_s.arg(expression);
    case TimeGrain::Week:
        // Back six days, then forward to the next Monday (or stay on it): the week's Monday.
        return u"date(%1, '-6 days', 'weekday 1')"_s.arg(expression);
    case TimeGrain::Month:
        return u"strftime('%Y-%m-01', %1)"_s.arg(expression);
    case TimeGrain::Quarter:
        return u"strftime('%Y', %1) || CASE (CAST(strftime('%m', %1) AS INTEGER) + 2) / 3 "
               u"WHEN 1 THEN '-01-01' WHEN 2 THEN '-04-01' WHEN 3 THEN '-07-01' "
               u"WHEN 4 THEN '-10-01' END"_s.arg(expression);
    case TimeGrain::Year:
        return u"strftime('%Y-01-01', %1)"_s.arg(expression);
    }
    return expression;
}

// Case-insensitive in both dialects (SQLite's LIKE folds ASCII letters only; PostgreSQL's ILIKE
// folds all), with backslash escaping '%' and '_' in both: PostgreSQL's default, explicit in
// SQLite.
QString SqliteDialect::like(const QString &expression, bool negated) const
{
    return expression + (negated ? u" NOT LIKE ? ESCAPE '\\'"_s : u" LIKE ? ESCAPE '\\'"_s);
}

QString SqlDialect::orderDirection(bool descending) const
{
    return descending ? u" DESC"_s : u" ASC"_s;
}

QString PostgresDialect::quoteTable(QStringView table) const
{
    const qsizetype dot = table.indexOf(u'.');
    if (dot <= 0 || dot == table.size() - 1)
        return quoteIdentifier(table);
    return quoteIdentifier(table.left(dot)) + u'.' + quoteIdentifier(table.mid(dot + 1));
}

QString PostgresDialect::orderDirection(bool descending) const
{
    return descending ? u" DESC NULLS LAST"_s : u" ASC NULLS FIRST"_s;
}

QString PostgresDialect::name() const
{
    return u"postgresql"_s;
}

QString PostgresDialect::timeBucket(const QString &expression, TimeGrain grain) const
{
    QString unit;
    switch (grain) {
    case TimeGrain::None:
        return expression;
    case TimeGrain::Day:
        unit = u"day"_s;
        break;
    case TimeGrain::Week:
        unit = u"week"_s; // ISO weeks: Monday
        break;
    case TimeGrain::Month:
        unit = u"month"_s;
        break;
    case TimeGrain::Quarter:
        unit = u"quarter"_s;
        break;
    case TimeGrain::Year:
        unit = u"year"_s;
        break;
    }
    // Cast to timestamp first: date_trunc on a date would pick the timestamptz overload and so
    // depend on the session's time zone.
    return u"date_trunc('%1', CAST(%2 AS timestamp))::date::text"_s.arg(unit, expression);
}

QString PostgresDialect::like(const QString &expression, bool negated) const
{
    return expression + (negated ? u" NOT ILIKE ? ESCAPE '\\'"_s : u" ILIKE ? ESCAPE '\\'"_s);
}

QString PostgresDialect::refusedQuery(const QString &sql) const
{
    QString text = sql.trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();
    if (!text.contains(u';'))
        return {};
    return u"the SQL holds a ';': on PostgreSQL a query dataset is one statement, and a ';' "
           u"(even in quotes or a comment) is refused rather than risk starting another"_s;
}

} // namespace Dashwright
