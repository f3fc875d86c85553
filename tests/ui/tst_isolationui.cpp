// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/listcommands.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "mainwindow.h"
#include "preview/comparedialog.h"
#include "preview/isolationcheckdialog.h"
#include "preview/tenantpreview.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using Outcome = WidgetComparison::Outcome;

// The designer's Compare Tenants and Isolation Check windows on the demo project: two tenants
// differ, a deliberately broken profile (another tenant's claims under a new name) is caught by
// both, activating a finding shows it on the canvas as that tenant, and closing either window
// while it runs is safe.
class TestIsolationUi : public QObject
{
    Q_OBJECT

private:
    const QString farolito = u"Farolito — parameter override"_s;
    const QString fiesty = u"Fiesty Fiesta — token filter"_s;
    const QString tapatio = u"El Tapatio — own database"_s;
    const QString forgetful = u"Forgetful tenant — no override"_s;
    // The broken profile: Fiesty Fiesta's claims, filter value included, under another shop.
    const QString copied = u"Taqueria Cancun"_s;

    // Adds the broken profile as the designer would (an undoable command).
    void addCopiedProfile(MainWindow &window) const
    {
        TenantProfile copy = *window.document()->project().tenant(fiesty);
        copy.id = u"taqueria-cancun"_s;
        copy.name = copied;
        copy.claims["suborganization"] = copied.toStdString();
        copy.claims["username"] = copied.toStdString();
        window.document()->undoStack()->push(new AddTenant(window.document(), copy));
    }

    static QList<QTreeWidgetItem *> items(const QTreeWidget *tree)
    {
        QList<QTreeWidgetItem *> result;
        QList<QTreeWidgetItem *> pending;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            pending.append(tree->topLevelItem(i));
        while (!pending.isEmpty()) {
            QTreeWidgetItem *item = pending.takeFirst();
            result.append(item);
            for (int i = 0; i < item->childCount(); ++i)
                pending.append(item->child(i));
        }
        return result;
    }

