// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include "canvasgrid.h"
#include "document/numberformatter.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDate>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Where a category axis keeps its full names while it shows elided ones (fitLegend).
constexpr char fullNamesProperty[] = "dashwrightFullNames";
// Where a value axis keeps its ticks for 2 to 5 labels, so that a narrow chart can take fewer
// (fitLegend): a list, by count - 2, of {min, max, labels, values}.
constexpr char tickSetsProperty[] = "dashwrightTickSets";
// Where it keeps the number of ticks it was made with: the most fitValueTicks() gives it.
constexpr char tickCountProperty[] = "dashwrightTickCount";
// Where a category axis keeps the font it was made with, while it shows names smaller.
constexpr char baseFontProperty[] = "dashwrightBaseFont";

QString categoryLabel(const QVariant &value, ColumnType type, TimeGrain grain)
{
    if (value.isNull())
        return ChartFactory::tr("(none)");
    if (type == ColumnType::Date || type == ColumnType::DateTime) {
        const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
        if (date.isValid()) {
            switch (grain) {
            case TimeGrain::Month:
                return QLocale().toString(date, u"MMM yyyy"_s);
            case TimeGrain::Year:
                return QString::number(date.year());
            default:
                return QLocale().toString(date, QLocale::ShortFormat);
            }
        }
    }
    return value.toString();
}

// Local midnight: QDateTimeAxis writes its labels in local time, so a UTC midnight would be
// labelled the day before west of Greenwich.
qint64 dateMilliseconds(const QVariant &value)
{
    const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
    return date.isValid() ? date.startOfDay().toMSecsSinceEpoch() : 0;
}

// Series colour i: the widget's own colours (the analyst's choice), else those of the project's
// palette, which ChartFactory::create() puts in their place; cycled when there are more series
// than colours, as the web runtime does.
QColor seriesColor(const Widget &widget, int index)
{
    if (widget.colors.isEmpty())
        return QColor();
    return QColor::fromString(widget.colors.at(index % widget.colors.size()));
}

// Dark mode: QtCharts' light theme would put a white card with dark labels on the dark canvas.
void applyDarkColors(QChart *chart, const ThemeColors &colors)
{
    const QColor card = QColor::fromString(colors.widgetBackground);
    const QColor text = QColor::fromString(colors.text);
    const QColor muted = QColor::fromString(colors.muted);
    const QColor line = QColor::fromString(colors.gridLine);
    chart->setBackgroundBrush(card);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(muted);
        axis->setTitleBrush(text);
        axis->setGridLineColor(line);
        axis->setLinePenColor(QColor::fromString(colors.border));
    }
    // A slice's or a bar's border in the card's colour separates them as the light theme's
    // white does; white borders on a dark card drew light stripes through stacked bars.
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            const auto slices = pie->slices();
            for (QPieSlice *slice : slices)
                slice->setBorderColor(card);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setBorderColor(card);
        }
    }
}

void applyFont(QChart *chart, const QString &family)
{
    const auto setFamily = [&](QFont font) {
        font.setFamily(family);
        return font;
    };
    chart->setTitleFont(setFamily(chart->titleFont()));
    chart->legend()->setFont(setFamily(chart->legend()->font()));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(setFamily(axis->labelsFont()));
        axis->setTitleFont(setFamily(axis->titleFont()));
    }
}

// Ticks at round numbers: 1, 2 or 5 times a power of ten, about `count` of them.
struct Ticks
{
    double min = 0;
    double max = 1;
    double step = 1;
};

Ticks niceTicks(double low, double high, int count)
{
    low = std::min(low, 0.0); // amounts are compared from zero
    high = std::max(high, 0.0);
    if (high - low < 1e-12)
        high = low + 1;
    const double rough = (high - low) / std::max(1, count - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double residual = rough / magnitude;
    const double step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
    return {std::floor(low / step) * step, std::ceil(high / step) * step, step};
}

// A value axis whose labels are written by NumberFormatter (QValueAxis only knows printf, which
// cannot group thousands).
void setTicks(QCategoryAxis *axis, const QVariantList &set)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setRange(set.at(0).toDouble(), set.at(1).toDouble());
    axis->setStartValue(set.at(0).toDouble());
    const QStringList labels = set.at(2).toStringList();
    const QVariantList values = set.at(3).toList();
    for (qsizetype i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), values.at(i).toDouble());
}

