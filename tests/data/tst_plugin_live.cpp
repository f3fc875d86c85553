// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The broker plugin source against the reference plugin (tools/reference-plugin, issue 13): two
// instances on loopback serve the Burrito demo's SQLite file through docs/plugin-protocol.md, and
// the demo project's table datasets are moved to a plugin account. Through `dashwright`: the
// plugin's tables are listed and checked, each tenant gets exactly the rows SQLite gives it (the
// token's filters and the access policies reach the plugin as structured conditions and are
// applied there), the token's metadata chooses the rows, account_overrides.base_url routes a tenant
// to the second instance, the keystore's secret reaches the designed instance only, and a plugin
// that misbehaves is one line on stderr and exit 4, never a crash.
#include "common/clirun.h"
#include "common/demofixture.h"
#include "common/httpclient.h"
#include "common/pluginprocess.h"
#include "server/serverprocess.h"

#include "data/queryexecutor.h"
#include "data/sources/datasource.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

namespace Dashwright {

namespace {

using Tests::PluginProcess;

const QByteArray secretA = "s3cret-for-instance-a";

// The plugin's --log lines.
QList<Json> logLines(const QString &path)
{
    QList<Json> lines;
    for (const QByteArray &line : readWholeFile(path).split('\n')) {
        if (!line.isEmpty())
            lines.append(Json::parse(line.toStdString()));
    }
    return lines;
}

// Rows equal as JSON, reals to a relative 1e-9 (the plugin's statement and the SQL source's may
// add the same rows in another order).
bool sameValue(const Json &a, const Json &b)
{
    if (a.is_number() && b.is_number()) {
        const double x = a.get<double>();
        const double y = b.get<double>();
        return std::abs(x - y) <= 1e-9 * std::max({1.0, std::abs(x), std::abs(y)});
    }
    if (a.is_array() && b.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameValue(a[i], b[i]))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

class TestPluginLive : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo{3000};
    PluginProcess m_a; // the account's base URL: asks for the secret, FAR-001 is Farolito
    PluginProcess m_b; // a tenant's override: no secret, FAR-001 is El Tapatio
    QString m_logA;
    QString m_logB;
    QString m_project; // the demo, its table datasets on the plugin account
    Json m_projectJson;
    std::string m_salesId;
    std::string m_distributorColumn;

    QString dashboardId(const QString &slug) const { return m_demo.project.dashboard(slug)->id; }

    CliRun run(const QStringList &args, const QStringList &env = {}) const
    {
        return runDashwright(args, env);
    }

    Json query(const QStringList &args, int expectedExit = 0) const
    {
        const CliRun r
                = run(QStringList{u"query"_s} + args + QStringList{u"--format"_s, u"json"_s});
        if (r.exitCode != expectedExit)
            qWarning("%s", qPrintable(r.describe()));
        return Json::parse(r.out.toStdString(), nullptr, false);
    }

    // Claims that show only one distributor's sales through a token filter, for the SQLite side.
    QString claimsFor(const QString &distributor, const QString &dashboard)
    {
        const QString path = QDir(m_demo.dir.path()).filePath(distributor + u".claims.json"_s);
        const Json claims{{"securables", Json::array({dashboardId(dashboard).toStdString()})},
                          {"username", "reference"},
                          {"filters",
                           Json::array({{{"clause", "where"},
                                         {"origin", "global"},
                                         {"securable_id", m_salesId},
                                         {"column_id", m_distributorColumn},
                                         {"expression", "? = ?"},
                                         {"value", distributor.toStdString()}}})}};
        writeWholeFile(path, QByteArray::fromStdString(claims.dump()));
        return path;
    }

    static void compareWidgets(const Json &plugin, const Json &sqlite)
    {
        QVERIFY2(plugin.is_object() && sqlite.is_object(), "both queries answer JSON");
        QCOMPARE(plugin["widgets"].size(), sqlite["widgets"].size());
        for (std::size_t i = 0; i < plugin["widgets"].size(); ++i) {
            const Json &p = plugin["widgets"][i];
            const Json &s = sqlite["widgets"][i];
            QVERIFY2(sameValue(p.value("rows", Json()), s.value("rows", Json())),
                     (p.dump() + "\n" + s.dump()).c_str());
        }
    }

    // A copy of the plugin project with the account's base URL elsewhere.
    QString projectAt(const QString &name, const QString &baseUrl)
    {
        Json project = m_projectJson;
        project["accounts"].back()["base_url"] = baseUrl.toStdString();
        const QString path = QDir(m_demo.dir.path()).filePath(name + u".dwproj"_s);
        writeWholeFile(path, QByteArray::fromStdString(project.dump(2)));
        QFile::copy(m_project.chopped(6) + u"dwkeys"_s, path.chopped(6) + u"dwkeys"_s);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        const QDir dir(m_demo.dir.path());
        m_logA = dir.filePath(u"a.log"_s);
        m_logB = dir.filePath(u"b.log"_s);
        const QString error
                = Tests::startPluginPair(m_a, m_b, m_demo.databasePath(), m_logA, m_logB, secretA);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_salesId = m_demo.dataset(u"Sales"_s).id.toStdString();
        m_distributorColumn = m_demo.column(u"Sales"_s, u"distributor"_s).id.toStdString();
        Json project = Json::parse(readWholeFile(m_demo.projectPath).toStdString());
        const std::string sqliteAccount = project["accounts"][0]["id"];
        const std::string pluginAccount = "8c1d2e3f-4a5b-5c6d-8e7f-a0b1c2d3e4f5";
        // The table datasets move to the plugin; the query dataset stays on SQLite (a plugin
        // takes no SQL).
        project["accounts"].push_back({{"id", pluginAccount},
                                       {"name", "Burrito broker"},
                                       {"type", "plugin"},
                                       {"base_url", m_a.url.toStdString()},
                                       {"secret_id", "broker-secret"}});
        for (Json &dataset : project["datasets"]) {
            if (dataset["kind"] == "table")
                dataset["account_id"] = pluginAccount;
        }
        // The tenant with a database of its own gets a plugin instance of its own instead, which
        // maps the same distributor code to another distributor.
        bool routed = false;
        for (Json &tenant : project["tenants"]) {
            Json &claims = tenant["claims"];
            if (!claims.contains("account_overrides"))
                continue;
            claims["account_overrides"] = {{pluginAccount, {{"base_url", m_b.url.toStdString()}}}};
            claims["metadata"] = {{"distributor_code", "FAR-001"}};
            tenant["name"] = "El Tapatio — own plugin";
            routed = true;
        }
        QVERIFY(routed);
        // Metadata alone, on a dashboard without a parameter: the plugin chooses the rows.
        project["tenants"].push_back(
                {{"id", "9d2e3f4a-5b6c-5d7e-8f9a-b1c2d3e4f5a6"},
                 {"name", "Farolito — metadata only"},
                 {"claims",
                  {{"securables", Json::array({dashboardId(u"chain-overview"_s).toStdString()})},
                   {"username", "farolito-metadata"},
                   {"suborganization", "Farolito"},
                   {"metadata", {{"distributor_code", "FAR-001"}, {"region", "West"}}}}}});
        m_projectJson = project;
        m_project = dir.filePath(u"plugin.dwproj"_s);
        QVERIFY(writeWholeFile(m_project, QByteArray::fromStdString(project.dump(2))));
        Json keystore = Json::parse(
                readWholeFile(m_demo.projectPath.chopped(6) + u"dwkeys"_s).toStdString());
        keystore["secrets"].push_back(
                {{"id", "broker-secret"}, {"kind", "api_key"}, {"value", secretA.toStdString()}});
        const QString keys = m_project.chopped(6) + u"dwkeys"_s;
        QVERIFY(writeWholeFile(keys, QByteArray::fromStdString(keystore.dump(2))));
        QFile::setPermissions(keys, QFile::ReadOwner | QFile::WriteOwner);
        Q_UNUSED(sqliteAccount)
    }

    // GET /datasets, with the secret: the plugin's tables and their typed columns.
    void datasetsListsThePluginsTables()
    {
        const CliRun r = run({u"datasets"_s, m_project, u"--tables"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const Json out = Json::parse(r.out.toStdString());
        const Json *broker = nullptr;
        for (const Json &account : out["accounts"])
            if (account["name"] == "Burrito broker")
                broker = &account;
        QVERIFY2(broker, r.out.constData());
        QStringList tables;
        for (const Json &table : (*broker)["tables"]) {
            tables.append(QString::fromStdString(table["name"]));
            if (table["name"] == "sales") {
                QVERIFY(table["columns"][1]["name"] == "sale_date");
                QVERIFY(table["columns"][1]["type"] == "date");
            }
        }
        QCOMPARE(tables,
                 (QStringList{u"sales"_s, u"distributors"_s, u"products"_s, u"promotions"_s}));
    }

    // project check reads GET /datasets of both instances and finds every dataset's columns;
    // loopback http is not warned about.
    void projectCheckProbesThePlugin()
    {
        const CliRun r = run({u"project"_s, u"check"_s, m_project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("not tried") && !r.err.contains("plain http"),
                 qPrintable(r.describe()));
        // A plugin that is not there is a data source problem, naming its base URL.
        const QString gone = projectAt(u"gone"_s, u"http://127.0.0.1:9"_s);
        const CliRun down = run({u"project"_s, u"check"_s, gone});
        QCOMPARE(down.exitCode, 4);
        QVERIFY2(down.err.contains("plugin at http://127.0.0.1:9"), qPrintable(down.describe()));
    }

    // Every tenant profile, on every dashboard it may open: the plugin's rows are SQLite's, so
    // the token filters and the access policies reached the plugin and were applied. The design
    // view shows more than the token-filtered tenant, so the comparison can fail.
    void tenantsGetTheRowsSqliteGives_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("dashboard");
        QTest::newRow("token filter") << u"Fiesty Fiesta — token filter"_s << u"chain-overview"_s;
        QTest::newRow("access policy") << u"Farolito — access policy"_s << u"restaurant-overview"_s;
        QTest::newRow("parameter override")
                << u"Farolito — parameter override"_s << u"distributor-performance"_s;
        QTest::newRow("design view") << QString() << u"chain-overview"_s;
    }
    void tenantsGetTheRowsSqliteGives()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, dashboard);
        QStringList as;
        if (!tenant.isEmpty())
            as = {u"--as"_s, tenant};
        const Json plugin = query(QStringList{m_project, u"--dashboard"_s, dashboard} + as);
        const Json sqlite
                = query(QStringList{m_demo.projectPath, u"--dashboard"_s, dashboard} + as);
        compareWidgets(plugin, sqlite);
        if (tenant.startsWith(u"Fiesty"_s)) {
            const Json design = query({m_project, u"--dashboard"_s, dashboard});
            QVERIFY(!sameValue(design["widgets"][0]["rows"], plugin["widgets"][0]["rows"]));
        }
    }

    // compare and isolation-check reach the plugin with its secret from the keystore, as query
    // does (instance A refuses a request without it): both tenants get their rows, and the check
    // runs every profile to its end.
    void compareAndIsolationCheckCarryTheSecret()
    {
        const CliRun compare = run({u"compare"_s, m_project, u"--dashboard"_s, u"chain-overview"_s,
                                    u"--as"_s, u"Fiesty Fiesta — token filter"_s, u"--as"_s,
                                    u"Farolito — metadata only"_s, u"--json"_s});
        QVERIFY2(compare.exitCode == 0, qPrintable(compare.describe()));
        const Json compared = Json::parse(compare.out.toStdString());
        for (const Json &widget : compared["widgets"]) {
            QVERIFY2(widget.value("rows_a", 0) > 0 && widget.value("rows_b", 0) > 0,
                     widget.dump().c_str());
        }
        const CliRun check = run({u"isolation-check"_s, m_project, u"--json"_s});
        QVERIFY2(check.exitCode == 0 || check.exitCode == 3, qPrintable(check.describe()));
        QVERIFY2(!check.err.contains("secret"), qPrintable(check.describe()));
        QVERIFY(Json::parse(check.out.toStdString())["errors"].empty());
    }

    // The embed server answers a token's data route with the rows `query --as` gives: the
    // metadata tenant's from instance A (with the secret), the routed tenant's from instance B.
    void embedServerServesThePluginsRows_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("metadata") << u"Farolito — metadata only"_s;
        QTest::newRow("own plugin") << u"El Tapatio — own plugin"_s;
    }
    void embedServerServesThePluginsRows()
    {
        QFETCH(QString, tenant);
        // The profile's claims, as an integrator's back end would put them in a token.
        Json claims;
        for (const Json &profile : m_projectJson["tenants"])
            if (profile["name"] == tenant.toStdString())
                claims = profile["claims"];
        QVERIFY(claims.is_object());
        const QString claimsFile = QDir(m_demo.dir.path()).filePath(u"served.claims.json"_s);
        QVERIFY(writeWholeFile(claimsFile, QByteArray::fromStdString(claims.dump())));
        const CliRun sign = run({u"token"_s, u"sign"_s, m_project, u"--claims"_s, claimsFile});
        QVERIFY2(sign.exitCode == 0, qPrintable(sign.describe()));
        const QByteArray token = sign.out.trimmed();
        Tests::ServerProcess server;
        QString error;
        QVERIFY2(server.start({m_project, u"--access-log"_s, u"off"_s}, &error), qPrintable(error));
        const QString dashboard = dashboardId(u"chain-overview"_s);
        const Tests::HttpResponse answer = Tests::httpRequest(
                server.port(), "POST", "/embed/v1/dashboards/" + dashboard.toUtf8() + "/data",
                {{"Authorization", "Bearer " + token}}, "{}");
        QVERIFY2(answer.status == 200, answer.body.constData());
        const Json served = answer.json();
        const Json expected = query({m_project, u"--dashboard"_s, dashboard, u"--as"_s, tenant});
        QCOMPARE(served["widgets"].size(), expected["widgets"].size());
        int withRows = 0;
        for (size_t i = 0; i < expected["widgets"].size(); ++i) {
            QVERIFY(served["widgets"][i]["id"] == expected["widgets"][i]["id"]);
            QVERIFY2(sameValue(served["widgets"][i]["rows"], expected["widgets"][i]["rows"]),
                     expected["widgets"][i]["title"].dump().c_str());
            withRows += !expected["widgets"][i]["rows"].empty();
        }
        QVERIFY(withRows > 0);
        QVERIFY(server.stop());
    }

