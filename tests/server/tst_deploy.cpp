// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment of docs/deploy.md, end to end: two `dashwright serve` instances on one project
// behind a throw-away nginx running the nginx configuration printed in docs/deploy.md (ports and
// paths swapped for the test's own, TLS left out), all on loopback.
#include "common/clirun.h"
#include "common/demofixture.h"
#include "common/httpclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests;
using Json = nlohmann::ordered_json;

namespace {

// Documented ports and paths, replaced by the test's own.
const QString documentedFirstInstance = u"127.0.0.1:8751"_s;
const QString documentedSecondInstance = u"127.0.0.1:8752"_s;
const QString documentedLogFolder = u"/var/log/nginx/"_s;
const QString documentedCertificateFolder = u"/etc/letsencrypt/live/embed.example.com/"_s;

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("no free loopback port");
    return server.serverPort();
}

// $DASHWRIGHT_NGINX when set (empty: as if nginx were not installed), else the usual places.
QString findNginx()
{
    if (qEnvironmentVariableIsSet("DASHWRIGHT_NGINX")) {
        const QString given = qEnvironmentVariable("DASHWRIGHT_NGINX");
        return QFileInfo(given).isExecutable() ? given : QString();
    }
    const QString found = QStandardPaths::findExecutable(
            u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/local/nginx/sbin"_s});
    return found.isEmpty() ? QStandardPaths::findExecutable(u"nginx"_s) : found;
}

// The nginx configuration block of docs/deploy.md: the fenced `nginx` block holding the upstream.
QString documentedNginxConfig(QString *error)
{
    const QString path = QStringLiteral(DASHWRIGHT_SOURCE_DIR) + u"/docs/deploy.md"_s;
    const QString doc = QString::fromUtf8(readWholeFile(path));
    static const QRegularExpression block(u"```nginx\\n(.*?)```"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = block.globalMatch(doc); it.hasNext();) {
        const QString text = it.next().captured(1);
        if (text.contains(u"upstream dashwright"_s))
            return text;
    }
    *error = path + u": no ```nginx block with \"upstream dashwright\""_s;
    return {};
}

struct Ports
{
    quint16 first = 0;
    quint16 second = 0;
    quint16 http = 0;  // the documented port 80 (the redirect)
    quint16 https = 0; // the documented port 443 (plain HTTP here unless `tls`)
};

// The documented block with the test's ports and folders. Every documented line the test swaps must
// be there, so that a change of the documented shape fails here instead of going untested.
QString testConfig(const QString &documented, const Ports &ports, const QString &folder, bool tls,
                   QString *error)
{
    QStringList out;
    int upstreams = 0, redirects = 0, mains = 0, logs = 0, certificates = 0;
    for (QString line : documented.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#')) {
            out.append(line);
            continue;
        }
        if (trimmed.startsWith(u"listen [::]"_s))
            continue; // loopback IPv6 may be missing where tests run
        if (trimmed == u"listen 80;"_s) {
            line = u"    listen 127.0.0.1:%1;"_s.arg(ports.http);
            ++redirects;
        } else if (trimmed == u"listen 443 ssl http2;"_s) {
            line = u"    listen 127.0.0.1:%1%2;"_s.arg(ports.https)
                           .arg(tls ? u" ssl http2"_s : QString());
            ++mains;
        } else if (trimmed.startsWith(u"ssl_"_s) && !tls) {
            continue;
        }
        if (line.contains(documentedFirstInstance) || line.contains(documentedSecondInstance)) {
            line.replace(documentedFirstInstance, u"127.0.0.1:%1"_s.arg(ports.first));
            line.replace(documentedSecondInstance, u"127.0.0.1:%1"_s.arg(ports.second));
            ++upstreams;
        }
        if (line.contains(documentedLogFolder)) {
            line.replace(documentedLogFolder, folder + u'/');
            ++logs;
        }
        if (line.contains(documentedCertificateFolder)) {
            line.replace(documentedCertificateFolder, folder + u"/tls/"_s);
            ++certificates;
        }
        out.append(line);
    }
    if (upstreams != 2 || redirects != 1 || mains != 1 || logs != 1 || (tls && certificates != 2)) {
        *error = u"docs/deploy.md's nginx block changed shape: %1 upstream servers, %2 listen 80, "
                 "%3 listen 443, %4 access_log, %5 certificates"_s.arg(upstreams)
                         .arg(redirects)
                         .arg(mains)
                         .arg(logs)
                         .arg(certificates);
        return {};
    }
    // Everything nginx writes stays in `folder`. As root, the workers would switch to "nobody",
    // which cannot enter the test's private temporary folder.
    const QString user = ::geteuid() == 0 ? u"user root;\n"_s : QString();
    return user + uR"(worker_processes 1;
error_log %1/error.log warn;
events { worker_connections 256; }
http {
    client_body_temp_path %1/client_body_temp;
    proxy_temp_path %1/proxy_temp;
    fastcgi_temp_path %1/fastcgi_temp;
    uwsgi_temp_path %1/uwsgi_temp;
    scgi_temp_path %1/scgi_temp;
    access_log %1/default.access.log;
    default_type application/octet-stream;
)"_s.arg(folder)
            + out.join(u'\n') + u"\n}\n"_s;
}

