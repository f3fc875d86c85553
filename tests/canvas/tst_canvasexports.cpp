// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "canvas/canvasdatacontroller.h"
#include "canvas/canvassurface.h"
#include "canvas/dashboardcanvas.h"
#include "canvas/dashboardexporter.h"
#include "canvas/widgetview.h"
#include "canvasfixtures.h"
#include "common/json.h"
#include "data/queryexecutor.h"
#include "document/projectdocument.h"
#include "documentselection.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// Poppler's pdftotext and pdftoppm read the PDFs as a viewer would. CI must have them
// (scripts/setup.sh installs poppler-utils); elsewhere the PDF checks are skipped, saying why.
#define DASHWRIGHT_REQUIRE_POPPLER()                                                               \
    do {                                                                                           \
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()                               \
            || QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {                          \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL("pdftotext/pdftoppm (poppler-utils) missing; CI is set: they must run");     \
            QSKIP("pdftotext/pdftoppm (poppler-utils) missing: skipped outside CI");               \
        }                                                                                          \
    } while (false)

// What an analyst gets from File › Export Dashboard and sees on the canvas around it: a PDF
// that shows what the PNG shows (legends included), every row of a table, a header saying
// what, whose and when, pages broken between widgets, and warnings only on the widgets they
// concern — never in a file, never over a title.
class TestCanvasExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfShowsLegends();
    void badgeOnlyWhereTheParameterIsTaken();
    void badgeNeverCoversTheTitle();
    void exportsCarryNoBadge();
    void exportsShowEveryTableRow();
    void tablePagerAndWheel();
    void headerAndPages();
    void tallTableAcrossPages();
    void noticeAboveTheWidgets();
    void exportsTakeTheTheme();
    void canvasExportNameAndMessage();

private:
    Dashboard dashboard(const QString &slug) const { return *m_demo->project.dashboard(slug); }
    QList<WidgetRun> run(const Dashboard &dashboard, const std::optional<Json> &claims = {},
                         const Project *project = nullptr);
    static QString pdfText(const QString &path);
    static QImage pdfPage(const QString &path, int page);
    QString path(const QString &name) const { return m_demo->dir.filePath(name); }

    std::unique_ptr<Tests::Canvas::Demo> m_demo;
    QueryExecutor m_executor;
};

void TestCanvasExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = Tests::Canvas::createDemo();
    QVERIFY2(m_demo->ok(), qPrintable(m_demo->error));
}

QList<WidgetRun> TestCanvasExports::run(const Dashboard &dashboard,
                                        const std::optional<Json> &claims, const Project *project)
{
    const Resolver resolver(project ? *project : m_demo->project, m_demo->projectPath);
    const DashboardResolution resolution = claims ? resolver.resolve(dashboard, *claims, {})
                                                  : resolver.resolveDesign(dashboard, {});
    return DashboardRunner(m_executor).run(dashboard, resolution);
}

QString TestCanvasExports::pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QImage TestCanvasExports::pdfPage(const QString &path, int page)
{
    // At 96 dpi, the resolution the exporter draws at: one PDF pixel, one image pixel.
    const QString prefix = path + u"-page"_s + QString::number(page);
    QProcess process;
    process.start(u"pdftoppm"_s,
                  {u"-r"_s, u"96"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                   u"-png"_s, u"-singlefile"_s, path, prefix});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QImage(prefix + u".png"_s);
}

