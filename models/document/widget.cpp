// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widget.h"

#include "enumnames.h"

namespace Dashwright {

namespace {
constexpr std::pair<WidgetType, const char16_t *> widgetTypeNames[] = {
        {WidgetType::Kpi, u"kpi"},
        {WidgetType::Bar, u"bar"},
        {WidgetType::StackedBar, u"stacked_bar"},
        {WidgetType::Line, u"line"},
        {WidgetType::Area, u"area"},
        {WidgetType::Pie, u"pie"},
        {WidgetType::Donut, u"donut"},
        {WidgetType::Scatter, u"scatter"},
        {WidgetType::Table, u"table"},
        {WidgetType::Text, u"text"},
};
constexpr std::pair<Aggregation, const char16_t *> aggregationNames[] = {
        {Aggregation::Sum, u"sum"},
        {Aggregation::Count, u"count"},
        {Aggregation::CountDistinct, u"count_distinct"},
        {Aggregation::Avg, u"avg"},
        {Aggregation::Min, u"min"},
        {Aggregation::Max, u"max"},
};
constexpr std::pair<TimeGrain, const char16_t *> grainNames[] = {
        {TimeGrain::None, u"none"},   {TimeGrain::Day, u"day"},         {TimeGrain::Week, u"week"},
        {TimeGrain::Month, u"month"}, {TimeGrain::Quarter, u"quarter"}, {TimeGrain::Year, u"year"},
};
} // namespace

QString widgetTypeName(WidgetType type)
{
    return detail::nameOf(widgetTypeNames, type);
}

std::optional<WidgetType> widgetTypeFromName(QStringView name)
{
    return detail::valueOf(widgetTypeNames, name);
}

QString aggregationName(Aggregation aggregation)
{
    return detail::nameOf(aggregationNames, aggregation);
}

std::optional<Aggregation> aggregationFromName(QStringView name)
{
    return detail::valueOf(aggregationNames, name);
}

QString timeGrainName(TimeGrain grain)
{
    return detail::nameOf(grainNames, grain);
}

std::optional<TimeGrain> timeGrainFromName(QStringView name)
{
    return detail::valueOf(grainNames, name);
}

} // namespace Dashwright
