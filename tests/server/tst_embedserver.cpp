// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dashwright serve` end to end: the real program on a loopback port, spoken to over raw HTTP.
#include "common/clirun.h"
#include "common/demofixture.h"
#include "common/httpclient.h"
#include "serverprocess.h"

#include "access/tokenservice.h"
#include "crypto/keystore.h"
#include "document/theme.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <nlohmann/json.hpp>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests;
using Json = nlohmann::ordered_json;

namespace {

const QByteArray allowedOrigin = "http://localhost:8080";

// A JSON value as text, for QCOMPARE (which cannot print a Json).
QString text(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

QList<QPair<QByteArray, QByteArray>> basic(const QByteArray &id, const QByteArray &secret)
{
    return {{"Authorization", "Basic " + (id + ':' + secret).toBase64()},
            {"Content-Type", "application/json"}};
}

Json readJson(const QString &path)
{
    return Json::parse(readWholeFile(path).toStdString());
}

// One request with the Host header given (httpRequest() always sends "Host: 127.0.0.1").
HttpResponse requestWithHost(quint16 port, const QByteArray &method, const QByteArray &target,
                             const QByteArray &host,
                             const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body = {})
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    socket.write(request);
    socket.flush();
    return readResponse(socket);
}

} // namespace

class TestEmbedServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void openRoutes();
    void unknownRoutesAndMethods();
    void tokenRefusals_data();
    void tokenRefusals();
    void expiredToken();
    void tokenInUrlIsNotAccepted();
    void layoutCarriesNoQueryDetail();
    void layoutCarriesTheTheme();
    void layoutFilterValueIsTheViewers();
    void deniedViewerGetsNoContent_data();
    void deniedViewerGetsNoContent();
    void unknownDashboard();
    void dataMatchesQueryAs();
    void badDataBodies_data();
    void badDataBodies();
    void viewerEditableFilters();
    void cors();
    void framePage_data();
    void framePage();
    void frameReflectsNothingOfItsUrl_data();
    void frameReflectsNothingOfItsUrl();
    void frameScriptsNotInstalled();
    void frameCallsItsOwnServer_data();
    void frameCallsItsOwnServer();
    void limits_data();
    void limits();
    void connectionLimit();
    void slowQueryDoesNotBlockHealth();
    void concurrentTenants();
    void authorizations();
    void authorizationRefusals_data();
    void authorizationRefusals();
    void revokedToken();
    void unreadableRevocationListFailsClosed();
    void missingDatabaseIsAnOutageNotADenial();
    void revokedApiKeyStopsWithoutReload();
    void accessLogHoldsNoSecrets();
    void reloadOnSighup();
    void gracefulShutdown();
    void queryTimeout();
    void clientRequestIdsCannotCancel();
    void closedConnectionsAreForgotten();
    void checkMode();

private:
    QByteArray sign(const Json &claims, const QStringList &extra = {});
    // A server of its own for `project` (a changed copy of the demo's), written as NAME.dwproj
    // beside it with the demo's keystore; no access log.
    bool startVariant(ServerProcess &server, const QString &name, const Json &project,
                      QString *error);
    Json profileClaims(const QString &name) const;
    // `dashwright query --token` for the same viewer: rows and denials per widget.
    Json queryAs(const QString &dashboardId, const QByteArray &token);
    // A server for the iframe variant: this project with `origins` as its embed origins, and a web
    // root holding both scripts (or only the runtime).
    void startFrameServer(ServerProcess &server, const QStringList &origins,
                          bool frameScript = true);

    DemoFixture m_demo{4000};
    QString m_projectPath;
    QString m_slowDashboardId;
    ServerProcess m_server;
    quint16 m_port = 0;
    QHash<QString, QByteArray> m_tokens; // by profile name
    QString m_accessLogPath;
    QByteArray m_foreignToken;
    QByteArray m_apiKeyId;
    QByteArray m_apiKeySecret;
    QByteArray m_unknownSecurableToken;
    QTemporaryDir m_webRoot;         // dashwright-embed.js and dashwright-frame.js (stand-ins)
    QTemporaryDir m_runtimeOnlyRoot; // dashwright-embed.js alone
};

bool TestEmbedServer::startVariant(ServerProcess &server, const QString &name, const Json &project,
                                   QString *error)
{
    const QDir dir(m_demo.dir.path());
    const QString path = dir.filePath(name + u".dwproj"_s);
    if (!writeWholeFile(path, QByteArray::fromStdString(project.dump(2)))) {
        *error = path + u": cannot write"_s;
        return false;
    }
    return server.start(
            {path, u"--keystore"_s, dir.filePath(u"burrito.dwkeys"_s), u"--access-log"_s, u"off"_s},
            error);
}

QByteArray TestEmbedServer::sign(const Json &claims, const QStringList &extra)
{
    const QString path = QDir(m_demo.dir.path())
                                 .filePath(u"claims-%1.json"_s.arg(
                                         qHash(QByteArray::fromStdString(claims.dump()))));
    writeWholeFile(path, QByteArray::fromStdString(claims.dump()));
    const CliRun run = runDashwright(
            QStringList{u"token"_s, u"sign"_s, m_projectPath, u"--claims"_s, path} + extra);
    if (run.exitCode != 0)
        qFatal("token sign failed: %s", qPrintable(run.describe()));
    return run.out.trimmed();
}

Json TestEmbedServer::profileClaims(const QString &name) const
{
    for (const TenantProfile &t : m_demo.project.tenants) {
        if (t.name.startsWith(name))
            return t.claims;
    }
    qFatal("no profile %s", qPrintable(name));
}

void TestEmbedServer::startFrameServer(ServerProcess &server, const QStringList &origins,
                                       bool frameScript)
{
    Json project = readJson(m_projectPath);
    project["embed_origins"] = Json::array();
    for (const QString &origin : origins)
        project["embed_origins"].push_back(origin.toStdString());
    const QString path = QDir(m_demo.dir.path()).filePath(u"frame.dwproj"_s);
    QVERIFY(writeWholeFile(path, QByteArray::fromStdString(project.dump(2))));
    QString error;
    QVERIFY2(server.start({path, u"--keystore"_s,
                           QDir(m_demo.dir.path()).filePath(u"burrito.dwkeys"_s), u"--access-log"_s,
                           u"off"_s, u"--web-root"_s,
                           frameScript ? m_webRoot.path() : m_runtimeOnlyRoot.path()},
                          &error),
             qPrintable(error));
}

Json TestEmbedServer::queryAs(const QString &dashboardId, const QByteArray &token)
{
    const CliRun run = runDashwright({u"query"_s, m_projectPath, u"--dashboard"_s, dashboardId,
                                      u"--token"_s, QString::fromLatin1(token)});
    if (run.exitCode != 0 && run.exitCode != 3)
        qFatal("query failed: %s", qPrintable(run.describe()));
    return Json::parse(run.out.toStdString());
}

// The layout carries the project's theme for the web runtime, the palette's colours spelled out;
// a project without one (the demo) gives the default.
void TestEmbedServer::layoutCarriesTheTheme()
{
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const QString dashboardId = QString::fromStdString(tenant.claims["securables"][0]);
    const QByteArray path = "/embed/v1/dashboards/" + dashboardId.toUtf8();
    const QByteArray token = m_tokens.value(tenant.name);
    const auto colours = [](const QStringList &list) {
        Json json = Json::array();
        for (const QString &c : list)
            json.push_back(c.toStdString());
        return json;
    };

    const HttpResponse plain = httpRequest(m_port, "GET", path, bearer(token));
    QCOMPARE(plain.status, 200);
    QVERIFY(!readJson(m_projectPath).contains("theme"));
    const Json expectedDefault{{"palette", "tableau10"},
                               {"colors", colours(findPalette(u"tableau10")->colors)},
                               {"mode", "light"},
                               {"font", "system-ui"}};
    QCOMPARE(plain.json()["theme"].dump(), expectedDefault.dump());

    Json project = readJson(m_projectPath);
    project["theme"] = {{"palette", "okabe-ito"}, {"mode", "dark"}, {"font", "Noto Sans"}};
    ServerProcess themed;
    QString error;
    QVERIFY2(startVariant(themed, u"themed"_s, project, &error), qPrintable(error));
    const HttpResponse r = httpRequest(themed.port(), "GET", path, bearer(token));
    QCOMPARE(r.status, 200);
    const Json expected{{"palette", "okabe-ito"},
                        {"colors", colours(findPalette(u"okabe-ito")->colors)},
                        {"mode", "dark"},
                        {"font", "Noto Sans"}};
    QCOMPARE(r.json()["theme"].dump(), expected.dump());
    QVERIFY(r.json()["theme"]["colors"][0] == "#e69f00");
    // A denied viewer still learns nothing of the dashboard, its theme included.
    const HttpResponse foreign = httpRequest(themed.port(), "GET", path, bearer(m_foreignToken));
    QVERIFY(foreign.status == 401 || foreign.status == 403);
    QVERIFY(!foreign.body.contains("palette"));
}

