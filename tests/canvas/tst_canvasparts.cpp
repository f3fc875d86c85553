// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasgrid.h"
#include "canvas/canvassurface.h"
#include "canvas/chartfactory.h"
#include "canvas/widgeticons.h"
#include "canvas/widgetview.h"
#include "commands/setprojectsettings.h"
#include "document/numberformatter.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "itemmodels/queryresultmodel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The canvas's pure parts: number formats, the grid's arithmetic, how results become chart
// series, and the table widget's model.
class TestCanvasParts : public QObject
{
    Q_OBJECT

private slots:
    void numberFormat_data();
    void numberFormat();
    void compactNumbers_data();
    void compactNumbers();
    void axisTicks_data();
    void axisTicks();
    void gridFreePlace();
    void tabulateOneDimension();
    void tabulatePivotsSecondDimension();
    void resultModel();
    void viewStates_data();
    void viewStates();
    void replacedChartsAreFreed();
    void shortChartsHaveFewerValueTicks_data();
    void shortChartsHaveFewerValueTicks();
    void horizontalBarsLegendBesideWhenWide();
    void kpiNumberFitsItsHeight_data();
    void kpiNumberFitsItsHeight();
    void neighbouringKpisShareANumberSize();
    void narrowChartsElideCategoryNames();
    void titleSmallerBeforeCut();
    void cutTextIsMarked();
    void eachWidgetTypeHasItsIcon();
    void narrowDonutsNameTheirSlices();
    void chartsTakeThePalette_data();
    void chartsTakeThePalette();
    void darkModeChangesTheView();
    void canvasFollowsTheProjectTheme();

private:
    static QList<OutputColumn> columns(int dimensions, int measures);
    // The chart's (last) axis of type T, or null.
    template<typename T>
    static T *axisOf(QChart *chart)
    {
        T *found = nullptr;
        for (QAbstractAxis *axis : chart->axes()) {
            if (auto *t = qobject_cast<T *>(axis))
                found = t;
        }
        return found;
    }
    // A view of `widget`, shown at `size` and exposed; null if it never was.
    static std::unique_ptr<WidgetView> shownView(const Widget &widget, const QSize &size);
};

std::unique_ptr<WidgetView> TestCanvasParts::shownView(const Widget &widget, const QSize &size)
{
    auto view = std::make_unique<WidgetView>(widget);
    view->resize(size);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    return view;
}

void TestCanvasParts::numberFormat_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("grouped, two decimals")
            << u"0,0.00"_s << QVariant(1234567.891) << u"1,234,567.89"_s;
    QTest::newRow("grouped integer") << u"0,0"_s << QVariant(qint64(148)) << u"148"_s;
    QTest::newRow("grouped thousands") << u"0,0"_s << QVariant(9876.4) << u"9,876"_s;
    QTest::newRow("no grouping") << u"0.0"_s << QVariant(12345.67) << u"12345.7"_s;
    QTest::newRow("percent") << u"0.0%"_s << QVariant(0.256) << u"25.6%"_s;
    QTest::newRow("currency prefix") << u"$0,0.00"_s << QVariant(1500) << u"$1,500.00"_s;
    QTest::newRow("automatic integer") << QString() << QVariant(qint64(64)) << u"64"_s;
    QTest::newRow("automatic fraction") << QString() << QVariant(2.5) << u"2.50"_s;
    QTest::newRow("null") << u"0,0"_s << QVariant() << u"\u2014"_s;
    QTest::newRow("text stays text") << u"0,0"_s << QVariant(u"n/a"_s) << u"n/a"_s;
}

void TestCanvasParts::numberFormat()
{
    QFETCH(QString, pattern);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(NumberFormatter(pattern, QLocale(QLocale::English, QLocale::UnitedStates))
                     .format(value),
             expected);
}

void TestCanvasParts::compactNumbers_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("millions") << u"0,0.00"_s << 4212764.25 << u"4.2M"_s;
    QTest::newRow("thousands") << QString() << 98599.25 << u"98.6k"_s;
    QTest::newRow("hundreds of thousands") << QString() << 512000.0 << u"512k"_s;
    QTest::newRow("small whole") << QString() << 512.0 << u"512"_s;
    QTest::newRow("negative, with a prefix") << u"$0,0"_s << -1500000.0 << u"$-1.5M"_s;
    QTest::newRow("percent") << u"0.0%"_s << 0.256 << u"25.6%"_s;
}

