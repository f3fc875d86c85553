// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QA's preview in the designer on the PostgreSQL demo (issue 13's "done when"): `dashwright demo
// create --postgresql` into a throw-away PostgreSQL 15 cluster, opened in the designer, previewed
// as the tenant with a database of its own, the tenant whose database user row-level security
// narrows, and the tenant a token filter narrows. Every widget on the canvas shows the rows
// `dashwright query --as` gives for that tenant, and each tenant's figures are its own.
//
// Skipped with a message when PostgreSQL 15 is not installed, except when CI is set. With
// DASHWRIGHT_SCREENSHOTS naming a folder, the window is saved there as each tenant sees it.
#include "canvas/canvasdatacontroller.h"
#include "canvas/dashboardcanvas.h"
#include "common/clirun.h"
#include "common/json.h"
#include "common/pgcluster.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "mainwindow.h"
#include "preview/previewselector.h"
#include "preview/tenantpreview.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// A cell as a person reads it, the same from the canvas's QVariant and from the CLI's JSON.
QString cell(const QVariant &value)
{
    if (value.isNull())
        return u"null"_s;
    bool number = false;
    const double d = value.toDouble(&number);
    if (number && value.typeId() != QMetaType::QString)
        return QString::number(d, 'g', 12);
    return value.toString();
}

QString cell(const Json &value)
{
    if (value.is_null())
        return u"null"_s;
    if (value.is_number())
        return QString::number(value.get<double>(), 'g', 12);
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

} // namespace

class TestPostgresqlPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        DASHWRIGHT_START_PG_CLUSTER(m_cluster);
        QVERIFY2(m_cluster.psql(u"postgres"_s, "CREATE DATABASE burrito;"),
                 qPrintable(m_cluster.error()));
        const CliRun demo = runDashwright(
                {u"demo"_s, u"create"_s, m_dir.path(), u"--rows"_s, u"3000"_s, u"--postgresql"_s,
                 u"postgresql://dashwright@127.0.0.1:%1/burrito"_s.arg(m_cluster.port())});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
        m_project = QDir(m_dir.path()).filePath(u"burrito.dwproj"_s);
    }

    void tenantsSeeTheirRows_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("own database") << u"El Tapatio — own database"_s;
        QTest::newRow("database user (RLS)") << u"Farolito — database user (RLS)"_s;
        QTest::newRow("token filter") << u"Fiesty Fiesta — token filter"_s;
    }

    void tenantsSeeTheirRows()
    {
        QFETCH(QString, tenant);
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.loadProject(m_project));
        QVERIFY(window.previewSelector()->choose(tenant));
        QCOMPARE(window.preview()->mode(), TenantPreview::Mode::Profile);

        const Project &project = window.document()->project();
        const Json claims = project.tenant(tenant)->claims;
        for (const auto &securable : claims["securables"]) {
            const Dashboard *dashboard = project.dashboard(QString::fromStdString(securable));
            QVERIFY(dashboard);
            window.selection()->setDashboardId(dashboard->id);
            CanvasDataController *controller = window.canvas()->dataController();
            QTRY_VERIFY_WITH_TIMEOUT(settled(controller, *dashboard), 30000);
            const CliRun cli = runDashwright(
                    {u"query"_s, m_project, u"--dashboard"_s, dashboard->slug, u"--as"_s, tenant});
            QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
            const Json expected = Json::parse(cli.out.toStdString());
            int withRows = 0;
            for (const auto &widget : expected["widgets"]) {
                const WidgetRun *run
                        = controller->run(QString::fromStdString(widget["id"].get<std::string>()));
                QVERIFY(run);
                QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
                QVERIFY(run->resolution.denied.isEmpty());
                QCOMPARE(run->result.rows.size(), qsizetype(widget["rows"].size()));
                for (qsizetype r = 0; r < run->result.rows.size(); ++r) {
                    const QVariantList &row = run->result.rows.at(r);
                    QCOMPARE(row.size(), qsizetype(widget["rows"][r].size()));
                    for (qsizetype c = 0; c < row.size(); ++c)
                        QCOMPARE(cell(row.at(c)), cell(widget["rows"][r][c]));
                }
                withRows += run->result.rows.isEmpty() ? 0 : 1;
            }
            QVERIFY(withRows > 0);
            // The chain's total as this tenant sees it: each tenant's own, never another's.
            const QString total = cell(expected["widgets"][0]["rows"][0][0]);
            QVERIFY2(!m_totals.contains(total),
                     qPrintable(tenant + u" shows the total of "_s + m_totals.value(total)));
            m_totals.insert(total, tenant);

            const QString shots = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
            if (!shots.isEmpty())
                window.grab().save(QDir(shots).filePath(u"postgresql-preview-%1.png"_s.arg(
                        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))));
        }
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

    QTemporaryDir m_dir;
    Tests::PgCluster m_cluster;
    QString m_project;
    QHash<QString, QString> m_totals; // a total shown, by the tenant it was shown to
};

QTEST_MAIN(TestPostgresqlPreview)
#include "tst_postgresqlpreview.moc"