void TestEmbedServer::layoutFilterValueIsTheViewers()
{
    // The dashboard's Restaurant filter starts on another tenant's name. The layout gives each
    // viewer the value its data is filtered by, and only what is among its own choices: never
    // the other name; a token's initialization filter is the value when there is one.
    const Dashboard *dashboard = m_demo.project.dashboard(u"restaurant-overview"_s);
    QVERIFY(dashboard);
    const auto editable = std::find_if(dashboard->filters.cbegin(), dashboard->filters.cend(),
                                       [](const Filter &f) { return f.viewerEditable; });
    QVERIFY(editable != dashboard->filters.cend());
    Json project = readJson(m_projectPath);
    for (Json &d : project["dashboards"]) {
        if (!d.contains("filters"))
            continue;
        for (Json &f : d["filters"]) {
            if (f["id"] == editable->id.toStdString())
                f["value"] = Json::array({"El Tapatio"});
        }
    }
    ServerProcess server;
    QString error;
    QVERIFY2(startVariant(server, u"initial"_s, project, &error), qPrintable(error));
    const QByteArray route = "/embed/v1/dashboards/" + dashboard->id.toUtf8();
    const auto filterOf = [&](const QByteArray &token) {
        const HttpResponse r = httpRequest(server.port(), "GET", route, bearer(token));
        if (r.status != 200 || r.body.contains("El Tapatio"))
            return Json(r.body.toStdString());
        return r.json()["filters"].at(0);
    };
    Json claims = profileClaims(u"Farolito — access policy"_s);
    const Json plain = filterOf(sign(claims));
    QVERIFY2(plain.is_object() && !plain.contains("value"), plain.dump().c_str());

    claims["filters"] = Json::array({{{"clause", "where"},
                                      {"origin", "initialization"},
                                      {"securable_id", editable->datasetId.toStdString()},
                                      {"column_id", editable->columnId.toStdString()},
                                      {"expression", "? in ?"},
                                      {"value", Json::array({"Farolito"})}}});
    const Json initialized = filterOf(sign(claims));
    QVERIFY2(initialized.is_object() && initialized["value"] == Json::array({"Farolito"}),
             initialized.dump().c_str());
}

void TestEmbedServer::initTestCase()
{
    QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
    m_projectPath = m_demo.projectPath;
    // A dashboard whose one widget takes seconds: a recursive count the planner wraps, on the
    // demo's own database.
    Json project = readJson(m_projectPath);
    const std::string accountId = project["accounts"][0]["id"];
    const std::string datasetId = DemoFixture::newId().toStdString();
    m_slowDashboardId = DemoFixture::newId();
    project["datasets"].push_back(
            {{"id", datasetId},
             {"name", "Slow"},
             {"account_id", accountId},
             {"kind", "query"},
             {"sql",
              "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < "
              "8000000) SELECT n FROM c"},
             {"columns",
              {{{"id", DemoFixture::newId().toStdString()},
                {"name", "n"},
                {"label", "N"},
                {"type", "integer"}}}}});
    project["dashboards"].push_back(
            {{"id", m_slowDashboardId.toStdString()},
             {"slug", "slow"},
             {"title", "Slow"},
             {"widgets",
              {{{"id", DemoFixture::newId().toStdString()},
                {"type", "kpi"},
                {"title", "Rows"},
                {"dataset_id", datasetId},
                {"measures", {{{"aggregation", "count"}, {"label", "Rows"}}}},
                {"grid", {{"x", 0}, {"y", 0}, {"w", 3}, {"h", 2}}}}}}});
    QVERIFY(writeWholeFile(m_projectPath, QByteArray::fromStdString(project.dump(2))));
    QVERIFY(m_demo.project.tenants.size() >= 4);

    for (const TenantProfile &t : m_demo.project.tenants)
        m_tokens.insert(t.name, sign(t.claims));

    {
        DemoFixture foreign(200, 11);
        QVERIFY(foreign.ok());
        const CliRun run = runDashwright(
                {u"token"_s, u"sign"_s, foreign.projectPath, u"--claims"_s, u"-"_s}, {},
                QByteArray::fromStdString(foreign.project.tenants.first().claims.dump()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        m_foreignToken = run.out.trimmed();
    }
    {
        // Signed with this project's key, but naming a securable the project does not have.
        QString error;
        const auto keystore
                = Keystore::load(QDir(m_demo.dir.path()).filePath(u"burrito.dwkeys"_s), &error);
        QVERIFY2(keystore, qPrintable(error));
        Project other = m_demo.project;
        Json claims = m_demo.project.tenants.first().claims;
        Dashboard extra = other.dashboards.first();
        extra.id = DemoFixture::newId();
        other.dashboards.append(extra);
        claims["securables"] = {extra.id.toStdString()};
        const auto token = TokenIssuer::issue(claims, other, *keystore, {}, &error);
        QVERIFY2(token, qPrintable(error));
        m_unknownSecurableToken = *token;
    }
    {
        // A sealing key, for sealed tokens, and an ES256 key, which the JWKS publishes.
        for (const QString &alg : {u"A256GCM"_s, u"ES256"_s}) {
            const CliRun run
                    = runDashwright({u"keys"_s, u"create"_s, m_projectPath, u"--alg"_s, alg});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
    }
    {
        const CliRun run = runDashwright({u"keys"_s, u"api-key"_s, u"create"_s, m_projectPath,
                                          u"--name"_s, u"tests"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const Json key = Json::parse(run.out.toStdString());
        m_apiKeyId = QByteArray::fromStdString(key["id"]);
        m_apiKeySecret = QByteArray::fromStdString(key["secret"]);
    }
    QVERIFY(m_webRoot.isValid() && m_runtimeOnlyRoot.isValid());
    for (const QString &root : {m_webRoot.path(), m_runtimeOnlyRoot.path()})
        QVERIFY(writeWholeFile(QDir(root).filePath(u"dashwright-embed.js"_s),
                               "export const runtime = 1;\n"));
    QVERIFY(writeWholeFile(QDir(m_webRoot.path()).filePath(u"dashwright-frame.js"_s),
                           "import './dashwright-embed.js';\n"));

    m_accessLogPath = QDir(m_demo.dir.path()).filePath(u"access.log"_s);
    QString error;
    QVERIFY2(m_server.start({m_projectPath, u"--access-log"_s, m_accessLogPath}, &error),
             qPrintable(error));
    m_port = m_server.port();
}

void TestEmbedServer::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), m_server.errorOutput().constData());
}

void TestEmbedServer::openRoutes()
{
    HttpResponse health = httpRequest(m_port, "GET", "/healthz");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.header("content-type"), "application/json; charset=utf-8");
    QVERIFY(health.json() == Json({{"status", "ok"}}));

    QCOMPARE(httpRequest(m_port, "GET", "/readyz").status, 200);

    const HttpResponse jwks = httpRequest(m_port, "GET", "/.well-known/jwks.json");
    QCOMPARE(jwks.status, 200);
    QVERIFY(jwks.json().contains("keys"));
    const Json keys = jwks.json();
    QVERIFY(!keys["keys"].empty());
    QCOMPARE(keys["keys"].size(), size_t(1)); // the ES256 key; never the HS256 nor A256GCM ones
    for (const Json &key : keys["keys"]) {
        QVERIFY2(key["kty"] != "oct", "an HMAC secret was published");
        QVERIFY(!key.contains("d")); // never a private half
    }

    const HttpResponse metrics = httpRequest(m_port, "GET", "/metrics");
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.header("content-type").startsWith("text/plain; version=0.0.4"));
    QVERIFY(metrics.body.contains(
            "dashwright_http_requests_total{route=\"/healthz\",status=\"200\"}"));
    QVERIFY(metrics.body.contains("dashwright_http_request_duration_seconds_bucket"));
    QVERIFY(metrics.body.contains("dashwright_queries_in_flight"));
}

