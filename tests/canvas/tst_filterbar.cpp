// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/viewer.h"
#include "canvas/canvasdatacontroller.h"
#include "canvas/dashboardcanvas.h"
#include "canvas/filterbar.h"
#include "canvasfixtures.h"
#include "data/queryexecutor.h"
#include "demo/democatalog.h"
#include "document/projectdocument.h"
#include "documentselection.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The filter bar above the canvas (issue 14): the demo's viewer-editable filter and parameter as
// controls; a value picked there gives the widgets exactly what `dashwright query --filter` (the
// same Viewer path) gives for it; Reset returns to the defaults; a tenant preview shows the
// tenant's choices and the token's parameter value, which cannot be changed.
class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheViewerEditableFilter();
    void filterValueMatchesQuery();
    void tenantPreviewOffersTheTenantsChoices();
    void designParameterValue();
    void tenantPreviewShowsTheTokensParameter();

private:
    void show(const QString &slug);
    bool settled() const;
    const Dashboard &dashboard() const { return *m_document->dashboard(m_dashboardId); }
    // The rows of every widget on the canvas now, by widget id.
    QHash<QString, QList<QVariantList>> canvasRows() const;
    // The rows the CLI's path (Viewer::run, as `query` calls it) gives the same viewer.
    QHash<QString, QList<QVariantList>> viewerRows(const Viewer &viewer,
                                                   const Resolver::Options &options) const;
    QVariantList choices(const Viewer &viewer, const QString &filterId) const;
    QListWidget *choiceList(QPushButton *button) const
    {
        return button->menu()->findChild<QListWidget *>(u"choices"_s);
    }

    std::unique_ptr<Tests::Canvas::Demo> m_demo;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<DocumentSelection> m_selection;
    std::unique_ptr<DashboardCanvas> m_canvas;
    QString m_dashboardId;
};

void TestFilterBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = Tests::Canvas::createDemo();
    QVERIFY2(m_demo->ok(), qPrintable(m_demo->error));
}

void TestFilterBar::init()
{
    m_document = std::make_unique<ProjectDocument>();
    QVERIFY(m_document->load(m_demo->projectPath));
    m_selection = std::make_unique<DocumentSelection>(m_document.get());
    m_canvas = std::make_unique<DashboardCanvas>(m_document.get(), m_selection.get());
    m_canvas->resize(1200, 800);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
}

void TestFilterBar::cleanup()
{
    m_canvas.reset();
    m_selection.reset();
    m_document.reset();
}

void TestFilterBar::show(const QString &slug)
{
    m_dashboardId = m_document->project().dashboard(slug)->id;
    m_selection->setDashboardId(m_dashboardId);
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
}

bool TestFilterBar::settled() const
{
    const CanvasDataController *controller = m_canvas->dataController();
    if (!controller->isIdle() || controller->choicesPending())
        return false;
    for (const Widget &widget : dashboard().widgets) {
        if (!controller->run(widget.id))
            return false;
    }
    for (const Filter &filter : dashboard().filters) {
        if (filter.viewerEditable && !controller->filterChoices(filter.id)
            && controller->choicesDenied(filter.id).isEmpty())
            return false;
    }
    return true;
}

QHash<QString, QList<QVariantList>> TestFilterBar::canvasRows() const
{
    QHash<QString, QList<QVariantList>> rows;
    for (const Widget &widget : dashboard().widgets) {
        const WidgetRun *run = m_canvas->dataController()->run(widget.id);
        if (run && widget.type != WidgetType::Text)
            rows.insert(widget.id, run->result.rows);
    }
    return rows;
}

QHash<QString, QList<QVariantList>>
TestFilterBar::viewerRows(const Viewer &viewer, const Resolver::Options &options) const
{
    QueryExecutor executor(1);
    QHash<QString, QList<QVariantList>> rows;
    for (const WidgetRun &run : viewer.run(m_document->project(), m_document->filePath(),
                                           dashboard(), executor, options)) {
        if (run.type != WidgetType::Text)
            rows.insert(run.resolution.widgetId, run.result.rows);
    }
    return rows;
}

QVariantList TestFilterBar::choices(const Viewer &viewer, const QString &filterId) const
{
    QueryExecutor executor(1);
    const WidgetResolution resolution = viewer.filterChoices(
            m_document->project(), m_document->filePath(), dashboard(), filterId);
    if (!resolution.plan)
        qFatal("no choices: %s", qPrintable(resolution.denied));
    QVariantList values;
    for (const QVariantList &row :
         executor.submit(u"choices"_s, resolution.connection, *resolution.plan).result().rows)
        values.append(row.value(0));
    return values;
}