void TestCanvasParts::compactNumbers()
{
    QFETCH(QString, pattern);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(NumberFormatter(pattern, QLocale(QLocale::English, QLocale::UnitedStates))
                     .formatCompact(value),
             expected);
}

void TestCanvasParts::axisTicks_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << 1000.0 << u"0"_s;
    QTest::newRow("thousands") << 2000.0 << 1000.0 << u"2k"_s;
    QTest::newRow("steps under a thousand: whole, grouped") << 2500.0 << 500.0 << u"2,500"_s;
    QTest::newRow("millions") << 3e6 << 1e6 << u"3M"_s;
    QTest::newRow("fractions") << 0.5 << 0.1 << u"0.5"_s;
}

void TestCanvasParts::axisTicks()
{
    QFETCH(double, value);
    QFETCH(double, step);
    QFETCH(QString, expected);
    QCOMPARE(NumberFormatter(QString(), QLocale(QLocale::English, QLocale::UnitedStates))
                     .formatTick(value, step),
             expected);
}

void TestCanvasParts::gridFreePlace()
{
    Widget a;
    a.grid = {0, 0, 6, 2};
    Widget b;
    b.grid = {6, 0, 3, 2};
    // Beside them while there is room, else below.
    QCOMPARE(CanvasGrid::freePlace({a, b}, 3, 2), (GridRect{9, 0, 3, 2}));
    QCOMPARE(CanvasGrid::freePlace({a, b}, 4, 2), (GridRect{0, 2, 4, 2}));
    QCOMPARE(CanvasGrid::clamped({10, -1, 4, 0}), (GridRect{8, 0, 4, 1}));
    const CanvasGrid grid(1224);
    QCOMPARE(grid.columnWidth(), 100.0);
    QCOMPARE(grid.snappedDelta({149, 31}), QPoint(1, 0));
    QCOMPARE(grid.snappedDelta({151, 33}), QPoint(2, 1));
    QCOMPARE(grid.cellAt({12 + 250, 12 + 70}), QPoint(2, 1));
}

QList<OutputColumn> TestCanvasParts::columns(int dimensions, int measures)
{
    QList<OutputColumn> result;
    for (int i = 0; i < dimensions; ++i)
        result.append({u"d%1"_s.arg(i), u"Dimension %1"_s.arg(i), ColumnType::Text,
                       OutputColumn::Role::Dimension});
    for (int i = 0; i < measures; ++i)
        result.append({u"m%1"_s.arg(i), u"Measure %1"_s.arg(i), ColumnType::Number,
                       OutputColumn::Role::Measure});
    return result;
}

void TestCanvasParts::tabulateOneDimension()
{
    Widget widget;
    widget.type = WidgetType::Bar;
    QueryResult result;
    result.rows = {{u"a"_s, 1.0, 10.0}, {QVariant(), 2.0, 20.0}, {u"c"_s, 3.0, 30.0}};
    const ChartFactory::Table table = ChartFactory::tabulate(widget, columns(1, 2), result);
    QCOMPARE(table.categories, (QStringList{u"a"_s, u"(none)"_s, u"c"_s}));
    QCOMPARE(table.series.size(), 2);
    QCOMPARE(table.series[0].name, u"Measure 0"_s);
    QCOMPARE(table.series[1].values, (QList<double>{10, 20, 30}));
}

void TestCanvasParts::tabulatePivotsSecondDimension()
{
    Widget widget;
    widget.type = WidgetType::StackedBar;
    QueryResult result;
    result.rows = {{u"x"_s, u"p"_s, 1}, {u"x"_s, u"q"_s, 2}, {u"y"_s, u"q"_s, 3}};
    const ChartFactory::Table table = ChartFactory::tabulate(widget, columns(2, 1), result);
    QCOMPARE(table.categories, (QStringList{u"x"_s, u"y"_s}));
    QCOMPARE(table.series.size(), 2);
    QCOMPARE(table.series[0].name, u"p"_s);
    QCOMPARE(table.series[0].values, (QList<double>{1, 0}));
    QCOMPARE(table.series[1].values, (QList<double>{2, 3}));
}

