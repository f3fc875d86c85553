// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaintrospector.h"

#include "sources/datasource.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Dashwright {

std::variant<QList<TableInfo>, QString> SchemaIntrospector::tables(const ConnectionSpec &connection)
{
    return DataSource::of(connection).tables(connection);
}

std::variant<QList<Column>, QString>
SchemaIntrospector::queryColumns(const ConnectionSpec &connection, const QString &sql)
{
    return DataSource::of(connection).queryColumns(connection, sql);
}

ColumnType SchemaIntrospector::typeFromDeclared(const QString &declaredType)
{
    // By words, so that "INTERVAL" is not an INT and "TIMESTAMP WITH TIME ZONE" is one type.
    static const QRegularExpression wordPattern(u"[A-Z][A-Z0-9]*"_s);
    QSet<QString> words;
    for (auto it = wordPattern.globalMatch(declaredType.toUpper()); it.hasNext();)
        words.insert(it.next().captured());

    auto any = [&](std::initializer_list<QString> names) {
        for (const QString &name : names) {
            if (words.contains(name))
                return true;
        }
        return false;
    };
    if (any({u"BOOL"_s, u"BOOLEAN"_s}))
        return ColumnType::Boolean;
    if (any({u"DATETIME"_s, u"TIMESTAMP"_s, u"TIMESTAMPTZ"_s}))
        return ColumnType::DateTime;
    if (any({u"DATE"_s}))
        return ColumnType::Date;
    if (any({u"INT"_s, u"INTEGER"_s, u"TINYINT"_s, u"SMALLINT"_s, u"MEDIUMINT"_s, u"BIGINT"_s,
             u"INT2"_s, u"INT4"_s, u"INT8"_s, u"SERIAL"_s, u"BIGSERIAL"_s, u"SMALLSERIAL"_s}))
        return ColumnType::Integer;
    if (any({u"REAL"_s, u"DOUBLE"_s, u"NUMERIC"_s, u"DECIMAL"_s, u"FLOAT"_s, u"FLOAT4"_s,
             u"FLOAT8"_s}))
        return ColumnType::Number;
    return ColumnType::Text;
}

} // namespace Dashwright