void TestCanvasExports::pdfShowsLegends()
{
    DASHWRIGHT_REQUIRE_POPPLER();
    const Dashboard d = dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs = run(d);
    const auto donut = std::find_if(runs.cbegin(), runs.cend(), [](const WidgetRun &r) {
        return r.type == WidgetType::Donut || r.type == WidgetType::Pie;
    });
    QVERIFY(donut != runs.cend());
    QVERIFY(donut->result.rows.size() >= 3);
    const DashboardExporter exporter(d, runs);
    const QString pdf = path(u"legends.pdf"_s);
    QString error;
    QVERIFY2(exporter.write(pdf, &error), qPrintable(error));

    // Every slice's name is in the PDF's text…
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    for (const QVariantList &row : donut->result.rows) {
        if (!row.first().isNull())
            QVERIFY2(text.contains(row.first().toString()), qPrintable(row.first().toString()));
    }

    // …and drawn where it shows: the legend, right of the donut, carries as much ink as in
    // the PNG (it once held "(none)" alone, the other names and every marker clipped away).
    const QRect content = exporter.contentRect(donut->resolution.widgetId);
    const QRect legend(content.x() + content.width() * 6 / 10, content.y(),
                       content.width() * 4 / 10, content.height());
    const double inPng = Tests::Canvas::drawnShare(exporter.image(), legend);
    QVERIFY(inPng > 0.01);
    const QImage page = pdfPage(pdf, 1);
    QVERIFY(!page.isNull());
    const QRectF paint = DashboardExporter::pdfPageLayout().paintRectPixels(96);
    const qreal scale = paint.width() / exporter.size().width();
    const QRect onPage = QRectF(paint.topLeft() + QPointF(legend.topLeft()) * scale,
                                QSizeF(legend.size()) * scale)
                                 .toRect();
    const double inPdf = Tests::Canvas::drawnShare(page, onPage);
    QVERIFY2(inPdf > inPng * 0.5,
             qPrintable(u"legend ink: PDF %1, PNG %2"_s.arg(inPdf).arg(inPng)));
}

void TestCanvasExports::badgeOnlyWhereTheParameterIsTaken()
{
    // A tenant whose token leaves "distributor" at its default, on a dashboard that also has a
    // parameter no widget takes: the badge is on the widgets that take "distributor", nowhere
    // else, and never about the unused parameter.
    Project project = m_demo->project;
    Dashboard *d = nullptr;
    for (Dashboard &candidate : project.dashboards) {
        if (candidate.slug == u"distributor-performance"_s)
            d = &candidate;
    }
    QVERIFY(d);
    Parameter unused;
    unused.id = Tests::DemoFixture::newId();
    unused.name = u"region"_s;
    unused.label = u"Region"_s;
    unused.defaultValue = u"North"_s;
    d->parameters.append(unused);
    const QList<WidgetRun> runs
            = run(*d, project.tenant(u"Forgetful tenant — no override"_s)->claims, &project);
    int withBadge = 0;
    int withoutBadge = 0;
    for (const WidgetRun &r : runs) {
        WidgetView view(*d->widget(r.resolution.widgetId));
        view.resize(400, 300);
        view.setRun(r);
        const auto *badge = view.findChild<QLabel *>(u"widgetWarnings"_s);
        QVERIFY(badge);
        QVERIFY2(!badge->toolTip().contains(u"region"_s), qPrintable(badge->toolTip()));
        bool takes = false;
        for (const Filter &f : view.widget().filters)
            takes |= !f.parameterId.isEmpty();
        for (const Filter &f : d->filters)
            takes |= !f.parameterId.isEmpty() && f.datasetId == view.widget().datasetId;
        QCOMPARE(!badge->text().isEmpty(), takes);
        if (takes)
            QVERIFY(badge->toolTip().contains(u"\"distributor\": default used"_s));
        ++(takes ? withBadge : withoutBadge);
    }
    QVERIFY(withBadge > 0);
    QVERIFY(withoutBadge > 0);
}