void TestCanvasParts::resultModel()
{
    QueryResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QueryResult result;
    result.rows = {{u"Farolito"_s, 1234.5}, {u"Papalote"_s, QVariant()}};
    model.setResult(columns(1, 1), result, u"0,0.00"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Measure 0"_s);
    QCOMPARE(model.index(0, 0).data().toString(), u"Farolito"_s);
    QCOMPARE(model.index(0, 1).data(Qt::EditRole).toDouble(), 1234.5);
    QVERIFY(model.index(0, 1).data().toString().endsWith(u".50"_s));
    QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCanvasParts::viewStates_data()
{
    QTest::addColumn<QString>("denied");
    QTest::addColumn<QString>("error");
    QTest::addColumn<WidgetView::State>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("data") << QString() << QString() << WidgetView::State::Data << QString();
    QTest::newRow("denied, with its reason")
            << u"securable not granted"_s << QString() << WidgetView::State::Denied
            << u"securable not granted"_s;
    QTest::newRow("data-source error, named")
            << QString() << u"database is locked"_s << WidgetView::State::Error
            << u"database is locked"_s;
}

void TestCanvasParts::viewStates()
{
    QFETCH(QString, denied);
    QFETCH(QString, error);
    QFETCH(WidgetView::State, state);
    QFETCH(QString, message);
    Widget widget;
    widget.type = WidgetType::Kpi;
    widget.title = u"Revenue"_s;
    WidgetView view(widget);
    QCOMPARE(view.state(), WidgetView::State::Empty);
    view.setLoading();
    QCOMPARE(view.state(), WidgetView::State::Loading);
    QVERIFY(!view.message().isEmpty()); // says it is loading

    WidgetRun run;
    run.resolution.denied = denied;
    run.error = error;
    QueryPlan plan;
    plan.columns = columns(0, 1);
    run.resolution.plan = plan;
    run.result.rows = {{1234.0}};
    view.setRun(run);
    QCOMPARE(view.state(), state);
    if (message.isEmpty())
        QVERIFY(view.message().isEmpty());
    else
        QVERIFY2(view.message().contains(message), qPrintable(view.message()));
}

// Each result replaces the view's chart: the one before is deleted, and with an area chart the
// line under the area too (QChartView::setChart() and QAreaSeries own neither: both leaked).
void TestCanvasParts::replacedChartsAreFreed()
{
    Widget widget;
    widget.type = WidgetType::Area;
    widget.grid = {0, 0, 6, 4};
    WidgetView view(widget);
    view.resize(600, 400);
    QPointer<QChart> first = view.findChild<QChartView *>()->chart();
    QVERIFY(first);
    WidgetRun run;
    QueryPlan plan;
    plan.columns = columns(1, 1);
    run.resolution.plan = plan;
    run.result.rows = {{u"Farolito"_s, 12.0}, {u"Papalote"_s, 7.0}};
    view.setRun(run);
    QVERIFY(first.isNull());
    QChart *shown = view.findChild<QChartView *>()->chart();
    const auto areas = shown->series();
    QCOMPARE(areas.size(), 1);
    auto *area = qobject_cast<QAreaSeries *>(areas.first());
    QVERIFY(area);
    QPointer<QLineSeries> line = area->upperSeries();
    QPointer<QChart> second = shown;
    view.setRun(run);
    QVERIFY(second.isNull());
    QVERIFY(line.isNull());
}

void TestCanvasParts::shortChartsHaveFewerValueTicks_data()
{
    QTest::addColumn<WidgetType>("type");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("minLabels");
    QTest::addColumn<int>("maxLabels");
    // Two rows leave the value axis about 60 px: four labels there were drawn as "…".
    QTest::newRow("bar, 2 rows") << WidgetType::Bar << 2 << 2 << 3;
    QTest::newRow("line, 2 rows") << WidgetType::Line << 2 << 2 << 3;
    QTest::newRow("bar, 4 rows") << WidgetType::Bar << 4 << 4 << 5;
}

void TestCanvasParts::shortChartsHaveFewerValueTicks()
{
    QFETCH(WidgetType, type);
    QFETCH(int, rows);
    QFETCH(int, minLabels);
    QFETCH(int, maxLabels);
    Widget widget;
    widget.type = type;
    widget.grid = {0, 0, 8, rows};
    QueryResult result;
    result.rows = {{u"Farolito"_s, 490408.25}, {u"Papalote"_s, 12000.0}};
    const std::unique_ptr<QChart> chart(ChartFactory::create(widget, columns(1, 1), result));
    const auto axes = chart->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *values = qobject_cast<QCategoryAxis *>(axes.first());
    QVERIFY(values);
    const qsizetype labels = values->categoriesLabels().size();
    QVERIFY2(labels >= minLabels && labels <= maxLabels,
             qPrintable(values->categoriesLabels().join(u", "_s)));
}

void TestCanvasParts::horizontalBarsLegendBesideWhenWide()
{
    Widget widget;
    widget.type = WidgetType::StackedBar;
    widget.grid = {6, 6, 6, 4};
    QueryResult result;
    const QStringList promotions{u"Spring Fiesta"_s, u"Burrito Month"_s, u"Cinco de Mayo"_s};
    for (int product = 0; product < 12; ++product) {
        for (const QString &promotion : promotions)
            result.rows.append({u"Product %1"_s.arg(product), promotion, 10.0 + product});
    }
    const std::unique_ptr<QChart> chart(ChartFactory::create(widget, columns(2, 1), result));
    QVERIFY(chart->legend()->isVisible());
    // Twelve names down the side keep the height; the legend goes beside them when it can.
    ChartFactory::fitLegend(chart.get(), QSizeF(600, 230));
    QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
    ChartFactory::fitLegend(chart.get(), QSizeF(260, 230));
    QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
    ChartFactory::fitLegend(chart.get(), QSizeF(420, 230));
    QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom); // three series share a row

    // Five series or more: a row below leaves each a few letters; beside from a narrower width.
    QueryResult many = result;
    for (int product = 0; product < 12; ++product) {
        for (const QString &promotion : {u"Holiday Feast"_s, u"Summer Combo"_s})
            many.rows.append({u"Product %1"_s.arg(product), promotion, 5.0});
    }
    const std::unique_ptr<QChart> five(ChartFactory::create(widget, columns(2, 1), many));
    ChartFactory::fitLegend(five.get(), QSizeF(420, 230));
    QCOMPARE(five->legend()->alignment(), Qt::AlignRight);
    ChartFactory::fitLegend(five.get(), QSizeF(260, 230));
    QCOMPARE(five->legend()->alignment(), Qt::AlignBottom);

    // Vertical bars keep theirs below, whatever the width.
    result.rows.resize(6);
    const std::unique_ptr<QChart> vertical(ChartFactory::create(widget, columns(2, 1), result));
    ChartFactory::fitLegend(vertical.get(), QSizeF(600, 230));
    QCOMPARE(vertical->legend()->alignment(), Qt::AlignBottom);
}

void TestCanvasParts::kpiNumberFitsItsHeight_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("caption");
    QTest::addColumn<QString>("shown");
    const QString all = u"4,212,764.25"_s;
    QTest::newRow("1 row: no room for the caption") << 1 << 320 << false << all;
    QTest::newRow("2 rows") << 2 << 320 << true << all;
    QTest::newRow("4 rows") << 4 << 320 << true << all;
    // Too narrow for the digits at a readable size: the short form, never a cut number (it
    // read ",212,764.2" at 1024 px).
    QTest::newRow("narrow") << 2 << 90 << true << u"4.2M"_s;
}