void TestEmbedServer::unknownRoutesAndMethods()
{
    QCOMPARE(httpRequest(m_port, "GET", "/nope").status, 404);
    QCOMPARE(httpRequest(m_port, "GET", "/embed/v1/dashboards/a/b/c").status, 404);
    QCOMPARE(httpRequest(m_port, "GET", "/embed/v1/dashboards/%2e%2e").status, 404);
    const HttpResponse post = httpRequest(m_port, "POST", "/healthz");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("allow"), "GET");
    QCOMPARE(text(post.json()["error"]), u"method_not_allowed"_s);
    QCOMPARE(httpRequest(m_port, "GET", "/api/v1/authorizations").status, 405);
    const QByteArray token = m_tokens.value(m_demo.project.tenants.first().name);
    const HttpResponse twice = httpRequest(
            m_port, "GET", "/embed/v1/dashboards/" + m_demo.project.dashboards.first().id.toUtf8(),
            {{"Authorization", "Bearer " + token}, {"Authorization", "Bearer x"}});
    QCOMPARE(twice.status, 400);
    const HttpResponse options = httpRequest(m_port, "OPTIONS", "/healthz");
    QCOMPARE(options.status, 204);
    QCOMPARE(options.header("allow"), "GET, OPTIONS");
}

void TestEmbedServer::tokenRefusals_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("code");
    const QByteArray good = m_tokens.value(m_demo.project.tenants.first().name);
    QByteArray forged = good;
    forged[forged.size() - 2] = forged.at(forged.size() - 2) == 'A' ? 'B' : 'A';
    const QList<QByteArray> parts = good.split('.');
    const QByteArray none
            = QByteArray(R"({"alg":"none","typ":"JWT"})")
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '.' + parts[1] + '.';

    QTest::newRow("missing") << QByteArray() << QByteArray("token_missing");
    QTest::newRow("basic scheme") << QByteArray("Basic YTpi") << QByteArray("token_invalid");
    QTest::newRow("bearer without token") << QByteArray("Bearer ") << QByteArray("token_invalid");
    QTest::newRow("garbage") << QByteArray("Bearer not.a.token") << QByteArray("token_invalid");
    QTest::newRow("forged signature") << "Bearer " + forged << QByteArray("token_invalid");
    QTest::newRow("alg none") << "Bearer " + none << QByteArray("token_invalid");
    QTest::newRow("two segments") << "Bearer " + parts[0] + '.' + parts[1]
                                  << QByteArray("token_invalid");
    QTest::newRow("lower-case scheme") << "bearer " + forged << QByteArray("token_invalid");
    // Minted with another demo's keys: an unknown kid here.
    QTest::newRow("another keystore") << "Bearer " + m_foreignToken << QByteArray("token_invalid");
    // Claims that do not validate against this project: the token is refused as a whole.
    QTest::newRow("claims of another project")
            << "Bearer " + m_unknownSecurableToken << QByteArray("token_invalid");
}

void TestEmbedServer::tokenRefusals()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, code);
    const QByteArray path = "/embed/v1/dashboards/" + m_demo.project.dashboards.first().id.toUtf8();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        const HttpResponse r = httpRequest(m_port, method, method == "GET" ? path : path + "/data",
                                           headers, method == "POST" ? "{}" : "");
        QCOMPARE(r.status, 401);
        QCOMPARE(QByteArray::fromStdString(r.json().value("error", "")), code);
        QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
        QCOMPARE(r.header("www-authenticate").contains("invalid_token"), code != "token_missing");
    }
}

void TestEmbedServer::expiredToken()
{
    // Minted two hours ago for one minute: past the verifier's leeway as well.
    QString error;
    const auto keystore
            = Keystore::load(QDir(m_demo.dir.path()).filePath(u"burrito.dwkeys"_s), &error);
    QVERIFY2(keystore, qPrintable(error));
    TokenIssuer::Options options;
    options.now = QDateTime::currentDateTimeUtc().addSecs(-7200);
    options.expiresInSeconds = 60;
    const auto token = TokenIssuer::issue(m_demo.project.tenants.first().claims, m_demo.project,
                                          *keystore, options, &error);
    QVERIFY2(token, qPrintable(error));
    const HttpResponse r = httpRequest(
            m_port, "GET", "/embed/v1/dashboards/" + m_demo.project.dashboards.first().id.toUtf8(),
            bearer(*token));
    QCOMPARE(r.status, 401);
    QCOMPARE(text(r.json()["error"]), u"token_expired"_s);
}

void TestEmbedServer::tokenInUrlIsNotAccepted()
{
    const QByteArray token = m_tokens.value(m_demo.project.tenants.first().name);
    const QByteArray id = m_demo.project.dashboards.first().id.toUtf8();
    const HttpResponse r
            = httpRequest(m_port, "GET", "/embed/v1/dashboards/" + id + "?token=" + token);
    QCOMPARE(r.status, 401);
    QCOMPARE(text(r.json()["error"]), u"token_missing"_s);
    const HttpResponse cookie = httpRequest(m_port, "GET", "/embed/v1/dashboards/" + id,
                                            {{"Cookie", "token=" + token}});
    QCOMPARE(cookie.status, 401);
}

void TestEmbedServer::layoutCarriesNoQueryDetail()
{
    for (const TenantProfile &tenant : m_demo.project.tenants) {
        const QByteArray token = m_tokens.value(tenant.name);
        for (const Json &s : tenant.claims["securables"]) {
            const Dashboard *dashboard = m_demo.project.dashboard(QString::fromStdString(s));
            if (!dashboard)
                continue;
            const HttpResponse r = httpRequest(
                    m_port, "GET", "/embed/v1/dashboards/" + dashboard->id.toUtf8(), bearer(token));
            if (r.status == 403)
                continue; // the denial cases have a test of their own
            QCOMPARE(r.status, 200);
            const Json layout = r.json();
            QStringList keys;
            for (auto it = layout.begin(); it != layout.end(); ++it)
                keys.append(QString::fromStdString(it.key()));
            QCOMPARE(keys,
                     QStringList({u"id"_s, u"slug"_s, u"title"_s, u"description"_s, u"grid"_s,
                                  u"widgets"_s, u"filters"_s, u"theme"_s}));
            QCOMPARE(layout["widgets"].size(), size_t(dashboard->widgets.size()));
            const QByteArray body = r.body;
            for (const char *secretive : {"\"sql\"", "SELECT", "\"applied\"", "\"bindings\"",
                                          "policy_values", "\"metadata\"", "dataset_id"})
                QVERIFY2(!body.contains(secretive), secretive);
            for (const Json &w : layout["widgets"]) {
                // A text widget's text comes from the engine, which grants it here.
                if (w["type"] == "text") {
                    const Widget *widget
                            = dashboard->widget(QString::fromStdString(w["id"].get<std::string>()));
                    QVERIFY(widget);
                    QCOMPARE(text(w["text"]), widget->text);
                }
                for (auto it = w.begin(); it != w.end(); ++it)
                    QVERIFY2(QStringList({u"id"_s, u"type"_s, u"title"_s, u"grid"_s,
                                          u"number_format"_s, u"colors"_s, u"text"_s})
                                     .contains(QString::fromStdString(it.key())),
                             it.key().c_str());
            }
        }
    }
}

void TestEmbedServer::deniedViewerGetsNoContent_data()
{
    QTest::addColumn<QString>("dashboardId");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("dropPolicyValues");
    const Dashboard *restaurant = nullptr;
    const Dashboard *other = nullptr;
    for (const Dashboard &d : m_demo.project.dashboards) {
        if (d.title.startsWith(u"Restaurant"_s))
            restaurant = &d;
        else if (!other)
            other = &d;
    }
    QVERIFY(restaurant && other);
    // The policy profile's token names only the restaurant dashboard.
    QTest::newRow("not in securables") << other->id << u"Farolito — access policy"_s << false;
    QTest::newRow("policy values missing")
            << restaurant->id << u"Farolito — access policy"_s << true;
    // Granted a dashboard with a text widget, but none of the data its widgets read: the
    // engine denies the whole dashboard, its text included (issue 14).
    const Dashboard *performance = m_demo.project.dashboard(u"distributor-performance"_s);
    QVERIFY(performance);
    QTest::newRow("no data granted, text widget")
            << performance->id << u"Farolito — parameter override"_s << false;
}

void TestEmbedServer::deniedViewerGetsNoContent()
{
    QFETCH(QString, dashboardId);
    QFETCH(QString, profile);
    QFETCH(bool, dropPolicyValues);
    Json claims = profileClaims(profile);
    if (dropPolicyValues) {
        claims.erase("policy_values");
    }
    if (QByteArray(QTest::currentDataTag()) == "no data granted, text widget") {
        // Securables naming another dataset grant only that one.
        claims["securables"].push_back(m_demo.dataset(u"Products"_s).id.toStdString());
    }
    const QByteArray token = sign(claims);
    const Dashboard *dashboard = m_demo.project.dashboard(dashboardId);
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        const QByteArray path = "/embed/v1/dashboards/" + dashboardId.toUtf8()
                + (method == "POST" ? "/data" : "");
        const HttpResponse r
                = httpRequest(m_port, method, path, bearer(token), method == "POST" ? "{}" : "");
        QCOMPARE(r.status, 403);
        const Json body = r.json();
        QCOMPARE(text(body["error"]), u"access_denied"_s);
        QCOMPARE(body.size(), size_t(2)); // error and message, nothing of the dashboard
        // Not even its title, nor the policy and the value it waits for.
        QVERIFY(!r.body.contains(dashboard->title.toUtf8()));
        QVERIFY(!r.body.contains("policy"));
        QVERIFY(!r.body.contains("restaurant_name"));
        for (const Widget &w : dashboard->widgets) {
            QVERIFY2(!r.body.contains(w.id.toUtf8()), qPrintable(w.id));
            if (w.type == WidgetType::Text)
                QVERIFY(!r.body.contains(w.text.left(20).toUtf8()));
        }
    }
}