void TestCanvasExports::badgeNeverCoversTheTitle()
{
    Dashboard d = dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs
            = run(d, m_demo->project.tenant(u"Forgetful tenant — no override"_s)->claims);
    const auto withWarning = std::find_if(runs.cbegin(), runs.cend(), [](const WidgetRun &r) {
        return !r.resolution.warnings.isEmpty() && r.resolution.denied.isEmpty();
    });
    QVERIFY(withWarning != runs.cend());
    Widget widget = *d.widget(withWarning->resolution.widgetId);
    widget.title = u"A long title that does not fit beside the warnings badge of its widget"_s;
    for (const int width : {180, 260, 420, 900}) {
        QWidget window;
        auto *view = new WidgetView(widget, &window);
        view->setRun(*withWarning);
        view->setGeometry(0, 0, width, 240);
        window.resize(width, 240);
        window.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const auto *title = view->findChild<QLabel *>(u"widgetTitle"_s);
        const auto *badge = view->findChild<QLabel *>(u"widgetWarnings"_s);
        QVERIFY(title && badge);
        QVERIFY(badge->isVisible() && !badge->text().isEmpty());
        QVERIFY2(!title->geometry().intersects(badge->geometry()),
                 qPrintable(u"width %1: title %2,%3 %4 wide, badge at %5"_s.arg(width)
                                    .arg(title->x())
                                    .arg(title->y())
                                    .arg(title->width())
                                    .arg(badge->x())));
        // What the title shows fits in its room: shortened with an ellipsis, whole on hover.
        QVERIFY(title->fontMetrics().horizontalAdvance(title->text()) <= title->width());
        QCOMPARE(title->toolTip(), widget.title);
        if (width < 420)
            QVERIFY(title->text().endsWith(u'…'));
    }
}

void TestCanvasExports::exportsCarryNoBadge()
{
    DASHWRIGHT_REQUIRE_POPPLER();
    const Dashboard d = dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs
            = run(d, m_demo->project.tenant(u"Forgetful tenant — no override"_s)->claims);
    bool warned = false;
    for (const WidgetRun &r : runs)
        warned |= !r.resolution.warnings.isEmpty();
    QVERIFY(warned);
    const DashboardExporter exporter(d, runs);
    QString error;
    // The SVG is drawn as the PNG is, with its text as text.
    for (const QString &name : {u"badges.pdf"_s, u"badges.svg"_s}) {
        QVERIFY2(exporter.write(path(name), &error), qPrintable(error));
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = name.endsWith(u".pdf"_s) ? pdfText(path(name))
                                                      : QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"Revenue by promotion"_s));
        QVERIFY2(!text.contains(u"warning"_s, Qt::CaseInsensitive), qPrintable(name));
    }
}

