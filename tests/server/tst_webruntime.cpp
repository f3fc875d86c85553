// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /embed/v1/dashwright-embed.js: the web runtime served byte for byte, with the Subresource
// Integrity value of those very bytes (a page's integrity="…" must match what it gets), from the
// build tree by default or --web-root, and a 404 (never a crash) when it is not installed. The
// same for GET /embed/v1/dashwright-frame-host.js, the host page's script of the iframe variant,
// from beside it.
#include "common/clirun.h"
#include "common/demofixture.h"
#include "common/httpclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests;
using Json = nlohmann::ordered_json;

namespace {

const QByteArray route = "/embed/v1/dashwright-embed.js";
const QByteArray hostRoute = "/embed/v1/dashwright-frame-host.js";

QByteArray sri(const QByteArray &bytes)
{
    return "sha384-" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha384).toBase64();
}

} // namespace

class TestWebRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesTheBuiltBundle();
    void webRootByteForByte();
    void revalidationAndReload();
    void notInstalled();
    void frameHostScript();
    void frameHostScriptNotInstalled_data();
    void frameHostScriptNotInstalled();

private:
    // The answer must be exactly `bytes` with their SRI value and the headers a page relies on.
    static void checkServed(const HttpResponse &response, const QByteArray &bytes);
    static void writeBundle(const QString &dir, const QByteArray &bytes,
                            const QString &name = u"dashwright-embed.js"_s);
    // Starts the demo's server on `webRoot`, without an access log; a failure fails the test.
    void startWithWebRoot(ServerProcess &server, const QString &webRoot);

    DemoFixture m_demo{200};
};

void TestWebRuntime::initTestCase()
{
    QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
}

void TestWebRuntime::checkServed(const HttpResponse &response, const QByteArray &bytes)
{
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("content-type"), "text/javascript; charset=utf-8");
    QCOMPARE(response.body.size(), bytes.size());
    QVERIFY(response.body == bytes);
    QCOMPARE(response.header("x-content-sri"), sri(bytes));
    QCOMPARE(response.header("etag"), '"' + sri(bytes) + '"');
    QCOMPARE(response.header("cache-control"), "public, max-age=300");
    // A module script from another origin is fetched in CORS mode.
    QCOMPARE(response.header("access-control-allow-origin"), "*");
}

void TestWebRuntime::writeBundle(const QString &dir, const QByteArray &bytes, const QString &name)
{
    QFile file(QDir(dir).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestWebRuntime::startWithWebRoot(ServerProcess &server, const QString &webRoot)
{
    QString error;
    QVERIFY2(server.start(
                     {m_demo.projectPath, u"--access-log"_s, u"off"_s, u"--web-root"_s, webRoot},
                     &error),
             qPrintable(error));
}

void TestWebRuntime::servesTheBuiltBundle()
{
    // What scripts/setup.sh built in this build tree, found without --web-root.
    QFile built(QDir(QStringLiteral(DASHWRIGHT_WEB_DIR)).filePath(u"dashwright-embed.js"_s));
    if (!built.open(QIODevice::ReadOnly)) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("the web runtime was not built (scripts/setup.sh runs npm ci and esbuild)");
        QSKIP("the web runtime was not built here (scripts/setup.sh builds it when node and npm "
              "exist)");
    }
    const QByteArray bytes = built.readAll();
    QVERIFY(bytes.startsWith("/*! dashwright-embed.js"));

    ServerProcess server;
    QString error;
    QVERIFY2(server.start({m_demo.projectPath, u"--access-log"_s, u"off"_s}, &error),
             qPrintable(error));
    checkServed(httpRequest(server.port(), "GET", route), bytes);
    // From any page: the bundle holds nothing of a tenant (the data routes check the origin).
    checkServed(httpRequest(server.port(), "GET", route, {{"Origin", "https://elsewhere.example"}}),
                bytes);
    QVERIFY(server.errorOutput().contains("web runtime " + built.fileName().toUtf8()));
    // The iframe snippet's host script, built beside it: a classic script (no import, no export).
    QFile builtHost(
            QDir(QStringLiteral(DASHWRIGHT_WEB_DIR)).filePath(u"dashwright-frame-host.js"_s));
    QVERIFY2(builtHost.open(QIODevice::ReadOnly),
             "dashwright-frame-host.js is not beside the runtime: rebundle "
             "(resources/web/build.mjs)");
    const QByteArray hostBytes = builtHost.readAll();
    QVERIFY(hostBytes.startsWith("/*! dashwright-frame-host.js"));
    QVERIFY(!hostBytes.contains("import ") && !hostBytes.contains("export "));
    checkServed(httpRequest(server.port(), "GET", hostRoute), hostBytes);
    QVERIFY(server.stop());
}

void TestWebRuntime::webRootByteForByte()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // Not text the server might re-encode: every byte value, a NUL and a CR LF included.
    QByteArray bytes = "export const x = 1;\r\n";
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    writeBundle(root.path(), bytes);

    ServerProcess server;
    startWithWebRoot(server, root.path());
    if (QTest::currentTestFailed())
        return;
    checkServed(httpRequest(server.port(), "GET", route), bytes);
    // Only GET (and HEAD-less clients get the route's Allow).
    const HttpResponse post = httpRequest(server.port(), "POST", route);
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("allow"), "GET");
    QVERIFY(server.stop());
}