QCategoryAxis *valueAxis(double low, double high, const NumberFormatter &format, int tickCount)
{
    QVariantList sets;
    for (int count = 2; count <= 5; ++count) {
        const Ticks ticks = niceTicks(low, high, count);
        QStringList labels;
        QVariantList values;
        const int steps = int(std::lround((ticks.max - ticks.min) / ticks.step));
        for (int i = 0; i <= steps; ++i) {
            const double value = ticks.min + i * ticks.step;
            labels.append(format.formatTick(value, ticks.step));
            values.append(value);
        }
        sets.append(QVariant(QVariantList{ticks.min, ticks.max, labels, values}));
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setProperty(tickSetsProperty, sets);
    axis->setProperty(tickCountProperty, tickCount);
    setTicks(axis, sets.at(std::clamp(tickCount, 2, 5) - 2).toList());
    return axis;
}

// A value axis along the bottom keeps as many of its ticks as have room side by side (at most
// the number it was made with): squeezed, QtCharts wrote each label as "2 …".
void fitValueTicks(QCategoryAxis *axis, qreal room)
{
    const QVariantList sets = axis->property(tickSetsProperty).toList();
    if (sets.isEmpty())
        return;
    const QFontMetricsF metrics(axis->labelsFont());
    const int most = std::clamp(axis->property(tickCountProperty).toInt(), 2, 5);
    int chosen = 2;
    for (int count = most; count > 2; --count) {
        const QStringList labels = sets.at(count - 2).toList().at(2).toStringList();
        qreal widest = 0;
        for (const QString &label : labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        // Labels are centred on their ticks: each needs the widest one's room, and a gap.
        if ((widest + 12) * labels.size() <= room) {
            chosen = count;
            break;
        }
    }
    const QVariantList set = sets.at(chosen - 2).toList();
    if (axis->categoriesLabels() != set.at(2).toStringList())
        setTicks(axis, set);
}

// About how tall a chart's plot is: rows are a fixed number of pixels, on the canvas and in exports
// alike (an export is scaled as a whole), less the widget's title bar, the chart's margins and the
// labels under the plot; a legend below takes a line more.
int plotHeight(const Widget &widget, bool legendBelow)
{
    return std::max(0, widget.grid.height * CanvasGrid::rowHeight - 70 - (legendBelow ? 24 : 0));
}

// Ticks for a vertical value axis: as many as its height has room for. QtCharts writes a label
// taller than its share of the axis as "…", which is what a short chart showed with five.
int verticalTickCount(int plotHeight)
{
    return std::clamp(plotHeight / 18, 2, 5);
}

// Long or many category names read better down the side than squeezed under the bars.
bool horizontalBars(const ChartFactory::Table &table)
{
    return table.categories.size() > 6
            || std::any_of(table.categories.cbegin(), table.categories.cend(),
                           [](const QString &c) { return c.size() > 12; });
}

std::pair<double, double> valueRange(const ChartFactory::Table &table, bool stacked)
{
    double low = 0;
    double high = 0;
    for (qsizetype c = 0; c < table.categories.size(); ++c) {
        double positive = 0;
        double negative = 0;
        for (const ChartFactory::Series &s : table.series) {
            const double v = s.values.value(c);
            if (stacked) {
                (v < 0 ? negative : positive) += v;
            } else {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        if (stacked) {
            low = std::min(low, negative);
            high = std::max(high, positive);
        }
    }
    return {low, high};
}

void addBars(QChart *chart, const Widget &widget, ChartFactory::Table table,
             const NumberFormatter &format)
{
    const bool stacked = widget.type == WidgetType::StackedBar;
    const bool horizontal = horizontalBars(table);
    if (horizontal) {
        // Horizontal bars are drawn bottom-up: reverse, so that the first row is on top.
        std::reverse(table.categories.begin(), table.categories.end());
        for (ChartFactory::Series &s : table.series)
            std::reverse(s.values.begin(), s.values.end());
    }
    QAbstractBarSeries *series = nullptr;
    if (horizontal)
        series = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                         : new QHorizontalBarSeries;
    else
        series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                         : new QBarSeries;
    for (qsizetype i = 0; i < table.series.size(); ++i) {
        auto *set = new QBarSet(table.series[i].name);
        set->append(table.series[i].values);
        if (const QColor color = seriesColor(widget, int(i)); color.isValid())
            set->setColor(color);
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(table.categories);
    // Product names are what the chart is about: the axis takes the room to show them whole.
    categories->setTruncateLabels(false);
    const auto [low, high] = valueRange(table, stacked);
    // Several series of vertical bars have their legend below (horizontal ones, at the right).
    const int ticks
            = horizontal ? 4 : verticalTickCount(plotHeight(widget, table.series.size() > 1));
    QCategoryAxis *values = valueAxis(low, high, format, ticks);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
}

void addLines(QChart *chart, const Widget &widget, const ChartFactory::Table &table,
              const NumberFormatter &format)
{
    QAbstractAxis *xAxis = nullptr;
    if (table.dateCategories) {
        auto *axis = new QDateTimeAxis;
        const TimeGrain grain
                = widget.dimensions.isEmpty() ? TimeGrain::None : widget.dimensions.first().grain;
        axis->setFormat(grain == TimeGrain::Year            ? u"yyyy"_s
                                : grain == TimeGrain::Month ? u"MMM yy"_s
                                                            : u"dd MMM yy"_s);
        axis->setTickCount(5);
        xAxis = axis;
    } else {
        auto *axis = new QBarCategoryAxis;
        axis->append(table.categories);
        xAxis = axis;
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    const auto [low, high] = valueRange(table, false);
    const int ticks = verticalTickCount(plotHeight(widget, table.series.size() > 1));
    QCategoryAxis *yAxis = valueAxis(low, high, format, ticks);
    chart->addAxis(yAxis, Qt::AlignLeft);

    for (qsizetype i = 0; i < table.series.size(); ++i) {
        QList<QPointF> points;
        points.reserve(table.categories.size());
        for (qsizetype c = 0; c < table.categories.size(); ++c) {
            const double x = table.dateCategories ? double(table.dates[c]) : double(c);
            points.append({x, table.series[i].values[c]});
        }
        const QColor color = seriesColor(widget, int(i));
        auto *line = new QLineSeries;
        // One replace() instead of append() per point: appending to a series is quadratic.
        line->replace(points);
        line->setName(table.series[i].name);
        QAbstractSeries *added = line;
        if (widget.type == WidgetType::Area) {
            auto *area = new QAreaSeries(line);
            // The chart owns the area once added, but an area never owns its boundary line:
            // without a parent the line outlives every area chart (LeakSanitizer).
            line->setParent(area);
            area->setName(table.series[i].name);
            if (color.isValid()) {
                area->setColor(color);
                area->setBorderColor(color.darker(120));
            }
            added = area;
        } else {
            QPen pen = line->pen();
            pen.setColor(color);
            pen.setWidthF(2.0);
            line->setPen(pen);
        }
        chart->addSeries(added);
        added->attachAxis(xAxis);
        added->attachAxis(yAxis);
        if (widget.type == WidgetType::Area && table.series.size() > 1) {
            // Several areas overlap: let the ones behind show through.
            auto *area = static_cast<QAreaSeries *>(added);
            area->setOpacity(0.6);
        }
    }
    if (table.dateCategories && table.dates.size() == 1) {
        // One month alone would be a zero-width axis.
        auto *axis = static_cast<QDateTimeAxis *>(xAxis);
        const QDateTime only = QDateTime::fromMSecsSinceEpoch(table.dates.first());
        axis->setRange(only.addDays(-15), only.addDays(15));
    }
}

void addPie(QChart *chart, const Widget &widget, const ChartFactory::Table &table)
{
    auto *series = new QPieSeries;
    if (widget.type == WidgetType::Donut)
        series->setHoleSize(0.45);
    series->setPieSize(0.9);
    const QList<double> values
            = table.series.isEmpty() ? QList<double>() : table.series.first().values;
    double other = 0;
    for (qsizetype c = 0; c < table.categories.size(); ++c) {
        // A pie cannot show negative parts; they are left out rather than drawn wrong.
        const double v = std::max(0.0, values.value(c));
        if (c < ChartFactory::maxSlices - 1 || table.categories.size() == ChartFactory::maxSlices)
            series->append(table.categories[c], v);
        else
            other += v;
    }
    if (other > 0)
        series->append(ChartFactory::tr("Other"), other);
    const auto slices = series->slices();
    for (qsizetype i = 0; i < slices.size(); ++i) {
        if (const QColor color = seriesColor(widget, int(i)); color.isValid())
            slices[i]->setColor(color);
    }
    chart->addSeries(series);
}

void addScatter(QChart *chart, const Widget &widget, const QList<OutputColumn> &columns,
                const QueryResult &result, const NumberFormatter &format)
{
    QList<int> measures;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].role == OutputColumn::Role::Measure)
            measures.append(int(i));
    }
    if (measures.isEmpty())
        return;
    // Two measures: x against y. One: the values in row order.
    const int xColumn = measures.size() > 1 ? measures[0] : -1;
    const int yColumn = measures.size() > 1 ? measures[1] : measures[0];
    QList<QPointF> points;
    double xLow = 0, xHigh = 0, yLow = 0, yHigh = 0;
    for (qsizetype r = 0; r < result.rows.size() && points.size() < ChartFactory::maxPoints; ++r) {
        const QVariantList &row = result.rows[r];
        const double x = xColumn < 0 ? double(r) : row.value(xColumn).toDouble();
        const double y = row.value(yColumn).toDouble();
        xLow = std::min(xLow, x);
        xHigh = std::max(xHigh, x);
        yLow = std::min(yLow, y);
        yHigh = std::max(yHigh, y);
        points.append({x, y});
    }
    auto *series = new QScatterSeries;
    series->replace(points);
    series->setMarkerSize(10);
    series->setName(columns[yColumn].label);
    if (const QColor color = seriesColor(widget, 0); color.isValid()) {
        series->setColor(color);
        series->setBorderColor(color.darker(130));
    }
    chart->addSeries(series);
    QCategoryAxis *xAxis = valueAxis(xLow, xHigh, NumberFormatter(), 5);
    if (xColumn >= 0)
        xAxis->setTitleText(columns[xColumn].label);
    // The x axis's title takes a line under the plot.
    QCategoryAxis *yAxis
            = valueAxis(yLow, yHigh, format, verticalTickCount(plotHeight(widget, xColumn >= 0)));
    yAxis->setTitleText(columns[yColumn].label);
    for (QCategoryAxis *axis : {xAxis, yAxis}) {
        QFont font = axis->titleFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(false);
        axis->setTitleFont(font);
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
}

} // namespace

bool ChartFactory::isChart(WidgetType type)
{
    switch (type) {
    case WidgetType::Bar:
    case WidgetType::StackedBar:
    case WidgetType::Line:
    case WidgetType::Area:
    case WidgetType::Pie:
    case WidgetType::Donut:
    case WidgetType::Scatter:
        return true;
    case WidgetType::Kpi:
    case WidgetType::Table:
    case WidgetType::Text:
        return false;
    }
    return false;
}

ChartFactory::Table ChartFactory::tabulate(const Widget &widget, const QList<OutputColumn> &columns,
                                           const QueryResult &result)
{
    QList<int> dimensions;
    QList<int> measures;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].role == OutputColumn::Role::Dimension)
            dimensions.append(int(i));
        else if (columns[i].role == OutputColumn::Role::Measure)
            measures.append(int(i));
    }
    Table table;
    if (measures.isEmpty())
        return table;
    const bool lineLike = widget.type == WidgetType::Line || widget.type == WidgetType::Area;
    const qsizetype cap = lineLike ? maxPoints : maxCategories;
    const TimeGrain grain
            = widget.dimensions.isEmpty() ? TimeGrain::None : widget.dimensions.first().grain;
    const int dim0 = dimensions.isEmpty() ? -1 : dimensions[0];
    const ColumnType dim0Type = dim0 < 0 ? ColumnType::Text : columns[dim0].type;
    table.dateCategories = lineLike
            && (dim0Type == ColumnType::Date || dim0Type == ColumnType::DateTime)
            && grain != TimeGrain::Quarter; // quarters come back as "2025-Q1", not a date

    QHash<QString, qsizetype> categoryIndex;
    const auto categoryOf = [&](const QVariantList &row) -> qsizetype {
        const QVariant value = dim0 < 0 ? QVariant() : row.value(dim0);
        const QString label = dim0 < 0 ? QString() : categoryLabel(value, dim0Type, grain);
        const auto it = categoryIndex.constFind(label);
        if (it != categoryIndex.cend())
            return *it;
        if (table.categories.size() >= cap)
            return -1;
        categoryIndex.insert(label, table.categories.size());
        table.categories.append(label);
        if (table.dateCategories)
            table.dates.append(dateMilliseconds(value));
        for (Series &s : table.series)
            s.values.append(0);
        return table.categories.size() - 1;
    };

    if (dimensions.size() >= 2) {
        // Pivot: rows (a, b, m) into categories a, one series per b.
        const int dim1 = dimensions[1];
        QHash<QString, qsizetype> seriesIndex;
        for (const QVariantList &row : result.rows) {
            const qsizetype c = categoryOf(row);
            if (c < 0)
                continue;
            const QString name
                    = categoryLabel(row.value(dim1), columns[dim1].type, TimeGrain::None);
            auto it = seriesIndex.constFind(name);
            if (it == seriesIndex.cend()) {
                it = seriesIndex.insert(name, table.series.size());
                table.series.append({name, QList<double>(table.categories.size(), 0.0)});
            }
            table.series[*it].values[c] += row.value(measures[0]).toDouble();
        }
        return table;
    }
    for (const int m : std::as_const(measures))
        table.series.append({columns[m].label, {}});
    for (const QVariantList &row : result.rows) {
        const qsizetype c = categoryOf(row);
        if (c < 0)
            continue;
        for (qsizetype s = 0; s < measures.size(); ++s)
            table.series[s].values[c] += row.value(measures[s]).toDouble();
    }
    return table;
}