void TestCanvasExports::exportsShowEveryTableRow()
{
    DASHWRIGHT_REQUIRE_POPPLER();
    const Dashboard d = dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs = run(d);
    const auto table = std::find_if(runs.cbegin(), runs.cend(),
                                    [](const WidgetRun &r) { return r.type == WidgetType::Table; });
    QVERIFY(table != runs.cend());
    // More rows than the widget's grid cells have room for.
    QVERIFY2(table->result.rows.size() >= 15,
             qPrintable(QString::number(table->result.rows.size())));
    const DashboardExporter exporter(d, runs);
    const QString pdf = path(u"table.pdf"_s);
    QString error;
    QVERIFY2(exporter.write(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    // Each product as many times as the table has it (the charts may name it too).
    QHash<QString, int> expected;
    for (const QVariantList &row : table->result.rows)
        ++expected[row.first().toString()];
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(
                text.count(it.key()) >= it.value(),
                qPrintable(
                        u"%1: %2 of %3"_s.arg(it.key()).arg(text.count(it.key())).arg(it.value())));
    // The table grew downwards, and nothing is drawn under another widget.
    const QRect grown = exporter.widgetRect(table->resolution.widgetId);
    for (const Widget &w : d.widgets) {
        if (w.id != table->resolution.widgetId)
            QVERIFY2(!exporter.widgetRect(w.id).intersects(grown), qPrintable(w.title));
    }
}

void TestCanvasExports::tablePagerAndWheel()
{
    const Dashboard d = dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs = run(d);
    const auto found = std::find_if(runs.cbegin(), runs.cend(),
                                    [](const WidgetRun &r) { return r.type == WidgetType::Table; });
    QVERIFY(found != runs.cend());
    // 60 rows: three pages.
    WidgetRun table = *found;
    while (table.result.rows.size() < 60)
        table.result.rows += found->result.rows;
    table.result.rows.resize(60);
    // A table without a limit of its own, whose query brings up to 100 rows a time.
    Widget widget = *d.widget(table.resolution.widgetId);
    widget.limit = 0;
    QVERIFY(table.resolution.plan);
    table.resolution.plan->limit = 100;
    {
        // A query that came back full may have more rows to come.
        WidgetRun full = table;
        while (full.result.rows.size() < 100)
            full.result.rows += found->result.rows;
        full.result.rows.resize(100);
        WidgetView view(widget);
        view.setRun(full);
        QCOMPARE(view.findChild<QLabel *>(u"tablePageLabel"_s)->text(), u"1–25 of 100+"_s);
    }
    WidgetView view(widget);
    view.resize(500, 320);
    view.show();
    view.setRun(table);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    auto *label = view.findChild<QLabel *>(u"tablePageLabel"_s);
    auto *next = view.findChild<QWidget *>(u"tableNextPage"_s);
    auto *tableView = view.findChild<QTableView *>();
    QVERIFY(label && next && tableView);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"1–25 of 60"_s);
    QCOMPARE(tableView->model()->rowCount(), WidgetView::tableRowsPerPage);

    // The canvas hands a press on the pager's button to the view.
    const QPoint onNext = next->mapTo(&view, next->rect().center());
    QVERIFY(view.pressControlAt(onNext));
    QCOMPARE(label->text(), u"26–50 of 60"_s);
    QVERIFY(view.pressControlAt(onNext));
    QCOMPARE(label->text(), u"51–60 of 60"_s);
    QCOMPARE(tableView->model()->rowCount(), 10);
    QVERIFY(!view.pressControlAt(QPoint(5, 5))); // the title: not a control

    // The wheel scrolls the table while it can, then is the canvas's again.
    view.setRun(table); // the same rows: the same page
    QCOMPARE(label->text(), u"51–60 of 60"_s);
    view.pressControlAt(
            view.findChild<QWidget *>(u"tablePreviousPage"_s)->mapTo(&view, QPoint(2, 2)));
    view.pressControlAt(
            view.findChild<QWidget *>(u"tablePreviousPage"_s)->mapTo(&view, QPoint(2, 2)));
    QCOMPARE(label->text(), u"1–25 of 60"_s);
    QScrollBar *bar = tableView->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    const QPointF at = tableView->mapTo(&view, tableView->rect().center());
    QWheelEvent up(at, at, {}, {0, 120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QWheelEvent down(at, at, {}, {0, -120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QVERIFY(!view.scrollContent(&up)); // at the top already
    QVERIFY(view.scrollContent(&down));
    QVERIFY(bar->value() > 0);
    for (int i = 0; i < 100 && view.scrollContent(&down); ++i) { }
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(!view.scrollContent(&down));
}

void TestCanvasExports::headerAndPages()
{
    DASHWRIGHT_REQUIRE_POPPLER();
    // A dashboard taller than a page: its widgets stacked, each a third of a page high.
    Dashboard d = dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs = run(d);
    int y = 0;
    for (Widget &w : d.widgets) {
        w.grid = {0, y, 12, 8};
        y += 8;
    }
    const DashboardExporter exporter(
            d, runs, 1280,
            {d.title, u"Previewed as Farolito"_s, QDateTime(QDate(2026, 3, 14), QTime(9, 30))});
    QVERIFY(!exporter.headerRect().isEmpty());
    for (const Widget &w : d.widgets)
        QVERIFY(exporter.widgetRect(w.id).top() >= exporter.headerRect().bottom());
    const QString pdf = path(u"long.pdf"_s);
    QString error;
    QVERIFY2(exporter.write(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(d.title));
    QVERIFY(text.contains(u"Previewed as Farolito"_s));
    QVERIFY(text.contains(u"2026"_s));

    // Several pages, none of them cutting a widget in two.
    const QRectF paint = DashboardExporter::pdfPageLayout().paintRectPixels(96);
    const int pageHeight = int(paint.height() / (paint.width() / exporter.size().width()));
    const auto bands = exporter.pageBands(pageHeight);
    QVERIFY(bands.size() > 1);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("/Type /Page\n") + 0, bands.size());
    for (const auto &[top, bottom] : bands) {
        QVERIFY(bottom - top <= pageHeight);
        for (const Widget &w : d.widgets) {
            const QRect r = exporter.widgetRect(w.id);
            QVERIFY2(!(r.top() < bottom && bottom < r.bottom()), qPrintable(w.title));
        }
    }
    QVERIFY(!pdfPage(pdf, int(bands.size())).isNull());
}

void TestCanvasExports::tallTableAcrossPages()
{
    DASHWRIGHT_REQUIRE_POPPLER();
    // A table of more rows than a page holds, between two charts.
    Dashboard d = dashboard(u"distributor-performance"_s);
    const auto table = std::find_if(d.widgets.begin(), d.widgets.end(),
                                    [](const Widget &w) { return w.type == WidgetType::Table; });
    QVERIFY(table != d.widgets.end());
    const Dataset *sales = m_demo->project.dataset(table->datasetId);
    QVERIFY(sales);
    table->dimensions = {Dimension{sales->columnByName(u"sale_date"_s)->id, TimeGrain::Day}};
    table->limit = 120;
    const QList<WidgetRun> runs = run(d);
    const auto tableRun = std::find_if(runs.cbegin(), runs.cend(), [&](const WidgetRun &r) {
        return r.resolution.widgetId == table->id;
    });
    QVERIFY(tableRun != runs.cend());
    QVERIFY2(tableRun->result.rows.size() >= 40,
             qPrintable(QString::number(tableRun->result.rows.size())));
    const DashboardExporter exporter(d, runs);
    const QRectF paint = DashboardExporter::pdfPageLayout().paintRectPixels(96);
    const qreal scale = paint.width() / exporter.size().width();
    const auto bands = exporter.pageBands(int(paint.height() / scale));
    const QRect tableRect = exporter.widgetRect(table->id);
    QVERIFY2(tableRect.height() > paint.height() / scale, "the table is taller than a page");
    const QString pdf = path(u"tall.pdf"_s);
    QString error;
    QVERIFY2(exporter.write(pdf, &error), qPrintable(error));

    // Each row once: none drawn on two pages.
    const QString text = pdfText(pdf);
    for (const QVariantList &row : tableRun->result.rows) {
        const QString date = row.first().toDate().toString(Qt::ISODate);
        QVERIFY2(text.count(date) == 1,
                 qPrintable(u"%1: %2 times"_s.arg(date).arg(text.count(date))));
    }
    // Nothing under a page's last band: the table and its frame end where the page breaks.
    int cutPages = 0;
    for (qsizetype i = 0; i + 1 < bands.size(); ++i) {
        const auto [top, bottom] = bands.at(i);
        if (!(tableRect.top() < bottom && bottom < tableRect.bottom()))
            continue;
        ++cutPages;
        const QImage page = pdfPage(pdf, int(i + 1));
        QVERIFY(!page.isNull());
        const int end = int(paint.top() + (bottom - top) * scale) + 2;
        for (int y = end; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                QVERIFY2(qGray(page.pixel(x, y)) > 245,
                         qPrintable(u"page %1 drawn at %2,%3"_s.arg(i + 1).arg(x).arg(y)));
        }
    }
    QVERIFY(cutPages > 0);
}

void TestCanvasExports::noticeAboveTheWidgets()
{
    // Said once, between the header and the widgets, covering none of them; without a header
    // (Compare's panes, `dashwright preview`) at the top.
    const Dashboard d = dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs = run(d);
    const QString notice
            = u"This token does not grant “%1”. It grants: “Chain overview”."_s.arg(d.title);
    const DashboardExporter plain(d, runs);
    for (const DashboardExporter::Header &header :
         {DashboardExporter::Header{d.title, u"Previewed as Fiesty Fiesta"_s, {}, notice},
          DashboardExporter::Header{.notice = notice}}) {
        const DashboardExporter exporter(d, runs, 1280, header);
        const QRect rect = exporter.noticeRect();
        QVERIFY(!rect.isEmpty());
        QVERIFY(rect.top() >= exporter.headerRect().bottom());
        QCOMPARE(exporter.size().height() - plain.size().height(),
                 exporter.widgetRect(d.widgets.first().id).top()
                         - plain.widgetRect(d.widgets.first().id).top());
        for (const Widget &w : d.widgets)
            QVERIFY2(exporter.widgetRect(w.id).top() > rect.bottom(), qPrintable(w.title));
    }
    QVERIFY(plain.noticeRect().isEmpty());
}

void TestCanvasExports::exportsTakeTheTheme()
{
    // A file looks like the canvas: the project's palette, dark mode and font.
    const Dashboard d = dashboard(u"distributor-performance"_s);
    const QList<WidgetRun> runs = run(d);
    const auto bar = std::find_if(d.widgets.cbegin(), d.widgets.cend(),
                                  [](const Widget &w) { return w.type == WidgetType::Bar; });
    QVERIFY(bar != d.widgets.cend() && bar->colors.isEmpty());
    Theme theme;
    theme.palette = u"okabe-ito"_s;
    theme.mode = ThemeMode::Dark;
    const QColor first(theme.colors().constFirst());
    const auto shareOf = [](const QImage &image, const QRect &rect, const QColor &color) {
        int hits = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                hits += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                                + std::abs(c.blue() - color.blue())
                        < 24;
            }
        }
        return double(hits) / (rect.width() * rect.height());
    };
    for (const bool themed : {false, true}) {
        const DashboardExporter exporter(d, runs, 1280, {}, themed ? theme : Theme());
        const QImage image = exporter.image();
        // Behind the widgets, and the bars' colour.
        const int background = qGray(image.pixel(2, 2));
        QVERIFY2(themed ? background < 80 : background > 180,
                 qPrintable(QString::number(background)));
        const double bars = shareOf(image, exporter.contentRect(bar->id), first);
        QVERIFY2(themed ? bars > 0.02 : bars < 0.001, qPrintable(QString::number(bars)));
    }
}

void TestCanvasExports::canvasExportNameAndMessage()
{
    ProjectDocument document;
    QVERIFY(document.load(m_demo->projectPath));
    DocumentSelection selection(&document);
    selection.setDashboardId(document.project().dashboard(u"distributor-performance"_s)->id);
    DashboardCanvas canvas(&document, &selection);
    canvas.resize(1024, 700);
    canvas.show();
    QTRY_VERIFY_WITH_TIMEOUT(canvas.dataController()->isIdle(), 20000);
    const QString title = document.dashboard(selection.dashboardId())->title;

    canvas.setViewer(u"Default — no token"_s, false);
    QCOMPARE(canvas.viewerStamp(), u"Default — no token"_s);
    QCOMPARE(canvas.proposedExportName(u"pdf"_s), title + u".pdf"_s);
    canvas.setViewer(u"Farolito"_s, true);
    QCOMPARE(canvas.viewerStamp(), u"Previewed as Farolito"_s);
    QCOMPARE(canvas.proposedExportName(u"png"_s), title + u" — Farolito.png"_s);
    // A name no file system should refuse.
    canvas.setViewer(u"a/b: c?*"_s, true);
    QCOMPARE(canvas.proposedExportName(u"pdf"_s), title + u" — a b c.pdf"_s);

    QSignalSpy said(&canvas, &DashboardCanvas::message);
    const QString png = path(u"canvas.png"_s);
    QString error;
    QVERIFY2(canvas.exportDashboard(png, &error), qPrintable(error));
    QCOMPARE(said.size(), 1);
    QVERIFY(said.first().first().toString().startsWith(u"Exported to "_s));
    QVERIFY(said.first().first().toString().contains(u"canvas.png"_s));
    const QImage image(png);
    QVERIFY(!image.isNull());
    // The export's width (at twice the pixels), not the window's: a narrow window made files of
    // cut titles and tables without their last columns.
    QVERIFY(canvas.surface()->width() != DashboardCanvas::exportWidth);
    QCOMPARE(image.width(), DashboardCanvas::exportWidth * 2);
}

QTEST_MAIN(TestCanvasExports)
#include "tst_canvasexports.moc"
