// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The designer as an analyst and QA first meet it, in English and German at 1600×1000 and
// 1024×700: every label of the docks readable, the SQL of the effective access wrapped with its
// WHERE clause in view, the tenant form showing its fields. With DASHWRIGHT_SCREENSHOTS=DIR the
// window is saved there at each step, for people to look at.
#include "../dialogs/dialogsfixture.h"
#include "canvas/canvasdatacontroller.h"
#include "canvas/canvassurface.h"
#include "canvas/dashboardcanvas.h"
#include "canvas/filterbar.h"
#include "canvas/widgetproposal.h"
#include "canvas/widgetview.h"
#include "commands/setprojectsettings.h"
#include "docks/propertiespanel.h"
#include "docks/tenantspanel.h"
#include "documentselection.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preview/accessinspector.h"
#include "preview/previewselector.h"
#include "preview/tenantpreview.h"

#include "dialogs/welcomedialog.h"
#include "docks/datapanel.h"
#include "docks/listeditor.h"
#include "itemmodels/datasourcemodel.h"

#include <QDialogButtonBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Dialogs;

class TestDesignerLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(createDemo(m_dir.path(), &error), qPrintable(error));
    }

    void init()
    {
        // Each size starts from the first-run layout, not the one the previous row left.
        Preferences::windowGeometry.set({});
        Preferences::windowState.set({});
    }

    // The project theme in dark mode, as the analyst sees the canvas after Project Settings: the
    // canvas and every widget dark, charts in the Okabe-Ito palette.
    void darkTheme()
    {
        MainWindow window;
        QVERIFY(showDemo(window, QSize(1600, 1000)));
        ProjectDocument *document = window.document();
        ProjectSettings settings = SetProjectSettings::current(*document);
        settings.theme = {u"okabe-ito"_s, ThemeMode::Dark, u"DejaVu Sans"_s};
        document->undoStack()->push(new SetProjectSettings(document, settings));
        const Dashboard &dashboard = document->project().dashboards.first();
        QTRY_VERIFY_WITH_TIMEOUT(settled(window.canvas()->dataController(), dashboard), 20000);
        QTest::qWait(50);
        const ThemeColors dark = ThemeColors::forMode(ThemeMode::Dark);
        const CanvasSurface *surface = window.canvas()->surface();
        QCOMPARE(surface->palette().color(QPalette::Window), QColor::fromString(dark.background));
        QVERIFY(!surface->views().isEmpty());
        for (const WidgetView *view : surface->views())
            QCOMPARE(view->palette().color(QPalette::Window),
                     QColor::fromString(dark.widgetBackground));
        screenshot(&window, u"designer-dark"_s);
    }

    void firstAfternoon_data() { screenshotMatrix(); }
    void firstAfternoon()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        ScopedTranslation translation(language);
        QVERIFY(translation.ok(language));
        const QString tag = QString::fromUtf8(QTest::currentDataTag());

        MainWindow window;
        QVERIFY(showDemo(window, size));
        const Dashboard &dashboard = window.document()->project().dashboards.first();
        QTRY_VERIFY_WITH_TIMEOUT(settled(window.canvas()->dataController(), dashboard), 20000);

        const Widget *chart = nullptr;
        for (const Widget &widget : dashboard.widgets) {
            if (widget.type == WidgetType::Bar && !chart)
                chart = &widget;
        }
        QVERIFY(chart);
        window.selection()->selectWidgets({chart->id});
        QTest::qWait(50);
        screenshot(&window, u"designer-"_s + tag);
        // Each list's column titles whole (".ggregatio" was "Aggregation" cut at both ends).
        const QList<ListEditor *> lists
                = window.propertiesPanel()->currentForm()->findChildren<ListEditor *>();
        QVERIFY(lists.size() >= 4);
        for (ListEditor *list : lists) {
            const QHeaderView *header = list->table()->horizontalHeader();
            for (int section = 0; section < header->count(); ++section) {
                const QString title = list->table()->horizontalHeaderItem(section)->text();
                QVERIFY2(header->sectionSize(section)
                                 >= header->fontMetrics().horizontalAdvance(title),
                         qPrintable(title));
            }
        }
        // The data panel's buttons all in view, none behind the tool bar's "»".
        auto *dataToolBar = window.dataPanel()->findChild<QToolBar *>(u"dataToolBar"_s);
        QVERIFY(dataToolBar);
        for (QToolButton *button : dataToolBar->findChildren<QToolButton *>()) {
            if (button->objectName() == u"qt_toolbar_ext_button"_s)
                QVERIFY2(!button->isVisible(), "the data panel's buttons overflow");
        }

        // QA previews a tenant on a dashboard its token grants, and reads the SQL it gets.
        const QString tenantName = u"Farolito — access policy"_s;
        QVERIFY(window.previewSelector()->choose(tenantName));
        const Project &project = window.document()->project();
        const Dashboard *granted = project.dashboard(QString::fromStdString(
                project.tenant(tenantName)->claims["securables"][0].get<std::string>()));
        QVERIFY(granted);
        window.selection()->setDashboardId(granted->id);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window.canvas()->dataController(), *granted), 20000);
        window.selection()->selectWidgets({granted->widgets.first().id});
        window.accessInspector()->show();
        window.accessInspector()->raise();
        QTest::qWait(50);
        screenshot(&window, u"preview-"_s + tag);
        // The whole statement in view, a clause a line: the WHERE clause with the tenant's
        // restriction is not off-screen.
        auto *sql = window.accessInspector()->findChild<QPlainTextEdit *>(u"sql"_s);
        QVERIFY(sql);
        QVERIFY2(sql->toPlainText().contains(u"\nWHERE "_s), qPrintable(sql->toPlainText()));
        QCOMPARE(sql->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(sql->verticalScrollBar()->maximum(), 0);

        window.tenantsPanel()->show();
        window.tenantsPanel()->raise();
        QTest::qWait(50);
        screenshot(&window, u"tenants-"_s + tag);
        // The previewed profile is the one in the form, and the form has most of the panel.
        QCOMPARE(window.tenantsPanel()->currentTenantId(),
                 window.document()->project().tenant(tenantName)->id);
        auto *form = window.tenantsPanel()->findChild<QWidget *>(u"tenantForm"_s);
        QVERIFY(form);
        QVERIFY2(form->visibleRegion().boundingRect().height()
                         > window.tenantsPanel()->height() / 2,
                 qPrintable(QString::number(form->visibleRegion().boundingRect().height())));
    }

    // The engine's denials and the designer's own labels read in the designer's language (they
    // stay English in the CLI and the server, which install no translation).
    void speaksTheDesignersLanguage()
    {
        ScopedTranslation translation(u"de"_s);
        QVERIFY(translation.ok(u"de"_s));
        // Qt's own texts (Close, Cancel, the file dialogs) come from Qt's translations, which the
        // designer loads as this does (the stranger met "Close" on a German welcome page).
        QTranslator qtTranslator;
        QVERIFY2(qtTranslator.load(QLocale(QLocale::German), u"qtbase"_s, u"_"_s,
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "Qt's German translation is missing: scripts/setup.sh installs "
                 "qt6-translations-l10n");
        QCoreApplication::installTranslator(&qtTranslator);
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Close).button(QDialogButtonBox::Close)->text(),
                 u"Schließen"_s);
        QCoreApplication::removeTranslator(&qtTranslator);
        MainWindow window;
        QVERIFY(showDemo(window, QSize(1600, 1000)));
        const Project &project = window.document()->project();
        const Dashboard &dashboard = project.dashboards.first();
        const Dataset *sales = project.dataset(dashboard.widgets.first().datasetId);
        const Measure average{sales->columnByName(u"revenue"_s)->id, Aggregation::Avg, {}};
        QCOMPARE(WidgetProposal::measureLabel(average, sales), u"Durchschnitt von Revenue"_s);

        // A profile whose token does not grant the first dashboard.
        QVERIFY(window.previewSelector()->choose(u"Farolito — access policy"_s));
        window.selection()->setDashboardId(dashboard.id);
        CanvasDataController *controller = window.canvas()->dataController();
        QTRY_VERIFY_WITH_TIMEOUT(settled(controller, dashboard), 20000);
        const WidgetRun *run = controller->run(dashboard.widgets.first().id);
        QVERIFY(run);
        QVERIFY2(run->resolution.denied.contains(u"gewähren Dashboard"_s),
                 qPrintable(run->resolution.denied));
        // Said once above the canvas, the granted dashboards quoted as German quotes.
        QTRY_VERIFY(!window.canvas()->denialNotice().isEmpty());
        QVERIFY2(window.canvas()->denialNotice().contains(u"Es gewährt: „Restaurant overview“."_s),
                 qPrintable(window.canvas()->denialNotice()));
    }

    // The filter bar above the canvas (issue 14): its controls whole within the bar, and the
    // widgets still given most of the canvas, in the design view and in a tenant preview.
    void filterBar_data() { screenshotMatrix(); }
    void filterBar()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        ScopedTranslation translation(language);
        QVERIFY(translation.ok(language));
        const QString tag = QString::fromUtf8(QTest::currentDataTag());

        MainWindow window;
        QVERIFY(showDemo(window, size));
        const Project &project = window.document()->project();
        const auto check = [&](const QString &slug, const QString &tenant, const QString &name) {
            if (!tenant.isEmpty())
                QVERIFY(window.previewSelector()->choose(tenant));
            const Dashboard *dashboard = project.dashboard(slug);
            window.selection()->setDashboardId(dashboard->id);
            QTRY_VERIFY_WITH_TIMEOUT(settled(window.canvas()->dataController(), *dashboard), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(!window.canvas()->dataController()->choicesPending(), 20000);
            QTest::qWait(50);
            screenshot(&window, name + u'-' + tag);
            FilterBar *bar = window.canvas()->filterBar();
            QVERIFY(bar->isVisible());
            QCOMPARE(bar->width(), window.canvas()->width());
            for (QWidget *control : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
                if (!control->isVisible())
                    continue;
                QVERIFY2(bar->rect().contains(control->geometry()),
                         qPrintable(control->objectName()));
                // Nothing squeezed below its minimum (a caption cut, a button's text cut).
                QVERIFY2(control->width() >= control->minimumSizeHint().width(),
                         qPrintable(u"%1 %2: %3 < %4"_s.arg(
                                 QString::fromUtf8(control->metaObject()->className()),
                                 control->objectName(), QString::number(control->width()),
                                 QString::number(control->minimumSizeHint().width()))));
            }
            // The widgets keep most of the canvas.
            QVERIFY2(window.canvas()->viewport()->height() > 2 * bar->height(),
                     qPrintable(QString::number(window.canvas()->viewport()->height())));
        };
        check(u"restaurant-overview"_s, {}, u"filterbar-design"_s);
        check(u"distributor-performance"_s, {}, u"filterbar-parameter"_s);
        check(u"distributor-performance"_s, u"Farolito — parameter override"_s,
              u"filterbar-tenant"_s);
        auto *parameter = window.canvas()->filterBar()->findChild<QWidget *>(
                u"parameter_"_s
                + project.dashboard(u"distributor-performance"_s)->parameters.constFirst().id);
        QVERIFY(parameter);
        QVERIFY(!parameter->isEnabled());
    }

    // The field wells as an analyst meets them: the data panel's columns with their type icons,
    // a well saying what to drop, and a refused drop's reason, readable at both sizes.
    void fieldWells_data() { screenshotMatrix(); }
    void fieldWells()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        ScopedTranslation translation(language);
        QVERIFY(translation.ok(language));
        MainWindow window;
        QVERIFY(showDemo(window, size));
        const Project &project = window.document()->project();
        const Dashboard &dashboard = project.dashboards.first();
        const Widget *chart = nullptr;
        for (const Widget &widget : dashboard.widgets) {
            if (widget.type == WidgetType::Bar && !chart)
                chart = &widget;
        }
        QVERIFY(chart);
        window.selection()->selectWidgets({chart->id});
        DataSourceModel *model = window.dataPanel()->model();
        const QModelIndex sales = model->datasetIndex(chart->datasetId);
        window.dataPanel()->view()->expand(sales);
        // A column of another dataset, dragged onto the chart's Filters.
        const Dataset *other = nullptr;
        for (const Dataset &dataset : project.datasets) {
            if (dataset.id != chart->datasetId && !other)
                other = &dataset;
        }
        QVERIFY(other);
        const QModelIndex column = model->index(0, 0, model->datasetIndex(other->id));
        const std::unique_ptr<QMimeData> mime(model->mimeData({column}));
        QVERIFY(mime);
        auto *form = window.propertiesPanel()->currentForm();
        auto *filters = form->findChild<ListEditor *>(u"filters"_s);
        QVERIFY(filters);
        QDragEnterEvent enter(filters->rect().center(), Qt::CopyAction, mime.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(filters, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(filters->rect().center(), Qt::CopyAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(filters, &drop);
        QTest::qWait(50);
        screenshot(&window, u"fieldwells-"_s + QString::fromUtf8(QTest::currentDataTag()));

        // The reason in view, whole, under the well.
        QLabel *message = filters->messageLabel();
        QVERIFY(message->isVisible());
        QVERIFY(!message->visibleRegion().isEmpty());
        QVERIFY(message->height() >= message->heightForWidth(message->width()));
        QCOMPARE(message->width(), filters->width());
        // Each list still there, its rows whole; each well's placeholder whole.
        for (ListEditor *list : form->findChildren<ListEditor *>()) {
            QVERIFY2(list->isVisible() && list->height() >= list->sizeHint().height(),
                     qPrintable(list->objectName()));
            auto *placeholder = list->findChild<QLabel *>(u"placeholder"_s);
            if (!placeholder || !placeholder->isVisible())
                continue;
            QVERIFY2(placeholder->width() >= placeholder->sizeHint().width(),
                     qPrintable(placeholder->text()));
        }
    }

    void welcome_data() { screenshotMatrix(); }
    void welcome()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Q_UNUSED(size); // a dialog: its own size
        ScopedTranslation translation(language);
        WelcomeDialog dialog({projectPath(m_dir.path())}, WelcomeDialog::documentationFolder());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, u"welcome-"_s + QString::fromUtf8(QTest::currentDataTag()));
        // Every button's text whole.
        for (const QPushButton *button : dialog.findChildren<QPushButton *>())
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }

private:
    // The window at a size, shown, with the demo project open.
    bool showDemo(MainWindow &window, const QSize &size) const
    {
        window.resize(size);
        window.show();
        return QTest::qWaitForWindowExposed(&window)
                && window.loadProject(projectPath(m_dir.path()));
    }

    static bool settled(const CanvasDataController *controller, const Dashboard &dashboard)
    {
        for (const Widget &widget : dashboard.widgets) {
            if (widget.type != WidgetType::Text
                && (!controller->run(widget.id) || controller->isLoading(widget.id)))
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDesignerLayout)
#include "tst_designerlayout.moc"
