// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Dashwright {

enum class WidgetType { Kpi, Bar, StackedBar, Line, Area, Pie, Donut, Scatter, Table, Text };
enum class Aggregation { Sum, Count, CountDistinct, Avg, Min, Max };
enum class TimeGrain { None, Day, Week, Month, Quarter, Year };

QString widgetTypeName(WidgetType type);
std::optional<WidgetType> widgetTypeFromName(QStringView name);
QString aggregationName(Aggregation aggregation);
std::optional<Aggregation> aggregationFromName(QStringView name);
QString timeGrainName(TimeGrain grain);
std::optional<TimeGrain> timeGrainFromName(QStringView name);

struct Dimension
{
    QString columnId;
    TimeGrain grain = TimeGrain::None; // date/datetime columns only

    bool operator==(const Dimension &) const = default;
};

struct Measure
{
    QString columnId; // may be empty only for Count: count of rows
    Aggregation aggregation = Aggregation::Sum;
    QString label;

    bool operator==(const Measure &) const = default;
};

// Orders by one output field of the widget: its index-th dimension or measure.
struct SortKey
{
    enum class Field { Dimension, Measure };
    Field field = Field::Measure;
    int index = 0;
    bool descending = true;

    bool operator==(const SortKey &) const = default;
};

struct GridRect
{
    int x = 0;
    int y = 0;
    int width = 4;
    int height = 3;

    bool operator==(const GridRect &) const = default;
};

struct Widget
{
    QString id;
    WidgetType type = WidgetType::Bar;
    QString title;
    QString datasetId; // empty only for text widgets
    QList<Dimension> dimensions;
    QList<Measure> measures;
    QList<Filter> filters;
    QList<SortKey> sort;
    int limit = 0; // 0: no limit (table widgets page instead)
    GridRect grid;
    QString text;         // text widgets
    QString numberFormat; // e.g. "0,0.00"; empty: automatic
    QStringList colors;   // "#rrggbb", in series order; empty: theme

    bool operator==(const Widget &) const = default;
};

} // namespace Dashwright
