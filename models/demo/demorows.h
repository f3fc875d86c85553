// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demodatabase.h"

#include <QString>
#include <QtGlobal>

#include <span>
#include <string>
#include <string_view>

namespace Dashwright {

// The demo's tables as both of its writers create them (SQLite files, a PostgreSQL server), so
// that the two demos have the same columns, and the rows they hold, generated once for both:
// identical for the same seed and spec wherever they are written.
namespace DemoRows {

enum class Type { Integer, Real, Text, Date };

struct Column
{
    const char *name;
    Type type;
    bool nullable = false;
};

// The first column is the table's primary key.
struct Table
{
    const char *name;
    std::span<const Column> columns;
};

struct Index
{
    const char *name;
    const char *table;
    std::span<const char *const> columns;
};

// In the order their rows are written.
std::span<const Table> tables();
// Created after the rows are in.
std::span<const Index> indexes();

// One value of a row, valid during the sink's call; text (and dates, ISO 8601 text) as UTF-8.
struct Value
{
    enum class Kind { Null, Integer, Real, Text } kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    std::string_view text;
};

// Receives the rows, table by table: begin(), a row() per row in the table's column order, end().
// A false return stops the generation; error() then says why.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual bool begin(const Table &table) = 0;
    virtual bool row(std::span<const Value> values) = 0;
    virtual bool end(const Table &table) = 0;
    virtual QString error() const = 0;
};

// Generates the rows `spec` describes into `sink`; false with *error set when the spec names no
// known distributor or the sink fails.
bool generate(const DemoDatabase::Spec &spec, Sink &sink, QString *error);

} // namespace DemoRows

} // namespace Dashwright
