// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every snippet that can run here runs as generated (issue 12): `dashwright snippet --json` writes
// the back-end code, the language's own runtime runs it (Node with jose from the committed npm
// lock file; Debian's python3-jwt and python3-jwcrypto, ruby-jwt, golang-jwt, OpenJDK, Mono, PHP
// with curl, curl), and the token it prints is accepted by a running `dashwright serve` and gives
// exactly that tenant's rows (as `dashwright query --as` computes them). The libraries no
// reachable registry has (nimbus-jose-jwt, System.IdentityModel.Tokens.Jwt, firebase/php-jwt)
// are covered by tst_snippets' golden files; their PHP code is also linted here.
//
// A runtime that is missing skips its rows with a message, except when CI is set: CI installs
// them all (scripts/setup.sh), so there a missing one fails.
#include "common/clirun.h"
#include "common/demofixture.h"
#include "common/httpclient.h"
#include "server/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

// A runtime that is missing skips the row outside CI and fails it under CI. A macro, since QSKIP
// and QFAIL return from the test function itself.
#define REQUIRE_RUNTIME(format)                                                                    \
    do {                                                                                           \
        const QString missing = m_runtimes.value(format).missing;                                  \
        if (!missing.isEmpty()) {                                                                  \
            if (inCi())                                                                            \
                QFAIL(qPrintable(missing + u" (CI is set: every runtime must be there)"_s));       \
            QSKIP(qPrintable(missing + u": skipped outside CI"_s));                                \
        }                                                                                          \
    } while (false)

namespace Dashwright {

using Tests::bearer;
using Tests::httpRequest;
using Tests::HttpResponse;
using Tests::ServerProcess;

namespace {

struct Runtime
{
    QString missing; // empty: available
    QString program;
};

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runProgram(const QString &program, const QStringList &args, const QString &dir,
                   const QProcessEnvironment &env, int timeoutMs = 180000)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {-1, {}, "did not start"};
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, process.readAllStandardOutput(), "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray lastLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.last().trimmed();
}

} // namespace

