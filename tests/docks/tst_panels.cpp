// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/listcommands.h"
#include "commands/setproperty.h"
#include "dialogs/projectkeystore.h"
#include "docks/datapanel.h"
#include "docks/listeditor.h"
#include "docks/parameterspanel.h"
#include "docks/problemspanel.h"
#include "docks/propertiespanel.h"
#include "docksfixture.h"
#include "documentselection.h"
#include "itemmodels/datasourcemodel.h"
#include "itemmodels/parametermodel.h"
#include "itemmodels/problemmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Docks;

namespace {
// Screenshots for people to look at, when DASHWRIGHT_SCREENSHOTS names a folder.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}
} // namespace

// The docks over the demo project: each edit they make is an undo command (typing merges), the
// panels follow the shared selection, and what would break the project is refused with a reason.
class TestPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_doc = demoDocument();
        m_selection = std::make_unique<DocumentSelection>(m_doc.get());
    }

    void widgetPropertiesTypingMerges()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 900);
        panel.show();
        const Project before = m_doc->project();
        const Widget &widget = dashboard(*m_doc).widgets.at(2);
        m_selection->selectWidgets({widget.id});
        QCOMPARE(panel.currentForm()->objectName(), u"widgetForm"_s);
        auto *title = panel.findChild<QLineEdit *>(u"title"_s);
        QCOMPARE(title->text(), widget.title);
        screenshot(&panel, u"properties-widget"_s);

        title->selectAll();
        QTest::keyClicks(title, u"Sales by month"_s);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->widget(m_selection->dashboardId(), widget.id)->title, u"Sales by month"_s);
        QCOMPARE(title->text(), u"Sales by month"_s);

        auto *numberFormat = panel.findChild<QLineEdit *>(u"numberFormat"_s);
        numberFormat->clear();
        QTest::keyClicks(numberFormat, u"0.0"_s);
        QCOMPARE(m_doc->undoStack()->count(), 2);
        panel.findChild<QSpinBox *>(u"limit"_s)->setValue(12);
        QCOMPARE(m_doc->widget(m_selection->dashboardId(), widget.id)->limit, 12);
        QVERIFY(undoRedoRoundTrip(*m_doc, before));
        QCOMPARE(title->text(), widget.title); // the form follows undo
    }

    void widgetListsEdit()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        const Project before = m_doc->project();
        const QString dashboardId = m_selection->dashboardId();
        const Widget &widget = dashboard(*m_doc).widgets.first(); // a KPI: one measure
        m_selection->selectWidgets({widget.id});
        for (const Widget &chart : dashboard(*m_doc).widgets) {
            if (chart.type == WidgetType::Bar && chart.filters.isEmpty()) {
                panel.resize(420, 900);
                m_selection->selectWidgets({chart.id});
                screenshot(&panel, u"properties-chart"_s);
                m_selection->selectWidgets({widget.id});
                break;
            }
        }

        auto *measures = panel.findChild<ListEditor *>(u"measures"_s);
        QCOMPARE(measures->rows().size(), widget.measures.size());
        auto *aggregation = qobject_cast<QComboBox *>(measures->table()->cellWidget(0, 1));
        QVERIFY(aggregation);
        aggregation->setCurrentIndex(aggregation->findData(int(Aggregation::Avg)));
        Q_EMIT aggregation->activated(aggregation->currentIndex());
        QCOMPARE(m_doc->widget(dashboardId, widget.id)->measures.first().aggregation,
                 Aggregation::Avg);

        auto *filters = panel.findChild<ListEditor *>(u"filters"_s);
        filters->findChild<QPushButton *>(u"add"_s)->click();
        const QList<Filter> &added = m_doc->widget(dashboardId, widget.id)->filters;
        QCOMPARE(added.size(), widget.filters.size() + 1);
        QVERIFY(!added.last().id.isEmpty());
        auto *value
                = qobject_cast<QLineEdit *>(filters->table()->cellWidget(int(added.size()) - 1, 2));
        QVERIFY(value);
        QTest::keyClicks(value, u"North"_s);
        QCOMPARE(m_doc->widget(dashboardId, widget.id)->filters.last().value.toString(),
                 u"North"_s);
        // The aggregation, then the new filter with its value typed: one step for the filters.
        QCOMPARE(m_doc->undoStack()->count(), 2);
        QVERIFY(undoRedoRoundTrip(*m_doc, before));
    }

    // A label the analyst never typed follows the measure; a new column brings its type's
    // aggregation (the stranger's KPI read "Count" over a sum of revenue).
    void measureFollowsItsColumn_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Aggregation>("aggregation");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("cell");       // 0 column, 1 aggregation
        QTest::addColumn<QVariant>("value"); // a column's name, or an Aggregation
        QTest::addColumn<QString>("expectedColumn");
        QTest::addColumn<Aggregation>("expectedAggregation");
        QTest::addColumn<QString>("expectedLabel");
        const auto sum = Aggregation::Sum;
        const auto count = Aggregation::Count;
        const auto avg = Aggregation::Avg;
        const auto distinct = Aggregation::CountDistinct;
        QTest::newRow("rows to a number: its sum")
                << QString() << count << u"Count"_s << 0 << QVariant(u"revenue"_s) << u"revenue"_s
                << sum << u"Revenue"_s;
        QTest::newRow("a new aggregation")
                << u"revenue"_s << sum << u"Revenue"_s << 1 << QVariant::fromValue(int(avg))
                << u"revenue"_s << avg << u"Average of Revenue"_s;
        QTest::newRow("a chosen aggregation stays")
                << u"revenue"_s << avg << u"Average of Revenue"_s << 0 << QVariant(u"quantity"_s)
                << u"quantity"_s << avg << u"Average of Quantity"_s;
        QTest::newRow("a sum cannot take text")
                << u"revenue"_s << sum << u"Revenue"_s << 0 << QVariant(u"product"_s)
                << u"product"_s << distinct << u"Distinct count of Product"_s;
        QTest::newRow("back to rows") << u"revenue"_s << sum << u"Revenue"_s << 0 << QVariant()
                                      << QString() << count << u"Count"_s;
        QTest::newRow("a typed label stays")
                << QString() << count << u"Takings"_s << 0 << QVariant(u"revenue"_s) << u"revenue"_s
                << sum << u"Takings"_s;
        QTest::newRow("an empty label is filled")
                << u"revenue"_s << sum << QString() << 1
                << QVariant::fromValue(int(Aggregation::Max)) << u"revenue"_s << Aggregation::Max
                << u"Maximum of Revenue"_s;
    }

    void measureFollowsItsColumn()
    {
        QFETCH(QString, column);
        QFETCH(Aggregation, aggregation);
        QFETCH(QString, label);
        QFETCH(int, cell);
        QFETCH(QVariant, value);
        QFETCH(QString, expectedColumn);
        QFETCH(Aggregation, expectedAggregation);
        QFETCH(QString, expectedLabel);

        Project project = m_doc->project();
        Widget &kpi = project.dashboards.first().widgets.first();
        QCOMPARE(kpi.type, WidgetType::Kpi);
        const Dataset *sales = project.dataset(kpi.datasetId);
        QVERIFY(sales);
        const auto idOf = [&](const QString &name) {
            return name.isEmpty() ? QString() : sales->columnByName(name)->id;
        };
        kpi.measures = {{idOf(column), aggregation, label}};
        ProjectDocument doc(project);
        DocumentSelection selection(&doc);
        PropertiesPanel panel(&doc, &selection);
        selection.selectWidgets({kpi.id});

        auto *measures = panel.findChild<ListEditor *>(u"measures"_s);
        auto *combo = qobject_cast<QComboBox *>(measures->table()->cellWidget(0, cell));
        QVERIFY(combo);
        const QVariant data = cell == 0 ? QVariant(idOf(value.toString())) : value;
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);

        const Widget *edited = doc.widget(selection.dashboardId(), kpi.id);
        QCOMPARE(edited->measures.size(), 1);
        QCOMPARE(edited->measures.first().columnId, idOf(expectedColumn));
        QCOMPARE(edited->measures.first().aggregation, expectedAggregation);
        QCOMPARE(edited->measures.first().label, expectedLabel);
        // The form shows what the widget holds, and it is one undo step.
        QCOMPARE(measures->rows().first().value(2).toString(), expectedLabel);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    // A date column broken down is broken down by month; another column has no time grain.
    void dimensionFollowsItsColumn()
    {
        const Widget *chart = nullptr;
        for (const Widget &w : dashboard(*m_doc).widgets) {
            if (w.type == WidgetType::Bar)
                chart = &w;
        }
        QVERIFY(chart);
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        m_selection->selectWidgets({chart->id});
        const Dataset *sales = m_doc->dataset(chart->datasetId);
        auto *dimensions = panel.findChild<ListEditor *>(u"dimensions"_s);
        const auto pick = [&](const QString &name) {
            auto *combo = qobject_cast<QComboBox *>(dimensions->table()->cellWidget(0, 0));
            const int index = combo->findData(sales->columnByName(name)->id);
            combo->setCurrentIndex(index);
            Q_EMIT combo->activated(index);
            return m_doc->widget(m_selection->dashboardId(), chart->id)->dimensions.first();
        };
        QCOMPARE(pick(u"sale_date"_s).grain, TimeGrain::Month);
        QCOMPARE(pick(u"region"_s).grain, TimeGrain::None);
    }

    void severalWidgetsShareFields()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        const Project before = m_doc->project();
        const QStringList ids{dashboard(*m_doc).widgets.at(0).id,
                              dashboard(*m_doc).widgets.at(1).id};
        m_selection->selectWidgets(ids);
        QVERIFY(!panel.findChild<QLineEdit *>(u"title"_s)->isEnabled());
        auto *limit = panel.findChild<QSpinBox *>(u"limit"_s);
        QVERIFY(limit->isEnabled());
        limit->setValue(5);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        for (const QString &id : ids)
            QCOMPARE(m_doc->widget(m_selection->dashboardId(), id)->limit, 5);
        QVERIFY(undoRedoRoundTrip(*m_doc, before));
    }

    void parameterForm()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 400);
        const Parameter &parameter = dashboard(*m_doc).parameters.first();
        m_selection->selectParameter(parameter.id);
        QCOMPARE(panel.currentForm()->objectName(), u"parameterForm"_s);
        screenshot(&panel, u"properties-parameter"_s);
        auto *name = panel.currentForm()->findChild<QLineEdit *>(u"name"_s);
        name->selectAll();
        QTest::keyClicks(name, u"shop"_s);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->parameter(m_selection->dashboardId(), parameter.id)->name, u"shop"_s);
        QTest::keyClicks(name, u" x"_s); // a space: no longer a name
        QCOMPARE(m_doc->parameter(m_selection->dashboardId(), parameter.id)->name, u"shop"_s);
        QVERIFY(!panel.currentForm()->findChild<QLabel *>(u"message"_s)->text().isEmpty());
    }

    void parameterRequiredInToken()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        const Parameter &parameter = dashboard(*m_doc).parameters.first();
        m_selection->selectParameter(parameter.id);
        auto *required = panel.currentForm()->findChild<QCheckBox *>(u"requiredInToken"_s);
        QVERIFY(required);
        QVERIFY(!required->isChecked());
        required->click();
        QVERIFY(m_doc->parameter(m_selection->dashboardId(), parameter.id)->requiredInToken);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->parameter(m_selection->dashboardId(), parameter.id)->requiredInToken);
        QVERIFY(!required->isChecked()); // the form follows the undo
    }

    // With nothing selected, the panel shows the dashboard and its own filters: added, edited and
    // removed there, each one undo step.
    void dashboardFilters()
    {
        PropertiesPanel panel(m_doc.get(), m_selection.get());
        panel.resize(420, 640);
        panel.show();
        const Dashboard *restaurants = m_doc->project().dashboard(u"restaurant-overview"_s);
        QVERIFY(restaurants);
        const QString dashboardId = restaurants->id;
        m_selection->setDashboardId(dashboardId);
        m_selection->clear();
        QCOMPARE(panel.currentForm()->objectName(), u"dashboardForm"_s);
        QWidget *form = panel.currentForm();
        auto *list = form->findChild<QListWidget *>(u"filters"_s);
        QCOMPARE(list->count(), 1);
        auto *viewer = form->findChild<QCheckBox *>(u"viewerEditable"_s);
        QVERIFY(viewer->isChecked());
        screenshot(&panel, u"properties-dashboard-filters"_s);
        const Project before = m_doc->project();

        form->findChild<QPushButton *>(u"addFilter"_s)->click();
        QCOMPARE(m_doc->dashboard(dashboardId)->filters.size(), 2);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        auto *label = form->findChild<QLineEdit *>(u"filterLabel"_s);
        label->selectAll();
        QTest::keyClicks(label, u"Product"_s);
        QCOMPARE(m_doc->dashboard(dashboardId)->filters[1].label, u"Product"_s);
        auto *column = form->findChild<QComboBox *>(u"column"_s);
        const int product = column->findText(u"Product"_s);
        QVERIFY(product >= 0);
        column->setCurrentIndex(product);
        emit column->activated(product);
        const Dataset *dataset
                = m_doc->dataset(m_doc->dashboard(dashboardId)->filters[1].datasetId);
        QCOMPARE(m_doc->dashboard(dashboardId)->filters[1].columnId,
                 dataset->columnByName(u"product"_s)->id);
        auto *value = form->findChild<QLineEdit *>(u"value"_s);
        value->setFocus();
        QTest::keyClicks(value, u"Carnitas Burrito, Bean Burrito"_s);
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(m_doc->dashboard(dashboardId)->filters[1].value,
                 QVariant(QVariantList{u"Carnitas Burrito"_s, u"Bean Burrito"_s}));
        viewer->click();
        QVERIFY(!m_doc->dashboard(dashboardId)->filters[1].viewerEditable);
        QVERIFY(!list->item(1)->text().contains(u"viewer"_s));
        // add, label, column, value, viewer flag
        QCOMPARE(m_doc->undoStack()->count(), 5);
        screenshot(&panel, u"properties-dashboard-filter-added"_s);

        form->findChild<QPushButton *>(u"removeFilter"_s)->click();
        QCOMPARE(m_doc->dashboard(dashboardId)->filters.size(), 1);
        QVERIFY(undoRedoRoundTrip(*m_doc, before));

        // A dashboard without filters (as after New Dashboard): no fields of the last one.
        const Dashboard *chain = m_doc->project().dashboard(u"chain-overview"_s);
        QVERIFY(chain && chain->filters.isEmpty());
        m_selection->setDashboardId(chain->id);
        m_selection->clear();
        QCOMPARE(list->count(), 0);
        QVERIFY(!label->isVisibleTo(form));
        QVERIFY(!column->isVisibleTo(form));
    }

    void parametersPanelCreatesAndDeletes()
    {
        ParametersPanel panel(m_doc.get(), m_selection.get());
        panel.resize(600, 260);
        const Project before = m_doc->project();
        QCOMPARE(panel.model()->rowCount(), 1);
        const QString used = dashboard(*m_doc).parameters.first().id;
        QVERIFY(!panel.removeParameter(used)); // the distributor filter takes it
        QVERIFY(panel.message().contains(u"filter"_s));

        const QString added = panel.addParameter();
        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(m_selection->kind(), DocumentSelection::Kind::Parameter);
        QCOMPARE(m_selection->objectId(), added);
        screenshot(&panel, u"parameters"_s);
        QVERIFY(panel.removeParameter(added));
        QCOMPARE(panel.model()->rowCount(), 1);
        QVERIFY(undoRedoRoundTrip(*m_doc, before));
    }

    void problemsActivationSelects()
    {
        ProblemsPanel panel(m_doc.get(), m_selection.get());
        panel.resize(700, 200);
        const Widget &widget = dashboard(*m_doc, 1).widgets.at(1);
        m_doc->undoStack()->push(new SetProperty(m_doc.get(), {dashboard(*m_doc, 1).id, widget.id},
                                                 &Widget::colors, QStringList{u"red"_s}));
        m_doc->undoStack()->push(new SetProperty(m_doc.get(),
                                                 {QString(), m_doc->project().accounts.first().id},
                                                 &Account::path, QString()));
        panel.model()->revalidate();
        QCOMPARE(panel.model()->rowCount(), 2);
        QVERIFY(panel.windowTitle().contains(u"2"_s));
        screenshot(&panel, u"problems"_s);

        QVERIFY(panel.activate(0)); // accounts come first
        QCOMPARE(m_selection->kind(), DocumentSelection::Kind::Account);
        QVERIFY(panel.activate(1));
        QCOMPARE(m_selection->dashboardId(), dashboard(*m_doc, 1).id);
        QCOMPARE(m_selection->widgetIds(), QStringList{widget.id});
    }

    void dataPanelSelectsAndRemoves()
    {
        ProjectKeystore keystore(m_doc.get());
        DataPanel panel(m_doc.get(), m_selection.get(), &keystore);
        panel.resize(360, 520);
        panel.show();
        DataSourceModel *model = panel.model();
        screenshot(&panel, u"data"_s);
        const Dataset &sales = m_doc->project().datasets.first();
        panel.view()->setCurrentIndex(model->datasetIndex(sales.id));
        QCOMPARE(m_selection->kind(), DocumentSelection::Kind::Dataset);
        QCOMPARE(m_selection->objectId(), sales.id);
        QVERIFY(!panel.removeSelected()); // widgets read it
        QVERIFY(!panel.removalBlocker(QString(), sales.id).isEmpty());

        // The selection leads the tree too.
        m_selection->selectAccount(m_doc->project().accounts.first().id);
        QCOMPARE(panel.view()->currentIndex(),
                 model->accountIndex(m_doc->project().accounts.first().id));
        QVERIFY(!panel.removeSelected()); // its datasets

        Dataset unused = sales;
        unused.id = u"8a0b7f0e-0000-4000-8000-0000000000d9"_s;
        unused.name = u"Unused"_s;
        m_doc->undoStack()->push(new AddDataset(m_doc.get(), unused));
        panel.view()->setCurrentIndex(model->datasetIndex(unused.id));
        QVERIFY(panel.removeSelected());
        QVERIFY(!m_doc->dataset(unused.id));
    }

private:
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<DocumentSelection> m_selection;
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