void TestCanvasParts::kpiNumberFitsItsHeight()
{
    QFETCH(int, rows);
    QFETCH(int, width);
    QFETCH(bool, caption);
    QFETCH(QString, shown);
    Widget widget;
    widget.type = WidgetType::Kpi;
    widget.title = u"Total revenue"_s;
    widget.numberFormat = u"0,0.00"_s;
    // Placed as the canvas places it: a child at its grid height, smaller than its layout's
    // minimum (a window would be held at that minimum).
    QWidget canvas;
    canvas.resize(400, 300);
    auto *view = new WidgetView(widget, &canvas);
    view->setGeometry(0, 0, width, rows * CanvasGrid::rowHeight - CanvasGrid::gap);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    WidgetRun run;
    QueryPlan plan;
    plan.columns = columns(0, 1);
    run.resolution.plan = plan;
    run.result.rows = {{4212764.25}};
    view->setRun(run);

    const QLabel *number = nullptr;
    const QLabel *measure = nullptr;
    for (const QLabel *label : view->findChildren<QLabel *>()) {
        if (label->text() == shown)
            number = label;
        else if (label->text() == u"Measure 0"_s || label->text().startsWith(u"Mea"_s))
            measure = label;
    }
    QVERIFY(number && measure);
    QCOMPARE(measure->isVisible(), caption);
    // The digits a hover away when they are not all shown; a caption too long ends in "…".
    QCOMPARE(number->toolTip(), shown == u"4,212,764.25"_s ? QString() : u"4,212,764.25"_s);
    QVERIFY(QFontMetrics(measure->font()).horizontalAdvance(measure->text()) <= measure->width());
    if (measure->text() != u"Measure 0"_s) {
        QVERIFY2(measure->text().endsWith(u"…"_s), qPrintable(measure->text()));
        QCOMPARE(measure->toolTip(), u"Measure 0"_s);
    }
    // Centred in a label shorter than its font, the number would be cut at the top and bottom.
    const int fontHeight = QFontMetrics(number->font()).height();
    QVERIFY2(fontHeight <= number->height(),
             qPrintable(u"%1 px font in %2 px"_s.arg(fontHeight).arg(number->height())));
    QVERIFY(QFontMetrics(number->font()).horizontalAdvance(number->text()) <= number->width());
}

