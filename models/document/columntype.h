// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace Dashwright {

// The value types a column or a parameter can have. They are the project file's vocabulary
// ("text", "integer", …), independent of any database's type names.
enum class ColumnType { Text, Integer, Number, Date, DateTime, Boolean };

QString columnTypeName(ColumnType type);
std::optional<ColumnType> columnTypeFromName(QStringView name);

// Brings a value to the canonical in-memory form of a type (text → QString, integer → qint64,
// number → double, date → QDate, datetime → QDateTime (UTC), boolean → bool). Returns nullopt
// when the value cannot be that type without loss (e.g. 1.5 as integer, "2026-13-01" as date).
std::optional<QVariant> coerceValue(const QVariant &value, ColumnType type);

// The value as it is written in the project file and bound to SQL: dates and datetimes as
// ISO 8601 text, the rest unchanged.
QVariant canonicalBindValue(const QVariant &value, ColumnType type);

} // namespace Dashwright