void TestEmbedServer::unknownDashboard()
{
    const QByteArray token = m_tokens.value(m_demo.project.tenants.first().name);
    const HttpResponse r
            = httpRequest(m_port, "GET", "/embed/v1/dashboards/no-such-dashboard", bearer(token));
    QCOMPARE(r.status, 404);
    QCOMPARE(text(r.json()["error"]), u"not_found"_s);
}

void TestEmbedServer::dataMatchesQueryAs()
{
    int compared = 0;
    for (const TenantProfile &tenant : m_demo.project.tenants) {
        const QByteArray token = m_tokens.value(tenant.name);
        for (const Json &s : tenant.claims["securables"]) {
            const Dashboard *dashboard = m_demo.project.dashboard(QString::fromStdString(s));
            if (!dashboard)
                continue;
            const HttpResponse r = httpRequest(
                    m_port, "POST", "/embed/v1/dashboards/" + dashboard->id.toUtf8() + "/data",
                    bearer(token), "{}");
            const Json expected = queryAs(dashboard->id, token);
            bool anyGranted = false;
            for (const Json &w : expected["widgets"])
                anyGranted = anyGranted || (w["denied"].is_null() && w["type"] != "text");
            if (!anyGranted) {
                QCOMPARE(r.status, 403);
                continue;
            }
            QVERIFY2(r.status == 200, r.body.constData());
            const Json got = r.json();
            QCOMPARE(got["widgets"].size(), expected["widgets"].size());
            for (size_t i = 0; i < got["widgets"].size(); ++i) {
                const Json &g = got["widgets"][i];
                const Json &e = expected["widgets"][i];
                QVERIFY(g["id"] == e["id"]);
                QVERIFY2(g["rows"] == e["rows"],
                         qPrintable(tenant.name + u": "_s + QString::fromStdString(e["title"])));
                // Whether it is denied, as `query` says; the page gets no reason in the engine's
                // words (they name policies and the values they wait for).
                QCOMPARE(g["denied"].is_null(), e["denied"].is_null());
                if (!g["denied"].is_null())
                    QCOMPARE(text(g["denied"]), u"not granted to this token"_s);
                QVERIFY(g["columns"] == e["columns"]);
                QVERIFY(!g.contains("sql") && !g.contains("bindings") && !g.contains("applied")
                        && !g.contains("warnings"));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 10);
}

void TestEmbedServer::badDataBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed") << QByteArray("{");
    QTest::newRow("not an object") << QByteArray("[]");
    QTest::newRow("unknown member") << QByteArray(R"({"sql": "SELECT 1"})");
    QTest::newRow("duplicate member") << QByteArray(R"({"page": {}, "page": {}})");
    QTest::newRow("widgets not an array") << QByteArray(R"({"widgets": "x"})");
    QTest::newRow("unknown widget") << QByteArray(R"({"widgets": ["nope"]})");
    QTest::newRow("no widgets") << QByteArray(R"({"widgets": []})");
    QTest::newRow("filter value an object") << QByteArray(R"({"filters": {"x": {"a": 1}}})");
    QTest::newRow("page size zero") << QByteArray(R"({"page": {"size": 0}})");
    QTest::newRow("page negative") << QByteArray(R"({"page": {"offset": -1}})");
    QTest::newRow("page far away") << QByteArray(R"({"page": {"offset": 100001}})");
    QTest::newRow("page size past 32 bits") << QByteArray(R"({"page": {"size": 4294967301}})");
    QTest::newRow("filter not viewer-editable") << QByteArray(R"({"filters": {"x": 1}})");
}

void TestEmbedServer::badDataBodies()
{
    QFETCH(QByteArray, body);
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const QString id = QString::fromStdString(tenant.claims["securables"][0]);
    const HttpResponse r
            = httpRequest(m_port, "POST", "/embed/v1/dashboards/" + id.toUtf8() + "/data",
                          bearer(m_tokens.value(tenant.name)), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(text(r.json()["error"]), u"bad_request"_s);
    QVERIFY(!r.json()["message"].get<std::string>().empty());
}

void TestEmbedServer::viewerEditableFilters()
{
    // The demo's Restaurant overview offers a viewer-editable Restaurant filter; its policy
    // profile may read Farolito's rows only.
    const Dashboard *dashboard = m_demo.project.dashboard(u"restaurant-overview"_s);
    QVERIFY(dashboard);
    const Filter *editable = nullptr;
    const Filter *fixed = nullptr;
    for (const Filter &f : dashboard->filters)
        (f.viewerEditable ? editable : fixed) = &f;
    QVERIFY(editable);
    const QByteArray token = m_tokens.value(u"Farolito — access policy"_s);
    const QByteArray path = "/embed/v1/dashboards/" + dashboard->id.toUtf8();

    const HttpResponse layout = httpRequest(m_port, "GET", path, bearer(token));
    QCOMPARE(layout.status, 200);
    const Json filters = layout.json()["filters"];
    QCOMPARE(filters.size(), size_t(1));
    QCOMPARE(text(filters[0]["id"]), editable->id);
    QCOMPARE(text(filters[0]["label"]), u"Restaurant"_s);
    // Only the viewer's own restaurant, although the table holds several.
    QVERIFY2(filters[0]["choices"] == Json({"Farolito"}), filters[0].dump().c_str());
    for (const TenantProfile &t : m_demo.project.tenants) {
        if (t.name != u"Farolito — access policy"_s && t.claims.contains("suborganization")
            && t.claims["suborganization"] != "Farolito")
            QVERIFY(!layout.body.contains(QByteArray::fromStdString(t.claims["suborganization"])));
    }

    const auto data = [&](const Json &value) {
        const Json body{{"filters", {{editable->id.toStdString(), value}}}};
        return httpRequest(m_port, "POST", path + "/data", bearer(token),
                           QByteArray::fromStdString(body.dump()));
    };
    const HttpResponse own = data(Json::array({"Farolito"}));
    QVERIFY2(own.status == 200, own.body.constData());
    QVERIFY(!own.json()["widgets"][0]["rows"].empty());
    // Another restaurant's name as the viewer's pick: the policy still applies, so no rows of it.
    const HttpResponse other = data(Json::array({"El Tapatio"}));
    QCOMPARE(other.status, 200);
    const Json otherAnswer = other.json();
    QVERIFY(!otherAnswer["widgets"].empty());
    for (const Json &w : otherAnswer["widgets"]) {
        if (w["type"] == "kpi")
            QVERIFY2(w["rows"] == Json::array({Json::array({nullptr})}) || w["rows"].empty(),
                     w.dump().c_str());
        else
            QVERIFY2(w["rows"].empty(), w.dump().c_str());
    }
    // A value of the wrong shape, and a filter the viewer may not set.
    QCOMPARE(data(Json::object({{"a", 1}})).status, 400);
    if (fixed) {
        const Json body{{"filters", {{fixed->id.toStdString(), "x"}}}};
        QCOMPARE(httpRequest(m_port, "POST", path + "/data", bearer(token),
                             QByteArray::fromStdString(body.dump()))
                         .status,
                 400);
    }
}

void TestEmbedServer::cors()
{
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const QByteArray path
            = "/embed/v1/dashboards/" + QByteArray::fromStdString(tenant.claims["securables"][0]);
    const HttpResponse preflight
            = httpRequest(m_port, "OPTIONS", path,
                          {{"Origin", allowedOrigin}, {"Access-Control-Request-Method", "GET"}});
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.header("access-control-allow-origin"), allowedOrigin);
    QVERIFY(preflight.header("access-control-allow-headers").contains("Authorization"));
    QCOMPARE(preflight.header("vary"), "Origin");

    const HttpResponse deletePreflight
            = httpRequest(m_port, "OPTIONS", path,
                          {{"Origin", allowedOrigin}, {"Access-Control-Request-Method", "DELETE"}});
    QCOMPARE(deletePreflight.status, 403);
    const HttpResponse evilPreflight
            = httpRequest(m_port, "OPTIONS", path, {{"Origin", "https://evil.example"}});
    QCOMPARE(evilPreflight.status, 403);
    QVERIFY(evilPreflight.header("access-control-allow-origin").isEmpty());

    auto headers = bearer(m_tokens.value(tenant.name));
    headers.append({"Origin", allowedOrigin});
    const HttpResponse allowed = httpRequest(m_port, "GET", path, headers);
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.header("access-control-allow-origin"), allowedOrigin);
    QCOMPARE(allowed.header("vary"), "Origin");

    headers.last().second = "https://evil.example";
    // No route, no CORS: another origin never sees itself allowed.
    const HttpResponse noRoute
            = httpRequest(m_port, "GET", "/nope", {{"Origin", "https://evil.example"}});
    QCOMPARE(noRoute.status, 404);
    QVERIFY(noRoute.header("access-control-allow-origin").isEmpty());
    const HttpResponse evil = httpRequest(m_port, "GET", path, headers);
    QCOMPARE(evil.status, 403);
    QCOMPARE(text(evil.json()["error"]), u"origin_not_allowed"_s);
    QVERIFY(evil.header("access-control-allow-origin").isEmpty());
}

void TestEmbedServer::framePage_data()
{
    QTest::addColumn<QStringList>("origins");
    QTest::addColumn<QByteArray>("ancestors"); // the CSP's frame-ancestors sources

    QTest::newRow("one origin") << QStringList{u"http://localhost:8080"_s}
                                << QByteArray("http://localhost:8080");
    QTest::newRow("several")
            << QStringList{u"https://app.example.com"_s, u"http://127.0.0.1:9000"_s,
                           u"https://[::1]:8443"_s}
            << QByteArray("https://app.example.com http://127.0.0.1:9000 https://[::1]:8443");
    QTest::newRow("none") << QStringList{} << QByteArray("'none'");
    // Forms that are not origins never get this far: the project validator refuses the project
    // (tst_projectfile); the page's own filter behind it is tst_framepage's.
}

void TestEmbedServer::framePage()
{
    QFETCH(QStringList, origins);
    QFETCH(QByteArray, ancestors);
    ServerProcess server;
    startFrameServer(server, origins);
    if (QTest::currentTestFailed())
        return;
    const Dashboard &dashboard = m_demo.project.dashboards.first();
    // No token: the page holds nothing of the dashboard; the token comes later, by postMessage.
    const HttpResponse page = httpRequest(
            server.port(), "GET", "/embed/v1/dashboards/" + dashboard.id.toUtf8() + "/frame",
            {{"Origin", "https://evil.example"}});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("content-type"), "text/html; charset=utf-8");
    QCOMPARE(page.header("content-security-policy"),
             "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
             "style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors "
                     + ancestors);
    QCOMPARE(page.header("x-content-type-options"), "nosniff");
    QCOMPARE(page.header("referrer-policy"), "no-referrer");
    QCOMPARE(page.header("cache-control"), "no-store");
    QVERIFY(page.header("access-control-allow-origin").isEmpty());
    // The allowed parents, for the frame script; nothing inline for the CSP to refuse.
    const QByteArray meta = ancestors == "'none'" ? QByteArray() : ancestors;
    QVERIFY2(
            page.body.contains("<meta name=\"dashwright-embed-origins\" content=\"" + meta + "\">"),
            page.body.constData());
    QVERIFY(page.body.contains("<script type=\"module\" src=\"../../dashwright-frame.js\">"
                               "</script>"));
    QCOMPARE(page.body.count("<script"), 1);
    QVERIFY(!page.body.contains("<style"));
    QVERIFY(!page.body.contains("style="));
    QVERIFY(!page.body.contains(dashboard.id.toUtf8()));
    QVERIFY(!page.body.contains(dashboard.title.toUtf8()));
    for (const Widget &widget : dashboard.widgets) {
        if (!widget.title.isEmpty())
            QVERIFY2(!page.body.contains(widget.title.toUtf8()), qPrintable(widget.title));
    }

    // The scripts it loads, from the same web root.
    const HttpResponse script = httpRequest(server.port(), "GET", "/embed/v1/dashwright-frame.js");
    QCOMPARE(script.status, 200);
    QCOMPARE(script.header("content-type"), "text/javascript; charset=utf-8");
    QCOMPARE(script.body, "import './dashwright-embed.js';\n");
    QCOMPARE(httpRequest(server.port(), "GET", "/embed/v1/dashwright-embed.js").body,
             "export const runtime = 1;\n");
    QCOMPARE(httpRequest(server.port(), "POST",
                         "/embed/v1/dashboards/" + dashboard.id.toUtf8() + "/frame")
                     .status,
             405);
    QVERIFY(server.stop());
}

