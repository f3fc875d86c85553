// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasdatacontroller.h"
#include "canvas/canvassurface.h"
#include "canvas/dashboardcanvas.h"
#include "canvas/widgetview.h"
#include "common/clirun.h"
#include "common/json.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "mainwindow.h"
#include "preview/comparedialog.h"
#include "preview/previewselector.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// What a viewer denied a dashboard is shown in the designer (issue 14): no widget content, text
// widgets included; the reason once for the dashboard, naming the dashboards the token grants;
// Compare gives each side its own figures, and takes a pasted token on either side.
class TestDeniedDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(DemoProject::create(m_dir.path(), DemoOptions{3000, 1}, &error),
                 qPrintable(error));
        m_project = m_dir.filePath(u"burrito.dwproj"_s);
    }

    // Fiesty Fiesta's token grants only "Chain overview": "Distributor performance" shows none of
    // its widgets, not its text either, and says why once, above them.
    void canvasSaysItOnce()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.loadProject(m_project));
        const Dashboard *dashboard
                = window.document()->project().dashboard(u"distributor-performance"_s);
        QVERIFY(dashboard);
        window.selection()->setDashboardId(dashboard->id);
        QVERIFY(window.previewSelector()->choose(u"Fiesty Fiesta — token filter"_s));
        DashboardCanvas *canvas = window.canvas();
        QTRY_VERIFY_WITH_TIMEOUT(settled(canvas->dataController(), *dashboard), 20000);

        QTRY_VERIFY(!canvas->denialNotice().isEmpty());
        QCOMPARE(canvas->denialNotice(),
                 u"Fiesty Fiesta's token does not grant “Distributor performance”. It grants: "
                 u"“Chain overview”."_s);
        int texts = 0;
        for (const Widget &widget : dashboard->widgets) {
            WidgetView *view = canvas->surface()->view(widget.id);
            QVERIFY(view);
            QCOMPARE(view->state(), WidgetView::State::Denied);
            // A short placeholder, not the reason again.
            QCOMPARE(view->message(), u"Not available to this viewer"_s);
            if (widget.type == WidgetType::Text) {
                ++texts;
                QVERIFY(!widget.text.isEmpty());
                for (const QLabel *label : view->findChildren<QLabel *>())
                    QVERIFY2(!label->isVisible() || !label->text().contains(widget.text.left(20)),
                             qPrintable(label->text()));
            }
        }
        QCOMPARE(texts, 1);
        screenshot(&window, u"denied-canvas-1600x1000"_s);
        // A file of it says so too, once, and holds no text of the dashboard's.
        const QString svg = m_dir.filePath(u"denied.svg"_s);
        QString error;
        QVERIFY2(canvas->exportDashboard(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString drawn = QString::fromUtf8(file.readAll());
        QCOMPARE(drawn.count(u"does not grant"_s), 1);
        for (const Widget &widget : dashboard->widgets) {
            if (widget.type == WidgetType::Text)
                QVERIFY(!drawn.contains(widget.text.left(20).toHtmlEscaped()));
        }
        window.resize(1024, 700);
        QTest::qWait(50);
        screenshot(&window, u"denied-canvas-1024x700"_s);

        // A profile it grants: the text is there, and the notice gone.
        QVERIFY(window.previewSelector()->choose(u"Farolito — parameter override"_s));
        QTRY_VERIFY_WITH_TIMEOUT(canvas->denialNotice().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(canvas->dataController(), *dashboard), 20000);
        for (const Widget &widget : dashboard->widgets) {
            if (widget.type != WidgetType::Text)
                continue;
            WidgetView *view = canvas->surface()->view(widget.id);
            QTRY_COMPARE(view->state(), WidgetView::State::Data);
            bool shown = false;
            for (const QLabel *label : view->findChildren<QLabel *>())
                shown |= label->isVisible() && label->text() == widget.text;
            QVERIFY(shown);
        }
    }

    // Side B denied: side A's figures are A's own (the bug: "0 rows" for A on every widget).
    // Side A denied the whole dashboard: one notice over its picture.
    void compareKeepsEachSidesFigures()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.loadProject(m_project));
        CompareDialog dialog(window.document(), window.selection(), window.keystore());
        dialog.resize(1600, 1000);
        dialog.show();
        const Dashboard *dashboard
                = window.document()->project().dashboard(u"distributor-performance"_s);
        QVERIFY(dialog.setDashboard(dashboard->id));
        QVERIFY(dialog.setTenants(u"Farolito — parameter override"_s,
                                  u"Fiesty Fiesta — token filter"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);

        const CliRun cli = runDashwright({u"query"_s, m_project, u"--dashboard"_s, dashboard->slug,
                                          u"--as"_s, u"Farolito — parameter override"_s});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
        const Json expected = Json::parse(cli.out.toStdString());
        QHash<QString, qsizetype> rows;
        for (const auto &widget : expected["widgets"])
            rows.insert(QString::fromStdString(widget["id"].get<std::string>()),
                        qsizetype(widget["rows"].size()));

        auto *summary = dialog.findChild<QTreeWidget *>(u"compareSummary"_s);
        int counted = 0;
        for (const WidgetComparison &c : dialog.comparison()) {
            QCOMPARE(c.outcome, WidgetComparison::Outcome::DeniedB);
            const Widget *widget = dashboard->widget(c.widgetId);
            QTreeWidgetItem *item = nullptr;
            for (int i = 0; i < summary->topLevelItemCount(); ++i) {
                if (summary->topLevelItem(i)->data(0, Qt::UserRole).toString() == c.widgetId)
                    item = summary->topLevelItem(i);
            }
            QVERIFY(item);
            if (widget->type == WidgetType::Text) {
                QCOMPARE(item->text(1), u"text"_s);
                continue;
            }
            QVERIFY(rows.value(c.widgetId) > 0);
            QCOMPARE(c.rowCountA, rows.value(c.widgetId));
            QCOMPARE(item->text(1),
                     CompareDialog::tr("%n row(s)", nullptr, int(rows.value(c.widgetId))));
            ++counted;
        }
        QVERIFY(counted > 0);
        QVERIFY(dialog.denialNotice(0).isEmpty());
        QCOMPARE(dialog.denialNotice(1),
                 u"Fiesty Fiesta's token does not grant “Distributor performance”. It grants: "
                 u"“Chain overview”."_s);
        screenshot(&dialog, u"compare-denied-b-1600x1000"_s);
        dialog.resize(1024, 700);
        QTest::qWait(50);
        screenshot(&dialog, u"compare-denied-b-1024x700"_s);
    }

    // Either side takes a pasted token ("Bearer …" as a browser copies it); one that does not
    // verify changes nothing.
    void compareTakesAPastedToken()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.loadProject(m_project));
        const QString claims
                = QString::fromStdString(tenantClaims(u"Fiesty Fiesta — token filter"_s).dump());
        const CliRun signedToken = runDashwright(
                {u"token"_s, u"sign"_s, m_project, u"--claims"_s, u"-"_s}, {}, claims.toUtf8());
        QCOMPARE(signedToken.exitCode, 0);
        const QString token = QString::fromUtf8(signedToken.out).trimmed();

        CompareDialog dialog(window.document(), window.selection(), window.keystore());
        const Dashboard *dashboard = window.document()->project().dashboard(u"chain-overview"_s);
        QVERIFY(dialog.setDashboard(dashboard->id));
        QVERIFY(dialog.setTenants(QString(), u"Fiesty Fiesta — token filter"_s));
        QString error;
        QVERIFY(!dialog.setPastedToken(0, u"not.a.token"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(dialog.setPastedToken(0, u"Bearer "_s + token, &error), qPrintable(error));
        auto *combo = dialog.findChild<QComboBox *>(u"compareTenantA"_s);
        QVERIFY2(combo->currentText().startsWith(u"Token: "_s), qPrintable(combo->currentText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        // The token is Fiesty Fiesta's profile signed: the same rows on both sides.
        QVERIFY(!dialog.comparison().isEmpty());
        for (const WidgetComparison &c : dialog.comparison())
            QVERIFY2(c.outcome == WidgetComparison::Outcome::Same
                             || c.outcome == WidgetComparison::Outcome::NoData,
                     qPrintable(c.title));
        // Swapped, the token goes with its side.
        dialog.swapSides();
        QVERIFY(dialog.findChild<QComboBox *>(u"compareTenantB"_s)
                        ->currentText()
                        .startsWith(u"Token: "_s));
        QCOMPARE(dialog.tenantA(),
                 window.document()->project().tenant(u"Fiesty Fiesta — token filter"_s)->id);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY(!dialog.image(1).isNull());

        // Revoked while the dialog is open: the next run checks the token again, as the embed
        // server checks every request, and shows nothing of it.
        const CliRun revoked = runDashwright({u"token"_s, u"revoke"_s, m_project, token});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));
        dialog.swapSides();
        dialog.swapSides();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY(dialog.image(1).isNull());
        auto *status = dialog.findChild<QLabel *>(u"compareStatus"_s);
        QVERIFY2(status->text().contains(u"revoked"_s), qPrintable(status->text()));
    }

private:
    static bool settled(const CanvasDataController *controller, const Dashboard &dashboard)
    {
        for (const Widget &widget : dashboard.widgets) {
            if (!controller->run(widget.id) || controller->isLoading(widget.id))
                return false;
        }
        return true;
    }

    Json tenantClaims(const QString &name) const
    {
        const Json project = Json::parse(readWholeFile(m_project).toStdString());
        for (const auto &tenant : project["tenants"]) {
            if (tenant["name"] == name.toStdString())
                return tenant["claims"];
        }
        return Json::object();
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + u".png"_s);
    }

    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_MAIN(TestDeniedDashboard)
#include "tst_denieddashboard.moc"
