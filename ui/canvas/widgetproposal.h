// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/dataset.h"
#include "document/widget.h"

#include <QCoreApplication>

namespace Dashwright {

// New widgets the canvas offers: one that suits a dataset column dropped from the data panel (a
// date gives a line by month, a text a bar chart of counts, a number a KPI of its sum, a boolean
// a pie), and an empty one of a type picked from the palette. Each has a fresh id.
class WidgetProposal
{
    Q_DECLARE_TR_FUNCTIONS(WidgetProposal)

public:
    static Widget forColumn(const Dataset &dataset, const Column &column);
    // dataset may be null (the project has none yet); text widgets never take one. Charts get
    // the dataset's first fitting column to break the row count down by (a date by month for
    // line and area charts, a text column for bars and pies; scatter plots two numbers).
    static Widget forType(WidgetType type, const Dataset *dataset);
    // The size a widget of a type starts with, in grid cells.
    static GridRect defaultSize(WidgetType type);

    // The label the designer gives a measure until the analyst types one: "Count" for rows,
    // the column's label for a sum, "Average of Revenue" and so on.
    static QString measureLabel(const Measure &measure, const Dataset *dataset);
    // What a measure of a column aggregates unless told otherwise: numbers are summed, other
    // columns counted distinct, rows (no column) counted.
    static Aggregation defaultAggregation(const Column *column);
    // `after` is `before` as edited in the widget form. A new column brings its type's default
    // aggregation when the old one was the old column's default or does not fit the new type, and
    // a label the analyst never typed (empty, or the one the designer gave) follows the measure.
    static Measure followEdit(const Measure *before, Measure after, const Dataset *dataset);
    // A new date column is broken down by month; other columns have no time grain.
    static Dimension followEdit(const Dimension *before, Dimension after, const Dataset *dataset);
};

} // namespace Dashwright