QStringList nginxArguments(const QString &folder, const QString &config)
{
    return {u"-p"_s, folder, u"-e"_s, folder + u"/error.log"_s,
            u"-c"_s, config, u"-g"_s, u"daemon off; pid %1/nginx.pid;"_s.arg(folder)};
}

// A JSON-lines access log, line by line.
QList<Json> logEntries(const QString &path)
{
    QList<Json> entries;
    for (const QByteArray &line : readWholeFile(path).split('\n')) {
        if (!line.isEmpty())
            entries.append(Json::parse(line.toStdString(), nullptr, false));
    }
    return entries;
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void openRoutesAndMetrics();
    void authorizationPassesThrough();
    void tokenVerifiesOnBothInstances();
    void alternatingTenantsOnBothInstances();
    void requestIdIsNginxs();
    void bodyLimit();
    void documentedTlsConfigLoads();
    void failover();

private:
    struct Tenant
    {
        QByteArray token;
        QByteArray dataPath;
        int status = 0;
        Json widgets; // id, rows, denied per widget, as `dashwright query --token` says
    };
    Tenant tenant(const QString &profile);
    HttpResponse viaNginx(const QByteArray &method, const QByteArray &target,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {},
                          const QByteArray &body = {});
    bool startNginx(const QString &config, QString *error);

    DemoFixture m_demo{4000};
    QString m_nginxPath;
    QTemporaryDir m_folder;
    ServerProcess m_first;
    ServerProcess m_second;
    QString m_firstLog;
    QString m_secondLog;
    Ports m_ports;
    QString m_documented;
    QProcess m_nginx;
    QList<Tenant> m_tenants;
};

TestDeploy::Tenant TestDeploy::tenant(const QString &profile)
{
    const TenantProfile *found = nullptr;
    for (const TenantProfile &t : m_demo.project.tenants) {
        if (t.name == profile)
            found = &t;
    }
    if (!found)
        qFatal("no tenant profile %s", qPrintable(profile));
    const QString claims
            = QDir(m_demo.dir.path()).filePath(u"claims-%1.json"_s.arg(qHash(profile)));
    writeWholeFile(claims, QByteArray::fromStdString(found->claims.dump()));
    const CliRun sign
            = runDashwright({u"token"_s, u"sign"_s, m_demo.projectPath, u"--claims"_s, claims});
    if (sign.exitCode != 0)
        qFatal("token sign failed: %s", qPrintable(sign.describe()));

    Tenant t;
    t.token = sign.out.trimmed();
    const QString dashboardId = QString::fromStdString(found->claims["securables"][0]);
    t.dataPath = "/embed/v1/dashboards/" + dashboardId.toUtf8() + "/data";
    const CliRun query = runDashwright({u"query"_s, m_demo.projectPath, u"--dashboard"_s,
                                        dashboardId, u"--token"_s, QString::fromLatin1(t.token)});
    if (query.exitCode != 0 && query.exitCode != 3)
        qFatal("query failed: %s", qPrintable(query.describe()));
    const Json expected = Json::parse(query.out.toStdString());
    bool anyGranted = false;
    t.widgets = Json::array();
    for (const Json &w : expected["widgets"]) {
        anyGranted = anyGranted || (w["denied"].is_null() && w["type"] != "text");
        t.widgets.push_back({{"id", w["id"]}, {"rows", w["rows"]}, {"denied", w["denied"]}});
    }
    t.status = anyGranted ? 200 : 403;
    return t;
}

