// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typelabels.h"

#include "sources/accountkind.h"

#include <QCoreApplication>

namespace Dashwright {

// Written out in full so that lupdate sees each string with its context.
QString columnTypeLabel(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QCoreApplication::translate("Dashwright::TypeNames", "Text");
    case ColumnType::Integer:
        return QCoreApplication::translate("Dashwright::TypeNames", "Integer");
    case ColumnType::Number:
        return QCoreApplication::translate("Dashwright::TypeNames", "Number");
    case ColumnType::Date:
        return QCoreApplication::translate("Dashwright::TypeNames", "Date");
    case ColumnType::DateTime:
        return QCoreApplication::translate("Dashwright::TypeNames", "Date and time");
    case ColumnType::Boolean:
        return QCoreApplication::translate("Dashwright::TypeNames", "Boolean");
    }
    return {};
}

QString widgetTypeLabel(WidgetType type)
{
    switch (type) {
    case WidgetType::Kpi:
        return QCoreApplication::translate("Dashwright::TypeNames", "KPI");
    case WidgetType::Bar:
        return QCoreApplication::translate("Dashwright::TypeNames", "Bar chart");
    case WidgetType::StackedBar:
        return QCoreApplication::translate("Dashwright::TypeNames", "Stacked bar chart");
    case WidgetType::Line:
        return QCoreApplication::translate("Dashwright::TypeNames", "Line chart");
    case WidgetType::Area:
        return QCoreApplication::translate("Dashwright::TypeNames", "Area chart");
    case WidgetType::Pie:
        return QCoreApplication::translate("Dashwright::TypeNames", "Pie chart");
    case WidgetType::Donut:
        return QCoreApplication::translate("Dashwright::TypeNames", "Donut chart");
    case WidgetType::Scatter:
        return QCoreApplication::translate("Dashwright::TypeNames", "Scatter plot");
    case WidgetType::Table:
        return QCoreApplication::translate("Dashwright::TypeNames", "Table");
    case WidgetType::Text:
        return QCoreApplication::translate("Dashwright::TypeNames", "Text");
    }
    return {};
}

QString aggregationLabel(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Sum:
        return QCoreApplication::translate("Dashwright::TypeNames", "Sum");
    case Aggregation::Count:
        return QCoreApplication::translate("Dashwright::TypeNames", "Count");
    case Aggregation::CountDistinct:
        return QCoreApplication::translate("Dashwright::TypeNames", "Count distinct");
    case Aggregation::Avg:
        return QCoreApplication::translate("Dashwright::TypeNames", "Average");
    case Aggregation::Min:
        return QCoreApplication::translate("Dashwright::TypeNames", "Minimum");
    case Aggregation::Max:
        return QCoreApplication::translate("Dashwright::TypeNames", "Maximum");
    }
    return {};
}

QString timeGrainLabel(TimeGrain grain)
{
    switch (grain) {
    case TimeGrain::None:
        return QCoreApplication::translate("Dashwright::TypeNames", "None");
    case TimeGrain::Day:
        return QCoreApplication::translate("Dashwright::TypeNames", "Day");
    case TimeGrain::Week:
        return QCoreApplication::translate("Dashwright::TypeNames", "Week");
    case TimeGrain::Month:
        return QCoreApplication::translate("Dashwright::TypeNames", "Month");
    case TimeGrain::Quarter:
        return QCoreApplication::translate("Dashwright::TypeNames", "Quarter");
    case TimeGrain::Year:
        return QCoreApplication::translate("Dashwright::TypeNames", "Year");
    }
    return {};
}

QString accountTypeLabel(AccountType type)
{
    return AccountKind::of(type).label();
}

QString filterExpressionLabel(FilterExpression expression)
{
    switch (expression) {
    case FilterExpression::Equals:
        return QCoreApplication::translate("Dashwright::TypeNames", "equals");
    case FilterExpression::NotEquals:
        return QCoreApplication::translate("Dashwright::TypeNames", "does not equal");
    case FilterExpression::In:
        return QCoreApplication::translate("Dashwright::TypeNames", "is one of");
    case FilterExpression::NotIn:
        return QCoreApplication::translate("Dashwright::TypeNames", "is none of");
    case FilterExpression::Less:
        return QCoreApplication::translate("Dashwright::TypeNames", "is less than");
    case FilterExpression::LessOrEqual:
        return QCoreApplication::translate("Dashwright::TypeNames", "is at most");
    case FilterExpression::Greater:
        return QCoreApplication::translate("Dashwright::TypeNames", "is greater than");
    case FilterExpression::GreaterOrEqual:
        return QCoreApplication::translate("Dashwright::TypeNames", "is at least");
    case FilterExpression::Between:
        return QCoreApplication::translate("Dashwright::TypeNames", "is between");
    case FilterExpression::Like:
        return QCoreApplication::translate("Dashwright::TypeNames", "matches (like)");
    case FilterExpression::IsNull:
        return QCoreApplication::translate("Dashwright::TypeNames", "is empty");
    case FilterExpression::IsNotNull:
        return QCoreApplication::translate("Dashwright::TypeNames", "is not empty");
    }
    return {};
}

} // namespace Dashwright