    // The token's metadata (no filter, no parameter) chooses the distributor: the rows SQLite
    // gives a token filtered to Farolito, and the plugin saw the metadata with the right secret.
    void metadataChoosesTheRows()
    {
        const Json plugin = query({m_project, u"--dashboard"_s, u"chain-overview"_s, u"--as"_s,
                                   u"Farolito — metadata only"_s});
        const Json sqlite = query({m_demo.projectPath, u"--dashboard"_s, u"chain-overview"_s,
                                   u"--claims"_s, claimsFor(u"Farolito"_s, u"chain-overview"_s)});
        compareWidgets(plugin, sqlite);
        bool seen = false;
        for (const Json &line : logLines(m_logA)) {
            if (line["viewer"].is_object()
                && line["viewer"].value("id", "") == "farolito-metadata") {
                seen = true;
                QVERIFY(line["viewer"]["metadata"]
                        == Json({{"distributor_code", "FAR-001"}, {"region", "West"}}));
                QVERIFY2(line["secret"] == "right", line.dump().c_str());
            }
        }
        QVERIFY(seen);
    }

    // account_overrides.base_url sends the tenant to the second instance, where FAR-001 is El
    // Tapatio, without the keystore's secret; the first instance never sees that tenant.
    void baseUrlRoutesToTheSecondInstance()
    {
        const Json plugin = query({m_project, u"--dashboard"_s, u"chain-overview"_s, u"--as"_s,
                                   u"El Tapatio — own plugin"_s});
        const Json sqlite = query({m_demo.projectPath, u"--dashboard"_s, u"chain-overview"_s,
                                   u"--claims"_s, claimsFor(u"El Tapatio"_s, u"chain-overview"_s)});
        compareWidgets(plugin, sqlite);
        const QList<Json> b = logLines(m_logB);
        QVERIFY(!b.isEmpty());
        for (const Json &line : b) {
            if (line["path"] == "/query")
                QVERIFY2(line["secret"] == "absent", line.dump().c_str());
        }
        for (const Json &line : logLines(m_logA)) {
            QVERIFY2(line["secret"] == "right", line.dump().c_str());
            QVERIFY(!line["viewer"].is_object()
                    || line["viewer"].value("id", "") != "el-tapatio-owner");
        }
    }