// 98,599.25 beside 9,011 at 1024 px: each filled its own box, so the smaller number looked the
// larger. KPIs on one grid row share the size the widest needs; one on another row keeps its own.
void TestCanvasParts::neighbouringKpisShareANumberSize()
{
    QueryPlan plan;
    plan.columns = columns(0, 1);
    const auto kpi = [](const QString &id, int x, int y) {
        Widget widget;
        widget.id = id;
        widget.type = WidgetType::Kpi;
        widget.title = id;
        widget.numberFormat = u"0,0.00"_s;
        widget.grid = {x, y, 2, 2};
        return widget;
    };
    QWidget canvas;
    canvas.resize(800, 600);
    QList<WidgetView *> views;
    const QList<QPair<Widget, double>> kpis{{kpi(u"wide"_s, 0, 0), 98599.25},
                                            {kpi(u"short"_s, 2, 0), 9.0},
                                            {kpi(u"below"_s, 0, 2), 9.0}};
    for (const auto &[widget, value] : kpis) {
        auto *view = new WidgetView(widget, &canvas);
        view->setGeometry(widget.grid.x * 130, widget.grid.y * 90, 120, 80);
        views.append(view);
    }
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    for (qsizetype i = 0; i < views.size(); ++i) {
        WidgetRun run;
        run.resolution.plan = plan;
        run.result.rows = {{kpis[i].second}};
        views[i]->setRun(run);
    }
    QVERIFY(views[0]->kpiFittedPixelSize() < views[1]->kpiFittedPixelSize());
    CanvasSurface::alignKpiViews(views);
    QCOMPARE(views[1]->kpiPixelSize(), views[0]->kpiPixelSize());
    QCOMPARE(views[2]->kpiPixelSize(), views[2]->kpiFittedPixelSize());
    QVERIFY(views[2]->kpiPixelSize() > views[0]->kpiPixelSize());
}

// A narrow horizontal bar chart ends long product names in "…" instead of letting them run off
// the widget's left edge; a wide one shows them whole.
void TestCanvasParts::narrowChartsElideCategoryNames()
{
    Widget widget;
    widget.type = WidgetType::Bar;
    widget.grid = {0, 0, 6, 4};
    QueryResult result;
    for (const QString &product :
         {u"Carne Asada Burrito"_s, u"Al Pastor Burrito"_s, u"Chips & Guacamole"_s})
        result.rows.append({product, 10.0});
    const std::unique_ptr<QChart> chart(ChartFactory::create(widget, columns(1, 1), result));
    auto *names = axisOf<QBarCategoryAxis>(chart.get());
    QVERIFY(names);
    const QStringList full = names->categories();
    ChartFactory::fitLegend(chart.get(), QSizeF(600, 230));
    QCOMPARE(names->categories(), full);
    // Narrow: each name ends in "…" within its room, keeps its first letters (never a bare
    // "…"), and the names stay unique.
    ChartFactory::fitLegend(chart.get(), QSizeF(200, 230));
    const QStringList shown = names->categories();
    QCOMPARE(shown.size(), full.size());
    QVERIFY(!names->truncateLabels());
    const QFontMetricsF metrics(names->labelsFont());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QVERIFY2(shown[i].endsWith(u"…"_s), qPrintable(shown[i]));
        QVERIFY2(shown[i].size() > 3, qPrintable(shown[i]));
        QVERIFY(full[i].startsWith(shown[i].chopped(1)));
        QVERIFY(metrics.horizontalAdvance(shown[i]) <= 200 * 0.3);
    }
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
    // Wide again: the full names come back.
    ChartFactory::fitLegend(chart.get(), QSizeF(600, 230));
    QCOMPARE(names->categories(), full);

    // Many names in a short chart: smaller, so that QtCharts leaves none out; the usual size
    // again when there is room.
    QueryResult many;
    for (int i = 0; i < 12; ++i)
        many.rows.append({u"Product %1"_s.arg(i), 10.0 + i});
    const std::unique_ptr<QChart> tall(ChartFactory::create(widget, columns(1, 1), many));
    auto *products = axisOf<QBarCategoryAxis>(tall.get());
    QVERIFY(products);
    const QFont usual = products->labelsFont();
    ChartFactory::fitLegend(tall.get(), QSizeF(600, 170));
    QVERIFY(QFontMetricsF(products->labelsFont()).height() <= 170 * 0.55 / 12
            || products->labelsFont().pointSizeF() <= 5.5);
    QVERIFY(products->labelsFont().pointSizeF() < usual.pointSizeF());
    ChartFactory::fitLegend(tall.get(), QSizeF(600, 600));
    QCOMPARE(products->labelsFont(), usual);

    // The values along the bottom: as many ticks as fit side by side, each label whole (they
    // read "2 …  4 …" in a narrow chart), all of them again when there is room.
    QueryResult large = result;
    for (QVariantList &row : large.rows)
        row[1] = row[1].toDouble() * 12345.0;
    const std::unique_ptr<QChart> big(ChartFactory::create(widget, columns(1, 1), large));
    auto *values = axisOf<QCategoryAxis>(big.get());
    QVERIFY(values);
    ChartFactory::fitLegend(big.get(), QSizeF(600, 230));
    const qsizetype wide = values->count();
    ChartFactory::fitLegend(big.get(), QSizeF(220, 230));
    QVERIFY2(values->count() < wide, qPrintable(values->categoriesLabels().join(u' ')));
    QVERIFY(values->count() >= 2);
    qreal widest = 0;
    for (const QString &label : values->categoriesLabels())
        widest = std::max(widest, QFontMetricsF(values->labelsFont()).horizontalAdvance(label));
    QVERIFY((widest + 12) * values->count() <= 220 * 0.6);
    ChartFactory::fitLegend(big.get(), QSizeF(600, 230));
    QCOMPARE(values->count(), wide);
}