void TestFilterBar::showsTheViewerEditableFilter()
{
    show(u"restaurant-overview"_s);
    FilterBar *bar = m_canvas->filterBar();
    QVERIFY(bar->isVisible());
    const Filter &filter = dashboard().filters.constFirst();
    QVERIFY(filter.viewerEditable);
    // "in": several values, as the web component's list.
    auto *button = bar->findChild<QPushButton *>(u"filter_"_s + filter.id);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), u"All"_s);
    QListWidget *list = choiceList(button);
    const QVariantList expected = choices(Viewer::design(), filter.id);
    QVERIFY(expected.size() > 3);
    QCOMPARE(list->count(), expected.size());
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->data(Qt::UserRole), expected.at(i));
    // The bar sits above the widgets, which start below it.
    QVERIFY(m_canvas->viewport()->geometry().top() >= bar->geometry().bottom());
    // No parameters on this dashboard: no parameter controls.
    QVERIFY(bar->findChildren<QLineEdit *>().isEmpty());

    // The distributor dashboard has no viewer-editable filter (its filter follows the
    // parameter): the parameter alone.
    show(u"distributor-performance"_s);
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->findChild<QPushButton *>(u"filter_"_s + dashboard().filters.constFirst().id));
    QVERIFY(bar->findChild<QLineEdit *>(u"parameter_"_s + dashboard().parameters.constFirst().id));
}

void TestFilterBar::filterValueMatchesQuery()
{
    show(u"restaurant-overview"_s);
    const Filter &filter = dashboard().filters.constFirst();
    const auto before = canvasRows();
    QCOMPARE(before, viewerRows(Viewer::design(), {}));

    auto *button = m_canvas->filterBar()->findChild<QPushButton *>(u"filter_"_s + filter.id);
    QListWidget *list = choiceList(button);
    const QVariantList picked{list->item(1)->data(Qt::UserRole), list->item(3)->data(Qt::UserRole)};
    list->item(1)->setCheckState(Qt::Checked);
    list->item(3)->setCheckState(Qt::Checked);
    QCOMPARE(m_canvas->dataController()->filterValues().value(filter.id), QVariant(picked));
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
    QCOMPARE(button->text(), u"2 selected"_s);

    // `dashwright query --filter ID='["A","B"]'`: the same viewer, the same filter value.
    Resolver::Options options;
    options.filterValues.insert(filter.id, picked);
    const auto filtered = viewerRows(Viewer::design(), options);
    QVERIFY(filtered != before);
    QCOMPARE(canvasRows(), filtered);
    // "Revenue by restaurant" shows the two restaurants, no other.
    for (const Widget &widget : dashboard().widgets) {
        if (widget.title != u"Revenue by restaurant"_s)
            continue;
        const auto rows = canvasRows().value(widget.id);
        QCOMPARE(rows.size(), 2);
        for (const QVariantList &row : rows)
            QVERIFY(picked.contains(row.value(0)));
    }

    // Reset: the filter's initial value again (unset: every restaurant), the same rows as before.
    auto *reset = m_canvas->filterBar()->findChild<QPushButton *>(u"filterBarReset"_s);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(m_canvas->dataController()->filterValues().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
    QCOMPARE(canvasRows(), before);
    QCOMPARE(button->text(), u"All"_s);
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->checkState(), Qt::Unchecked);
    QVERIFY(!reset->isEnabled());
    // Session state only: the project is untouched.
    QVERIFY(!m_document->isModified());
}

void TestFilterBar::tenantPreviewOffersTheTenantsChoices()
{
    show(u"restaurant-overview"_s);
    const Filter &filter = dashboard().filters.constFirst();
    const TenantProfile *tenant = m_document->project().tenant(u"Farolito — access policy"_s);
    QVERIFY(tenant);
    m_canvas->dataController()->setClaims(tenant->claims, true);
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_canvas->dataController()->viewer()
                                     && m_canvas->dataController()->viewer()->isTokenView(),
                             20000);
    QString error;
    const std::optional<Viewer> viewer = Viewer::profile(m_document->project(), *tenant, &error);
    QVERIFY2(viewer, qPrintable(error));
    // Only what the policy lets Farolito read: the web component's choices for this token.
    const QVariantList expected = choices(*viewer, filter.id);
    QCOMPARE(expected, QVariantList{DemoCatalog::farolito.toString()});
    auto *button = m_canvas->filterBar()->findChild<QPushButton *>(u"filter_"_s + filter.id);
    QVERIFY(button);
    QListWidget *list = choiceList(button);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole), expected.constFirst());
    list->item(0)->setCheckState(Qt::Checked);
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
    Resolver::Options options;
    options.filterValues.insert(filter.id, expected);
    QCOMPARE(canvasRows(), viewerRows(*viewer, options));
}

