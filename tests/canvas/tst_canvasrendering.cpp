// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "canvas/chartfactory.h"
#include "canvas/dashboardexporter.h"
#include "canvasfixtures.h"
#include "data/queryexecutor.h"
#include "document/projectfile.h"

#include <QDomDocument>
#include <QFile>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The demo dashboards drawn off-screen from real query results, as the canvas exports them and
// as the headless preview will: every chart area carries drawn content, and each file format is
// what it claims to be.
class TestCanvasRendering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoDashboardToPng_data();
    void demoDashboardToPng();
    void emptyResultDrawsNoChart();
    void exportFormats_data();
    void exportFormats();
    void widgetCsv();
    void unknownFormatRefused();

private:
    QList<WidgetRun> runDashboard(const Dashboard &dashboard);

    std::unique_ptr<Tests::Canvas::Demo> m_demo;
    std::optional<Project> m_project;
    QueryExecutor m_executor;
};

void TestCanvasRendering::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = Tests::Canvas::createDemo();
    QVERIFY2(!m_demo->projectPath.isEmpty(), qPrintable(m_demo->error));
    auto loaded = ProjectFile::load(m_demo->projectPath);
    QVERIFY(loaded.project);
    m_project = std::move(loaded.project);
}

QList<WidgetRun> TestCanvasRendering::runDashboard(const Dashboard &dashboard)
{
    const Resolver resolver(*m_project, m_demo->projectPath);
    const DashboardResolution resolution = resolver.resolveDesign(dashboard, {});
    return DashboardRunner(m_executor).run(dashboard, resolution);
}

void TestCanvasRendering::demoDashboardToPng_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("distributor performance") << u"distributor-performance"_s;
    QTest::newRow("chain overview") << u"chain-overview"_s;
    QTest::newRow("restaurant overview") << u"restaurant-overview"_s;
}

void TestCanvasRendering::demoDashboardToPng()
{
    QFETCH(QString, slug);
    const Dashboard *dashboard = m_project->dashboard(slug);
    QVERIFY(dashboard);
    const QList<WidgetRun> runs = runDashboard(*dashboard);
    for (const WidgetRun &run : runs) {
        QVERIFY2(run.error.isEmpty(), qPrintable(run.title + u": "_s + run.error));
        QVERIFY2(run.resolution.denied.isEmpty(), qPrintable(run.resolution.denied));
    }

    const DashboardExporter exporter(*dashboard, runs);
    // Kept beside the test executable, to look at.
    const QString path = QDir::current().filePath(slug + u".png"_s);
    QString error;
    QVERIFY2(exporter.write(path, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    // Written at twice the pixels; measured in the exporter's coordinates.
    QCOMPARE(image.size(), exporter.size() * 2);
    image = image.scaled(exporter.size());

    for (const Widget &widget : dashboard->widgets) {
        const QRect content = exporter.contentRect(widget.id);
        QVERIFY2(!content.isEmpty(), qPrintable(widget.title));
        const double drawn = Tests::Canvas::drawnShare(image, content);
        // Charts fill much of their area with bars, lines, slices, axes and labels; a number or a
        // table less so, but never nothing.
        const double least = ChartFactory::isChart(widget.type) ? 0.02 : 0.01;
        QVERIFY2(drawn >= least,
                 qPrintable(u"%1: %2 of the area drawn"_s.arg(widget.title).arg(drawn)));
    }
}

void TestCanvasRendering::emptyResultDrawsNoChart()
{
    // The measure of the drawn share must tell an empty chart area from a drawn one.
    Dashboard dashboard = *m_project->dashboard(u"chain-overview"_s);
    QList<WidgetRun> runs = runDashboard(dashboard);
    QString barId;
    for (WidgetRun &run : runs) {
        if (run.type == WidgetType::Bar) {
            barId = run.resolution.widgetId;
            run.result.rows.clear();
        }
    }
    QVERIFY(!barId.isEmpty());
    const DashboardExporter exporter(dashboard, runs);
    const QImage image = exporter.image();
    QVERIFY(Tests::Canvas::drawnShare(image, exporter.contentRect(barId)) < 0.01);
}

void TestCanvasRendering::exportFormats_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << u"png"_s;
    QTest::newRow("svg") << u"svg"_s;
    QTest::newRow("pdf") << u"pdf"_s;
}

void TestCanvasRendering::exportFormats()
{
    QFETCH(QString, suffix);
    const Dashboard *dashboard = m_project->dashboard(u"restaurant-overview"_s);
    const DashboardExporter exporter(*dashboard, runDashboard(*dashboard));
    const QString path = QDir(m_demo->dir.path()).filePath(u"export."_s + suffix);
    QString error;
    QVERIFY2(exporter.write(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (suffix == u"png"_s) {
        QVERIFY(data.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(!QImage::fromData(data, "PNG").isNull());
    } else if (suffix == u"svg"_s) {
        QDomDocument dom;
        QVERIFY(dom.setContent(data));
        QCOMPARE(dom.documentElement().tagName(), u"svg"_s);
        QSvgRenderer renderer(data);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(QPoint(), exporter.size()));
        // Vector text, not one bitmap: a widget's title is in it.
        QVERIFY(data.contains("Revenue by month"));
    } else {
        QVERIFY(data.startsWith("%PDF-"));
        QVERIFY(data.trimmed().endsWith("%%EOF"));
        QVERIFY(data.contains("/Type /Page"));
    }
}

void TestCanvasRendering::widgetCsv()
{
    const Dashboard *dashboard = m_project->dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs = runDashboard(*dashboard);
    const auto table = std::find_if(runs.cbegin(), runs.cend(),
                                    [](const WidgetRun &r) { return r.type == WidgetType::Table; });
    QVERIFY(table != runs.cend());
    const QString path = QDir(m_demo->dir.path()).filePath(u"table.csv"_s);
    QString error;
    QVERIFY2(DashboardExporter::writeCsv(*table, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header, one line per row, and the empty rest after the last CRLF.
    QCOMPARE(lines.size(), table->result.rows.size() + 2);
    QCOMPARE(lines.first(), QByteArray("Product,Promotion,Quantity,Revenue\r"));

    WidgetRun failed = *table;
    failed.error = u"no such table: sales"_s;
    QVERIFY(!DashboardExporter::writeCsv(failed, path, &error));
    QVERIFY(error.contains(table->title));
}

void TestCanvasRendering::unknownFormatRefused()
{
    const Dashboard *dashboard = m_project->dashboard(u"chain-overview"_s);
    const DashboardExporter exporter(*dashboard, {});
    QString error;
    QVERIFY(!exporter.write(QDir(m_demo->dir.path()).filePath(u"out.gif"_s), &error));
    QVERIFY(error.contains(u".png"_s));
}

QTEST_MAIN(TestCanvasRendering)
#include "tst_canvasrendering.moc"