void TestWebRuntime::revalidationAndReload()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray first = "export const version = 1;\n";
    writeBundle(root.path(), first);

    ServerProcess server;
    startWithWebRoot(server, root.path());
    if (QTest::currentTestFailed())
        return;
    const QByteArray etag = '"' + sri(first) + '"';
    const HttpResponse notModified
            = httpRequest(server.port(), "GET", route, {{"If-None-Match", etag}});
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());
    QCOMPARE(notModified.header("etag"), etag);
    // Another ETag (an older bundle in the browser's cache): the whole answer.
    checkServed(httpRequest(server.port(), "GET", route, {{"If-None-Match", "\"sha384-old\""}}),
                first);

    // A new bundle installed; SIGHUP serves it (with its own SRI value), as it reloads the project.
    const QByteArray second = "export const version = 2;\n";
    writeBundle(root.path(), second);
    const qsizetype reloads = server.errorOutput().count("serve: reloaded");
    server.signal(SIGHUP);
    QElapsedTimer timer;
    timer.start();
    while (server.errorOutput().count("serve: reloaded") == reloads && timer.elapsed() < 10000)
        server.process().waitForReadyRead(50);
    checkServed(httpRequest(server.port(), "GET", route, {{"If-None-Match", etag}}), second);
    QVERIFY(server.stop());
}

void TestWebRuntime::notInstalled()
{
    QTemporaryDir root; // empty
    QVERIFY(root.isValid());
    ServerProcess server;
    startWithWebRoot(server, root.path());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(server.errorOutput().contains("the web runtime is not installed"));
    const HttpResponse missing = httpRequest(server.port(), "GET", route);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("content-type"), "application/json; charset=utf-8");
    QVERIFY(missing.json()
            == Json({{"error", "not_found"}, {"message", "the web runtime is not installed"}}));
    // The server goes on.
    QCOMPARE(httpRequest(server.port(), "GET", "/healthz").status, 200);
    QVERIFY(server.stop());
}

void TestWebRuntime::frameHostScript()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QByteArray runtime = "export const runtime = 1;\n";
    const QByteArray host = "(() => { /* host */ })();\r\n\x01";
    writeBundle(root.path(), runtime);
    writeBundle(root.path(), host, u"dashwright-frame-host.js"_s);

    ServerProcess server;
    startWithWebRoot(server, root.path());
    if (QTest::currentTestFailed())
        return;
    // Its own bytes and SRI value, not the runtime's; to any page (it holds nothing of a tenant,
    // and integrity="…" makes the browser fetch it in CORS mode).
    checkServed(httpRequest(server.port(), "GET", hostRoute), host);
    checkServed(
            httpRequest(server.port(), "GET", hostRoute, {{"Origin", "https://elsewhere.example"}}),
            host);
    checkServed(httpRequest(server.port(), "GET", route), runtime);
    const QByteArray etag = '"' + sri(host) + '"';
    const HttpResponse notModified
            = httpRequest(server.port(), "GET", hostRoute, {{"If-None-Match", etag}});
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());
    // The runtime's ETag is not this script's.
    checkServed(httpRequest(server.port(), "GET", hostRoute,
                            {{"If-None-Match", '"' + sri(runtime) + '"'}}),
                host);
    const HttpResponse post = httpRequest(server.port(), "POST", hostRoute);
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("allow"), "GET");
    QVERIFY(server.stop());
}

void TestWebRuntime::frameHostScriptNotInstalled_data()
{
    QTest::addColumn<bool>("runtime");
    QTest::addColumn<bool>("host");
    // A web root from before the host script: the other routes work, this one is a 404.
    QTest::newRow("runtime alone") << true << false;
    // The host script is served only beside a runtime, as the snippet's integrity value is read.
    QTest::newRow("host script alone") << false << true;
}

void TestWebRuntime::frameHostScriptNotInstalled()
{
    QFETCH(bool, runtime);
    QFETCH(bool, host);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (runtime)
        writeBundle(root.path(), "export const runtime = 1;\n");
    if (host)
        writeBundle(root.path(), "(() => {})();\n", u"dashwright-frame-host.js"_s);
    ServerProcess server;
    startWithWebRoot(server, root.path());
    if (QTest::currentTestFailed())
        return;
    const HttpResponse missing = httpRequest(server.port(), "GET", hostRoute);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.json()
            == Json({{"error", "not_found"}, {"message", "the web runtime is not installed"}}));
    QCOMPARE(httpRequest(server.port(), "GET", route).status, runtime ? 200 : 404);
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestWebRuntime)
#include "tst_webruntime.moc"
