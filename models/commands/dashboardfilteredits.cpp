// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfilteredits.h"

#include "commands/parameteredits.h"
#include "commands/setproperty.h"
#include "commands/undomacroguard.h"
#include "document/filtervalue.h"
#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dashwright::DashboardFilterEdits {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Dashwright::DashboardFilterEdits)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

enum class Step {
    Merging, // typing: merges with the next edit of the list
    Own,     // a discrete edit: an undo step of its own
};

// Replaces the dashboard's filter list. A discrete edit goes inside a macro, which never merges,
// so that the next edit (typing the new filter's label) does not fold into it.
void push(ProjectDocument *document, const QString &dashboardId, QList<Filter> filters,
          const QString &text, Step step)
{
    QUndoStack *stack = document->undoStack();
    if (step == Step::Own) {
        UndoMacroGuard macro(stack, text);
        stack->push(new SetProperty(document, {QString(), dashboardId}, &Dashboard::filters,
                                    std::move(filters), text));
        return;
    }
    stack->push(new SetProperty(document, {QString(), dashboardId}, &Dashboard::filters,
                                std::move(filters), text));
}

// The dashboard's filters and the index of one of them, or false with *error set.
bool find(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
          QList<Filter> *filters, qsizetype *index, QString *error)
{
    const Dashboard *dashboard = document->dashboard(dashboardId);
    if (!dashboard)
        return fail(error, Text::tr("No such dashboard."));
    *filters = dashboard->filters;
    for (qsizetype i = 0; i < filters->size(); ++i) {
        if (filters->at(i).id == filterId) {
            *index = i;
            return true;
        }
    }
    return fail(error, Text::tr("No such filter."));
}

const Column *columnOf(ProjectDocument *document, const Filter &filter)
{
    const Dataset *dataset = document->dataset(filter.datasetId);
    return dataset ? dataset->column(filter.columnId) : nullptr;
}

bool valueFits(ProjectDocument *document, const Filter &filter)
{
    const Column *column = columnOf(document, filter);
    return column
            && (!filter.value.isValid() && filterExpressionArity(filter.expression) != 0
                        ? true
                        : checkFilterValue(filter.expression, filter.value, *column, {}).isEmpty());
}

} // namespace

QString valueText(const Filter &filter)
{
    if (filter.value.typeId() != QMetaType::QVariantList)
        return filter.value.isValid() ? ParameterEdits::valueText(filter.value) : QString();
    QStringList texts;
    for (const QVariant &value : filter.value.toList())
        texts.append(ParameterEdits::valueText(value));
    return texts.join(u", "_s);
}

bool add(ProjectDocument *document, const QString &dashboardId, QString *filterId, QString *error)
{
    const Dashboard *dashboard = document->dashboard(dashboardId);
    if (!dashboard)
        return fail(error, Text::tr("No such dashboard."));
    const Dataset *dataset = nullptr;
    for (const Widget &widget : dashboard->widgets) {
        if (!dataset)
            dataset = document->dataset(widget.datasetId);
    }
    if (!dataset && !document->project().datasets.isEmpty())
        dataset = &document->project().datasets.first();
    if (!dataset || dataset->columns.isEmpty())
        return fail(error, Text::tr("Add a dataset with columns first."));
    Filter filter;
    filter.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    filter.datasetId = dataset->id;
    filter.columnId = dataset->columns.first().id;
    filter.label = dataset->columns.first().label.isEmpty() ? dataset->columns.first().name
                                                            : dataset->columns.first().label;
    filter.expression = FilterExpression::In;
    // Unset and the viewer's: valid as it is, and what a dashboard filter is most often for.
    filter.viewerEditable = true;
    QList<Filter> filters = dashboard->filters;
    filters.append(filter);
    push(document, dashboardId, filters, Text::tr("Add dashboard filter"), Step::Own);
    if (filterId)
        *filterId = filter.id;
    return true;
}

bool remove(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
            QString *error)
{
    QList<Filter> filters;
    qsizetype index = -1;
    if (!find(document, dashboardId, filterId, &filters, &index, error))
        return false;
    filters.removeAt(index);
    push(document, dashboardId, filters, Text::tr("Remove dashboard filter"), Step::Own);
    return true;
}

bool setLabel(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
              const QString &label, QString *error)
{
    QList<Filter> filters;
    qsizetype index = -1;
    if (!find(document, dashboardId, filterId, &filters, &index, error))
        return false;
    filters[index].label = label;
    push(document, dashboardId, filters, Text::tr("Change filter label"), Step::Merging);
    return true;
}

bool setDataset(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
                const QString &datasetId, QString *error)
{
    QList<Filter> filters;
    qsizetype index = -1;
    if (!find(document, dashboardId, filterId, &filters, &index, error))
        return false;
    const Dataset *dataset = document->dataset(datasetId);
    if (!dataset || dataset->columns.isEmpty())
        return fail(error, Text::tr("The dataset has no columns."));
    Filter &filter = filters[index];
    if (filter.datasetId == datasetId)
        return true;
    filter.datasetId = datasetId;
    filter.columnId = dataset->columns.first().id;
    filter.value = QVariant();
    push(document, dashboardId, filters, Text::tr("Change filter dataset"), Step::Own);
    return true;
}