void TestEmbedServer::frameReflectsNothingOfItsUrl_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("hostile"); // what must not come back
    QTest::addColumn<int>("status");

    const QByteArray known = m_demo.project.dashboards.first().id.toUtf8();
    // Whether a dashboard exists is for the token to say: an unknown id gets the same page.
    QTest::newRow("unknown id") << QByteArray("/embed/v1/dashboards/no-such-dashboard/frame")
                                << QByteArray("no-such-dashboard") << 200;
    QTest::newRow("known id") << "/embed/v1/dashboards/" + known + "/frame" << known << 200;
    QTest::newRow("query string") << QByteArray(
            "/embed/v1/dashboards/x/frame?locale=%22%3E%3Cscript%3Ealert(1)")
                                  << QByteArray("alert(1)") << 200;
    QTest::newRow("quote") << QByteArray("/embed/v1/dashboards/a\"b/frame") << QByteArray("a\"b")
                           << 404;
    QTest::newRow("script") << QByteArray("/embed/v1/dashboards/<script>alert(1)</script>/frame")
                            << QByteArray("alert(1)") << 404;
    QTest::newRow("encoded script")
            << QByteArray("/embed/v1/dashboards/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E/frame")
            << QByteArray("alert(1)") << 404;
    QTest::newRow("apostrophe") << QByteArray("/embed/v1/dashboards/a'b/frame") << QByteArray("a'b")
                                << 404;
}

void TestEmbedServer::frameReflectsNothingOfItsUrl()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, hostile);
    QFETCH(int, status);
    ServerProcess server;
    startFrameServer(server, {u"http://localhost:8080"_s});
    if (QTest::currentTestFailed())
        return;
    const HttpResponse page = httpRequest(server.port(), "GET", target);
    QCOMPARE(page.status, status);
    QVERIFY2(!page.body.contains(hostile), page.body.constData());
    if (status == 200) {
        // Byte for byte the page of any other id.
        QCOMPARE(page.body,
                 httpRequest(server.port(), "GET", "/embed/v1/dashboards/other/frame").body);
    }
    QVERIFY(server.stop());
}

void TestEmbedServer::frameScriptsNotInstalled()
{
    // A web root from before the iframe variant: the runtime alone.
    ServerProcess server;
    startFrameServer(server, {u"http://localhost:8080"_s}, false);
    if (QTest::currentTestFailed())
        return;
    for (const QByteArray &target : {QByteArray("/embed/v1/dashwright-frame.js"),
                                     QByteArray("/embed/v1/dashboards/x/frame")}) {
        const HttpResponse missing = httpRequest(server.port(), "GET", target);
        QCOMPARE(missing.status, 404);
        QCOMPARE(text(missing.json()["message"]), u"the web runtime is not installed"_s);
    }
    QCOMPARE(httpRequest(server.port(), "GET", "/embed/v1/dashwright-embed.js").status, 200);
    QVERIFY(server.stop());
}

void TestEmbedServer::frameCallsItsOwnServer_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allowOrigin"); // Access-Control-Allow-Origin

    const QByteArray own = "127.0.0.1:" + QByteArray::number(m_port);
    // The frame page's data requests: a browser sends Origin = the page's origin, the server's.
    QTest::newRow("own origin") << own << "http://" + own << 200 << QByteArray();
    QTest::newRow("own origin behind TLS")
            << QByteArray("dash.example.com") << QByteArray("https://dash.example.com") << 200
            << QByteArray();
    QTest::newRow("host in capitals")
            << QByteArray("Dash.Example.com") << QByteArray("https://dash.example.com") << 200
            << QByteArray();
    QTest::newRow("embed origin") << own << allowedOrigin << 200 << allowedOrigin;
    QTest::newRow("other port") << own << QByteArray("http://127.0.0.1:1") << 403 << QByteArray();
    QTest::newRow("no port") << own << QByteArray("http://127.0.0.1") << 403 << QByteArray();
    QTest::newRow("other host") << own << QByteArray("https://evil.example") << 403 << QByteArray();
    QTest::newRow("own origin as a prefix")
            << own << "http://" + own + ".evil.example" << 403 << QByteArray();
    QTest::newRow("host as a prefix") << own + ".evil.example"
                                      << "http://" + own << 403 << QByteArray();
    QTest::newRow("null") << own << QByteArray("null") << 403 << QByteArray();
    QTest::newRow("no scheme") << own << own << 403 << QByteArray();
    QTest::newRow("other scheme") << own << "ftp://" + own << 403 << QByteArray();
}