class TestSnippetRuntimes : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo{2000};
    ServerProcess m_server;
    QTemporaryDir m_work;
    QHash<QString, QString> m_kids;    // algorithm → kid
    QHash<QString, QByteArray> m_jwks; // kid → private JWK
    QByteArray m_apiKeyId, m_apiKeySecret;
    QHash<QString, Runtime> m_runtimes; // format → runtime
    QString m_hostileClaims;            // a claims file
    QString m_python;

    static bool inCi() { return qEnvironmentVariableIsSet("CI"); }

    Runtime find(const QString &name, const QStringList &probe = {})
    {
        const QString program = QStandardPaths::findExecutable(name);
        if (program.isEmpty())
            return {name + u" is not installed"_s, {}};
        if (!probe.isEmpty()) {
            const Outcome outcome = runProgram(program, probe, m_work.path(),
                                               QProcessEnvironment::systemEnvironment(), 60000);
            if (outcome.exitCode != 0)
                return {u"%1 lacks a library (%2)"_s.arg(
                                name, QString::fromUtf8(outcome.err.trimmed().left(200))),
                        program};
        }
        return {{}, program};
    }

    QByteArray cli(const QStringList &args)
    {
        const CliRun run = runDashwright(args);
        if (run.exitCode != 0)
            qWarning("dashwright %s: %s", qPrintable(args.join(u' ')), qPrintable(run.describe()));
        return run.out;
    }

    // The widgets' rows by id, except tables (the embed route pages them).
    static QHash<QString, Json> rowsByWidget(const Json &widgets, const Json &types)
    {
        QHash<QString, Json> rows;
        for (const Json &widget : widgets) {
            const QString id = QString::fromStdString(widget.value("id", ""));
            if (types.contains(id.toStdString()) && types[id.toStdString()] == "table")
                continue;
            rows.insert(id, widget.value("rows", Json()));
        }
        return rows;
    }

    // Runs a snippet written to dir/file with its language's runtime, in the environment its
    // comments describe: the key's private JWK, the sealing key, the API key.
    Outcome runSnippet(const QString &format, const QString &file, const QString &dir,
                       const QString &algorithm, bool sealed)
    {
        // Its environment: the key's secret, as the code's comments say to put it there.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!algorithm.isEmpty())
            env.insert(u"DASHWRIGHT_SIGNING_KEY"_s,
                       QString::fromUtf8(m_jwks.value(m_kids.value(algorithm))));
        if (sealed)
            env.insert(u"DASHWRIGHT_SEALING_KEY"_s,
                       QString::fromUtf8(m_jwks.value(m_kids.value(u"A256GCM"_s))));
        env.insert(u"DASHWRIGHT_API_KEY_ID"_s, QString::fromLatin1(m_apiKeyId));
        env.insert(u"DASHWRIGHT_API_KEY_SECRET"_s, QString::fromLatin1(m_apiKeySecret));
        env.remove(u"DASHWRIGHT_SERVER"_s);

        // Run it with the language's runtime.
        Outcome outcome;
        const QString program = m_runtimes.value(format).program;
        if (format == u"node"_s) {
            QFile::link(QStringLiteral(DASHWRIGHT_SOURCE_DIR) + u"/resources/web/node_modules"_s,
                        dir + u"/node_modules"_s);
            outcome = runProgram(program, {file, u"--print"_s}, dir, env);
        } else if (format == u"go"_s) {
            // golang-jwt from Debian's package, offline: a module that points at it.
            writeWholeFile(
                    dir + u"/go.mod"_s,
                    "module snippet\n\ngo 1.19\n\nrequire github.com/golang-jwt/jwt/v4 v4.4.3\n\n"
                    "replace github.com/golang-jwt/jwt/v4 => "
                    "/usr/share/gocode/src/github.com/golang-jwt/jwt\n");
            env.insert(u"GOPROXY"_s, u"off"_s);
            env.insert(u"GOFLAGS"_s, u"-mod=mod"_s);
            env.insert(u"GOCACHE"_s,
                       QDir(QStringLiteral(DASHWRIGHT_BUILD_DIR)).filePath(u"go-cache"_s));
            env.insert(u"GOPATH"_s, m_work.filePath(u"gopath"_s));
            outcome = runProgram(program, {u"run"_s, file}, dir, env);
        } else if (format == u"csharp"_s) {
            outcome = runProgram(program,
                                 {u"-r:System.Net.Http"_s, u"-r:System.Web.Extensions"_s, file},
                                 dir, env);
            if (outcome.exitCode != 0)
                return outcome;
            outcome = runProgram(QStandardPaths::findExecutable(u"mono"_s),
                                 {QString(file).replace(u".cs"_s, u".exe"_s)}, dir, env);
        } else if (format == u"curl"_s) {
            outcome = runProgram(u"/bin/sh"_s, {file}, dir, env);
        } else {
            outcome = runProgram(program, {file}, dir, env);
        }
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        QVERIFY(m_work.isValid());
        const QString project = m_demo.projectPath;
        // One key of each algorithm the snippets sign with, and a sealing key.
        for (const QString &alg : {u"ES256"_s, u"EdDSA"_s, u"A256GCM"_s})
            QVERIFY(!cli({u"keys"_s, u"create"_s, project, u"--alg"_s, alg}).isEmpty());
        const Json keys = Json::parse(
                cli({u"keys"_s, u"list"_s, project, u"--json"_s}).toStdString(), nullptr, false);
        QVERIFY2(keys.is_object() && keys["keys"].is_array(), "keys list --json");
        for (const Json &key : keys["keys"]) {
            const QString kid = QString::fromStdString(key["kid"].get<std::string>());
            m_kids.insert(QString::fromStdString(key["alg"].get<std::string>()), kid);
            m_jwks.insert(kid,
                          cli({u"keys"_s, u"export"_s, project, u"--kid"_s, kid, u"--jwk"_s,
                               u"--private"_s}));
        }
        for (const char *alg : {"HS256", "ES256", "EdDSA", "A256GCM"})
            QVERIFY2(m_kids.contains(QLatin1StringView(alg)), alg);
        const QByteArray created
                = cli({u"keys"_s, u"api-key"_s, u"create"_s, project, u"--name"_s, u"snippets"_s});
        const QRegularExpression id(u"id:\\s+(dwk_\\S+)"_s), secret(u"secret:\\s+(\\S+)"_s);
        m_apiKeyId = id.match(QString::fromUtf8(created)).captured(1).toUtf8();
        m_apiKeySecret = secret.match(QString::fromUtf8(created)).captured(1).toUtf8();
        QVERIFY2(!m_apiKeyId.isEmpty() && !m_apiKeySecret.isEmpty(), created.constData());

        // Claims whose strings would break out of a carelessly quoted literal in any language.
        const TenantProfile *farolito = m_demo.project.tenant(u"Farolito — access policy"_s);
        QVERIFY(farolito);
        Json hostile = farolito->claims;
        hostile["username"] = "o'brien \"x\" \\ ${x} #{x} $x `x` </script> \\u000a */ \u2028 é";
        hostile["name"] = "line\nbreak\ttab \u0085 ?> Á' Á\"";
        // Shapes a language may spell wrongly: empty and numeric-key objects (PHP arrays), a
        // lone null (Java varargs), nesting, 2^53, negative and fractional numbers.
        hostile["metadata"] = Json::parse(R"({"empty": {}, "zero": {"0": "a"}, "list": [null],
            "nested": [[1, -2.5, true], {"x": null}], "big": 9007199254740992})");
        m_hostileClaims = m_work.filePath(u"hostile.claims.json"_s);
        QVERIFY(writeWholeFile(m_hostileClaims, QByteArray::fromStdString(hostile.dump(2))));

        QString error;
        QVERIFY2(m_server.start({project, u"--access-log"_s, u"off"_s}, &error), qPrintable(error));

        // The runtimes. Debian's python3 has the JOSE modules; a python3 earlier in the PATH
        // (pyenv) may not.
        for (const QString &python : {u"/usr/bin/python3"_s, u"python3"_s}) {
            Runtime runtime = find(python, {u"-c"_s, u"import jwt, jwcrypto"_s});
            if (runtime.missing.isEmpty() || python == u"python3"_s) {
                m_runtimes.insert(u"python"_s, runtime);
                break;
            }
        }
        Runtime node = find(u"node"_s);
        if (node.missing.isEmpty()
            && !QFile::exists(QStringLiteral(DASHWRIGHT_SOURCE_DIR)
                              + u"/resources/web/node_modules/jose/package.json"_s))
            node.missing
                    = u"jose is not installed in resources/web (scripts/setup.sh runs npm ci)"_s;
        m_runtimes.insert(u"node"_s, node);
        Runtime go = find(u"go"_s);
        if (go.missing.isEmpty()
            && !QFile::exists(u"/usr/share/gocode/src/github.com/golang-jwt/jwt/go.mod"_s))
            go.missing = u"golang-github-golang-jwt-jwt-dev is not installed"_s;
        m_runtimes.insert(u"go"_s, go);
        m_runtimes.insert(u"ruby"_s, find(u"ruby"_s, {u"-e"_s, u"require 'jwt'"_s}));
        m_runtimes.insert(u"java"_s, find(u"java"_s));
        Runtime mono = find(u"mcs"_s);
        if (mono.missing.isEmpty() && QStandardPaths::findExecutable(u"mono"_s).isEmpty())
            mono.missing = u"mono is not installed"_s;
        m_runtimes.insert(u"csharp"_s, mono);
        m_runtimes.insert(
                u"php"_s,
                find(u"php"_s, {u"-r"_s, u"exit(function_exists('curl_init') ? 0 : 1);"_s}));
        m_runtimes.insert(u"curl"_s, find(u"curl"_s));
    }

    void cleanupTestCase() { m_server.stop(); }

    void runsAsGenerated_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<QString>("tenant"); // a profile, or "hostile"
        const QString policy = u"Farolito — access policy"_s;
        const QString filter = u"Fiesty Fiesta — token filter"_s;
        const QString parameter = u"Farolito — parameter override"_s;
        const QString ownDatabase = u"El Tapatio — own database"_s;
        const auto row = [](const QString &format, const QString &via, const QString &algorithm,
                            bool sealed, const QString &tenant) {
            QTest::addRow("%s %s %s%s %s", qPrintable(format), qPrintable(via),
                          qPrintable(algorithm), sealed ? " sealed" : "", qPrintable(tenant))
                    << format << via << algorithm << sealed << tenant;
        };
        for (const QString &format : {u"node"_s, u"python"_s, u"go"_s, u"ruby"_s}) {
            row(format, u"sign"_s, u"HS256"_s, false, policy);
            row(format, u"sign"_s, u"ES256"_s, false, filter);
            if (format != u"ruby"_s)
                row(format, u"sign"_s, u"EdDSA"_s, false, parameter);
            row(format, u"sign"_s, u"HS256"_s, false, u"hostile"_s);
        }
        for (const QString &format : {u"node"_s, u"python"_s})
            row(format, u"sign"_s, u"ES256"_s, true, ownDatabase);
        for (const QString &format : {u"node"_s, u"python"_s, u"go"_s, u"ruby"_s, u"java"_s,
                                      u"csharp"_s, u"php"_s, u"curl"_s}) {
            row(format, u"api"_s, QString(), false, filter);
            row(format, u"api"_s, QString(), false, u"hostile"_s);
        }
        for (const QString &format : {u"node"_s, u"curl"_s, u"java"_s})
            row(format, u"api"_s, QString(), true, ownDatabase);
    }
    void runsAsGenerated()
    {
        QFETCH(QString, format);
        QFETCH(QString, via);
        QFETCH(QString, algorithm);
        QFETCH(bool, sealed);
        QFETCH(QString, tenant);
        REQUIRE_RUNTIME(format);

        // The snippet, as an integrator gets it.
        const bool hostile = tenant == u"hostile"_s;
        const TenantProfile *profile
                = m_demo.project.tenant(hostile ? u"Farolito — access policy"_s : tenant);
        QVERIFY(profile);
        const QString dashboardId
                = QString::fromStdString(profile->claims["securables"][0].get<std::string>());
        const QString server = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        QStringList args{
                u"snippet"_s, m_demo.projectPath, u"--dashboard"_s, dashboardId, u"--format"_s,
                format,       u"--server"_s,      server,           u"--json"_s, u"--via"_s,
                via};
        args << (hostile ? QStringList{u"--claims"_s, m_hostileClaims}
                         : QStringList{u"--as"_s, tenant});
        if (!algorithm.isEmpty())
            args << u"--kid"_s << m_kids.value(algorithm);
        if (sealed)
            args << u"--sealed"_s;
        const CliRun generated = runDashwright(args);
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.describe()));
        const Json snippet = Json::parse(generated.out.toStdString());
        const QString dir
                = m_work.filePath(QString::fromLatin1(QTest::currentDataTag())
                                          .replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s));
        QVERIFY(QDir().mkpath(dir));
        const QString file = QString::fromStdString(snippet["file_name"].get<std::string>());
        QVERIFY(writeWholeFile(dir + u'/' + file,
                               QByteArray::fromStdString(snippet["code"].get<std::string>())));

        const Outcome outcome = runSnippet(format, file, dir, algorithm, sealed);
        QVERIFY2(outcome.exitCode == 0,
                 qPrintable(u"%1 exited %2: %3"_s.arg(format)
                                    .arg(outcome.exitCode)
                                    .arg(QString::fromUtf8(outcome.err.left(3000)))));
        QByteArray token = lastLine(outcome.out);
        if (format == u"curl"_s) {
            const Json minted = Json::parse(token.toStdString(), nullptr, false);
            QVERIFY2(minted.is_object() && minted.contains("token"), token.constData());
            token = QByteArray::fromStdString(minted["token"].get<std::string>());
        }
        QCOMPARE(token.count('.'), sealed ? 4 : 2);

        // The server takes it, and shows that tenant's rows, as `query --as` computes them.
        const HttpResponse answer = httpRequest(
                m_server.port(), "POST", "/embed/v1/dashboards/" + dashboardId.toUtf8() + "/data",
                bearer(token)
                        + QList<QPair<QByteArray, QByteArray>>{{"Content-Type",
                                                                "application/json"}},
                "{}");
        QVERIFY2(answer.status == 200, answer.body.constData());
        const CliRun expected
                = runDashwright({u"query"_s, m_demo.projectPath, u"--dashboard"_s, dashboardId,
                                 u"--as"_s, profile->name, u"--format"_s, u"json"_s});
        QVERIFY2(expected.exitCode == 0, qPrintable(expected.describe()));
        const Json queried = Json::parse(expected.out.toStdString());
        Json types = Json::object();
        for (const Json &widget : queried["widgets"])
            types[widget["id"].get<std::string>()] = widget.value("type", "");
        const auto want = rowsByWidget(queried["widgets"], types);
        const auto got = rowsByWidget(answer.json()["widgets"], types);
        QVERIFY(!want.isEmpty());
        for (auto it = want.cbegin(); it != want.cend(); ++it)
            QVERIFY2(got.value(it.key()) == it.value(),
                     qPrintable(u"widget %1: %2 != %3"_s.arg(
                             it.key(), QString::fromStdString(got.value(it.key()).dump()),
                             QString::fromStdString(it.value().dump()))));

        // The hostile strings arrived byte for byte.
        if (hostile && !sealed) {
            const CliRun verified = runDashwright({u"token"_s, u"verify"_s, m_demo.projectPath,
                                                   QString::fromLatin1(token), u"--json"_s});
            QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
            const Json claims = Json::parse(verified.out.toStdString())["claims"];
            const Json sent = Json::parse(readWholeFile(m_hostileClaims).toStdString());
            QVERIFY2(claims["username"] == sent["username"], claims.dump().c_str());
            QVERIFY2(claims["name"] == sent["name"], claims.dump().c_str());
            // Member order is the language's own (Go sorts map keys): compare as JSON values.
            QVERIFY2(nlohmann::json::parse(claims["metadata"].dump())
                             == nlohmann::json::parse(sent["metadata"].dump()),
                     claims.dump().c_str());
        }
    }

    // Names of the project, the dashboard and the tenant go into comments: one built to leave a
    // PHP comment ("?>") or to declare another source encoding (Python's and Ruby's "coding:",
    // under which an escaped quote is no longer escaped) must not run, and the token stays right.
    void hostileNamesDoNotRun_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("via");
        for (const QString &format : {u"python"_s, u"ruby"_s, u"node"_s, u"go"_s})
            QTest::addRow("%s sign", qPrintable(format)) << format << u"sign"_s;
        for (const QString &format : {u"php"_s, u"java"_s, u"csharp"_s, u"curl"_s})
            QTest::addRow("%s api", qPrintable(format)) << format << u"api"_s;
    }
    void hostileNamesDoNotRun()
    {
        QFETCH(QString, format);
        QFETCH(QString, via);
        REQUIRE_RUNTIME(format);
        const QString evil = u"x ?><?php system('echo PWNED'); ?> -*- coding: shift_jis -*- "
                             u"vim: set fileencoding=shift_jis :"_s;
        const QString copy = m_work.filePath(u"hostile-names.dwproj"_s);
        if (!QFile::exists(copy)) {
            Json project = Json::parse(readWholeFile(m_demo.projectPath).toStdString());
            project["name"] = evil.toStdString();
            for (Json &dashboard : project["dashboards"])
                if (dashboard["slug"] == "restaurant-overview")
                    dashboard["title"] = evil.toStdString();
            for (Json &tenant : project["tenants"])
                if (tenant["name"] == "Farolito — access policy")
                    tenant["name"] = (evil + u" tenant"_s).toStdString();
            // A claim built to end a string under shift_jis.
            QVERIFY(writeWholeFile(copy, QByteArray::fromStdString(project.dump(2))));
            QVERIFY(QFile::copy(m_demo.projectPath.chopped(6) + u"dwkeys"_s,
                                copy.chopped(6) + u"dwkeys"_s));
            // Its SQLite paths are relative to the project's folder.
            const QString demoFolder = QFileInfo(m_demo.projectPath).absolutePath();
            for (const QString &file : QDir(demoFolder).entryList({u"*.sqlite"_s}))
                QFile::link(demoFolder + u'/' + file, m_work.filePath(file));
        }
        QStringList args{u"snippet"_s,
                         copy,
                         u"--dashboard"_s,
                         u"restaurant-overview"_s,
                         u"--format"_s,
                         format,
                         u"--server"_s,
                         u"http://127.0.0.1:%1"_s.arg(m_server.port()),
                         u"--json"_s,
                         u"--via"_s,
                         via,
                         u"--as"_s,
                         evil + u" tenant"_s};
        if (via == u"sign"_s)
            args << u"--kid"_s << m_kids.value(u"HS256"_s);
        const CliRun generated = runDashwright(args);
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.describe()));
        const Json snippet = Json::parse(generated.out.toStdString());
        const QString dir = m_work.filePath(u"names-"_s + format);
        QVERIFY(QDir().mkpath(dir));
        const QString file = QString::fromStdString(snippet["file_name"].get<std::string>());
        QVERIFY(writeWholeFile(dir + u'/' + file,
                               QByteArray::fromStdString(snippet["code"].get<std::string>())));
        const Outcome outcome = runSnippet(format, file, dir, u"HS256"_s, false);
        QVERIFY2(!outcome.out.contains("PWNED") && !outcome.err.contains("PWNED"),
                 (outcome.out + outcome.err).constData());
        QVERIFY2(outcome.exitCode == 0, outcome.err.left(2000).constData());
        QByteArray token = lastLine(outcome.out);
        if (format == u"curl"_s)
            token = QByteArray::fromStdString(
                    Json::parse(token.toStdString())["token"].get<std::string>());
        const CliRun verified = runDashwright(
                {u"token"_s, u"verify"_s, m_demo.projectPath, QString::fromLatin1(token)});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    }

    // nimbus-jose-jwt and System.IdentityModel.Tokens.Jwt are in no registry this machine
    // reaches: their signing code is compiled against stubs of the calls it makes
    // (tests/embed/stubs), which catches code that is not Java or C# or calls what is not there.
    void librarySnippetsCompile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("sealed");
        for (const QString &alg : {u"HS256"_s, u"ES256"_s, u"EdDSA"_s})
            QTest::addRow("java %s", qPrintable(alg)) << u"java"_s << alg << false;
        QTest::newRow("java ES256 sealed") << u"java"_s << u"ES256"_s << true;
        for (const QString &alg : {u"HS256"_s, u"ES256"_s})
            QTest::addRow("csharp %s", qPrintable(alg)) << u"csharp"_s << alg << false;
    }
    void librarySnippetsCompile()
    {
        QFETCH(QString, format);
        QFETCH(QString, algorithm);
        QFETCH(bool, sealed);
        const QString compiler
                = QStandardPaths::findExecutable(format == u"java"_s ? u"javac"_s : u"mcs"_s);
        if (compiler.isEmpty()) {
            if (inCi())
                QFAIL("javac or mcs is not installed (CI is set)");
            QSKIP("javac or mcs is not installed: skipped outside CI");
        }
        const QString dir
                = m_work.filePath(u"compile-"_s + format + algorithm + (sealed ? u"s"_s : u""_s));
        QVERIFY(QDir().mkpath(dir));
        QStringList args{u"snippet"_s,
                         m_demo.projectPath,
                         u"--dashboard"_s,
                         u"restaurant-overview"_s,
                         u"--format"_s,
                         format,
                         u"--claims"_s,
                         m_hostileClaims,
                         u"--kid"_s,
                         m_kids.value(algorithm),
                         u"--out"_s,
                         dir
                                 + (format == u"java"_s ? u"/DashwrightToken.java"_s
                                                        : u"/DashwrightToken.cs"_s)};
        if (sealed)
            args << u"--sealed"_s;
        const CliRun generated = runDashwright(args);
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.describe()));
        const QString stubs = QStringLiteral(DASHWRIGHT_TEST_DATA) + u"/stubs/"_s;
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        Outcome outcome;
        if (format == u"java"_s) {
            QStringList sources{u"DashwrightToken.java"_s};
            const QString text = QString::fromUtf8(readWholeFile(stubs + u"nimbus.java.txt"_s));
            for (const QString &part : text.split(u"\n== "_s).mid(1)) {
                const QString path = part.section(u'\n', 0, 0).trimmed();
                QVERIFY(QDir(dir).mkpath(QFileInfo(path).path()));
                QVERIFY(writeWholeFile(dir + u'/' + path, part.section(u'\n', 1).toUtf8()));
                sources << path;
            }
            outcome = runProgram(compiler, QStringList{u"-d"_s, u"classes"_s} + sources, dir, env);
        } else {
            outcome = runProgram(compiler,
                                 {u"-t:library"_s, u"-out:"_s + dir + u"/stub.dll"_s,
                                  stubs + u"identitymodel.cs"_s},
                                 dir, env);
            QVERIFY2(outcome.exitCode == 0, outcome.out.constData());
            outcome = runProgram(compiler, {u"-r:stub.dll"_s, u"DashwrightToken.cs"_s}, dir, env);
        }
        QVERIFY2(outcome.exitCode == 0, (outcome.out + outcome.err).constData());
    }

    // php-jwt is in no registry this machine reaches: the signing variant is at least valid PHP.
    void phpSigningCodeParses()
    {
        const Runtime php = m_runtimes.value(u"php"_s);
        if (php.program.isEmpty()) {
            if (inCi())
                QFAIL("php is not installed (CI is set)");
            QSKIP("php is not installed: skipped outside CI");
        }
        for (const QString &alg : {u"HS256"_s, u"ES256"_s, u"EdDSA"_s}) {
            const CliRun generated = runDashwright(
                    {u"snippet"_s, m_demo.projectPath, u"--dashboard"_s, u"restaurant-overview"_s,
                     u"--format"_s, u"php"_s, u"--claims"_s, m_hostileClaims, u"--kid"_s,
                     m_kids.value(alg), u"--out"_s, m_work.filePath(u"signing.php"_s)});
            QVERIFY2(generated.exitCode == 0, qPrintable(generated.describe()));
            const Outcome lint = runProgram(php.program, {u"-l"_s, u"signing.php"_s}, m_work.path(),
                                            QProcessEnvironment::systemEnvironment());
            QVERIFY2(lint.exitCode == 0, lint.out.constData());
        }
    }
};

} // namespace Dashwright

QTEST_GUILESS_MAIN(Dashwright::TestSnippetRuntimes)
#include "tst_snippet_runtimes.moc"