HttpResponse TestDeploy::viaNginx(const QByteArray &method, const QByteArray &target,
                                  const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body)
{
    return httpRequest(m_ports.https, method, target, headers, body);
}

bool TestDeploy::startNginx(const QString &config, QString *error)
{
    const QString configPath = m_folder.filePath(u"nginx.conf"_s);
    writeWholeFile(configPath, config.toUtf8());
    m_nginx.setProgram(m_nginxPath);
    m_nginx.setArguments(nginxArguments(m_folder.path(), configPath));
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start();
    if (!m_nginx.waitForStarted(5000)) {
        *error = u"nginx did not start"_s;
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && m_nginx.state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, m_ports.https);
        if (probe.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    *error = u"nginx is not listening: "_s + QString::fromUtf8(m_nginx.readAll())
            + QString::fromUtf8(readWholeFile(m_folder.filePath(u"error.log"_s)));
    return false;
}

void TestDeploy::initTestCase()
{
    m_nginxPath = findNginx();
    if (m_nginxPath.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("nginx is not installed and CI is set: the deploy test must run in CI "
                  "(scripts/setup.sh installs nginx)");
        QSKIP("nginx is not installed: the deploy test did NOT run (scripts/setup.sh installs "
              "nginx)");
    }
    QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
    QVERIFY(m_folder.isValid());

    m_firstLog = m_folder.filePath(u"first.access.log"_s);
    m_secondLog = m_folder.filePath(u"second.access.log"_s);
    QString error;
    // The same project, and so the same keystore, for both.
    QVERIFY2(m_first.start({m_demo.projectPath, u"--access-log"_s, m_firstLog}, &error),
             qPrintable(error));
    QVERIFY2(m_second.start({m_demo.projectPath, u"--access-log"_s, m_secondLog}, &error),
             qPrintable(error));

    m_ports = {m_first.port(), m_second.port(), freePort(), freePort()};
    m_documented = documentedNginxConfig(&error);
    QVERIFY2(!m_documented.isEmpty(), qPrintable(error));
    const QString config = testConfig(m_documented, m_ports, m_folder.path(), false, &error);
    QVERIFY2(!config.isEmpty(), qPrintable(error));
    QVERIFY2(startNginx(config, &error), qPrintable(error));

    m_tenants = {tenant(u"Farolito — parameter override"_s),
                 tenant(u"Fiesty Fiesta — token filter"_s)};
    QVERIFY(m_tenants[0].dataPath != m_tenants[1].dataPath);
}

void TestDeploy::cleanupTestCase()
{
    if (m_nginxPath.isEmpty())
        return; // skipped: nothing was started
    if (m_nginx.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_nginx.processId()), SIGQUIT); // graceful
        if (!m_nginx.waitForFinished(10000)) {
            m_nginx.kill();
            m_nginx.waitForFinished(5000);
        }
    }
    // The second instance may have been stopped by failover() already.
    QVERIFY2(m_first.stop(), m_first.errorOutput().constData());
    QVERIFY2(m_second.stop(), m_second.errorOutput().constData());
}

