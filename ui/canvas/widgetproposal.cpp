// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetproposal.h"

#include "typelabels.h"

#include <QUuid>

#include <algorithm>

namespace Dashwright {

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Measure rowCount()
{
    return {QString(), Aggregation::Count, WidgetProposal::tr("Count")};
}

bool isNumeric(const Column *column)
{
    return column && (column->type == ColumnType::Integer || column->type == ColumnType::Number);
}

bool isTemporal(const Column *column)
{
    return column && (column->type == ColumnType::Date || column->type == ColumnType::DateTime);
}

bool fits(Aggregation aggregation, const Column *column)
{
    if (!column)
        return aggregation == Aggregation::Count;
    return isNumeric(column)
            || (aggregation != Aggregation::Sum && aggregation != Aggregation::Avg);
}

// The patterns of measureLabel(); "%1" is the column's label. Kept untranslated too, so that a
// label the designer wrote in another language is still recognised as not typed.
const char *labelPattern(Aggregation aggregation, bool ofRows)
{
    if (ofRows)
        return QT_TRANSLATE_NOOP("WidgetProposal", "Count");
    switch (aggregation) {
    case Aggregation::Sum:
        return "%1";
    case Aggregation::Count:
        return QT_TRANSLATE_NOOP("WidgetProposal", "Count of %1");
    case Aggregation::CountDistinct:
        return QT_TRANSLATE_NOOP("WidgetProposal", "Distinct count of %1");
    case Aggregation::Avg:
        return QT_TRANSLATE_NOOP("WidgetProposal", "Average of %1");
    case Aggregation::Min:
        return QT_TRANSLATE_NOOP("WidgetProposal", "Minimum of %1");
    case Aggregation::Max:
        return QT_TRANSLATE_NOOP("WidgetProposal", "Maximum of %1");
    }
    return "%1";
}

QString columnLabel(const Column &column)
{
    return column.label.isEmpty() ? column.name : column.label;
}

bool isDesignerLabel(const Measure &measure, const Dataset *dataset)
{
    if (measure.label.trimmed().isEmpty())
        return true;
    const Column *column = dataset ? dataset->column(measure.columnId) : nullptr;
    const char *pattern = labelPattern(measure.aggregation, measure.columnId.isEmpty());
    const QString name = column ? columnLabel(*column) : QString();
    return measure.label == WidgetProposal::measureLabel(measure, dataset)
            || measure.label == QString::fromUtf8(pattern).arg(name);
}
} // namespace

Widget WidgetProposal::forColumn(const Dataset &dataset, const Column &column)
{
    Widget widget;
    widget.id = newId();
    widget.datasetId = dataset.id;
    const QString label = column.label.isEmpty() ? column.name : column.label;
    switch (column.type) {
    case ColumnType::Date:
    case ColumnType::DateTime:
        widget.type = WidgetType::Line;
        widget.title = tr("Count by month of %1").arg(label);
        widget.dimensions = {{column.id, TimeGrain::Month}};
        widget.measures = {rowCount()};
        widget.sort = {{SortKey::Field::Dimension, 0, false}};
        break;
    case ColumnType::Integer:
    case ColumnType::Number:
        widget.type = WidgetType::Kpi;
        widget.title = tr("Total %1").arg(label);
        widget.measures = {{column.id, Aggregation::Sum, label}};
        break;
    case ColumnType::Boolean:
        widget.type = WidgetType::Pie;
        widget.title = tr("Count by %1").arg(label);
        widget.dimensions = {{column.id, TimeGrain::None}};
        widget.measures = {rowCount()};
        break;
    case ColumnType::Text:
        widget.type = WidgetType::Bar;
        widget.title = tr("Count by %1").arg(label);
        widget.dimensions = {{column.id, TimeGrain::None}};
        widget.measures = {rowCount()};
        // The most frequent values first, and few enough bars to read.
        widget.sort = {{SortKey::Field::Measure, 0, true}};
        widget.limit = 10;
        break;
    }
    widget.grid = defaultSize(widget.type);
    return widget;
}