// A title a little too long for its widget is set smaller rather than cut; a much longer one
// ends in "…" at the usual size.
void TestCanvasParts::titleSmallerBeforeCut()
{
    Widget widget;
    widget.type = WidgetType::Kpi;
    widget.title = u"Total revenue"_s;
    widget.grid = {0, 0, 2, 2};
    const auto shown = shownView(widget, {400, 140});
    QVERIFY(shown);
    WidgetView &view = *shown;
    auto *title = view.findChild<QLabel *>(u"widgetTitle"_s);
    QVERIFY(title);
    QTRY_COMPARE(title->text(), widget.title);
    const qreal full = title->font().pointSizeF();
    const int needed = QFontMetrics(title->font()).horizontalAdvance(widget.title);
    // The view's width beyond the title's: its margins and what stands beside it.
    const int besides = view.width() - title->width();

    view.resize(besides + needed * 93 / 100, 140);
    QTRY_COMPARE(title->width(), view.width() - besides);
    QCOMPARE(title->text(), widget.title);
    QVERIFY2(title->font().pointSizeF() < full,
             qPrintable(QString::number(title->font().pointSizeF())));
    QVERIFY(title->font().bold());

    view.resize(besides + needed / 2, 140);
    QTRY_COMPARE(title->width(), view.width() - besides);
    QVERIFY2(title->text().endsWith(u"…"_s), qPrintable(title->text()));
    QCOMPARE(title->font().pointSizeF(), full);
}

// A text widget too short for its text says so (a fade ending in "…", the whole text on hover);
// a file shows all of it.
void TestCanvasParts::cutTextIsMarked()
{
    Widget widget;
    widget.type = WidgetType::Text;
    widget.title = u"About"_s;
    widget.text = QStringList(12, u"Sales of one distributor over two years."_s).join(u' ');
    widget.grid = {0, 0, 4, 2};
    const auto shown = shownView(widget, {300, 110});
    QVERIFY(shown);
    WidgetView &view = *shown;
    WidgetRun run;
    run.type = WidgetType::Text;
    run.resolution.text = widget.text;
    view.setRun(run);
    QLabel *text = nullptr;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::MarkdownText)
            text = label;
    }
    QVERIFY(text);
    const auto marked = [&] {
        for (const QWidget *child : text->findChildren<QWidget *>()) {
            if (child->isVisible())
                return true;
        }
        return false;
    };
    QTRY_VERIFY(marked());
    QVERIFY(text->toolTip().contains(u"two years"_s));
    QVERIFY(view.heightForAllRows() > view.height());

    view.resize(300, view.heightForAllRows() + 4);
    QTRY_VERIFY(!marked());
    QVERIFY(text->toolTip().isEmpty());
}

