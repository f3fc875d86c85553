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
// And the demo made there directly: `dashwright demo create DIR --postgresql URL` loads the same
// rows (same seed and size as the SQLite demo) with El Tapatio's database and a row-level-security
// user of its own, and every tenant of it sees what the SQLite demo shows.
//
// Skipped with a message when PostgreSQL 15 is not installed, except when CI is set.
#include "common/clirun.h"
#include "common/demofixture.h"
#include "common/pgcluster.h"
#include "crypto/keystore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

namespace Dashwright {

class TestPostgresqlLive : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 demoRows = 3000;
    static constexpr quint64 demoSeed = 7;
    Tests::DemoFixture m_demo{demoRows, demoSeed};
    Tests::PgCluster m_cluster;
    QString m_pgProject;
    // `demo create --postgresql` into the database "pgdemo".
    QTemporaryDir m_created;
    QString m_createdProject;

    QString url(const QString &database, const QString &user = u"dashwright"_s) const
    {
        return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user).arg(m_cluster.port()).arg(database);
    }

    static CliRun createDemo(const QString &dir, const QString &url, const QStringList &more = {},
                             const QStringList &environment = {})
    {
        return runDashwright(QStringList{u"demo"_s, u"create"_s, dir, u"--postgresql"_s, url,
                                         u"--rows"_s, QString::number(demoRows), u"--seed"_s,
                                         QString::number(demoSeed)}
                                     + more,
                             environment);
    }

    QString dashboardOf(const QString &tenant) const
    {
        const TenantProfile *profile = m_demo.project.tenant(tenant);
        return profile ? QString::fromStdString(profile->claims["securables"][0].get<std::string>())
                       : QString();
    }

    // Empty when both runs show every widget with the same rows (numbers as numbers: an integer
    // SUM is numeric in PostgreSQL) and the same denial; else what differs first.
    static QString sameRows(const Json &got, const Json &want)
    {
        if (!got.is_object() || !want.is_object())
            return u"no JSON answer"_s;
        if (got["widgets"].size() != want["widgets"].size())
            return u"different widgets"_s;
        for (std::size_t i = 0; i < want["widgets"].size(); ++i) {
            const Json &w = want["widgets"][i];
            const Json &g = got["widgets"][i];
            const QString title = QString::fromStdString(w.value("title", ""));
            if (g["denied"] != w["denied"])
                return title + u": denied differs"_s;
            if (nlohmann::json::parse(g["rows"].dump()) != nlohmann::json::parse(w["rows"].dump()))
                return title + u": "_s + QString::fromStdString(g["rows"].dump()).left(300)
                        + u" != "_s + QString::fromStdString(w["rows"].dump()).left(300);
        }
        return {};
    }

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

    Json query(const QString &project, const QString &dashboard, const QString &tenant,
               const QStringList &environment = {})
    {
        const CliRun run = runDashwright({u"query"_s, project, u"--dashboard"_s, dashboard,
                                          u"--as"_s, tenant, u"--format"_s, u"json"_s},
                                         environment);
        if (run.exitCode != 0 && run.exitCode != 3)
            qWarning("%s", qPrintable(run.describe()));
        return Json::parse(run.out.toStdString(), nullptr, false);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        DASHWRIGHT_START_PG_CLUSTER(m_cluster);
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

        // The demo made on the server by the command itself, as its superuser: every tenant kind
        // can be set up, so nothing is left out.
        QVERIFY2(m_cluster.psql(u"postgres"_s, "CREATE DATABASE pgdemo;"),
                 qPrintable(m_cluster.error()));
        const CliRun created = createDemo(m_created.path(), url(u"pgdemo"_s));
        QVERIFY2(created.exitCode == 0 && created.err.isEmpty(), qPrintable(created.describe()));
        m_createdProject = QDir(m_created.path()).filePath(u"burrito.dwproj"_s);
        QVERIFY(!QFile::exists(QDir(m_created.path()).filePath(u"burrito.sqlite"_s)));
    }

    // Connects, and finds every dataset's table and columns on the server.
    void projectCheck()
    {
        for (const QString &project : {m_pgProject, m_createdProject}) {
            const CliRun run = runDashwright({u"project"_s, u"check"_s, project});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
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
        const QString differs = sameRows(rls, filtered);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
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

    // Every dashboard as every tenant that opens it: the same rows as on SQLite, in the same order
    // (table pages included), on the copied database and on the demo the command made.
    void sameRowsAsSqlite_data()
    {
        QTest::addColumn<bool>("created");
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QString>("tenant");
        for (const bool created : {false, true}) {
            for (const TenantProfile &tenant : m_demo.project.tenants) {
                for (const Json &securable : tenant.claims["securables"]) {
                    const QString id = QString::fromStdString(securable.get<std::string>());
                    if (const Dashboard *dashboard = m_demo.project.dashboard(id))
                        QTest::addRow("%s: %s as %s", created ? "demo create" : "copy",
                                      qPrintable(dashboard->slug), qPrintable(tenant.name))
                                << created << dashboard->slug << tenant.name;
                }
            }
        }
    }
    void sameRowsAsSqlite()
    {
        QFETCH(bool, created);
        QFETCH(QString, dashboard);
        QFETCH(QString, tenant);
        const Json sqlite = query(m_demo.projectPath, dashboard, tenant);
        const Json postgresql = query(created ? m_createdProject : m_pgProject, dashboard, tenant);
        const QString differs = sameRows(postgresql, sqlite);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        int rows = 0;
        for (const Json &widget : sqlite["widgets"])
            rows += int(widget["rows"].size());
        QVERIFY(rows > 0);
    }

    // The project names the server, El Tapatio's database and the RLS user; no SQLite file.
    void createdProject()
    {
        const Json project = Json::parse(readWholeFile(m_createdProject).toStdString());
        const Json &account = project["accounts"][0];
        QVERIFY2(account["type"] == "postgresql" && account["host"] == "127.0.0.1"
                         && account["port"] == int(m_cluster.port())
                         && account["database"] == "pgdemo" && account["user"] == "dashwright",
                 account.dump().c_str());
        QVERIFY(!account.contains("secret_id")); // the URL has no password
        const std::string id = account["id"];
        QStringList overrides;
        for (const Json &tenant : project["tenants"])
            if (tenant["claims"].contains("account_overrides"))
                overrides.append(
                        QString::fromStdString(tenant["name"].get<std::string>() + ": "
                                               + tenant["claims"]["account_overrides"][id].dump()));
        QCOMPARE(
                overrides,
                (QStringList{u"El Tapatio — own database: {\"database\":\"pgdemo_el_tapatio\"}"_s,
                             u"Farolito — database user (RLS): {\"user\":\"pgdemo_farolito\"}"_s}));
        QCOMPARE(qsizetype(project["tenants"].size()), m_demo.project.tenants.size() + 1);
    }

    // The demo's RLS user sees, through the server's policy, exactly what a token filter on
    // Farolito shows on SQLite; the account as designed still sees the whole chain.
    void createdRowLevelSecurity()
    {
        const QString chain = dashboardOf(u"El Tapatio — own database"_s);
        Json claims = m_demo.project.tenant(u"Fiesty Fiesta — token filter"_s)->claims;
        claims["filters"][0]["value"] = "Farolito";
        claims["suborganization"] = "Farolito";
        const QString claimsFile = QDir(m_created.path()).filePath(u"farolito-filter.json"_s);
        QVERIFY(writeWholeFile(claimsFile, QByteArray::fromStdString(claims.dump())));
        const CliRun filtered
                = runDashwright({u"query"_s, m_demo.projectPath, u"--dashboard"_s, chain,
                                 u"--claims"_s, claimsFile, u"--format"_s, u"json"_s});
        QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.describe()));
        const Json rls = query(m_createdProject, chain, u"Farolito — database user (RLS)"_s);
        const QString differs
                = sameRows(rls, Json::parse(filtered.out.toStdString(), nullptr, false));
        QVERIFY2(differs.isEmpty(), qPrintable(differs));

        QByteArray seen;
        QVERIFY2(m_cluster.psql(u"pgdemo"_s,
                                "SET ROLE pgdemo_farolito;"
                                "SELECT string_agg(DISTINCT distributor, ',') FROM sales;",
                                &seen),
                 qPrintable(m_cluster.error()));
        QCOMPARE(seen.trimmed(), QByteArray("Farolito"));
        QVERIFY2(m_cluster.psql(u"pgdemo"_s, "SELECT count(DISTINCT distributor) FROM sales;",
                                &seen),
                 qPrintable(m_cluster.error()));
        QVERIFY(seen.trimmed().toInt() > 4);
    }

    // The isolation check finds on the PostgreSQL demo what it finds on SQLite's (the forgetful
    // tenant), and nothing about the two tenants the server isolates.
    void createdIsolationCheck()
    {
        const CliRun sqlite
                = runDashwright({u"isolation-check"_s, m_demo.projectPath, u"--json"_s});
        const CliRun postgresql
                = runDashwright({u"isolation-check"_s, m_createdProject, u"--json"_s});
        QCOMPARE(postgresql.exitCode, sqlite.exitCode);
        const Json want = Json::parse(sqlite.out.toStdString(), nullptr, false);
        const Json got = Json::parse(postgresql.out.toStdString(), nullptr, false);
        QVERIFY2(got.is_object(), qPrintable(postgresql.describe()));
        for (const char *part : {"errors", "denied", "invalid_profiles"})
            QVERIFY2(got[part] == want[part],
                     (std::string(part) + ": " + got[part].dump()).c_str());
        QVERIFY2(got["unrestricted"] == want["unrestricted"], got["unrestricted"].dump().c_str());
        // Each override kind on the server (own database, a database user under row-level
        // security, the token filter) isolates its tenant: no two tenants share data; a single
        // figure they happen to share (one distributor each) is a coincidence, not a finding.
        QVERIFY2(got["shared_data"].empty(), got["shared_data"].dump().c_str());
        for (const Json &shared : got["coincidences"])
            QVERIFY2(!shared["everywhere"].get<bool>(), shared.dump().c_str());
    }

    // A database that holds the demo's tables is refused, in one line, before anything is
    // written; --replace drops and reloads them (the rows stay the same).
    void createdAgain()
    {
        QTemporaryDir again;
        const CliRun refused = createDemo(again.path(), url(u"pgdemo"_s));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.errText().contains(u"--replace"_s), qPrintable(refused.describe()));
        QVERIFY(QDir(again.path()).isEmpty());

        const CliRun replaced = createDemo(again.path(), url(u"pgdemo"_s), {u"--replace"_s});
        QVERIFY2(replaced.exitCode == 0 && replaced.err.isEmpty(), qPrintable(replaced.describe()));
        const QString project = QDir(again.path()).filePath(u"burrito.dwproj"_s);
        for (const QString &tenant :
             {u"El Tapatio — own database"_s, u"Fiesty Fiesta — token filter"_s}) {
            const QString differs
                    = sameRows(query(project, dashboardOf(tenant), tenant),
                               query(m_demo.projectPath, dashboardOf(tenant), tenant));
            QVERIFY2(differs.isEmpty(), qPrintable(differs));
        }
        QCOMPARE(runDashwright({u"query"_s, project, u"--dashboard"_s,
                                dashboardOf(u"El Tapatio — own database"_s), u"--as"_s,
                                u"Farolito — database user (RLS)"_s, u"--format"_s, u"json"_s})
                         .exitCode,
                 0);
    }

    // --postgresql's mistakes, each one line that never holds the password: a URL that is none
    // (usage, 1; libpq's own reason quotes the URL, so it is not shown), a server that does not
    // answer (4).
    void createdBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("another scheme")
                << u"mysql://dashwright@127.0.0.1/pgdemo"_s << 1
                << u"not a PostgreSQL URL: its scheme must be postgresql://"_s;
        QTest::newRow("a port that is no number")
                << u"postgresql://dashwright:secret-word@127.0.0.1:notaport/pgdemo"_s << 1
                << u"not a PostgreSQL URL: its port is not a number from 1 to 65535"_s;
        QTest::newRow("a raw @ in the password")
                << u"postgresql://dashwright:secret@word@127.0.0.1/pgdemo"_s << 1
                << u"write an \"@\" in the password as %40"_s;
        QTest::newRow("a port out of range") << u"postgresql://dashwright@127.0.0.1:70000/pgdemo"_s
                                             << 1 << u"its port is not a number"_s;
        QTest::newRow("unknown parameter")
                << u"postgresql://dashwright@127.0.0.1/pgdemo?colour=red"_s << 1
                << u"not a PostgreSQL URL"_s;
        QTest::newRow("several hosts")
                << u"postgresql://dashwright@a,b/pgdemo"_s << 1 << u"several hosts"_s;
        QTest::newRow("bad percent-encoding in the password")
                << u"postgresql://alice:S3cr%zzet@127.0.0.1/db"_s << 1
                << u"not a PostgreSQL URL: the password cannot be read"_s;
        QTest::newRow("unclosed IPv6 bracket")
                << u"postgresql://a:secret-word@[::1/db"_s << 1
                << u"not a PostgreSQL URL: its user, host, port or database cannot be read"_s;
        QTest::newRow("unknown parameter after a password")
                << u"postgresql://a:secret-word@127.0.0.1/db?colour=red"_s << 1
                << u"not a PostgreSQL URL: a query parameter is unknown or malformed"_s;
        QTest::newRow("nothing listens")
                << u"postgresql://dashwright:secret-word@127.0.0.1:1/pgdemo"_s << 4
                << u"cannot connect"_s;
    }
    void createdBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QTemporaryDir dir;
        // A folder that is not there yet is not made for a demo that fails.
        const QString folder = QDir(dir.path()).filePath(u"demo"_s);
        const CliRun run = createDemo(folder, url);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.errText().startsWith(u"dashwright: "_s) && run.errText().contains(says),
                 qPrintable(run.describe()));
        for (const char *password : {"secret-word", "S3cr", "zzet", "word@", "secret@"})
            QVERIFY2(!run.err.contains(password), qPrintable(run.describe()));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    // The RLS role must be one that row-level security holds, and one the demo made: here the
    // URL's own user is named DATABASE_farolito, owns the database and so the tables (the owner
    // skips the policy: it saw all the distributors as Farolito). Without --replace an existing
    // role is not used; with it, the owner is still refused; and a role that, connected as the
    // tenant profile will, sees more than Farolito (a "sales" of its own first on its search
    // path) is refused too. Each time the tenant is left out with one warning line.
    void createdRlsRoleThatIsNotHeld()
    {
        QVERIFY2(m_cluster.psql(u"postgres"_s,
                                "CREATE ROLE shop_farolito LOGIN CREATEDB CREATEROLE;"
                                "CREATE DATABASE shop OWNER shop_farolito;"),
                 qPrintable(m_cluster.error()));
        const QString farolito = u"Farolito — database user (RLS)"_s;
        const auto leftOut = [&](const QStringList &more, const QString &why) {
            QTemporaryDir dir;
            const CliRun run = createDemo(dir.path(), url(u"shop"_s, u"shop_farolito"_s), more);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            const QStringList warnings = run.errText().trimmed().split(u'\n');
            QVERIFY2(warnings.size() == 1
                             && warnings[0].startsWith(u"dashwright: warning: tenant \""_s
                                                       + farolito + u"\" left out: "_s)
                             && warnings[0].contains(why),
                     qPrintable(run.describe()));
            const QString project = QDir(dir.path()).filePath(u"burrito.dwproj"_s);
            const CliRun as = runDashwright({u"query"_s, project, u"--dashboard"_s,
                                             dashboardOf(u"El Tapatio — own database"_s), u"--as"_s,
                                             farolito, u"--format"_s, u"json"_s});
            QVERIFY2(as.exitCode != 0, qPrintable(as.describe()));
        };
        leftOut({}, u"exists already (--replace uses it)"_s);
        if (QTest::currentTestFailed())
            return;
        leftOut({u"--replace"_s}, u"is the URL's user"_s);
        if (QTest::currentTestFailed())
            return;

        // A role the policy holds, but whose own schema has a "sales" of all distributors.
        QVERIFY2(m_cluster.psql(u"postgres"_s,
                                "CREATE ROLE mall_farolito LOGIN;"
                                "CREATE DATABASE mall OWNER dashwright;"),
                 qPrintable(m_cluster.error()));
        QVERIFY2(m_cluster.psql(u"mall"_s,
                                "CREATE SCHEMA mall_farolito AUTHORIZATION dashwright;"
                                "GRANT USAGE ON SCHEMA mall_farolito TO mall_farolito;"
                                "CREATE TABLE mall_farolito.sales AS SELECT 'Farolito' AS "
                                "distributor UNION ALL SELECT 'El Tapatio';"
                                "GRANT SELECT ON mall_farolito.sales TO mall_farolito;"),
                 qPrintable(m_cluster.error()));
        QTemporaryDir dir;
        const CliRun run = createDemo(dir.path(), url(u"mall"_s), {u"--replace"_s});
        QVERIFY2(run.exitCode == 0
                         && run.errText().trimmed()
                                 == u"dashwright: warning: tenant \""_s + farolito
                                         + u"\" left out: the role \"mall_farolito\" sees 2 "
                                           u"distributors in sales, not only Farolito"_s,
                 qPrintable(run.describe()));
    }

    // PGPASSWORD instead of a password in the URL (out of the process list): libpq connects with
    // it, and it becomes the account's secret in the keystore as a URL's password would, so that
    // `project check` connects later without it.
    void createdWithPgpassword()
    {
        QVERIFY2(m_cluster.psql(u"postgres"_s,
                                "CREATE ROLE envuser LOGIN PASSWORD 'env-Secret-7';"
                                "CREATE DATABASE envdb OWNER envuser;"),
                 qPrintable(m_cluster.error()));
        QVERIFY2(m_cluster.requirePassword(u"envuser"_s), qPrintable(m_cluster.error()));
        QTemporaryDir dir;
        const CliRun run = createDemo(dir.path(), url(u"envdb"_s, u"envuser"_s), {},
                                      {u"PGPASSWORD=env-Secret-7"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!run.out.contains("env-Secret-7") && !run.err.contains("env-Secret-7"));
        const QString project = QDir(dir.path()).filePath(u"burrito.dwproj"_s);
        const Json json = Json::parse(readWholeFile(project).toStdString());
        const std::string secretId = json["accounts"][0].value("secret_id", "");
        QVERIFY2(!secretId.empty(), json["accounts"][0].dump().c_str());
        QString error;
        const std::optional<Keystore> keystore
                = Keystore::load(QDir(dir.path()).filePath(u"burrito.dwkeys"_s), "", &error);
        QVERIFY2(keystore, qPrintable(error));
        QVERIFY(keystore->secret(QString::fromStdString(secretId)));
        QCOMPARE(keystore->secret(QString::fromStdString(secretId))->value, u"env-Secret-7"_s);
        const CliRun check = runDashwright({u"project"_s, u"check"_s, project});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        // The password comes from the keystore only: PGPASSWORD in the shell does not stand in
        // for a keystore that lacks it, as it would not under `serve`.
        QTemporaryDir empty;
        const CliRun ambient = runDashwright({u"project"_s, u"check"_s, project, u"--keystore"_s,
                                              QDir(empty.path()).filePath(u"none.dwkeys"_s)},
                                             {u"PGPASSWORD=env-Secret-7"_s});
        QVERIFY2(ambient.exitCode == 4, qPrintable(ambient.describe()));

        // A user who may create databases and roles: El Tapatio's database asks for a password
        // its override cannot carry, and the demo says so and leaves the tenant out, rather than
        // keeping it because PGPASSWORD let its own test connect.
        QVERIFY2(m_cluster.psql(u"postgres"_s,
                                "CREATE ROLE envadmin LOGIN CREATEDB CREATEROLE PASSWORD "
                                "'adm-Secret-9';"
                                "CREATE DATABASE envadb OWNER envadmin;"),
                 qPrintable(m_cluster.error()));
        QVERIFY2(m_cluster.requirePassword(u"envadmin"_s), qPrintable(m_cluster.error()));
        QTemporaryDir adminDir;
        const CliRun admin = createDemo(adminDir.path(), url(u"envadb"_s, u"envadmin"_s), {},
                                        {u"PGPASSWORD=adm-Secret-9"_s});
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.describe()));
        QVERIFY2(admin.errText().contains(u"\"El Tapatio — own database\" left out"_s),
                 qPrintable(admin.describe()));
        const QString adminProject = QDir(adminDir.path()).filePath(u"burrito.dwproj"_s);
        const CliRun adminCheck = runDashwright({u"project"_s, u"check"_s, adminProject},
                                                {u"PGPASSWORD=adm-Secret-9"_s});
        QVERIFY2(adminCheck.exitCode == 0, qPrintable(adminCheck.describe()));
    }

    // A server user with a password and neither CREATEDB nor CREATEROLE: the chain's data loads,
    // one warning line per tenant left out, the password is in the keystore only (encrypted
    // with the passphrase when one is set), and `project check` and `query` connect with it (the
    // server asks this user for its password); without the keystore they cannot.
    void createdByLimitedUser()
    {
        QVERIFY2(m_cluster.psql(u"postgres"_s,
                                "CREATE ROLE analyst LOGIN PASSWORD 'pw-Secret-42';"
                                "CREATE DATABASE analystdb OWNER analyst;"),
                 qPrintable(m_cluster.error()));
        QVERIFY2(m_cluster.requirePassword(u"analyst"_s), qPrintable(m_cluster.error()));
        const QString withPassword
                = u"postgresql://analyst:pw-Secret-42@127.0.0.1:%1/analystdb"_s.arg(
                        m_cluster.port());
        for (const bool encrypted : {false, true}) {
            QTemporaryDir dir;
            const QStringList environment = encrypted
                    ? QStringList{u"DASHWRIGHT_KEYSTORE_PASSPHRASE=open sesame"_s}
                    : QStringList();
            const CliRun run = createDemo(dir.path(), withPassword,
                                          encrypted ? QStringList{u"--replace"_s} : QStringList(),
                                          environment);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            const QStringList warnings = run.errText().trimmed().split(u'\n');
            QCOMPARE(warnings.size(), 2);
            QVERIFY2(
                    warnings[0].startsWith(
                            u"dashwright: warning: tenant \"El Tapatio — own database\" left out: cannot create the database"_s),
                    qPrintable(warnings[0]));
            QVERIFY2(
                    warnings[1].startsWith(
                            u"dashwright: warning: tenant \"Farolito — database user (RLS)\" left out: cannot set up the role"_s),
                    qPrintable(warnings[1]));
            QVERIFY(!run.out.contains("pw-Secret-42") && !run.err.contains("pw-Secret-42"));

            const QString project = QDir(dir.path()).filePath(u"burrito.dwproj"_s);
            const QByteArray projectText = readWholeFile(project);
            QVERIFY(!projectText.contains("pw-Secret-42"));
            const Json json = Json::parse(projectText.toStdString());
            QCOMPARE(qsizetype(json["tenants"].size()), m_demo.project.tenants.size() - 1);
            const std::string secretId = json["accounts"][0].value("secret_id", "");
            QVERIFY(!secretId.empty());
            const QString keystorePath = QDir(dir.path()).filePath(u"burrito.dwkeys"_s);
            QCOMPARE(readWholeFile(keystorePath).contains("pw-Secret-42"), !encrypted);
            QString error;
            const std::optional<Keystore> keystore
                    = Keystore::load(keystorePath, encrypted ? "open sesame" : "", &error);
            QVERIFY2(keystore, qPrintable(error));
            QVERIFY(keystore->secret(QString::fromStdString(secretId)));
            QCOMPARE(keystore->secret(QString::fromStdString(secretId))->value, u"pw-Secret-42"_s);

            const CliRun check = runDashwright({u"project"_s, u"check"_s, project}, environment);
            QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
            const QString tenant = u"Farolito — parameter override"_s;
            const QString differs
                    = sameRows(query(project, dashboardOf(tenant), tenant, environment),
                               query(m_demo.projectPath, dashboardOf(tenant), tenant));
            QVERIFY2(differs.isEmpty(), qPrintable(differs));
            // Another keystore, without the password: the server refuses, in one line that
            // names the server and never a password.
            QTemporaryDir empty;
            const CliRun refused
                    = runDashwright({u"project"_s, u"check"_s, project, u"--keystore"_s,
                                     QDir(empty.path()).filePath(u"none.dwkeys"_s)});
            QVERIFY2(refused.exitCode == 4, qPrintable(refused.describe()));
            QVERIFY2(refused.errText().contains(u"password"_s), qPrintable(refused.describe()));
            // Said before the server's refusal: the keystore is what was missing.
            QVERIFY2(refused.errText().startsWith(u"dashwright: warning: no keystore "_s),
                     qPrintable(refused.describe()));
            QVERIFY(!refused.err.contains("pw-Secret-42"));
        }
    }
};

} // namespace Dashwright

QTEST_GUILESS_MAIN(Dashwright::TestPostgresqlLive)
#include "tst_postgresql_live.moc"
