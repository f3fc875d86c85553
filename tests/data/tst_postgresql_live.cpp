// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The PostgreSQL source against a real server (issue 13's first step): the Burrito demo's tables
// copied into a throw-away PostgreSQL 15 cluster, the demo project pointed at it, and every demo
// dashboard, as each tenant profile that opens it, gives exactly the rows it gives on SQLite
// through `dashwright query` (the same planner in its PostgreSQL dialect, QPSQL, the resolution
// engine). The tenant with a database of its own gets one on the server too, through
// account_overrides.database. `project check` connects and finds every dataset's table and columns
// there.
//
// Skipped with a message when PostgreSQL 15 is not installed, except when CI is set.
#include "common/clirun.h"
#include "common/demofixture.h"
#include "common/pgcluster.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

namespace Dashwright {

class TestPostgresqlLive : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo{3000};
    Tests::PgCluster m_cluster;
    QString m_pgProject;

    // The demo's tables, as SQLite has them, in PostgreSQL types.
    static QByteArray schema()
    {
        return R"(
CREATE TABLE distributors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL,
                           city TEXT NOT NULL, opened DATE NOT NULL);
CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,
                       unit_price DOUBLE PRECISION NOT NULL);
CREATE TABLE promotions (id INTEGER PRIMARY KEY, name TEXT NOT NULL, discount_pct INTEGER NOT NULL,
                         starts DATE NOT NULL, ends DATE NOT NULL);