void TestDeploy::openRoutesAndMetrics()
{
    QCOMPARE(viaNginx("GET", "/healthz").status, 200);
    QCOMPARE(viaNginx("GET", "/readyz").status, 200);
    QCOMPARE(viaNginx("GET", "/.well-known/jwks.json").status, 200);
    // The documented allow list names private networks only; loopback is outside it.
    QCOMPARE(viaNginx("GET", "/metrics").status, 403);
    QCOMPARE(httpRequest(m_first.port(), "GET", "/metrics").status, 200);
    // Port 80 only redirects to HTTPS.
    const HttpResponse redirect = httpRequest(m_ports.http, "GET", "/healthz");
    QCOMPARE(redirect.status, 301);
    QVERIFY2(redirect.header("location").startsWith("https://"), redirect.header("location"));
}

void TestDeploy::authorizationPassesThrough()
{
    const Tenant &t = m_tenants.first();
    const HttpResponse missing = viaNginx("POST", t.dataPath, {}, "{}");
    QCOMPARE(missing.status, 401);
    QCOMPARE(QByteArray::fromStdString(missing.json().value("error", "")), "token_missing");
    QVERIFY(missing.header("www-authenticate").startsWith("Bearer"));

    const HttpResponse wrong = viaNginx("POST", t.dataPath, bearer(t.token + "x"), "{}");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(QByteArray::fromStdString(wrong.json().value("error", "")), "token_invalid");

    QCOMPARE(viaNginx("POST", t.dataPath, bearer(t.token), "{}").status, t.status);
}

void TestDeploy::tokenVerifiesOnBothInstances()
{
    const HttpResponse firstKeys = httpRequest(m_first.port(), "GET", "/.well-known/jwks.json");
    const HttpResponse secondKeys = httpRequest(m_second.port(), "GET", "/.well-known/jwks.json");
    QCOMPARE(firstKeys.status, 200);
    QCOMPARE(firstKeys.body, secondKeys.body);
    for (const Tenant &t : std::as_const(m_tenants)) {
        for (const quint16 port : {m_first.port(), m_second.port()}) {
            const HttpResponse r = httpRequest(port, "POST", t.dataPath, bearer(t.token), "{}");
            QCOMPARE(r.status, t.status);
        }
    }
}

void TestDeploy::alternatingTenantsOnBothInstances()
{
    constexpr int requests = 200;
    const auto dataLines = [](const QString &path, const QSet<QByteArray> &ids) {
        int n = 0;
        for (const Json &entry : logEntries(path)) {
            if (entry.is_object()
                && ids.contains(
                        QByteArray::fromStdString(entry.value("request_id", std::string()))))
                ++n;
        }
        return n;
    };
    QSet<QByteArray> ids;
    for (int i = 0; i < requests; ++i) {
        const Tenant &t = m_tenants[i % 2];
        const HttpResponse r = viaNginx("POST", t.dataPath, bearer(t.token), "{}");
        QVERIFY2(r.status == t.status, r.body.left(300).constData());
        if (t.status == 200) {
            const Json got = r.json();
            QCOMPARE(got["widgets"].size(), t.widgets.size());
            for (size_t w = 0; w < t.widgets.size(); ++w) {
                QVERIFY(got["widgets"][w]["id"] == t.widgets[w]["id"]);
                QVERIFY2(got["widgets"][w]["rows"] == t.widgets[w]["rows"],
                         qPrintable(QString::fromStdString(t.widgets[w]["id"])));
                // Denied as `query` says; the page gets a generic reason, not the engine's.
                QCOMPARE(got["widgets"][w]["denied"].is_null(), t.widgets[w]["denied"].is_null());
            }
        }
        ids.insert(r.header("x-request-id"));
    }
    QCOMPARE(ids.size(), requests); // one id per request

    // Every request reached exactly one instance, and round robin gave both a fair share.
    const int first = dataLines(m_firstLog, ids);
    const int second = dataLines(m_secondLog, ids);
    qInfo("first instance: %d requests, second: %d", first, second);
    QCOMPARE(first + second, requests);
    QVERIFY(first >= requests / 4);
    QVERIFY(second >= requests / 4);

    // nginx logged the same ids (the log line is written after the answer went out).
    QElapsedTimer timer;
    timer.start();
    const auto nginxLogged = [&] {
        int n = 0;
        const QByteArray log = readWholeFile(m_folder.filePath(u"dashwright.access.log"_s));
        for (const QByteArray &line : log.split('\n')) {
            if (ids.contains(line.mid(line.lastIndexOf(' ') + 1)))
                ++n;
        }
        return n;
    };
    while (nginxLogged() < requests && timer.elapsed() < 3000)
        QTest::qWait(50);
    QCOMPARE(nginxLogged(), requests);
}