// The palette shows a picture of each chart: a different one per type, at every size a tool bar
// or menu asks for.
void TestCanvasParts::eachWidgetTypeHasItsIcon()
{
    QList<QImage> seen;
    for (int t = 0; t <= int(WidgetType::Text); ++t) {
        const QIcon icon = widgetTypeIcon(WidgetType(t));
        for (const int size : {16, 32}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            int painted = 0;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            QVERIFY2(painted > size * size / 10, qPrintable(widgetTypeName(WidgetType(t))));
        }
        const QImage image = icon.pixmap(32, 32).toImage();
        QVERIFY2(!seen.contains(image), qPrintable(widgetTypeName(WidgetType(t))));
        seen.append(image);
    }
}

// The project theme's palette colours the series of a chart without colours of its own, first
// colour first; a widget's own colours win.
void TestCanvasParts::chartsTakeThePalette_data()
{
    QTest::addColumn<WidgetType>("type");
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QStringList>("own");
    QTest::addColumn<QStringList>("expected"); // the first two series (slices)
    const QStringList okabe{u"#e69f00"_s, u"#56b4e9"_s};
    QTest::newRow("bars, okabe-ito") << WidgetType::Bar << u"okabe-ito"_s << QStringList() << okabe;
    QTest::newRow("pie, okabe-ito") << WidgetType::Pie << u"okabe-ito"_s << QStringList() << okabe;
    QTest::newRow("bars, burrito") << WidgetType::Bar << u"burrito"_s << QStringList()
                                   << QStringList{u"#c0392b"_s, u"#27ae60"_s};
    QTest::newRow("bars, default") << WidgetType::Bar << u"tableau10"_s << QStringList()
                                   << QStringList{u"#4e79a7"_s, u"#f28e2b"_s};
    QTest::newRow("own colours win")
            << WidgetType::Bar << u"okabe-ito"_s << QStringList{u"#123456"_s, u"#abcdef"_s}
            << QStringList{u"#123456"_s, u"#abcdef"_s};
}

void TestCanvasParts::chartsTakeThePalette()
{
    QFETCH(WidgetType, type);
    QFETCH(QString, palette);
    QFETCH(QStringList, own);
    QFETCH(QStringList, expected);
    Widget widget;
    widget.type = type;
    widget.grid = {0, 0, 6, 4};
    widget.colors = own;
    Theme theme;
    theme.palette = palette;
    QueryResult result;
    QStringList colors;
    if (type == WidgetType::Pie) {
        result.rows = {{u"Farolito"_s, 3.0}, {u"Papalote"_s, 2.0}};
        const std::unique_ptr<QChart> chart(
                ChartFactory::create(widget, columns(1, 1), result, theme));
        auto *pie = qobject_cast<QPieSeries *>(chart->series().value(0));
        QVERIFY(pie);
        for (QPieSlice *slice : pie->slices())
            colors.append(slice->color().name());
    } else {
        result.rows = {{u"Farolito"_s, 3.0, 1.0}, {u"Papalote"_s, 2.0, 4.0}};
        const std::unique_ptr<QChart> chart(
                ChartFactory::create(widget, columns(1, 2), result, theme));
        auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        for (QBarSet *set : bars->barSets())
            colors.append(set->color().name());
    }
    QCOMPARE(colors.mid(0, 2), expected);
}

// Dark mode gives a widget's card the dark background and its chart a dark card too; light
// mode again puts the application's colours back.
void TestCanvasParts::darkModeChangesTheView()
{
    Widget widget;
    widget.type = WidgetType::Bar;
    widget.title = u"Revenue"_s;
    widget.grid = {0, 0, 6, 4};
    const auto shown = shownView(widget, {480, 300});
    QVERIFY(shown);
    WidgetView &view = *shown;
    WidgetRun run;
    QueryPlan plan;
    plan.columns = columns(1, 1);
    run.resolution.plan = plan;
    run.result.rows = {{u"Farolito"_s, 3.0}, {u"Papalote"_s, 2.0}};
    view.setRun(run);
    const QColor card = QColor::fromString(ThemeColors::forMode(ThemeMode::Dark).widgetBackground);
    const QColor lightWindow = view.palette().color(QPalette::Window);
    QVERIFY(lightWindow != card);
    // Below the frame, beside the title: the card's own background as drawn.
    const auto drawnBackground
            = [&] { return view.grab().toImage().pixelColor(view.width() - 6, 6); };
    QCOMPARE(drawnBackground(), lightWindow);

    Theme dark;
    dark.mode = ThemeMode::Dark;
    view.setTheme(dark);
    QCOMPARE(view.palette().color(QPalette::Window), card);
    QCOMPARE(view.palette().color(QPalette::WindowText),
             QColor::fromString(ThemeColors::forMode(ThemeMode::Dark).text));
    QCOMPARE(drawnBackground(), card);
    auto *chartView = view.findChild<QChartView *>();
    QVERIFY(chartView && chartView->chart());
    QCOMPARE(chartView->chart()->backgroundBrush().color(), card);
    // Bars outlined in the card's colour, not the light theme's white.
    const auto series = chartView->chart()->series();
    QVERIFY(!series.isEmpty());
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.constFirst());
    QVERIFY(bars && !bars->barSets().isEmpty());
    QCOMPARE(bars->barSets().constFirst()->borderColor(), card);

    view.setTheme(Theme());
    QCOMPARE(view.palette().color(QPalette::Window), lightWindow);
    QCOMPARE(drawnBackground(), lightWindow);
}