void TestEmbedServer::frameCallsItsOwnServer()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, origin);
    QFETCH(int, status);
    QFETCH(QByteArray, allowOrigin);
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const QByteArray path
            = "/embed/v1/dashboards/" + QByteArray::fromStdString(tenant.claims["securables"][0]);
    auto headers = bearer(m_tokens.value(tenant.name));
    headers.append({"Origin", origin});
    headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    for (const auto &[method, target, body] :
         {std::tuple{QByteArray("GET"), path, QByteArray()},
          std::tuple{QByteArray("POST"), path + "/data", QByteArray("{}")}}) {
        const HttpResponse r = requestWithHost(m_port, method, target, host, headers, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("access-control-allow-origin"), allowOrigin);
        if (status == 403)
            QCOMPARE(text(r.json()["error"]), u"origin_not_allowed"_s);
    }
    // Only the embed routes: the API key route is for back ends, which send no Origin.
    QList<QPair<QByteArray, QByteArray>> authorize = basic(m_apiKeyId, m_apiKeySecret);
    authorize.append({"Origin", origin});
    const HttpResponse minted
            = requestWithHost(m_port, "POST", "/api/v1/authorizations", host, authorize,
                              QByteArray::fromStdString(tenant.claims.dump()));
    QCOMPARE(minted.status, origin == allowedOrigin ? 201 : 403);
}

void TestEmbedServer::limits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("headers over 16 KiB") << QByteArray(
            "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n")
                                         << 431;
    QTest::newRow("many headers over 16 KiB") << [] {
        QByteArray r("GET /healthz HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 400; ++i)
            r += "X-H" + QByteArray::number(i) + ": " + QByteArray(40, 'b') + "\r\n";
        return r + "\r\n";
    }() << 431;
    QTest::newRow("body over 1 MiB by Content-Length")
            << QByteArray("POST /api/v1/authorizations HTTP/1.1\r\nHost: x\r\nContent-Length: "
                          "2000000\r\n\r\n{")
            << 413;
    QTest::newRow("URL over 8 KiB")
            << QByteArray("GET /healthz?" + QByteArray(9000, 'q') + " HTTP/1.1\r\nHost: x\r\n\r\n")
            << 414;
    QTest::newRow("malformed request line") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
    QTest::newRow("bad content length")
            << QByteArray("POST /healthz HTTP/1.1\r\nContent-Length: x\r\n\r\n") << 400;
}

void TestEmbedServer::limits()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request);
    socket.flush();
    const HttpResponse r = readResponse(socket);
    QCOMPARE(r.status, status);
    QVERIFY(!r.json()["error"].get<std::string>().empty());
    // The server goes on for everyone else.
    QCOMPARE(httpRequest(m_port, "GET", "/healthz").status, 200);
}

void TestEmbedServer::connectionLimit()
{
    ServerProcess small;
    QString error;
    QVERIFY2(small.start(
                     {m_projectPath, u"--max-connections"_s, u"2"_s, u"--access-log"_s, u"off"_s},
                     &error),
             qPrintable(error));
    QTcpSocket a, b, c;
    for (QTcpSocket *s : {&a, &b}) {
        s->connectToHost(u"127.0.0.1"_s, small.port());
        QVERIFY(s->waitForConnected(5000));
    }
    QTest::qWait(200); // both accepted
    c.connectToHost(u"127.0.0.1"_s, small.port());
    QVERIFY(c.waitForConnected(5000));
    const HttpResponse refused = readResponse(c, 5000);
    QCOMPARE(refused.status, 503);
    QCOMPARE(text(refused.json()["error"]), u"busy"_s); // the whole body: its length is right
    a.close();
    b.close();
    QTest::qWait(200);
    QCOMPARE(httpRequest(small.port(), "GET", "/healthz").status, 200);
    QVERIFY(small.stop());
}

void TestEmbedServer::slowQueryDoesNotBlockHealth()
{
    const QByteArray token
            = sign({{"securables", {m_slowDashboardId.toStdString()}}, {"username", "slow"}});
    std::atomic<int> slowStatus{0};
    std::thread slow([&] {
        slowStatus = httpRequest(m_port, "POST",
                                 "/embed/v1/dashboards/" + m_slowDashboardId.toUtf8() + "/data",
                                 bearer(token), "{}", 120000)
                             .status;
    });
    QTest::qWait(300); // the slow statement is running
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(httpRequest(m_port, "GET", "/healthz").status, 200);
    // Another tenant's data is not queued behind it either.
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const HttpResponse other = httpRequest(
            m_port, "POST",
            "/embed/v1/dashboards/" + QByteArray::fromStdString(tenant.claims["securables"][0])
                    + "/data",
            bearer(m_tokens.value(tenant.name)), "{}");
    QCOMPARE(other.status, 200);
    const qint64 elapsed = timer.elapsed();
    const bool slowStillRunning = slowStatus.load() == 0;
    slow.join();
    QCOMPARE(slowStatus.load(), 200);
    // Only meaningful while the slow request was still running; it runs for seconds.
    QVERIFY2(slowStillRunning, "the slow query was not slow enough to test anything");
    qInfo("healthz and another tenant answered in %lld ms beside a running slow query", elapsed);
}