QString ChartFactory::undrawnMeasures(const Widget &widget)
{
    if (widget.measures.size() < 2)
        return {};
    switch (widget.type) {
    case WidgetType::Kpi:
        return tr("A KPI shows its first measure only; a table shows them all.");
    case WidgetType::Pie:
    case WidgetType::Donut:
        return tr("A pie shows its first measure only; a bar chart or a table shows them all.");
    case WidgetType::Bar:
    case WidgetType::StackedBar:
    case WidgetType::Line:
    case WidgetType::Area:
        if (widget.dimensions.size() >= 2)
            return tr("With two dimensions the second one makes the series, and the chart draws "
                      "its first measure only; a table shows them all.");
        return {};
    default:
        return {};
    }
}

QChart *ChartFactory::create(const Widget &ownWidget, const QList<OutputColumn> &columns,
                             const QueryResult &result, const Theme &theme)
{
    if (!isChart(ownWidget.type))
        return nullptr;
    // Without colours of its own, the widget takes the palette's.
    Widget widget = ownWidget;
    if (widget.colors.isEmpty())
        widget.colors = theme.colors();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    // Room for the top tick's label and the last date, which reach beyond the plot area.
    chart->setMargins(QMargins(4, 10, 18, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    const NumberFormatter format(widget.numberFormat);

    bool legend = false;
    bool legendBeside = widget.type == WidgetType::Pie || widget.type == WidgetType::Donut;
    if (widget.type == WidgetType::Scatter) {
        addScatter(chart, widget, columns, result, format);
    } else {
        const Table table = tabulate(widget, columns, result);
        switch (widget.type) {
        case WidgetType::Bar:
        case WidgetType::StackedBar:
            addBars(chart, widget, table, format);
            legend = table.series.size() > 1;
            // Below, the legend would take the height the category names need: with twelve
            // products at four rows QtCharts showed every other one. Moved below again by
            // fitLegend() when the chart is too narrow to have it beside.
            legendBeside = horizontalBars(table);
            break;
        case WidgetType::Line:
        case WidgetType::Area:
            addLines(chart, widget, table, format);
            legend = table.series.size() > 1;
            break;
        case WidgetType::Pie:
        case WidgetType::Donut:
            addPie(chart, widget, table);
            legend = true;
            break;
        default:
            break;
        }
    }
    // Labels a notch smaller than QtCharts' default, so that more categories fit on a widget.
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        axis->setLabelsFont(font);
    }
    chart->legend()->setVisible(legend);
    if (legend) {
        chart->legend()->setAlignment(legendBeside ? Qt::AlignRight : Qt::AlignBottom);
        // A narrow widget cuts long names short; the whole name is a hover away.
        chart->legend()->setShowToolTips(true);
        QFont font = chart->legend()->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        chart->legend()->setFont(font);
    }
    if (theme.font != Theme::defaultFont)
        applyFont(chart, theme.font);
    if (theme.mode == ThemeMode::Dark)
        applyDarkColors(chart, ThemeColors::forMode(ThemeMode::Dark));
    return chart;
}

void ChartFactory::fitPieLegend(QChart *chart, const QSizeF &size)
{
    QLegend *legend = chart->legend();
    if (size.width() >= minWidthForPieLegendAttached) {
        if (!legend->isAttachedToChart()) {
            legend->attachToChart();
            chart->setPlotArea(QRectF()); // laid out by QtCharts again
        }
        return;
    }
    // QtCharts gives an attached legend beside a narrow pie the width of its swatches only, and
    // one below it a row too short for any name. Placed by hand, the names get more than half
    // the width and end in "…" where they must (hovering shows them whole).
    legend->detachFromChart();
    legend->setBackgroundVisible(false);
    const qreal plotWidth = size.width() * 0.42;
    legend->setGeometry(QRectF(plotWidth, 4, size.width() - plotWidth - 2, size.height() - 8));
    legend->update();
    chart->setPlotArea(QRectF(2, 2, plotWidth - 4, size.height() - 4));
}

void ChartFactory::fitLegend(QChart *chart, const QSizeF &size)
{
    if (!chart || chart->series().isEmpty())
        return;
    // Category names whole where the chart has the room; in a narrow one they end in "…"
    // rather than running off the widget's left edge ("Carne Asada Burrito" read "Asada
    // Burrito").
    for (QAbstractAxis *axis : chart->axes()) {
        // Fewer dates in a narrow chart, each whole ("Jan …" said nothing).
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis)) {
            const qreal label = QFontMetricsF(dates->labelsFont())
                                        .horizontalAdvance(QDateTime::currentDateTime().toString(
                                                dates->format()))
                    + 24;
            dates->setTickCount(int(std::clamp(size.width() * 0.85 / label, 2.0, 5.0)));
            continue;
        }
        if (auto *values = qobject_cast<QCategoryAxis *>(axis)) {
            if (values->alignment() & (Qt::AlignBottom | Qt::AlignTop)) {
                // Beside names down the side (horizontal bars) the plot has about 60 % of it.
                const auto axes = chart->axes(); // a copy: begin and end of one list
                const bool namesBeside
                        = std::any_of(axes.cbegin(), axes.cend(), [](QAbstractAxis *a) {
                              return qobject_cast<QBarCategoryAxis *>(a)
                                      && (a->alignment() & (Qt::AlignLeft | Qt::AlignRight));
                          });
                fitValueTicks(values, size.width() * (namesBeside ? 0.6 : 0.85));
            }
            continue;
        }
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories)
            continue;
        const QFontMetricsF metrics(categories->labelsFont());
        const bool vertical = categories->alignment() & (Qt::AlignLeft | Qt::AlignRight);
        if (vertical) {
            // Names down the side are elided here, to the room they have: QtCharts' own
            // truncation left a bare "…" in a chart of 1024 px windows. The full names are kept
            // on the axis for the next size; the shown ones stay unique, as the axis requires.
            QStringList names = categories->property(fullNamesProperty).toStringList();
            if (names.isEmpty()) {
                names = categories->categories();
                categories->setProperty(fullNamesProperty, names);
            }
            const qreal room = std::max(40.0, size.width() * 0.3);
            QStringList shown;
            for (const QString &name : std::as_const(names)) {
                QString label = metrics.elidedText(name, Qt::ElideRight, room);
                if (shown.contains(label))
                    label = metrics.elidedText(name, Qt::ElideMiddle, room);
                if (shown.contains(label))
                    label = name;
                shown.append(label);
            }
            categories->setTruncateLabels(false);
            if (shown != categories->categories())
                categories->setCategories(shown);
            // QtCharts leaves out every name taller than its bar's share of the axis (5 of 12
            // products were named): names a little smaller, down to 7 px, before that happens.
            QVariant base = categories->property(baseFontProperty);
            if (!base.isValid()) {
                base = categories->labelsFont();
                categories->setProperty(baseFontProperty, base);
            }
            QFont font = base.value<QFont>();
            // The plot has a little over half the height under a legend and the value axis.
            const qreal band = size.height() * 0.55 / std::max<qsizetype>(1, names.size());
            if (font.pixelSize() > 0) {
                while (font.pixelSize() > 7 && QFontMetricsF(font).height() > band)
                    font.setPixelSize(font.pixelSize() - 1);
            } else {
                while (font.pointSizeF() > 5.5 && QFontMetricsF(font).height() > band)
                    font.setPointSizeF(std::max(5.5, font.pointSizeF() - 0.25));
            }
            if (categories->labelsFont() != font)
                categories->setLabelsFont(font);
            continue;
        }
        qreal widest = 0;
        for (const QString &name : categories->categories())
            widest = std::max(widest, metrics.horizontalAdvance(name));
        categories->setTruncateLabels(widest
                                      > size.width() / std::max<qsizetype>(1, categories->count()));
    }
    if (!chart->legend()->isVisible())
        return;
    const QAbstractSeries::SeriesType type = chart->series().constFirst()->type();
    if (type == QAbstractSeries::SeriesTypePie) {
        fitPieLegend(chart, size);
        return;
    }
    if (type != QAbstractSeries::SeriesTypeHorizontalBar
        && type != QAbstractSeries::SeriesTypeHorizontalStackedBar)
        return;
    // Many series share a row below by so little that each name was a few letters ("Ba…"): from
    // five on, beside while there is any room for it.
    const auto *bars = qobject_cast<const QAbstractBarSeries *>(chart->series().constFirst());
    const bool many = bars && bars->barSets().size() >= 5;
    chart->legend()->setAlignment(
            size.width() >= (many ? minWidthForManySeriesBeside : minWidthForLegendBeside)
                    ? Qt::AlignRight
                    : Qt::AlignBottom);
}

} // namespace Dashwright
