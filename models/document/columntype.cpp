// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columntype.h"

#include "enumnames.h"

#include <QDate>
#include <QDateTime>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
constexpr std::pair<ColumnType, const char16_t *> typeNames[] = {
        {ColumnType::Text, u"text"},         {ColumnType::Integer, u"integer"},
        {ColumnType::Number, u"number"},     {ColumnType::Date, u"date"},
        {ColumnType::DateTime, u"datetime"}, {ColumnType::Boolean, u"boolean"},
};

// The largest magnitude at which every integer is exactly a double.
constexpr double maxExactInteger = 9007199254740992.0;

std::optional<QVariant> toInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        return QVariant(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar: {
        const qulonglong u = value.toULongLong();
        if (u > qulonglong(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return QVariant(qint64(u));
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > maxExactInteger)
            return std::nullopt;
        return QVariant(qint64(d));
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 i = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<QVariant>(QVariant(i)) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<QVariant> toNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort: {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<QVariant>(QVariant(d)) : std::nullopt;
    }
    case QMetaType::QString: {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional<QVariant>(QVariant(d)) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<QVariant> toDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid() ? std::optional<QVariant>(value) : std::nullopt;
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    const QString text = value.toString();
    // Exactly YYYY-MM-DD: Qt's ISO parser also takes forms people do not mean as a date.
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QVariant>(QVariant(date)) : std::nullopt;
}

std::optional<QVariant> toDateTime(const QVariant &value)
{
    QDateTime dt;
    if (value.typeId() == QMetaType::QDateTime)
        dt = value.toDateTime();
    else if (value.typeId() == QMetaType::QDate)
        dt = value.toDate().startOfDay(Qt::UTC);
    else if (value.typeId() == QMetaType::QString)
        dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // a datetime without an offset is taken as UTC, not as local time
    return QVariant(dt.toUTC());
}

std::optional<QVariant> toBoolean(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value;
    case QMetaType::Int:
    case QMetaType::LongLong: {
        const qint64 i = value.toLongLong();
        return i == 0 || i == 1 ? std::optional<QVariant>(QVariant(i == 1)) : std::nullopt;
    }
    case QMetaType::QString: {
        const QString s = value.toString();
        if (s == u"true"_s)
            return QVariant(true);
        if (s == u"false"_s)
            return QVariant(false);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}
} // namespace

QString columnTypeName(ColumnType type)
{
    return detail::nameOf(typeNames, type);
}

std::optional<ColumnType> columnTypeFromName(QStringView name)
{
    return detail::valueOf(typeNames, name);
}

std::optional<QVariant> coerceValue(const QVariant &value, ColumnType type)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (type) {
    case ColumnType::Text:
        if (value.typeId() == QMetaType::QString)
            return value;
        return std::nullopt;
    case ColumnType::Integer:
        return toInteger(value);
    case ColumnType::Number:
        return toNumber(value);
    case ColumnType::Date:
        return toDate(value);
    case ColumnType::DateTime:
        return toDateTime(value);
    case ColumnType::Boolean:
        return toBoolean(value);
    }
    return std::nullopt;
}

QVariant canonicalBindValue(const QVariant &value, ColumnType type)
{
    switch (type) {
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    case ColumnType::DateTime: {
        const QDateTime dt = value.toDateTime().toUTC();
        return dt.time().msec() ? dt.toString(Qt::ISODateWithMs) : dt.toString(Qt::ISODate);
    }
    case ColumnType::Boolean:
        // QSQLITE binds a bool as 0/1, which is how SQLite stores booleans; QPSQL as a boolean.
        return QVariant(value.toBool());
    default:
        return value;
    }
}

} // namespace Dashwright