void TestEmbedServer::concurrentTenants()
{
    // Every granted (tenant, dashboard) pair, with what `dashwright query --token` says.
    struct Case
    {
        QByteArray token;
        QByteArray path;
        int status;
        Json widgets;
    };
    QList<Case> cases;
    for (const TenantProfile &tenant : m_demo.project.tenants) {
        const QByteArray token = m_tokens.value(tenant.name);
        for (const Json &s : tenant.claims["securables"]) {
            const Dashboard *dashboard = m_demo.project.dashboard(QString::fromStdString(s));
            if (!dashboard || dashboard->id == m_slowDashboardId)
                continue;
            const Json expected = queryAs(dashboard->id, token);
            bool anyGranted = false;
            Json widgets = Json::array();
            for (const Json &w : expected["widgets"]) {
                anyGranted = anyGranted || (w["denied"].is_null() && w["type"] != "text");
                widgets.push_back({{"id", w["id"]}, {"rows", w["rows"]}, {"denied", w["denied"]}});
            }
            cases.append({token, "/embed/v1/dashboards/" + dashboard->id.toUtf8() + "/data",
                          anyGranted ? 200 : 403, widgets});
        }
    }
    QVERIFY(cases.size() >= 4);
    constexpr int clients = 8;
    constexpr int perClient = 250;
    std::atomic<int> wrong{0};
    std::atomic<int> done{0};
    QStringList failures;
    std::mutex failuresMutex;
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            for (int i = 0; i < perClient; ++i) {
                const Case &k = cases[(c + i) % cases.size()];
                const HttpResponse r = httpRequest(m_port, "POST", k.path, bearer(k.token), "{}");
                bool ok = r.status == k.status;
                if (ok && k.status == 200) {
                    const Json got = r.json();
                    ok = got["widgets"].size() == k.widgets.size();
                    for (size_t w = 0; ok && w < k.widgets.size(); ++w)
                        ok = got["widgets"][w]["id"] == k.widgets[w]["id"]
                                && got["widgets"][w]["rows"] == k.widgets[w]["rows"]
                                && got["widgets"][w]["denied"].is_null()
                                        == k.widgets[w]["denied"].is_null();
                }
                if (!ok) {
                    ++wrong;
                    const std::lock_guard lock(failuresMutex);
                    if (failures.size() < 5)
                        failures.append(QString::fromUtf8(k.path + ": " + r.body.left(300)));
                }
                ++done;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(done.load(), clients * perClient);
    QVERIFY2(wrong.load() == 0, qPrintable(failures.join(u"\n"_s)));
}

void TestEmbedServer::authorizations()
{
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const HttpResponse r = httpRequest(m_port, "POST", "/api/v1/authorizations",
                                       basic(m_apiKeyId, m_apiKeySecret),
                                       QByteArray::fromStdString(tenant.claims.dump()));
    QVERIFY2(r.status == 201, r.body.constData());
    const Json body = r.json();
    QStringList keys;
    for (auto it = body.begin(); it != body.end(); ++it)
        keys.append(QString::fromStdString(it.key()));
    QCOMPARE(keys, QStringList({u"id"_s, u"token"_s, u"expires_at"_s}));
    const QByteArray token = QByteArray::fromStdString(body["token"]);
    // A token any instance with the keystore accepts: `token verify` says so, and so does the
    // data route, with the same rows as one minted by `token sign`.
    const CliRun verify = runDashwright(
            {u"token"_s, u"verify"_s, m_projectPath, QString::fromLatin1(token), u"--json"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QVERIFY(Json::parse(verify.out.toStdString())["claims"]["jti"] == body["id"]);
    const QByteArray path = "/embed/v1/dashboards/"
            + QByteArray::fromStdString(tenant.claims["securables"][0]) + "/data";
    const HttpResponse minted = httpRequest(m_port, "POST", path, bearer(token), "{}");
    const HttpResponse signedByCli
            = httpRequest(m_port, "POST", path, bearer(m_tokens.value(tenant.name)), "{}");
    QCOMPARE(minted.status, 200);
    QVERIFY(minted.json()["widgets"] == signedByCli.json()["widgets"]);

    // Lifetime and sealing from the query string.
    const HttpResponse sealed = httpRequest(
            m_port, "POST", "/api/v1/authorizations?sealed=true&expires_in=120",
            basic(m_apiKeyId, m_apiKeySecret), QByteArray::fromStdString(tenant.claims.dump()));
    QVERIFY2(sealed.status == 201, sealed.body.constData());
    QCOMPARE(QByteArray::fromStdString(sealed.json()["token"]).count('.'), 4);
    const QDateTime expires = QDateTime::fromString(
            QString::fromStdString(sealed.json()["expires_at"]), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 120) < 30);
}

void TestEmbedServer::authorizationRefusals_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    const QByteArray claims
            = QByteArray::fromStdString(m_demo.project.tenants.first().claims.dump());
    const auto auth = [&](const QByteArray &id, const QByteArray &secret) {
        return "Basic " + (id + ':' + secret).toBase64();
    };
    QTest::newRow("no credentials")
            << QByteArray() << QByteArray() << claims << 401 << QByteArray("api_key_invalid");
    QTest::newRow("bearer instead of basic") << QByteArray("Bearer x") << QByteArray() << claims
                                             << 401 << QByteArray("api_key_invalid");
    QTest::newRow("wrong secret") << auth(m_apiKeyId, m_apiKeySecret.chopped(1) + 'x')
                                  << QByteArray() << claims << 401 << QByteArray("api_key_invalid");
    QTest::newRow("unknown key") << auth("dwk_0000000000000000", m_apiKeySecret) << QByteArray()
                                 << claims << 401 << QByteArray("api_key_invalid");
    QTest::newRow("not base64") << QByteArray("Basic !!!") << QByteArray() << claims << 401
                                << QByteArray("api_key_invalid");
    const QByteArray good = auth(m_apiKeyId, m_apiKeySecret);
    QTest::newRow("malformed claims")
            << good << QByteArray() << QByteArray("{") << 400 << QByteArray("bad_request");
    QTest::newRow("unknown claim name")
            << good << QByteArray()
            << QByteArray(R"({"securables": [], "suborganisation": "typo"})") << 400
            << QByteArray("bad_request");
    QTest::newRow("unknown securable")
            << good << QByteArray() << QByteArray(R"({"securables": ["nope"]})") << 400
            << QByteArray("bad_request");
    QTest::newRow("credentials in a signed token")
            << good << QByteArray()
            << QByteArray::fromStdString(
                       Json({{"securables", m_demo.project.tenants.first().claims["securables"]},
                             {"account_overrides",
                              {{m_demo.project.accounts.first().id.toStdString(),
                                {{"password", "secret"}}}}}})
                               .dump())
            << 400 << QByteArray("bad_request");
    QTest::newRow("unknown query parameter")
            << good << QByteArray("admin=true") << claims << 400 << QByteArray("bad_request");
    QTest::newRow("lifetime too long") << good << QByteArray("expires_in=999999") << claims << 400
                                       << QByteArray("bad_request");
}

void TestEmbedServer::authorizationRefusals()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResponse r = httpRequest(
            m_port, "POST", "/api/v1/authorizations" + (query.isEmpty() ? "" : "?" + query),
            headers, body);
    QCOMPARE(r.status, status);
    QCOMPARE(text(r.json()["error"]), QString::fromLatin1(code));
    QVERIFY(!r.json().contains("token"));
    if (status == 401)
        QVERIFY(r.header("www-authenticate").startsWith("Basic"));
    QVERIFY(!r.body.contains(m_apiKeySecret));
}

void TestEmbedServer::revokedToken()
{
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const QByteArray token = sign(tenant.claims);
    const QByteArray path
            = "/embed/v1/dashboards/" + QByteArray::fromStdString(tenant.claims["securables"][0]);
    QCOMPARE(httpRequest(m_port, "GET", path, bearer(token)).status, 200);
    const CliRun revoke
            = runDashwright({u"token"_s, u"revoke"_s, m_projectPath, QString::fromLatin1(token)});
    QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.describe()));
    // No reload: the list is read again when it changes.
    const HttpResponse r = httpRequest(m_port, "GET", path, bearer(token));
    QCOMPARE(r.status, 401);
    QCOMPARE(text(r.json()["error"]), u"token_revoked"_s);
    // Other tokens of the same tenant go on working.
    QCOMPARE(httpRequest(m_port, "GET", path, bearer(m_tokens.value(tenant.name))).status, 200);
}

void TestEmbedServer::unreadableRevocationListFailsClosed()
{
    const QString list = QDir(m_demo.dir.path()).filePath(u"burrito.revoked"_s);
    const QByteArray before = readWholeFile(list);
    QVERIFY(writeWholeFile(list, "{ damaged"));
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const QByteArray path
            = "/embed/v1/dashboards/" + QByteArray::fromStdString(tenant.claims["securables"][0]);
    const HttpResponse r = httpRequest(m_port, "GET", path, bearer(m_tokens.value(tenant.name)));
    QCOMPARE(r.status, 503);
    QCOMPARE(text(r.json()["error"]), u"revocations_unreadable"_s);
    QCOMPARE(httpRequest(m_port, "GET", "/readyz").status, 503); // out of the load balancer
    if (before.isEmpty())
        QVERIFY(QFile::remove(list));
    else
        QVERIFY(writeWholeFile(list, before));
    QCOMPARE(httpRequest(m_port, "GET", path, bearer(m_tokens.value(tenant.name))).status, 200);
}

void TestEmbedServer::missingDatabaseIsAnOutageNotADenial()
{
    const QString database = m_demo.databasePath();
    QVERIFY(QFile::rename(database, database + u".away"_s));
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const QByteArray path
            = "/embed/v1/dashboards/" + QByteArray::fromStdString(tenant.claims["securables"][0]);
    const HttpResponse layout
            = httpRequest(m_port, "GET", path, bearer(m_tokens.value(tenant.name)));
    const HttpResponse data = httpRequest(m_port, "POST", path + "/data",
                                          bearer(m_tokens.value(tenant.name)), "{}");
    const HttpResponse ready = httpRequest(m_port, "GET", "/readyz");
    QVERIFY(QFile::rename(database + u".away"_s, database));
    // The token is fine: the page is told the data is not there, not that it is refused.
    QCOMPARE(layout.status, 200);
    QVERIFY2(data.status == 200, data.body.constData());
    int failed = 0;
    const Json answer = data.json();
    for (const Json &w : answer["widgets"]) {
        if (w["type"] == "text")
            continue;
        QVERIFY(w["denied"].is_null());
        QCOMPARE(text(w["error"]), u"the data source did not answer"_s);
        ++failed;
    }
    QVERIFY2(failed > 0, data.body.constData());
    QVERIFY(!data.body.contains("burrito.sqlite"));
    QVERIFY(!data.body.contains("Sales"));
    // Whoever runs the server learns why, by request id.
    const QByteArray requestId = data.header("x-request-id");
    QElapsedTimer timer;
    timer.start();
    while (!m_server.errorOutput().contains("request " + requestId + ":") && timer.elapsed() < 3000)
        m_server.process().waitForReadyRead(100);
    QVERIFY(m_server.errorOutput().contains("request " + requestId + ":"));
    Q_UNUSED(ready); // readyz caches its database probe for a few seconds
    QCOMPARE(httpRequest(m_port, "POST", path + "/data", bearer(m_tokens.value(tenant.name)), "{}")
                     .json()["widgets"][0]
                     .contains("error"),
             false);
}

