// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/queryplan.h"
#include "data/queryresult.h"
#include "document/theme.h"
#include "document/widget.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QChart;

namespace Dashwright {

// Builds the QChart a chart widget shows from its query result: bar, stacked bar, line, area, pie,
// donut and scatter, in the widget's colors, with value axes in its number format. The result is
// read through the plan's output columns: one dimension gives the categories and one series per
// measure; a second dimension splits the first measure into one series per value (stacked bars).
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    // What a chart draws at most; the rest is left out (QtCharts slows down badly with many
    // points, and nobody reads 10,000 bars).
    static constexpr int maxCategories = 60;
    static constexpr int maxPoints = 2000;
    static constexpr int maxSlices = 8;

    static bool isChart(WidgetType type);
    // Which of the widget's measures its picture leaves out, said to the analyst; empty when it
    // draws them all (a second measure beside two dimensions was silently not drawn).
    static QString undrawnMeasures(const Widget &widget);

    // A new chart the caller owns; nullptr for types that are not charts. The theme gives the
    // series colours of a widget without colours of its own, the font, and in dark mode the
    // background, label and grid colours (light mode keeps QtCharts' own light look).
    static QChart *create(const Widget &widget, const QList<OutputColumn> &columns,
                          const QueryResult &result, const Theme &theme = Theme());

    // Fits a chart created here to the size it is shown at: horizontal bars of several series
    // keep their height for the category names and put the legend beside the plot when the chart
    // is wide enough for both, below it when not; a narrow pie's legend is placed beside it by
    // hand; category names too long for the room end in "…"; a narrow date axis has fewer ticks.
    static void fitLegend(QChart *chart, const QSizeF &size);
    static void fitPieLegend(QChart *chart, const QSizeF &size);
    static constexpr int minWidthForLegendBeside = 480;
    static constexpr int minWidthForManySeriesBeside = 340; // five series or more
    // Narrower than this, a pie's legend is placed by hand beside it (fitPieLegend).
    static constexpr int minWidthForPieLegendAttached = 300;

    // The categories and series a result gives, before any chart is drawn.
    struct Series
    {
        QString name;
        QList<double> values; // one per category
    };
    struct Table
    {
        QStringList categories;
        QList<Series> series;
        bool dateCategories = false; // categories are the dates in `dates`
        QList<qint64> dates;         // ms since the epoch, UTC, when dateCategories
    };
    static Table tabulate(const Widget &widget, const QList<OutputColumn> &columns,
                          const QueryResult &result);
};

} // namespace Dashwright