Widget WidgetProposal::forType(WidgetType type, const Dataset *dataset)
{
    Widget widget;
    widget.id = newId();
    widget.type = type;
    widget.title = tr("New %1").arg(widgetTypeLabel(type));
    widget.grid = defaultSize(type);
    if (type == WidgetType::Text) {
        widget.text = tr("Write here.");
        return widget;
    }
    // Something to show at once: the dataset's row count, until a measure is chosen, and for
    // charts that compare categories or follow time, a first column to break it down by.
    widget.measures = {rowCount()};
    if (type == WidgetType::Table)
        widget.limit = 100;
    if (!dataset)
        return widget;
    widget.datasetId = dataset->id;

    const auto first
            = [&](std::initializer_list<ColumnType> types, int skip = 0) -> const Column * {
        for (const Column &column : dataset->columns) {
            if (std::find(types.begin(), types.end(), column.type) != types.end() && skip-- == 0)
                return &column;
        }
        return nullptr;
    };
    const Column *text = first({ColumnType::Text});
    switch (type) {
    case WidgetType::Line:
    case WidgetType::Area:
        if (const Column *date = first({ColumnType::Date, ColumnType::DateTime})) {
            widget.dimensions = {{date->id, TimeGrain::Month}};
            widget.sort = {{SortKey::Field::Dimension, 0, false}};
        } else if (text) {
            widget.dimensions = {{text->id, TimeGrain::None}};
        }
        break;
    case WidgetType::StackedBar:
        if (const Column *second = first({ColumnType::Text}, 1); text && second)
            widget.dimensions = {{text->id, TimeGrain::None}, {second->id, TimeGrain::None}};
        else if (text)
            widget.dimensions = {{text->id, TimeGrain::None}};
        break;
    case WidgetType::Bar:
    case WidgetType::Pie:
    case WidgetType::Donut:
        if (text) {
            widget.dimensions = {{text->id, TimeGrain::None}};
            // The largest first, and few enough to read.
            widget.sort = {{SortKey::Field::Measure, 0, true}};
            widget.limit = 10;
        }
        break;
    case WidgetType::Scatter: {
        const Column *x = first({ColumnType::Integer, ColumnType::Number});
        const Column *y = first({ColumnType::Integer, ColumnType::Number}, 1);
        if (text && x && y) {
            const auto label
                    = [](const Column *c) { return c->label.isEmpty() ? c->name : c->label; };
            widget.dimensions = {{text->id, TimeGrain::None}};
            widget.measures
                    = {{x->id, Aggregation::Sum, label(x)}, {y->id, Aggregation::Sum, label(y)}};
        }
        break;
    }
    default:
        break;
    }
    return widget;
}

GridRect WidgetProposal::defaultSize(WidgetType type)
{
    switch (type) {
    case WidgetType::Kpi:
        return {0, 0, 3, 2};
    case WidgetType::Text:
        return {0, 0, 4, 2};
    case WidgetType::Pie:
    case WidgetType::Donut:
        return {0, 0, 4, 4};
    default:
        return {0, 0, 6, 4};
    }
}

QString WidgetProposal::measureLabel(const Measure &measure, const Dataset *dataset)
{
    const Column *column = dataset ? dataset->column(measure.columnId) : nullptr;
    if (!measure.columnId.isEmpty() && !column)
        return measure.label;
    const QString pattern = tr(labelPattern(measure.aggregation, measure.columnId.isEmpty()));
    return column ? pattern.arg(columnLabel(*column)) : pattern;
}

Aggregation WidgetProposal::defaultAggregation(const Column *column)
{
    if (!column)
        return Aggregation::Count;
    return isNumeric(column) ? Aggregation::Sum : Aggregation::CountDistinct;
}

Measure WidgetProposal::followEdit(const Measure *before, Measure after, const Dataset *dataset)
{
    const auto columnOf
            = [dataset](const QString &id) { return dataset ? dataset->column(id) : nullptr; };
    const bool designerLabel
            = before ? isDesignerLabel(*before, dataset) : after.label.trimmed().isEmpty();
    if (before && before->columnId != after.columnId && before->aggregation == after.aggregation) {
        const Column *old = columnOf(before->columnId);
        const Column *now = columnOf(after.columnId);
        if (after.aggregation == defaultAggregation(old) || !fits(after.aggregation, now))
            after.aggregation = defaultAggregation(now);
    }
    if (designerLabel && (!before || after.label == before->label))
        after.label = measureLabel(after, dataset);
    return after;
}

Dimension WidgetProposal::followEdit(const Dimension *before, Dimension after,
                                     const Dataset *dataset)
{
    if (before && before->columnId == after.columnId)
        return after;
    const Column *column = dataset ? dataset->column(after.columnId) : nullptr;
    if (isTemporal(column) && after.grain == TimeGrain::None)
        after.grain = TimeGrain::Month;
    else if (!isTemporal(column))
        after.grain = TimeGrain::None;
    return after;
}

} // namespace Dashwright