void TestEmbedServer::revokedApiKeyStopsWithoutReload()
{
    const CliRun created
            = runDashwright({u"keys"_s, u"api-key"_s, u"create"_s, m_projectPath, u"--json"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    const Json key = Json::parse(created.out.toStdString());
    const QByteArray id = QByteArray::fromStdString(key["id"]);
    const QByteArray secret = QByteArray::fromStdString(key["secret"]);
    const QByteArray claims
            = QByteArray::fromStdString(m_demo.project.tenants.first().claims.dump());
    const auto mint = [&] {
        return httpRequest(m_port, "POST", "/api/v1/authorizations", basic(id, secret), claims)
                .status;
    };
    // A new key works once the server has seen the keystore change (it looks every second).
    QElapsedTimer timer;
    timer.start();
    while (mint() != 201 && timer.elapsed() < 5000)
        QTest::qWait(100);
    QCOMPARE(mint(), 201);
    const CliRun revoked = runDashwright(
            {u"keys"_s, u"api-key"_s, u"revoke"_s, m_projectPath, QString::fromLatin1(id)});
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));
    timer.restart();
    while (mint() != 401 && timer.elapsed() < 5000)
        QTest::qWait(100);
    QCOMPARE(mint(), 401);
    QVERIFY(timer.elapsed() < 5000);
}

void TestEmbedServer::accessLogHoldsNoSecrets()
{
    const QByteArray log = readWholeFile(m_accessLogPath);
    QVERIFY(!log.isEmpty());
    int lines = 0;
    for (const QByteArray &line : log.split('\n')) {
        if (line.isEmpty())
            continue;
        const Json entry = Json::parse(line.toStdString(), nullptr, false);
        QVERIFY2(entry.is_object(), line.constData());
        for (const char *key : {"time", "request_id", "method", "route", "status", "latency_ms"})
            QVERIFY2(entry.contains(key), key);
        ++lines;
    }
    QVERIFY(lines > 100);
    for (const QByteArray &token : std::as_const(m_tokens))
        QVERIFY(!log.contains(token.split('.').last()));
    QVERIFY(!log.contains("Bearer"));
    QVERIFY(!log.contains(m_apiKeySecret));
    QVERIFY(log.contains("\"api_key\":\"" + m_apiKeyId + "\""));
    QVERIFY(!log.contains("SELECT"));
    QVERIFY(log.contains("\"tenant\":\"Farolito\""));
    QVERIFY(log.contains("\"route\":\"/embed/v1/dashboards/{id}/data\""));
}

void TestEmbedServer::reloadOnSighup()
{
    const TenantProfile &tenant = m_demo.project.tenants.first();
    const std::string dashboardId = tenant.claims["securables"][0];
    const QByteArray path = "/embed/v1/dashboards/" + QByteArray::fromStdString(dashboardId);
    // A connection kept alive across the reload.
    QTcpSocket kept;
    kept.connectToHost(u"127.0.0.1"_s, m_port);
    QVERIFY(kept.waitForConnected(5000));
    kept.write(requestBytes("GET", path, bearer(m_tokens.value(tenant.name)), {}, true));
    QCOMPARE(readResponse(kept).status, 200);

    Json project = readJson(m_projectPath);
    for (Json &d : project["dashboards"]) {
        if (d["id"] == dashboardId)
            d["title"] = "Renamed on reload";
    }
    QVERIFY(writeWholeFile(m_projectPath, QByteArray::fromStdString(project.dump(2))));
    // The keystore is watched too: a change an earlier test made may be reloaded at any moment,
    // so only the project's own reload (which SIGHUP asks for) is counted.
    const QByteArray projectReloaded = "serve: reloaded " + m_projectPath.toUtf8();
    const qsizetype reloads = m_server.errorOutput().count(projectReloaded);
    m_server.signal(SIGHUP);
    QElapsedTimer timer;
    timer.start();
    while (m_server.errorOutput().count(projectReloaded) == reloads && timer.elapsed() < 10000)
        m_server.process().waitForReadyRead(50);
    QCOMPARE(m_server.errorOutput().count(projectReloaded), reloads + 1);

    kept.write(requestBytes("GET", path, bearer(m_tokens.value(tenant.name)), {}, true));
    const HttpResponse after = readResponse(kept);
    QCOMPARE(after.status, 200);
    QCOMPARE(text(after.json()["title"]), u"Renamed on reload"_s);

    // A broken project is refused; the running one goes on.
    QVERIFY(writeWholeFile(m_projectPath, "{ not json"));
    m_server.signal(SIGHUP);
    timer.restart();
    while (!m_server.errorOutput().contains("reload refused") && timer.elapsed() < 10000)
        QTest::qWait(50);
    QVERIFY(m_server.errorOutput().contains("reload refused"));
    QCOMPARE(httpRequest(m_port, "GET", path, bearer(m_tokens.value(tenant.name))).status, 200);
    QVERIFY(writeWholeFile(m_projectPath, QByteArray::fromStdString(project.dump(2))));
}

void TestEmbedServer::gracefulShutdown()
{
    ServerProcess server;
    QString error;
    QVERIFY2(server.start({m_projectPath, u"--access-log"_s, u"off"_s}, &error), qPrintable(error));
    const QByteArray token
            = sign({{"securables", {m_slowDashboardId.toStdString()}}, {"username", "slow"}});
    std::atomic<int> status{0};
    std::thread slow([&] {
        status = httpRequest(server.port(), "POST",
                             "/embed/v1/dashboards/" + m_slowDashboardId.toUtf8() + "/data",
                             bearer(token), "{}", 120000)
                         .status;
    });
    QTest::qWait(300);
    QVERIFY(server.stop(30000)); // exits 0 …
    slow.join();
    QCOMPARE(status.load(), 200); // … after answering the request in flight
    QCOMPARE(httpRequest(server.port(), "GET", "/healthz").status, 0); // and accepts no more
}

void TestEmbedServer::queryTimeout()
{
    ServerProcess server;
    QString error;
    QVERIFY2(
            server.start({m_projectPath, u"--access-log"_s, u"off"_s, u"--query-timeout"_s, u"1"_s},
                         &error),
            qPrintable(error));
    const QByteArray token
            = sign({{"securables", {m_slowDashboardId.toStdString()}}, {"username", "slow"}});
    QElapsedTimer timer;
    timer.start();
    const HttpResponse r = httpRequest(
            server.port(), "POST", "/embed/v1/dashboards/" + m_slowDashboardId.toUtf8() + "/data",
            bearer(token), "{}", 60000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.status, 200);
    QCOMPARE(text(r.json()["widgets"][0]["error"]), u"the data source did not answer"_s);
    QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed))); // cancelled at 1 s
    QTRY_VERIFY_WITH_TIMEOUT(server.errorOutput().contains("timed out"), 3000);
    QVERIFY(server.stop());
}

void TestEmbedServer::clientRequestIdsCannotCancel()
{
    // Two slow requests with the same X-Request-Id: before, the second's statements cancelled the
    // first's (the executor's keys came from the request id).
    const QByteArray token
            = sign({{"securables", {m_slowDashboardId.toStdString()}}, {"username", "slow-twins"}});
    auto headers = bearer(token);
    headers.append({QByteArray("X-Request-Id"), QByteArray("same-id")});
    std::atomic<int> ok{0};
    const auto fetch = [&](const QByteArray &body) {
        const HttpResponse r = httpRequest(
                m_port, "POST", "/embed/v1/dashboards/" + m_slowDashboardId.toUtf8() + "/data",
                headers, body, 120000);
        const Json answer = r.json();
        if (r.status == 200 && !answer["widgets"][0].contains("error"))
            ++ok;
    };
    // Different bodies, so that the answer cache cannot serve the second from the first.
    std::thread a([&] { fetch(R"({"page": {"size": 10}})"); });
    QTest::qWait(100);
    std::thread b([&] { fetch(R"({"page": {"size": 11}})"); });
    a.join();
    b.join();
    QCOMPARE(ok.load(), 2);
}

void TestEmbedServer::closedConnectionsAreForgotten()
{
    for (int i = 0; i < 50; ++i) {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.close();
    }
    // The server's list of connections (for the shutdown) holds only the open ones.
    QTRY_VERIFY_WITH_TIMEOUT(
            httpRequest(m_port, "GET", "/metrics").body.contains("\ndashwright_connections 1\n"),
            5000);
}

void TestEmbedServer::checkMode()
{
    const CliRun ok = runDashwright({u"serve"_s, m_projectPath, u"--check"_s});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    QVERIFY(ok.out.startsWith("ok: project"));

    const QString broken = QDir(m_demo.dir.path()).filePath(u"broken.dwproj"_s);
    QVERIFY(writeWholeFile(broken, "{}"));
    const CliRun bad = runDashwright({u"serve"_s, broken, u"--check"_s, u"--keystore"_s,
                                      QDir(m_demo.dir.path()).filePath(u"burrito.dwkeys"_s)});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestEmbedServer)
#include "tst_embedserver.moc"
