// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldwells.h"

#include "canvas/widgetproposal.h"
#include "commands/setproperty.h"
#include "commands/undomacroguard.h"
#include "document/projectdocument.h"
#include "mimetypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
QString columnLabel(const Column &column)
{
    return column.label.isEmpty() ? column.name : column.label;
}
} // namespace

std::optional<FieldWells::DroppedColumn> FieldWells::fromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(MimeTypes::column))
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(mime->data(MimeTypes::column)).object();
    DroppedColumn column{payload.value(u"dataset_id"_s).toString(),
                         payload.value(u"column_id"_s).toString()};
    if (column.datasetId.isEmpty() || column.columnId.isEmpty())
        return std::nullopt;
    return column;
}

FieldWells::Well FieldWells::wellFor(const Column &column)
{
    return column.type == ColumnType::Integer || column.type == ColumnType::Number
            ? Well::Measures
            : Well::Dimensions;
}

QString FieldWells::refusal(const ProjectDocument &document, const QString &dashboardId,
                            const QString &widgetId, Well well, const DroppedColumn &dropped)
{
    const Widget *widget = document.widget(dashboardId, widgetId);
    if (!widget)
        return tr("The widget no longer exists.");
    const Dataset *dataset = document.dataset(dropped.datasetId);
    const Column *column = dataset ? dataset->column(dropped.columnId) : nullptr;
    if (!column)
        return tr("The column no longer exists.");
    if (widget->type == WidgetType::Text)
        return tr("A text widget shows no data: %1 cannot be added to it.")
                .arg(columnLabel(*column));
    if (!widget->datasetId.isEmpty() && widget->datasetId != dataset->id) {
        const Dataset *own = document.dataset(widget->datasetId);
        const QString ownName = own ? own->name : widget->datasetId;
        return tr("%1 is a column of %2, but this widget reads %3. Drop a column of %3, or "
                  "change the widget's dataset first.")
                .arg(columnLabel(*column), dataset->name, ownName);
    }
    if (well == Well::Dimensions) {
        for (const Dimension &dimension : widget->dimensions) {
            if (dimension.columnId == column->id)
                return tr("%1 is already a dimension of this widget.").arg(columnLabel(*column));
        }
    }
    return {};
}

QString FieldWells::drop(ProjectDocument *document, const QString &dashboardId,
                         const QString &widgetId, Well well, const DroppedColumn &dropped)
{
    if (QString why = refusal(*document, dashboardId, widgetId, well, dropped); !why.isEmpty())
        return why;
    const Widget *widget = document->widget(dashboardId, widgetId);
    const Dataset *dataset = document->dataset(dropped.datasetId);
    const Column *column = dataset->column(dropped.columnId);
    const ObjectRef ref{dashboardId, widgetId};
    QUndoStack *stack = document->undoStack();
    // A macro even for one command: a SetProperty alone would merge with the edit of the same
    // list before it or after it, and the drop would not be an undo step of its own.
    const QString text = well == Well::Dimensions ? tr("Add dimension %1")
            : well == Well::Measures              ? tr("Add measure %1")
                                                  : tr("Add filter on %1");
    UndoMacroGuard macro(stack, text.arg(columnLabel(*column)));
    if (widget->datasetId.isEmpty())
        stack->push(new SetProperty(document, ref, &Widget::datasetId, dataset->id));
    widget = document->widget(dashboardId, widgetId);
    switch (well) {
    case Well::Dimensions: {
        QList<Dimension> dimensions = widget->dimensions;
        dimensions.append(WidgetProposal::followEdit(
                nullptr, Dimension{column->id, TimeGrain::None}, dataset));
        stack->push(new SetProperty(document, ref, &Widget::dimensions, dimensions));
        break;
    }
    case Well::Measures: {
        QList<Measure> measures = widget->measures;
        // A new widget's stand-in (the row count the palette gives it until a measure is
        // chosen) makes way for the first measure dropped: a KPI shows one measure, and it kept
        // showing "Count" over the Revenue just dropped beside it.
        if (measures.size() == 1 && measures.first().columnId.isEmpty()
            && measures.first().aggregation == Aggregation::Count
            && measures.first().label == WidgetProposal::measureLabel(measures.first(), dataset))
            measures.clear();
        measures.append(WidgetProposal::followEdit(
                nullptr, Measure{column->id, WidgetProposal::defaultAggregation(column), {}},
                dataset));
        stack->push(new SetProperty(document, ref, &Widget::measures, measures));
        break;
    }
    case Well::Filters: {
        QList<Filter> filters = widget->filters;
        Filter filter;
        filter.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        filter.columnId = column->id;
        filter.expression = FilterExpression::Equals;
        // A boolean has one obvious value to start from; other columns wait for the analyst's
        // (the widget says its filter has no value until then, rather than showing all rows).
        if (column->type == ColumnType::Boolean)
            filter.value = true;
        filters.append(filter);
        stack->push(new SetProperty(document, ref, &Widget::filters, filters));
        break;
    }
    }
    return {};
}

} // namespace Dashwright