void TestFilterBar::designParameterValue()
{
    show(u"distributor-performance"_s);
    const Parameter &parameter = dashboard().parameters.constFirst();
    auto *edit = m_canvas->filterBar()->findChild<QLineEdit *>(u"parameter_"_s + parameter.id);
    QVERIFY(edit);
    QVERIFY(edit->isEnabled());
    QCOMPARE(edit->text(), DemoCatalog::demoShop.toString());
    const auto before = canvasRows();

    edit->setText(DemoCatalog::fiestyFiesta.toString());
    Q_EMIT edit->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
    Resolver::Options options;
    options.designParameterValues.insert(parameter.id, DemoCatalog::fiestyFiesta.toString());
    const auto fiesty = viewerRows(Viewer::design(), options);
    QVERIFY(fiesty != before);
    QCOMPARE(canvasRows(), fiesty);
    QVERIFY(edit->toolTip().contains(u"not saved"_s, Qt::CaseInsensitive));
    // The default in the project is the same as before.
    QCOMPARE(parameter.defaultValue, QVariant(DemoCatalog::demoShop.toString()));
    QVERIFY(!m_document->isModified());

    QTest::mouseClick(m_canvas->filterBar()->findChild<QPushButton *>(u"filterBarReset"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
    QCOMPARE(canvasRows(), before);
    QCOMPARE(edit->text(), DemoCatalog::demoShop.toString());
}

void TestFilterBar::tenantPreviewShowsTheTokensParameter()
{
    show(u"distributor-performance"_s);
    const Parameter &parameter = dashboard().parameters.constFirst();
    auto *edit = m_canvas->filterBar()->findChild<QLineEdit *>(u"parameter_"_s + parameter.id);
    // A design value first: it must not reach the tenant.
    edit->setText(DemoCatalog::fiestyFiesta.toString());
    Q_EMIT edit->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);

    const TenantProfile *tenant = m_document->project().tenant(u"Farolito — parameter override"_s);
    m_canvas->dataController()->setClaims(tenant->claims, true);
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_canvas->dataController()->viewer()
                                     && m_canvas->dataController()->viewer()->isTokenView(),
                             20000);
    edit = m_canvas->filterBar()->findChild<QLineEdit *>(u"parameter_"_s + parameter.id);
    QVERIFY(edit);
    QVERIFY(!edit->isEnabled());
    QTRY_COMPARE(edit->text(), DemoCatalog::farolito.toString());
    QVERIFY2(edit->toolTip().contains(u"token sets this value"_s), qPrintable(edit->toolTip()));
    QString error;
    const std::optional<Viewer> viewer = Viewer::profile(m_document->project(), *tenant, &error);
    QVERIFY2(viewer, qPrintable(error));
    QCOMPARE(canvasRows(), viewerRows(*viewer, {}));

    // A tenant that does not override it: the default, disabled, and said so.
    const TenantProfile *forgetful
            = m_document->project().tenant(u"Forgetful tenant — no override"_s);
    m_canvas->dataController()->setClaims(forgetful->claims, true);
    QTRY_COMPARE(edit->text(), DemoCatalog::demoShop.toString());
    QVERIFY(!edit->isEnabled());
    QVERIFY2(edit->toolTip().contains(u"does not override"_s), qPrintable(edit->toolTip()));

    // Back in the design view, the session's design value applies again.
    m_canvas->dataController()->setClaims(std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(settled() && m_canvas->dataController()->viewer()
                                     && !m_canvas->dataController()->viewer()->isTokenView(),
                             20000);
    edit = m_canvas->filterBar()->findChild<QLineEdit *>(u"parameter_"_s + parameter.id);
    QVERIFY(edit);
    QVERIFY(edit->isEnabled());
    QTRY_COMPARE(edit->text(), DemoCatalog::fiestyFiesta.toString());
    Resolver::Options options;
    options.designParameterValues.insert(parameter.id, DemoCatalog::fiestyFiesta.toString());
    QCOMPARE(canvasRows(), viewerRows(Viewer::design(), options));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