CREATE TABLE sales (id INTEGER PRIMARY KEY, sale_date DATE NOT NULL, distributor TEXT NOT NULL,
                    distributor_id INTEGER NOT NULL, region TEXT NOT NULL, product TEXT NOT NULL,
                    promotion TEXT, quantity INTEGER NOT NULL, unit_price DOUBLE PRECISION NOT NULL,
                    revenue DOUBLE PRECISION NOT NULL, cost DOUBLE PRECISION NOT NULL);
)";
    }

    // One table's rows out of an SQLite file as CSV (the sqlite3 shell).
    static QByteArray csv(const QString &file, const QString &table)
    {
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {u"-csv"_s, file, u"SELECT * FROM "_s + table});
        sqlite.waitForFinished(60000);
        return sqlite.readAllStandardOutput();
    }

    // A database on the server with the demo's tables and the rows of an SQLite file.
    void copyDatabase(const QString &file, const QString &database)
    {
        QVERIFY2(m_cluster.psql(u"postgres"_s, "CREATE DATABASE " + database.toUtf8() + ";"),
                 qPrintable(m_cluster.error()));
        QVERIFY2(m_cluster.psql(database, schema()), qPrintable(m_cluster.error()));
        for (const QString &table :
             {u"distributors"_s, u"products"_s, u"promotions"_s, u"sales"_s}) {
            const QByteArray rows = csv(file, table);
            QVERIFY2(!rows.isEmpty(), qPrintable(file + u": "_s + table));
            QVERIFY2(m_cluster.psql(database,
                                    "\\copy " + table.toUtf8() + " FROM STDIN WITH (FORMAT csv)\n"
                                            + rows + "\\.\n"),
                     qPrintable(m_cluster.error()));
        }
    }

    Json query(const QString &project, const QString &dashboard, const QString &tenant)
    {
        const CliRun run = runDashwright({u"query"_s, project, u"--dashboard"_s, dashboard,
                                          u"--as"_s, tenant, u"--format"_s, u"json"_s});
        if (run.exitCode != 0 && run.exitCode != 3)
            qWarning("%s", qPrintable(run.describe()));
        return Json::parse(run.out.toStdString(), nullptr, false);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        if (const QString why = m_cluster.start(); !why.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(why + u" (CI is set: the PostgreSQL test must run)"_s));
            QSKIP(qPrintable(why + u": skipped outside CI"_s));
        }
        copyDatabase(m_demo.databasePath(), u"burrito"_s);

        // The demo project, its one account pointed at the server. A tenant profile whose
        // override names another SQLite file gets that file's rows in a database of its own: the
        // per-tenant database, through account_overrides.database.
        Json project = Json::parse(readWholeFile(m_demo.projectPath).toStdString());
        Json &account = project["accounts"][0];
        account.erase("path");
        account["type"] = "postgresql";
        account["name"] = "Burrito Factory (PostgreSQL)";
        account["host"] = "127.0.0.1";
        account["port"] = m_cluster.port();
        account["database"] = "burrito";
        account["user"] = "dashwright";
        const std::string accountId = account["id"].get<std::string>();
        int tenantDatabases = 0;
        for (Json &tenant : project["tenants"]) {
            Json &claims = tenant["claims"];
            if (!claims.contains("account_overrides")
                || !claims["account_overrides"].contains(accountId))
                continue;
            Json &override = claims["account_overrides"][accountId];
            const QString file = QFileInfo(m_demo.projectPath)
                                         .dir()
                                         .filePath(QString::fromStdString(
                                                 override["database"].get<std::string>()));
            const QString database = u"tenant_%1"_s.arg(++tenantDatabases);
            copyDatabase(file, database);
            override = Json{{"database", database.toStdString()}};
        }
        QVERIFY2(tenantDatabases > 0, "the demo has a tenant with a database of its own");
        // The seed's row-level-security case: a tenant whose override switches the database user,
        // and a PostgreSQL policy that gives that user only its own rows.
        QVERIFY2(m_cluster.psql(u"burrito"_s, R"(
CREATE ROLE "Fiesty Fiesta" LOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO "Fiesty Fiesta";
ALTER TABLE sales ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON sales USING (distributor = current_user);
)"),
                 qPrintable(m_cluster.error()));
        const TenantProfile *filtered = m_demo.project.tenant(u"Fiesty Fiesta — token filter"_s);
        QVERIFY(filtered);
        project["tenants"].push_back(
                {{"id", "7b0f3c2e-5d1a-5e6b-9c4d-1a2b3c4d5e6f"},
                 {"name", "Fiesty Fiesta — RLS user"},
                 {"claims",
                  {{"securables", filtered->claims["securables"]},
                   {"username", "fiesty-fiesta-owner"},
                   {"suborganization", "Fiesty Fiesta"},
                   {"account_overrides", {{accountId, {{"user", "Fiesty Fiesta"}}}}}}}});
        m_pgProject = QFileInfo(m_demo.projectPath).dir().filePath(u"postgresql.dwproj"_s);
        QVERIFY(writeWholeFile(m_pgProject, QByteArray::fromStdString(project.dump(2))));
        QVERIFY(QFile::copy(m_demo.projectPath.chopped(6) + u"dwkeys"_s,
                            m_pgProject.chopped(6) + u"dwkeys"_s));
    }

    // Connects, and finds every dataset's table and columns on the server.
    void projectCheck()
    {
        const CliRun run = runDashwright({u"project"_s, u"check"_s, m_pgProject});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    // What the designer and `project check` read of the server: a dataset's table, schema-qualified
    // or not, and its columns; a column the server lacks is a problem naming it.
    void projectCheckReadsTheSchema_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("problem"); // empty: none
        QTest::newRow("qualified table") << u"public.sales"_s << u"revenue"_s << QString();
        QTest::newRow("missing column")
                << u"sales"_s << u"margin"_s << u"no column \"margin\" of dataset \"Sales\""_s;
        QTest::newRow("missing table")
                << u"public.nowhere"_s << u"revenue"_s << u"no table or view \"public.nowhere\""_s;
    }
    void projectCheckReadsTheSchema()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, problem);
        Json project = Json::parse(readWholeFile(m_pgProject).toStdString());
        for (Json &dataset : project["datasets"]) {
            if (dataset["name"] != "Sales")
                continue;
            dataset["table"] = table.toStdString();
            for (Json &c : dataset["columns"])
                if (c["name"] == "revenue")
                    c["name"] = column.toStdString();
        }
        const QString path = QFileInfo(m_pgProject).dir().filePath(u"check.dwproj"_s);
        QVERIFY(writeWholeFile(path, QByteArray::fromStdString(project.dump(2))));
        const CliRun run = runDashwright({u"project"_s, u"check"_s, path});
        if (problem.isEmpty()) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        } else {
            QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
            QVERIFY2(run.err.contains(problem.toUtf8()), qPrintable(run.describe()));
        }
    }

    // `dashwright datasets --tables` lists the server's tables with typed columns.
    void datasetsListsTables()
    {
        const CliRun run = runDashwright({u"datasets"_s, m_pgProject, u"--tables"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const Json out = Json::parse(run.out.toStdString(), nullptr, false);
        QVERIFY(out.is_object());
        const Json &tables = out["accounts"][0]["tables"];
        QStringList names;
        Json sales;
        for (const Json &t : tables) {
            names.append(QString::fromStdString(t["name"].get<std::string>()));
            if (t["name"] == "sales")
                sales = t;
        }
        QCOMPARE(names,
                 (QStringList{u"distributors"_s, u"products"_s, u"promotions"_s, u"sales"_s}));
        std::map<std::string, std::string> types;
        for (const Json &c : sales["columns"])
            types[c["name"].get<std::string>()] = c["type"].get<std::string>();
        QCOMPARE(types["sale_date"], "date");
        QCOMPARE(types["quantity"], "integer");
        QCOMPARE(types["revenue"], "number");
        QCOMPARE(types["distributor"], "text");
    }

    // The database user the override switches to sees, through PostgreSQL's policy, exactly what
    // the token filter on the distributor shows on SQLite.
    void rowLevelSecurityUser()
    {
        const QString dashboard
                = QString::fromStdString(m_demo.project.tenant(u"Fiesty Fiesta — token filter"_s)
                                                 ->claims["securables"][0]
                                                 .get<std::string>());
        const Json rls = query(m_pgProject, dashboard, u"Fiesty Fiesta — RLS user"_s);
        const Json filtered
                = query(m_demo.projectPath, dashboard, u"Fiesty Fiesta — token filter"_s);
        QVERIFY(rls.is_object() && filtered.is_object());
        QCOMPARE(rls["widgets"].size(), filtered["widgets"].size());
        for (std::size_t i = 0; i < rls["widgets"].size(); ++i)
            QVERIFY2(nlohmann::json::parse(rls["widgets"][i]["rows"].dump())
                             == nlohmann::json::parse(filtered["widgets"][i]["rows"].dump()),
                     rls["widgets"][i].dump().c_str());
        // And the superuser of the design view still sees every distributor.
        const Json design = Json::parse(runDashwright({u"query"_s, m_pgProject, u"--dashboard"_s,
                                                       dashboard, u"--format"_s, u"json"_s})
                                                .out.toStdString(),
                                        nullptr, false);
        QVERIFY(design.is_object());
        QVERIFY(design["widgets"][0]["rows"] != rls["widgets"][0]["rows"]);
    }

    // The index advisor reads pg_index: a token filter on a column no index leads on is said,
    // with the same text as on SQLite, until there is one.
    void indexAdvisor()
    {
        const TenantProfile *tenant = m_demo.project.tenant(u"Fiesty Fiesta — token filter"_s);
        QVERIFY(tenant);
        const QString dashboard
                = QString::fromStdString(tenant->claims["securables"][0].get<std::string>());
        const auto warned = [&] {
            const Json out = query(m_pgProject, dashboard, tenant->name);
            for (const Json &widget : out["widgets"])
                for (const Json &warning : widget.value("warnings", Json::array()))
                    if (warning.get<std::string>().find("\"distributor\" of dataset \"Sales\" has "
                                                        "no index")
                        != std::string::npos)
                        return true;
            return false;
        };
        QVERIFY(warned());
        QVERIFY2(m_cluster.psql(u"burrito"_s,
                                "CREATE INDEX sales_by_distributor ON sales "
                                "(distributor);"),
                 qPrintable(m_cluster.error()));
        QVERIFY(!warned());
    }

    // Every dashboard as every tenant that opens it, and in the design view: the same rows as
    // on SQLite, in the same order (table pages included).
    void sameRowsAsSqlite_data()
    {
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QString>("tenant");
        for (const TenantProfile &tenant : m_demo.project.tenants) {
            for (const Json &securable : tenant.claims["securables"]) {
                const QString id = QString::fromStdString(securable.get<std::string>());
                if (const Dashboard *dashboard = m_demo.project.dashboard(id))
                    QTest::addRow("%s as %s", qPrintable(dashboard->slug), qPrintable(tenant.name))
                            << dashboard->slug << tenant.name;
            }
        }
    }
    void sameRowsAsSqlite()
    {
        QFETCH(QString, dashboard);
        QFETCH(QString, tenant);
        const Json sqlite = query(m_demo.projectPath, dashboard, tenant);
        const Json postgresql = query(m_pgProject, dashboard, tenant);
        QVERIFY(sqlite.is_object() && postgresql.is_object());
        QCOMPARE(postgresql["widgets"].size(), sqlite["widgets"].size());
        int rows = 0;
        for (std::size_t i = 0; i < sqlite["widgets"].size(); ++i) {
            const Json &want = sqlite["widgets"][i];
            const Json &got = postgresql["widgets"][i];
            const QString title = QString::fromStdString(want.value("title", ""));
            QVERIFY2(got["denied"] == want["denied"], qPrintable(title));
            // Numbers compare as numbers: an integer SUM is numeric in PostgreSQL.
            QVERIFY2(nlohmann::json::parse(got["rows"].dump())
                             == nlohmann::json::parse(want["rows"].dump()),
                     qPrintable(title + u": "_s
                                + QString::fromStdString(got["rows"].dump()).left(300) + u" != "_s
                                + QString::fromStdString(want["rows"].dump()).left(300)));
            rows += int(want["rows"].size());
        }
        QVERIFY(rows > 0);
    }
};

} // namespace Dashwright

QTEST_GUILESS_MAIN(Dashwright::TestPostgresqlLive)
#include "tst_postgresql_live.moc"