// The canvas takes the project's theme when it changes (Project Settings' undo step) and gives it
// to every widget view; undo puts the light canvas back.
void TestCanvasParts::canvasFollowsTheProjectTheme()
{
    Project project;
    project.id = u"{6f1c0000-0000-4000-8000-000000000001}"_s;
    project.name = u"Themes"_s;
    Dashboard dashboard;
    dashboard.id = u"d1"_s;
    Widget text;
    text.id = u"w1"_s;
    text.type = WidgetType::Text;
    text.grid = {0, 0, 4, 2};
    dashboard.widgets.append(text);
    project.dashboards.append(dashboard);
    ProjectDocument document(project);
    DocumentSelection selection(&document);
    selection.setDashboardId(u"d1"_s);
    CanvasSurface surface(&document, &selection);
    surface.resize(800, 400);
    surface.rebuild();
    QCOMPARE(surface.views().size(), 1);
    const QColor lightCanvas = surface.palette().color(QPalette::Window);

    ProjectSettings settings = SetProjectSettings::current(document);
    settings.theme.mode = ThemeMode::Dark;
    settings.theme.font = u"DejaVu Serif"_s;
    document.undoStack()->push(new SetProjectSettings(&document, settings));
    const ThemeColors dark = ThemeColors::forMode(ThemeMode::Dark);
    QCOMPARE(surface.palette().color(QPalette::Window), QColor::fromString(dark.background));
    QCOMPARE(surface.font().family(), u"DejaVu Serif"_s);
    WidgetView *view = surface.views().constFirst();
    QCOMPARE(view->theme(), settings.theme);
    QCOMPARE(view->palette().color(QPalette::Window), QColor::fromString(dark.widgetBackground));
    QCOMPARE(view->font().family(), u"DejaVu Serif"_s);

    document.undoStack()->undo();
    QCOMPARE(surface.palette().color(QPalette::Window), lightCanvas);
    QCOMPARE(view->theme(), Theme());
}

// A donut four grid columns wide at 1024 px showed its legend's swatches only: QtCharts gave the
// names no room. Placed by hand, the names take the right half and end in "…"; a wide donut keeps
// QtCharts' own layout.
void TestCanvasParts::narrowDonutsNameTheirSlices()
{
    Widget widget;
    widget.type = WidgetType::Donut;
    widget.grid = {0, 0, 4, 4};
    QueryResult result;
    for (const QString &promotion :
         {u"(none)"_s, u"Summer Combo 2025"_s, u"Holiday Feast 2024"_s, u"Spring Fiesta"_s})
        result.rows.append({promotion, 10.0});
    const auto legendInk = [&](const QSize &size, bool *attached) {
        QChartView view(ChartFactory::create(widget, columns(1, 1), result));
        view.resize(size);
        view.show();
        QTest::qWait(20);
        ChartFactory::fitLegend(view.chart(), size);
        QTest::qWait(20);
        *attached = view.chart()->legend()->isAttachedToChart();
        // Dark pixels (the names' ink) in the right half, where the legend is.
        const QImage image = view.grab().toImage();
        int ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = image.width() / 2; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        return ink;
    };
    bool attached = true;
    const int narrow = legendInk(QSize(140, 200), &attached);
    QVERIFY(!attached);
    // Four names of a few letters each, not four swatches.
    QVERIFY2(narrow > 150, qPrintable(QString::number(narrow)));
    legendInk(QSize(420, 240), &attached);
    QVERIFY(attached);
}

QTEST_MAIN(TestCanvasParts)
#include "tst_canvasparts.moc"