    // A plugin that answers wrongly is one line on stderr naming the base URL, and exit 4.
    void misbehavingPlugin_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("HTTP 500") << u"error500"_s << u"answered HTTP 500: the broker is down"_s;
        QTest::newRow("not JSON") << u"not-json"_s << u"answered something that is not JSON"_s;
        QTest::newRow("wrong columns") << u"wrong-columns"_s << u"answered the columns [d0] for"_s;
        QTest::newRow("wrong type") << u"wrong-type"_s << u"expected"_s;
        // What a 64 MiB answer would be in memory, tens of times over, refused while parsing.
        QTest::newRow("nested") << u"nested"_s << u"nests values deeper than the protocol's"_s;
        QTest::newRow("many rows") << u"many-rows"_s << u"answered more than 100000 rows"_s;
        QTest::newRow("redirect") << u"redirect"_s << u"a redirect, which is not followed"_s;
        QTest::newRow("slow") << u"slow"_s << u"no answer within 2 s"_s;
        QTest::newRow("huge") << u"huge"_s << u"answered more than 64 MiB"_s;
        QTest::newRow("gone") << QString() << u"POST /query: "_s;
    }
    void misbehavingPlugin()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        PluginProcess bad;
        QString url = u"http://127.0.0.1:9"_s;
        if (!mode.isEmpty()) {
            const QString error
                    = bad.start(m_demo.databasePath(), {u"--misbehave"_s, mode}, secretA);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            url = bad.url;
        }
        const QString project = projectAt(u"bad"_s, url);
        // One widget: each would download its own 64 MiB.
        QString widget;
        for (const Widget &w : m_demo.project.dashboard(u"chain-overview"_s)->widgets) {
            if (w.type != WidgetType::Text && widget.isEmpty())
                widget = w.id;
        }
        QElapsedTimer timer;
        timer.start();
        const CliRun r = run(
                {u"query"_s, project, u"--dashboard"_s, u"chain-overview"_s, u"--widget"_s, widget},
                {u"DASHWRIGHT_PLUGIN_TIMEOUT=2"_s});
        QCOMPARE(r.exitCode, 4);
        const QString err = r.errText().trimmed();
        QVERIFY2(!err.contains(u'\n') && err.startsWith(u"dashwright: "_s), qPrintable(err));
        QVERIFY2(err.contains(u"plugin at "_s + url) && err.contains(expected), qPrintable(err));
        QVERIFY2(!err.contains(QString::fromLatin1(secretA)), qPrintable(err));
        QVERIFY2(timer.elapsed() < 30000, "bounded by the timeout, not the plugin");
    }

    // The plugin's own input checks, straight over HTTP (Dashwright never sends these): a result
    // column name is only d or m and a number, for it becomes an SQL alias (the hostile one would
    // select the file's schema as an extra column); a Content-Length that is no byte count is
    // refused rather than read to the end of the stream; a body over 1 MiB is 413; an X-Secret
    // with bytes beyond ASCII is a wrong secret, never a failed request.
    void pluginRefusesHostileRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const auto post = [](const QByteArray &body, const QByteArray &length,
                             const QByteArray &secret = secretA) {
            return "POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Dashwright-Protocol: 1\r\n"
                   "X-Secret: "
                    + secret + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n" + body;
        };
        const auto measure = [](const QByteArray &name) {
            return QByteArray::fromStdString(Json{{"table", "sales"},
                                                  {"measures",
                                                   Json::array({{{"name", name.toStdString()},
                                                                 {"column", "revenue"},
                                                                 {"aggregation", "sum"}}})}}
                                                     .dump());
        };
        const QByteArray good = measure("m0");
        QTest::newRow("well-formed") << post(good, QByteArray::number(good.size())) << 200;
        const QByteArray hostile
                = measure("m0\", (SELECT group_concat(sql) FROM sqlite_master) AS \"x");
        QTest::newRow("hostile measure name")
                << post(hostile, QByteArray::number(hostile.size())) << 400;
        const QByteArray quoted = measure("m\"0");
        QTest::newRow("quote in a name") << post(quoted, QByteArray::number(quoted.size())) << 400;
        QTest::newRow("negative Content-Length") << post(good, "-1") << 400;
        QTest::newRow("Content-Length not a number") << post(good, "12abc") << 400;
        QTest::newRow("Content-Length over 1 MiB") << post(good, "1048577") << 413;
        QTest::newRow("non-ASCII X-Secret")
                << post(good, QByteArray::number(good.size()), "s3cret-\xc3\xa9") << 401;
    }
    void pluginRefusesHostileRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const quint16 port = QUrl(m_a.url).port();
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        socket.flush();
        const Tests::HttpResponse answer = Tests::readResponse(socket, 5000);
        QVERIFY2(answer.status == status,
                 qPrintable(u"HTTP %1: "_s.arg(answer.status) + QString::fromUtf8(answer.body)));
        QVERIFY2(!answer.body.contains("CREATE TABLE"), answer.body.constData());
        // And the plugin still answers.
        const Tests::HttpResponse after = Tests::httpRequest(
                port, "GET", "/datasets", {{"X-Dashwright-Protocol", "1"}, {"X-Secret", secretA}});
        QCOMPARE(after.status, 200);
    }

    // A cancelled widget aborts its request: the executor answers cancelled long before the
    // plugin would have.
    void cancelAbortsTheRequest()
    {
        PluginProcess slow;
        const QString error = slow.start(m_demo.databasePath(), {u"--misbehave"_s, u"slow"_s}, {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Account account;
        account.type = AccountType::Plugin;
        account.baseUrl = slow.url;
        QueryPlan plan;
        plan.columns.append(
                {u"m0"_s, u"Count"_s, ColumnType::Integer, OutputColumn::Role::Measure});
        StructuredQuery structured;
        structured.dataset = u"Sales"_s;
        structured.table = u"sales"_s;
        structured.measures.append({{}, u"count"_s, u"Count"_s, u"m0"_s, ColumnType::Integer});
        plan.structured = structured;
        QueryExecutor executor(1);
        QElapsedTimer timer;
        timer.start();
        QFuture<QueryResult> future = executor.submit(
                u"w"_s, DataSource::of(AccountType::Plugin).connection(account, {}, {}), plan);
        QTest::qWait(300);
        executor.cancel(u"w"_s);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
        QVERIFY(future.result().cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }
};

} // namespace Dashwright

QTEST_GUILESS_MAIN(Dashwright::TestPluginLive)
#include "tst_plugin_live.moc"