    // The first entry under the section whose title starts with `section` whose text is `text`.
    static QTreeWidgetItem *entry(const QTreeWidget *tree, const QString &section,
                                  const QString &text)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = tree->topLevelItem(i);
            if (!top->text(0).startsWith(section))
                continue;
            QList<QTreeWidgetItem *> pending{top};
            while (!pending.isEmpty()) {
                QTreeWidgetItem *item = pending.takeFirst();
                if (item->text(0) == text)
                    return item;
                for (int c = 0; c < item->childCount(); ++c)
                    pending.append(item->child(c));
            }
        }
        return nullptr;
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        // For looking at the windows: DASHWRIGHT_SCREENSHOTS=DIR keeps a PNG of each.
        const QString dir = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }

    QTemporaryDir m_dir;
    QString m_project;

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

    void menuOpensTheWindows()
    {
        MainWindow window;
        QVERIFY(window.loadProject(m_project));
        auto *menu = window.findChild<QMenu *>(u"menuPreview"_s);
        QVERIFY(menu);
        const QStringList names{u"actionCompareTenants"_s, u"actionIsolationCheck"_s};
        for (const QString &name : names) {
            auto *action = window.findChild<QAction *>(name);
            QVERIFY2(action && menu->actions().contains(action), qPrintable(name));
            action->trigger();
        }
        auto *compare = window.findChild<CompareDialog *>();
        auto *isolation = window.findChild<IsolationCheckDialog *>();
        QVERIFY(compare && compare->isVisible());
        QVERIFY(isolation && isolation->isVisible());
        // The check starts as the window opens; a second trigger reuses the window.
        QVERIFY(isolation->isRunning());
        window.findChild<QAction *>(u"actionCompareTenants"_s)->trigger();
        QCOMPARE(window.findChildren<CompareDialog *>().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!isolation->isRunning() && !compare->isRunning(), 30000);
    }

    // The comparison starts on the canvas's dashboard.
    void compareStartsOnTheCurrentDashboard()
    {
        MainWindow window;
        QVERIFY(window.loadProject(m_project));
        const Dashboard *chain = window.document()->project().dashboard(u"chain-overview"_s);
        window.selection()->setDashboardId(chain->id);
        CompareDialog dialog(window.document(), window.selection(), window.keystore());
        QCOMPARE(dialog.dashboardId(), chain->id);
        QVERIFY(!dialog.tenantA().isEmpty());
        QVERIFY(!dialog.tenantB().isEmpty());
        QVERIFY(dialog.tenantA() != dialog.tenantB());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("different"); // widgets with different rows
        QTest::addColumn<int>("warnings");  // tenant-scoped widgets the same for two tenants
        // The demo's known coincidence: both shops count one distributor.
        QTest::newRow("two tenants") << u"chain-overview"_s << fiesty << tapatio << 4 << 1;
        QTest::newRow("copied profile") << u"chain-overview"_s << fiesty << copied << 0 << 5;
        QTest::newRow("copied profile, swapped")
                << u"chain-overview"_s << copied << fiesty << 0 << 5;
        QTest::newRow("override and none")
                << u"distributor-performance"_s << farolito << forgetful << 8 << 0;
        // The forgetful tenant sees the design's defaults; the design view is nobody's tenant.
        QTest::newRow("forgetful and design")
                << u"distributor-performance"_s << forgetful << QString() << 0 << 0;
    }

    void compare()
    {
        QFETCH(QString, dashboard);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, different);
        QFETCH(int, warnings);

        MainWindow window;
        QVERIFY(window.loadProject(m_project));
        addCopiedProfile(window);
        CompareDialog dialog(window.document(), window.selection(), window.keystore());
        dialog.resize(1200, 820);
        dialog.show();
        QSignalSpy finished(&dialog, &CompareDialog::finished);
        const Dashboard *board = window.document()->project().dashboard(dashboard);
        QVERIFY(board);
        QVERIFY(dialog.setDashboard(board->id));
        QVERIFY(dialog.setTenants(a, b));
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);

        const QList<WidgetComparison> &comparison = dialog.comparison();
        QCOMPARE(comparison.size(), board->widgets.size());
        int differing = 0;
        int same = 0;
        for (const WidgetComparison &c : comparison) {
            QVERIFY2(c.outcome != Outcome::Failed, qPrintable(c.errorA + c.errorB));
            differing += c.outcome == Outcome::Different;
            same += c.outcome == Outcome::Same;
        }
        QCOMPARE(differing, different);
        QCOMPARE(same + differing,
                 int(std::count_if(board->widgets.cbegin(), board->widgets.cend(),
                                   [](const Widget &w) { return w.type != WidgetType::Text; })));

        // The summary: one entry per widget, the suspicious ones marked.
        auto *summary = dialog.findChild<QTreeWidget *>(u"compareSummary"_s);
        QCOMPARE(summary->topLevelItemCount(), comparison.size());
        int marked = 0;
        for (int i = 0; i < summary->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = summary->topLevelItem(i);
            QCOMPARE(item->data(0, Qt::UserRole).toString(), comparison[i].widgetId);
            marked += !item->icon(3).isNull();
            if (comparison[i].outcome == Outcome::Different)
                QCOMPARE(item->childCount(),
                         std::min<qsizetype>(comparison[i].onlyInA.size(), 20)
                                 + std::min<qsizetype>(comparison[i].onlyInB.size(), 20)
                                 + (comparison[i].onlyInA.size() > 20)
                                 + (comparison[i].onlyInB.size() > 20));
        }
        QCOMPARE(marked, warnings);
        const QString status = dialog.findChild<QLabel *>(u"compareStatus"_s)->text();
        QCOMPARE(status.contains(u"tenant-scoped"_s), warnings > 0);

        // Both sides drawn by the designer's exporter, under its dark banner.
        for (int side = 0; side < 2; ++side) {
            const QImage image = dialog.image(side);
            QCOMPARE(image.width(), 1280);
            QCOMPARE(image.pixelColor(4, 4), QColor(0x7c, 0x2d, 0x12));
        }
        QVERIFY(dialog.image(0) != dialog.image(1)); // the banners name different viewers at least
        QCOMPARE(finished.size(), 1);
        saveScreenshot(&dialog,
                       u"compare-%1.png"_s.arg(
                               QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    }

    // A run made stale by a newer choice never shows: one result, for the last choice.
    void staleRunsAreDiscarded()
    {
        MainWindow window;
        QVERIFY(window.loadProject(m_project));
        CompareDialog dialog(window.document(), window.selection(), window.keystore());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QSignalSpy finished(&dialog, &CompareDialog::finished);
        const Dashboard *chain = window.document()->project().dashboard(u"chain-overview"_s);
        QVERIFY(dialog.setDashboard(chain->id));
        QVERIFY(dialog.setTenants(fiesty, tapatio));
        dialog.rerun(); // starts at once, then the choice changes under it
        QVERIFY(dialog.setTenants(fiesty, fiesty));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        for (const WidgetComparison &c : dialog.comparison())
            QVERIFY2(c.outcome == Outcome::Same, qPrintable(c.title));
    }

    void isolationCheckFlagsTheBrokenProfile()
    {
        MainWindow window;
        QVERIFY(window.loadProject(m_project));
        addCopiedProfile(window);
        IsolationCheckDialog dialog(window.document(), window.selection(), window.preview(),
                                    window.keystore());
        dialog.resize(900, 640);
        dialog.show();
        QCOMPARE(dialog.verdict(), u"Not run yet"_s);
        dialog.run();
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.findChild<QPushButton *>(u"isolationRun"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY(dialog.findChild<QPushButton *>(u"isolationRun"_s)->isEnabled());

        const IsolationReport &report = *dialog.report();
        QCOMPARE(report.profiles, 7);
        QVERIFY(report.errors.isEmpty());
        // The demo's 8 unrestricted widgets for the forgetful tenant, and the copy sharing data
        // with its original everywhere; the demo's coincidence (one distributor each) between El
        // Tapatio and both Fiesty Fiesta and its copy is listed, not a finding.
        QCOMPARE(report.unrestricted.size(), 8);
        QStringList pairs;
        for (const IsolationReport::SharedData &s : report.sharedData)
            pairs.append(s.profileA + u" + "_s + s.profileB);
        QCOMPARE(pairs, QStringList{fiesty + u" + "_s + copied});
        QStringList coincidences;
        for (const IsolationReport::SharedData &s : report.coincidences)
            coincidences.append(s.profileA + u" + "_s + s.profileB);
        coincidences.sort();
        QCOMPARE(coincidences,
                 (QStringList{tapatio + u" + "_s + copied, fiesty + u" + "_s + tapatio}));
        QVERIFY2(dialog.verdict().startsWith(u"9 finding"_s),
                 qPrintable(dialog.verdict())); // plural by translation
        QCOMPARE(dialog.findChild<QLabel *>(u"isolationVerdict"_s)->text(), dialog.verdict());

        auto *tree = dialog.findChild<QTreeWidget *>(u"isolationFindings"_s);
        // Under each unrestricted widget, the forgetful tenant; the copy and its original as a
        // pair, each shared widget listing the rows both see.
        int forgetfulEntries = 0;
        for (QTreeWidgetItem *item : items(tree))
            forgetfulEntries += item->text(0) == forgetful;
        QCOMPARE(forgetfulEntries, 8);
        const QString pair = u"%1 (%2) ↔ %3 (%4)"_s.arg(fiesty, u"Fiesty Fiesta"_s, copied, copied);
        int pairEntries = 0;
        for (QTreeWidgetItem *item : items(tree)) {
            if (item->text(0) != pair)
                continue;
            ++pairEntries;
            QVERIFY(item->childCount() > 0);
            QVERIFY(item->child(0)->text(0).startsWith(u"row"_s));
        }
        QCOMPARE(pairEntries, 5); // every widget of the chain overview
        QVERIFY(entry(tree, u"The same tenant"_s,
                      u"%1 ↔ %2"_s.arg(farolito, u"Broker plugin — metadata"_s)));
        saveScreenshot(&dialog, u"isolation-check.png"_s);

        // Fixed: the copy goes, and the check says the project changed.
        window.document()->undoStack()->undo();
        QVERIFY(dialog.findChild<QLabel *>(u"isolationDetails"_s)->text().contains(u"changed"_s));
        dialog.run();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY(dialog.report()->sharedData.isEmpty());
        QCOMPARE(dialog.report()->coincidences.size(), 1);
    }

    // Activating a finding shows its dashboard and widget on the canvas, as its profile.
    void activatingAFinding_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("widget");
        QTest::newRow("unrestricted, the profile")
                << u"Widgets no tenant-specific"_s << forgetful << forgetful << true;
        QTest::newRow("shared data, the pair")
                << u"Different tenants"_s
                << u"%1 (%2) ↔ %3 (%4)"_s.arg(fiesty, u"Fiesty Fiesta"_s, copied, copied) << fiesty
                << true;
        QTest::newRow("same tenant, a dashboard")
                << u"The same tenant"_s << u"%1 ↔ %2"_s.arg(farolito, u"Broker plugin — metadata"_s)
                << farolito << false;
    }

    void activatingAFinding()
    {
        QFETCH(QString, section);
        QFETCH(QString, text);
        QFETCH(QString, profile);
        QFETCH(bool, widget);

        MainWindow window;
        window.show();
        QVERIFY(window.loadProject(m_project));
        addCopiedProfile(window);
        IsolationCheckDialog dialog(window.document(), window.selection(), window.preview(),
                                    window.keystore());
        dialog.run();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        auto *tree = dialog.findChild<QTreeWidget *>(u"isolationFindings"_s);
        QTreeWidgetItem *item = entry(tree, section, text);
        QVERIFY(item);
        const QString dashboardId = item->data(0, IsolationCheckDialog::DashboardRole).toString();
        const QString widgetId = item->data(0, IsolationCheckDialog::WidgetRole).toString();
        QVERIFY(!dashboardId.isEmpty());
        QCOMPARE(widgetId.isEmpty(), !widget);
        // Start elsewhere, so that the activation visibly moves the canvas.
        const Dashboard *restaurant
                = window.document()->project().dashboard(u"restaurant-overview"_s);
        QVERIFY(restaurant->id != dashboardId);
        window.selection()->setDashboardId(restaurant->id);
        QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Design);

        Q_EMIT tree->itemActivated(item, 0);
        QCOMPARE(window.selection()->dashboardId(), dashboardId);
        QCOMPARE(window.selection()->widgetIds(), widget ? QStringList{widgetId} : QStringList());
        QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Profile);
        QCOMPARE(window.preview()->tenantId(), window.document()->project().tenant(profile)->id);
    }

    // Closing either window while it runs: its run finishes unseen, and nothing crashes.
    void closingWhileRunning()
    {
        MainWindow window;
        QVERIFY(window.loadProject(m_project));
        QPointer<IsolationCheckDialog> isolation = new IsolationCheckDialog(
                window.document(), window.selection(), window.preview(), window.keystore());
        QSignalSpy checked(isolation.data(), &IsolationCheckDialog::finished);
        isolation->run();
        QVERIFY(isolation->isRunning());
        QPointer<CompareDialog> compare
                = new CompareDialog(window.document(), window.selection(), window.keystore());
        QVERIFY(compare->isRunning());
        delete isolation;
        delete compare;
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(100); // the executors, let go of on the workers, are deleted here
        QCOMPARE(checked.size(), 0);
    }
};

QTEST_MAIN(TestIsolationUi)
#include "tst_isolationui.moc"