void TestDeploy::requestIdIsNginxs()
{
    // nginx's own id replaces the one a client sends: 32 hex digits, in the answer and in the log.
    const Tenant &t = m_tenants.first();
    auto headers = bearer(t.token);
    headers.append(qMakePair(QByteArray("X-Request-Id"), QByteArray("chosen-by-the-client")));
    const HttpResponse r = viaNginx("POST", t.dataPath, headers, "{}");
    QCOMPARE(r.status, t.status);
    static const QRegularExpression nginxId(u"^[0-9a-f]{32}$"_s);
    const QByteArray id = r.header("x-request-id");
    QVERIFY2(nginxId.match(QString::fromLatin1(id)).hasMatch(), id.constData());
    const QByteArray logs = readWholeFile(m_firstLog) + readWholeFile(m_secondLog);
    QVERIFY(logs.contains("\"request_id\":\"" + id + '"'));
    QVERIFY(!logs.contains("chosen-by-the-client"));
}

void TestDeploy::bodyLimit()
{
    // client_max_body_size 1m: nginx refuses by Content-Length, before reading the body. The
    // server would refuse it too, in JSON; nginx's own answer is an HTML page.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_ports.https);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST " + m_tenants.first().dataPath
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1100000\r\n\r\n{");
    socket.flush();
    const HttpResponse r = readResponse(socket, 10000);
    QCOMPARE(r.status, 413);
    QVERIFY2(r.header("content-type").startsWith("text/html"), r.header("content-type"));
}

void TestDeploy::documentedTlsConfigLoads()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("openssl is not installed and CI is set");
        QSKIP("openssl is not installed: the TLS configuration was not checked");
    }
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QDir(folder.path()).mkdir(u"tls"_s));
    QProcess req;
    req.setProcessChannelMode(QProcess::MergedChannels);
    req.start(openssl,
              {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
               u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
               u"/CN=embed.example.com"_s, u"-keyout"_s, folder.filePath(u"tls/privkey.pem"_s),
               u"-out"_s, folder.filePath(u"tls/fullchain.pem"_s)});
    QVERIFY(req.waitForFinished(30000));
    QVERIFY2(req.exitCode() == 0, req.readAll().constData());

    QString error;
    const QString config = testConfig(m_documented, m_ports, folder.path(), true, &error);
    QVERIFY2(!config.isEmpty(), qPrintable(error));
    const QString configPath = folder.filePath(u"nginx.conf"_s);
    QVERIFY(writeWholeFile(configPath, config.toUtf8()));
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(m_nginxPath, QStringList{u"-t"_s} + nginxArguments(folder.path(), configPath));
    QVERIFY(check.waitForFinished(30000));
    const QByteArray said = check.readAll();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, said.constData());
    QVERIFY2(said.contains("test is successful"), said.constData());
}

void TestDeploy::failover()
{
    // One instance goes away (a restart, a crash): nginx sends everything to the other.
    QVERIFY(m_second.stop());
    for (int i = 0; i < 20; ++i) {
        const Tenant &t = m_tenants[i % 2];
        const HttpResponse r = viaNginx("POST", t.dataPath, bearer(t.token), "{}");
        QVERIFY2(r.status == t.status, r.body.left(300).constData());
    }
    QCOMPARE(viaNginx("GET", "/readyz").status, 200);
}

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