bool setColumn(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
               const QString &columnId, QString *error)
{
    QList<Filter> filters;
    qsizetype index = -1;
    if (!find(document, dashboardId, filterId, &filters, &index, error))
        return false;
    Filter &filter = filters[index];
    const Dataset *dataset = document->dataset(filter.datasetId);
    if (!dataset || !dataset->column(columnId))
        return fail(error, Text::tr("No such column in the filter's dataset."));
    filter.columnId = columnId;
    if (!valueFits(document, filter))
        filter.value = QVariant();
    push(document, dashboardId, filters, Text::tr("Change filter column"), Step::Own);
    return true;
}

bool setExpression(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
                   FilterExpression expression, QString *error)
{
    QList<Filter> filters;
    qsizetype index = -1;
    if (!find(document, dashboardId, filterId, &filters, &index, error))
        return false;
    Filter &filter = filters[index];
    filter.expression = expression;
    if (filterExpressionArity(expression) == 0) {
        filter.value = QVariant();
    } else if (!valueFits(document, filter)) {
        // A single value becomes a list of one for "in", and back; otherwise it is cleared.
        const QVariantList list = filter.value.typeId() == QMetaType::QVariantList
                ? filter.value.toList()
                : QVariantList{filter.value};
        filter.value = filterExpressionArity(expression) == -1 ? QVariant(list) : list.value(0);
        if (!valueFits(document, filter))
            filter.value = QVariant();
    }
    if (filterExpressionArity(expression) != 1)
        filter.parameterId.clear(); // only "one value" expressions take a parameter
    push(document, dashboardId, filters, Text::tr("Change filter expression"), Step::Own);
    return true;
}

bool setValue(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
              const QString &text, QString *error)
{
    QList<Filter> filters;
    qsizetype index = -1;
    if (!find(document, dashboardId, filterId, &filters, &index, error))
        return false;
    Filter &filter = filters[index];
    const Column *column = columnOf(document, filter);
    if (!column)
        return fail(error, Text::tr("The filter's column does not exist."));
    const int arity = filterExpressionArity(filter.expression);
    if (arity == 0)
        return fail(error, Text::tr("This expression takes no value."));
    QVariant value;
    if (!text.trimmed().isEmpty()) {
        const ColumnType type
                = filter.expression == FilterExpression::Like ? ColumnType::Text : column->type;
        QVariantList values;
        const QStringList parts
                = arity == 1 ? QStringList{text} : text.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            // One text value is taken as typed; list items lose the spaces around the commas.
            const QString item = type == ColumnType::Text && arity == 1 ? part : part.trimmed();
            const std::optional<QVariant> coerced = coerceValue(item, type);
            if (!coerced)
                return fail(error,
                            Text::tr("\"%1\" is not a value of the column's type.").arg(item));
            values.append(*coerced);
        }
        if (arity == 2 && values.size() != 2)
            return fail(error, Text::tr("\"? between ?\" takes two values: low, high."));
        value = arity == 1 ? values.value(0) : QVariant(values);
    }
    filter.value = value;
    if (value.isValid())
        filter.parameterId.clear();
    push(document, dashboardId, filters, Text::tr("Change filter value"), Step::Merging);
    return true;
}

bool setParameter(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
                  const QString &parameterId, QString *error)
{
    QList<Filter> filters;
    qsizetype index = -1;
    if (!find(document, dashboardId, filterId, &filters, &index, error))
        return false;
    Filter &filter = filters[index];
    if (!parameterId.isEmpty()) {
        if (!document->parameter(dashboardId, parameterId))
            return fail(error, Text::tr("No such parameter."));
        if (filterExpressionArity(filter.expression) != 1)
            return fail(error, Text::tr("Only a one-value expression can follow a parameter."));
        filter.value = QVariant();
        filter.viewerEditable = false;
    }
    filter.parameterId = parameterId;
    push(document, dashboardId, filters, Text::tr("Change filter parameter"), Step::Own);
    return true;
}

bool setViewerEditable(ProjectDocument *document, const QString &dashboardId,
                       const QString &filterId, bool editable, QString *error)
{
    QList<Filter> filters;
    qsizetype index = -1;
    if (!find(document, dashboardId, filterId, &filters, &index, error))
        return false;
    Filter &filter = filters[index];
    if (editable && !filter.parameterId.isEmpty())
        return fail(error,
                    Text::tr("A filter that follows a parameter cannot be changed by the "
                             "viewer: the parameter may carry the tenant's scope."));
    filter.viewerEditable = editable;
    push(document, dashboardId, filters,
         editable ? Text::tr("Let the viewer change a filter")
                  : Text::tr("Keep a filter from the viewer"),
         Step::Own);
    return true;
}

} // namespace Dashwright::DashboardFilterEdits
