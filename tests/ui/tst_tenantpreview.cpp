// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/tokenservice.h"
#include "canvas/canvasdatacontroller.h"
#include "canvas/dashboardcanvas.h"
#include "commands/listcommands.h"
#include "common/clirun.h"
#include "common/json.h"
#include "demo/demoproject.h"
#include "docks/tenantspanel.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "mainwindow.h"
#include "preview/accessinspector.h"
#include "preview/pastetokendialog.h"
#include "preview/previewbanner.h"
#include "preview/previewselector.h"
#include "preview/tenantpreview.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// QA's preview in the designer: each demo profile shows exactly what the CLI's token view
// returns for it, a pasted token previews what it grants and nothing when it is not valid, and the
// access inspector says what `dashwright query --explain` says.
class TestTenantPreview : public QObject
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

    void profilesShowTheirRows_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("parameter override") << u"Farolito — parameter override"_s;
        QTest::newRow("token filter") << u"Fiesty Fiesta — token filter"_s;
        QTest::newRow("access policy") << u"Farolito — access policy"_s;
        QTest::newRow("own database") << u"El Tapatio — own database"_s;
        QTest::newRow("metadata") << u"Broker plugin — metadata"_s;
        QTest::newRow("forgetful") << u"Forgetful tenant — no override"_s;
    }

    // For every dashboard, the canvas's rows as the tenant equal `query --as` for that tenant.
    void profilesShowTheirRows()
    {
        QFETCH(QString, tenant);
        MainWindow window;
        window.show();
        QVERIFY(window.loadProject(m_project));
        QVERIFY(window.previewSelector()->choose(tenant));
        QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Profile);
        auto *banner = window.findChild<PreviewBanner *>();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), u"Previewing as "_s + tenant);

        for (const Dashboard &dashboard : window.document()->project().dashboards) {
            window.selection()->setDashboardId(dashboard.id);
            CanvasDataController *controller = window.canvas()->dataController();
            QTRY_VERIFY_WITH_TIMEOUT(settled(controller, dashboard), 20000);
            const CliRun cli = runDashwright(
                    {u"query"_s, m_project, u"--dashboard"_s, dashboard.slug, u"--as"_s, tenant});
            QVERIFY2(cli.exitCode == 0 || cli.exitCode == 3, qPrintable(cli.describe()));
            const Json expected = Json::parse(cli.out.toStdString());
            for (const auto &widget : expected["widgets"]) {
                const QString id = QString::fromStdString(widget["id"].get<std::string>());
                const WidgetRun *run = controller->run(id);
                QVERIFY(run);
                const bool denied = !widget["denied"].is_null();
                QCOMPARE(run->resolution.denied.isEmpty(), !denied);
                QCOMPARE(qsizetype(widget["rows"].size()), run->result.rows.size());
            }
        }
    }

    void pastedTokenPreviewsWhatItGrants()
    {
        const Json claims = tenantClaims(u"Farolito — parameter override"_s);
        const CliRun signedToken
                = runDashwright({u"token"_s, u"sign"_s, m_project, u"--claims"_s, u"-"_s}, {},
                                QByteArray::fromStdString(claims.dump()));
        QCOMPARE(signedToken.exitCode, 0);
        const QString token = QString::fromUtf8(signedToken.out).trimmed();

        MainWindow window;
        window.show();
        QVERIFY(window.loadProject(m_project));
        {
            PasteTokenDialog dialog(window.document(), window.keystore());
            dialog.setToken(token);
            QVERIFY2(dialog.claims(), qPrintable(dialog.error()));
            QVERIFY(dialog.error().isEmpty());
            QVERIFY(dialog.claims()->value("parameter_overrides", Json())
                    == claims["parameter_overrides"]);
        }
        // As copied from a browser's network panel: the header's value, or the whole header.
        for (const QString &copied :
             {u"Bearer "_s + token, u"Authorization: Bearer "_s + token + u"\n"_s,
              u"  bearer\t"_s + token}) {
            PasteTokenDialog dialog(window.document(), window.keystore());
            dialog.setToken(copied);
            QVERIFY2(dialog.claims(), qPrintable(copied.left(30) + u": "_s + dialog.error()));
        }

        // Tampered: one character of the payload changed. Expired. Garbage. None previews.
        QString tampered = token;
        const qsizetype middle = token.indexOf(u'.') + 5;
        tampered[middle] = tampered[middle] == u'A' ? u'B' : u'A';
        // Minted two hours ago for ten minutes, with the project's own key.
        QString error;
        const auto keystore = Keystore::load(m_dir.filePath(u"burrito.dwkeys"_s), &error);
        QVERIFY2(keystore, qPrintable(error));
        TokenIssuer::Options past;
        past.now = QDateTime::currentDateTimeUtc().addSecs(-7200);
        past.expiresInSeconds = 600;
        const auto expired
                = TokenIssuer::issue(claims, window.document()->project(), *keystore, past, &error);
        QVERIFY2(expired, qPrintable(error));
        const QList<std::pair<QString, QString>> bad{{tampered, u"signature"_s},
                                                     {QString::fromUtf8(*expired), u"expired at"_s},
                                                     {u"not.a.token"_s, QString()}};
        for (const auto &[text, why] : bad) {
            PasteTokenDialog dialog(window.document(), window.keystore());
            dialog.setToken(text);
            QVERIFY(!dialog.claims());
            QVERIFY2(dialog.error().contains(why), qPrintable(dialog.error()));
        }
        QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Design);

        // Revoked: the embed server refuses it, and so does the preview.
        const CliRun revoked = runDashwright({u"token"_s, u"revoke"_s, m_project, token});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));
        {
            PasteTokenDialog dialog(window.document(), window.keystore());
            dialog.setToken(token);
            QVERIFY(!dialog.claims());
            QVERIFY2(dialog.error().contains(u"revoked"_s), qPrintable(dialog.error()));
        }
        QFile::remove(m_project.chopped(6) + u"revoked"_s);

        window.preview()->showToken(claims, u"Farolito"_s);
        QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Token);
        QCOMPARE(window.previewSelector()->currentText(), u"Farolito"_s);

        // When the token expires, it grants nothing: back to the design view.
        window.preview()->showToken(claims, u"Farolito, briefly"_s,
                                    QDateTime::currentDateTimeUtc().addMSecs(300));
        QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Token);
        QTRY_COMPARE_WITH_TIMEOUT(window.preview()->mode(), TenantPreview::Mode::Design, 5000);
    }

    // The inspector's explanation of a widget is the CLI's --explain of that widget.
    void inspectorMatchesExplain()
    {
        const QString tenant = u"Farolito — access policy"_s;
        MainWindow window;
        window.show();
        QVERIFY(window.loadProject(m_project));
        const Dashboard *dashboard
                = window.document()->project().dashboard(u"restaurant-overview"_s);
        QVERIFY(dashboard);
        window.selection()->setDashboardId(dashboard->id);
        QVERIFY(window.previewSelector()->choose(tenant));
        const CliRun cli = runDashwright({u"query"_s, m_project, u"--dashboard"_s, dashboard->slug,
                                          u"--as"_s, tenant, u"--explain"_s});
        QCOMPARE(cli.exitCode, 0);
        const Json expected = Json::parse(cli.out.toStdString());
        CanvasDataController *controller = window.canvas()->dataController();
        QTRY_VERIFY_WITH_TIMEOUT(settled(controller, *dashboard), 20000);
        int compared = 0;
        for (const auto &widget : expected["widgets"]) {
            if (!widget.contains("sql"))
                continue;
            const QString id = QString::fromStdString(widget["id"].get<std::string>());
            window.selection()->selectWidgets({id});
            const Json &shown = window.accessInspector()->explanation();
            QVERIFY(shown.is_object());
            for (const char *key : {"account", "sql", "bindings", "applied"})
                QVERIFY2(shown[key] == widget[key], key);
            ++compared;
        }
        QVERIFY(compared > 0);
    }

    // A tenant profile selected elsewhere (activating a problem about it) opens in its panel.
    void selectingATenantShowsIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.loadProject(m_project));
        const TenantProfile &tenant = window.document()->project().tenants.at(2);
        window.selection()->selectTenant(tenant.id);
        QCOMPARE(window.tenantsPanel()->currentTenantId(), tenant.id);
        QVERIFY(window.tenantsPanel()->isVisible());
    }

    // Deleting the previewed profile ends its preview; the selector follows adds and removals.
    void deletingThePreviewedProfile()
    {
        MainWindow window;
        QVERIFY(window.loadProject(m_project));
        const TenantProfile tenant = window.document()->project().tenants.at(1);
        QVERIFY(window.previewSelector()->choose(tenant.name));
        const int entries = window.previewSelector()->count();
        window.document()->undoStack()->push(new RemoveTenant(window.document(), tenant.id));
        QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Design);
        QCOMPARE(window.previewSelector()->count(), entries - 1);
        window.document()->undoStack()->undo();
        QCOMPARE(window.previewSelector()->count(), entries);
        QVERIFY(window.previewSelector()->findText(tenant.name) >= 0);
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
        return {};
    }

    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_MAIN(TestTenantPreview)
#include "tst_tenantpreview.moc"
