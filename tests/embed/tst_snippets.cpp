// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The snippet generator (DESIGN §3 `dashwright snippet`): every format for every tenant profile and
// the template, what it refuses, how values are escaped in each language, and the exact text of
// each format against golden files (tests/embed/golden; DASHWRIGHT_UPDATE_GOLDEN=1 rewrites them,
// then read the diff). tst_snippet_runtimes runs the code itself.
#include "common/clirun.h"
#include "common/demofixture.h"

#include "embed/snippet.h"
#include "embed/snippetliteral.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

const QString server = u"https://dash.example.com"_s;

SnippetRequest request(SnippetFormat format, SnippetMinting minting = SnippetMinting::Sign)
{
    SnippetRequest request;
    request.format = format;
    request.minting = minting;
    request.kid = u"golden-kid"_s;
    request.algorithm = KeyAlgorithm::ES256;
    request.server = server;
    request.bundleIntegrity = u"sha384-GOLDENGOLDENGOLDEN"_s;
    request.frameHostIntegrity = u"sha384-GOLDENHOSTGOLDENHOST"_s;
    return request;
}

} // namespace

class TestSnippets : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo{200};

    const Dashboard &dashboard(const QString &slug) const
    {
        const Dashboard *found = m_demo.project.dashboard(slug);
        if (!found)
            qFatal("no dashboard %s", qPrintable(slug));
        return *found;
    }

    std::optional<Snippet> generate(const SnippetRequest &request, QString *error,
                                    const QString &slug = u"restaurant-overview"_s) const
    {
        return SnippetGenerator::generate(m_demo.project, dashboard(slug), request, error);
    }

private slots:
    void initTestCase() { QVERIFY2(m_demo.ok(), qPrintable(m_demo.error)); }

    // Every format, for every tenant profile of the demo on the dashboards it grants, and as a
    // template: it generates, carries the dashboard and the server, and no secret.
    void everyFormatForEveryTenant_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("minting");
        QTest::addColumn<QString>("tenant");
        for (const QString &name : SnippetGenerator::formatNames()) {
            const SnippetFormat format = *SnippetGenerator::formatFromName(name);
            const QList<SnippetMinting> mintings = SnippetGenerator::isBackend(format)
                    ? QList{SnippetMinting::Sign, SnippetMinting::Authorizations}
                    : QList{SnippetMinting::Sign};
            for (const SnippetMinting minting : mintings) {
                const QString via = minting == SnippetMinting::Sign ? u"sign"_s : u"api"_s;
                QTest::addRow("%s %s template", qPrintable(name), qPrintable(via))
                        << int(format) << int(minting) << QString();
                for (const TenantProfile &tenant : m_demo.project.tenants)
                    QTest::addRow("%s %s %s", qPrintable(name), qPrintable(via),
                                  qPrintable(tenant.name))
                            << int(format) << int(minting) << tenant.name;
            }
        }
    }
    void everyFormatForEveryTenant()
    {
        QFETCH(int, format);
        QFETCH(int, minting);
        QFETCH(QString, tenant);
        SnippetRequest r = request(SnippetFormat(format), SnippetMinting(minting));
        QString slug = u"restaurant-overview"_s;
        if (!tenant.isEmpty()) {
            const TenantProfile *profile = m_demo.project.tenant(tenant);
            QVERIFY(profile);
            r.claims = profile->claims;
            r.tenantName = profile->name;
            slug = QString::fromStdString(profile->claims["securables"][0].get<std::string>());
        }
        QString error;
        const std::optional<Snippet> snippet = generate(r, &error, slug);
        QVERIFY2(snippet, qPrintable(error));
        const Dashboard &board = dashboard(slug);
        QVERIFY(snippet->code.contains(board.id));
        QVERIFY(snippet->code.contains(server));
        QVERIFY(!snippet->fileName.isEmpty());
        // Nothing of the template language is left, and no marker of the renderer.
        static const QRegularExpression tag(u"\\{\\{[#^/{&]?[a-z_]+\\}\\}"_s);
        QVERIFY2(!tag.match(snippet->code).hasMatch(), qPrintable(snippet->code.left(400)));
        QVERIFY(!snippet->code.contains(QChar(0x01)));
        // Secrets only ever come from the environment.
        if (SnippetGenerator::isBackend(SnippetFormat(format))) {
            const bool signs = SnippetMinting(minting) == SnippetMinting::Sign
                    && SnippetFormat(format) != SnippetFormat::Curl;
            QVERIFY(snippet->code.contains(signs ? u"DASHWRIGHT_SIGNING_KEY"_s
                                                 : u"DASHWRIGHT_API_KEY_SECRET"_s));
            QCOMPARE(std::any_of(snippet->warnings.cbegin(), snippet->warnings.cend(),
                                 [](const QString &w) { return w.startsWith(u"a template"_s); }),
                     tenant.isEmpty());
        }
        // The tenant is named when there is one, and no empty name is written when there is not.
        QVERIFY2(!snippet->code.contains(u"tenant profile \"\""_s), qPrintable(snippet->code));
        QCOMPARE(snippet->code.contains(u"tenant profile \""_s),
                 !tenant.isEmpty() && SnippetGenerator::isBackend(SnippetFormat(format)));
        if (SnippetFormat(format) == SnippetFormat::Java)
            for (const QChar c : snippet->code)
                QVERIFY2(c.unicode() < 0x80, "Java sources are ASCII (\\u escapes)");
    }

    // The claims in the code are the tenant profile's: curl's JSON is exactly them.
    void curlSendsTheTenantsClaims()
    {
        for (const TenantProfile &tenant : m_demo.project.tenants) {
            SnippetRequest r = request(SnippetFormat::Curl, SnippetMinting::Authorizations);
            r.claims = tenant.claims;
            QString error;
            const QString slug
                    = QString::fromStdString(tenant.claims["securables"][0].get<std::string>());
            const auto snippet = generate(r, &error, slug);
            QVERIFY2(snippet, qPrintable(error));
            const QString code = snippet->code;
            const qsizetype start = code.indexOf(u"CONFIG\n"_s) + 7;
            const qsizetype end = code.indexOf(u"\nCLAIMS\n"_s);
            QVERIFY(start > 7 && end > start);
            const Json sent = Json::parse(code.mid(start, end - start).toStdString());
            QVERIFY2(sent == tenant.claims, qPrintable(tenant.name));
        }
    }

    // A template takes the dashboard's parameters and the policies' placeholders as the viewer's
    // values, marked for the integrator.
    void templateMarksTheViewersValues()
    {
        QString error;
        auto snippet = generate(request(SnippetFormat::Node), &error);
        QVERIFY2(snippet, qPrintable(error));
        QVERIFY(snippet->code.contains(u"restaurant_name: viewer.restaurant_name"_s));
        QVERIFY(snippet->code.contains(u"// TODO: the user's restaurant_name (access policies)"_s));
        QVERIFY(snippet->code.contains(u"restaurant_name: 'your-restaurant_name'"_s));
        snippet = generate(request(SnippetFormat::Python), &error, u"distributor-performance"_s);
        QVERIFY2(snippet, qPrintable(error));
        QVERIFY(snippet->code.contains(u"'distributor': viewer['distributor']"_s));
        QVERIFY(snippet->code.contains(u"'distributor': 'Demo Burrito Shop'"_s));
        QVERIFY(snippet->code.contains(
                u"# Parameter \"Distributor\" (default: Demo Burrito Shop)"_s));
    }

    void html()
    {
        QString error;
        SnippetRequest r = request(SnippetFormat::Html);
        auto snippet = generate(r, &error);
        QVERIFY2(snippet, qPrintable(error));
        QVERIFY(snippet->code.contains(
                u"<script type=\"module\" src=\"https://dash.example.com/embed/v1/dashwright-embed.js\" integrity=\"sha384-GOLDENGOLDENGOLDEN\" crossorigin=\"anonymous\"></script>"_s));
        QVERIFY(snippet->code.contains(u"token-url=\"/dashwright-token\""_s));
        QVERIFY(snippet->warnings.isEmpty());
        // No inline script: the page stays CSP-clean.
        QVERIFY(!snippet->code.contains(u"<script>"_s));
        r.bundleIntegrity.clear();
        snippet = generate(r, &error);
        QVERIFY2(snippet, qPrintable(error));
        static const QRegularExpression scriptTag(u"<script [^>]*>"_s);
        QVERIFY(!scriptTag.match(snippet->code).captured().contains(u"integrity"_s));
        QCOMPARE(snippet->warnings.size(), 1);
    }

    // The iframe variant on a page whose CSP refuses inline script: the frame, and the server's
    // host script (with its own integrity value) that answers it; nothing inline.
    void iframe()
    {
        QString error;
        SnippetRequest r = request(SnippetFormat::Iframe);
        auto snippet = generate(r, &error);
        QVERIFY2(snippet, qPrintable(error));
        QVERIFY(snippet->code.contains(
                u"<script src=\"https://dash.example.com/embed/v1/dashwright-frame-host.js\" integrity=\"sha384-GOLDENHOSTGOLDENHOST\" crossorigin=\"anonymous\" defer></script>"_s));
        QVERIFY(!snippet->code.contains(u"GOLDENGOLDENGOLDEN"_s)); // not the runtime's value
        QVERIFY(snippet->code.contains(u"data-token-url=\"/dashwright-token\""_s));
        QVERIFY(snippet->code.contains(u"src=\"https://dash.example.com/embed/v1/dashboards/"_s));
        QVERIFY(snippet->code.contains(
                u"script-src https://dash.example.com; frame-src https://dash.example.com; "
                u"connect-src 'self'"_s));
        QVERIFY(snippet->warnings.isEmpty());
        // Every script element loads a file: no inline script for the page's CSP to refuse.
        static const QRegularExpression scriptTag(u"<script\\b[^>]*>"_s);
        int scripts = 0;
        for (const QRegularExpressionMatch &tag : scriptTag.globalMatch(snippet->code)) {
            ++scripts;
            QVERIFY2(tag.captured().contains(u" src=\""_s), qPrintable(tag.captured()));
        }
        QCOMPARE(scripts, 1);
        QVERIFY(!snippet->code.contains(u"addEventListener"_s));
        QVERIFY(!snippet->code.contains(u"unsafe-inline"_s));

        r.frameHostIntegrity.clear();
        snippet = generate(r, &error);
        QVERIFY2(snippet, qPrintable(error));
        QVERIFY(!scriptTag.match(snippet->code).captured().contains(u"integrity"_s));
        QVERIFY(snippet->code.contains(u"Add integrity=\"sha384-…\""_s));
        QCOMPARE(snippet->warnings.size(), 1);
        QVERIFY(snippet->warnings.first().contains(u"dashwright-frame-host.js"_s));
    }

    // A page whose origin the project does not list is told where the designer adds it.
    void pagesSayWhereToAddTheirOrigin_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("html") << int(SnippetFormat::Html);
        QTest::newRow("iframe") << int(SnippetFormat::Iframe);
    }

    void pagesSayWhereToAddTheirOrigin()
    {
        QFETCH(int, format);
        Project project = m_demo.project;
        project.embedOrigins = {u"https://app.example.com"_s};
        QString error;
        const auto snippet
                = SnippetGenerator::generate(project, *project.dashboard(u"restaurant-overview"_s),
                                             request(SnippetFormat(format)), &error);
        QVERIFY2(snippet, qPrintable(error));
        QVERIFY2(snippet->code.contains(u"add http://localhost:3000 in the designer's File › "
                                        u"Project Settings…"_s),
                 qPrintable(snippet->code.left(600)));
    }

    void hmacKeysWarn_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<bool>("warns");
        QTest::newRow("HS256") << int(KeyAlgorithm::HS256) << true;
        QTest::newRow("HS512") << int(KeyAlgorithm::HS512) << true;
        QTest::newRow("ES256") << int(KeyAlgorithm::ES256) << false;
        QTest::newRow("EdDSA") << int(KeyAlgorithm::EdDSA) << false;
    }
    void hmacKeysWarn()
    {
        QFETCH(int, algorithm);
        QFETCH(bool, warns);
        SnippetRequest r = request(SnippetFormat::Go);
        r.algorithm = KeyAlgorithm(algorithm);
        r.claims = m_demo.project.tenants.constFirst().claims;
        QString error;
        const auto snippet = generate(r, &error, u"distributor-performance"_s);
        QVERIFY2(snippet, qPrintable(error));
        const bool warned = std::any_of(snippet->warnings.cbegin(), snippet->warnings.cend(),
                                        [](const QString &w) { return w.contains(u"HMAC"_s); });
        QCOMPARE(warned, warns);
    }

    // What a format's library cannot do, a server URL that could break out of the code, a
    // lifetime out of bounds: refused with a message saying so.
    void refuses_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("server");
        QTest::addColumn<qint64>("expires");
        QTest::addColumn<QString>("message");
        const QString ok = server;
        const int es = int(KeyAlgorithm::ES256);
        const int ed = int(KeyAlgorithm::EdDSA);
        QTest::newRow("go sealed")
                << int(SnippetFormat::Go) << true << es << ok << 600ll << u"cannot seal"_s;
        QTest::newRow("ruby sealed")
                << int(SnippetFormat::Ruby) << true << es << ok << 600ll << u"cannot seal"_s;
        QTest::newRow("php sealed")
                << int(SnippetFormat::Php) << true << es << ok << 600ll << u"cannot seal"_s;
        QTest::newRow("ruby EdDSA")
                << int(SnippetFormat::Ruby) << false << ed << ok << 600ll << u"rbnacl"_s;
        QTest::newRow("csharp EdDSA") << int(SnippetFormat::CSharp) << false << ed << ok << 600ll
                                      << u"does not sign EdDSA"_s;
        QTest::newRow("A256GCM signs nothing")
                << int(SnippetFormat::Node) << false << int(KeyAlgorithm::A256GCM) << ok << 600ll
                << u"not a signing key"_s;
        for (const QString &bad :
             {u"javascript:alert(1)"_s, u"http://x\"onload=alert(1)"_s, u"http://a b"_s,
              u"ftp://example.com"_s, u"http://user@example.com"_s, u"https://x/'+alert(1)+'"_s,
              u"http://example.com/?q=1"_s, u"dash.example.com"_s, QString()})
            QTest::addRow("server %s", qPrintable(bad))
                    << int(SnippetFormat::Html) << false << es << bad << 600ll
                    << u"is not an http(s) URL"_s;
        QTest::newRow("expires 0")
                << int(SnippetFormat::Node) << false << es << ok << 0ll << u"between 1 second"_s;
        QTest::newRow("expires 2 days") << int(SnippetFormat::Node) << false << es << ok << 172800ll
                                        << u"between 1 second"_s;
    }
    void refuses()
    {
        QFETCH(int, format);
        QFETCH(bool, sealed);
        QFETCH(int, algorithm);
        QFETCH(QString, server);
        QFETCH(qint64, expires);
        QFETCH(QString, message);
        SnippetRequest r = request(SnippetFormat(format));
        r.sealed = sealed;
        r.sealingKid = u"sealing-kid"_s;
        r.algorithm = KeyAlgorithm(algorithm);
        r.server = server;
        r.expiresInSeconds = expires;
        QString error;
        QVERIFY(!generate(r, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // Plain http beyond loopback carries tokens and API keys in the clear: said, not refused (a
    // test network may want it).
    void plainHttpWarns_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("warns");
        QTest::newRow("https") << u"https://dash.example.com"_s << false;
        QTest::newRow("loopback") << u"http://127.0.0.1:8750"_s << false;
        QTest::newRow("localhost") << u"http://localhost:8750"_s << false;
        QTest::newRow("ipv6 loopback") << u"http://[::1]:8750"_s << false;
        QTest::newRow("http elsewhere") << u"http://dash.example.com"_s << true;
        QTest::newRow("http lan") << u"http://192.168.1.20:8750"_s << true;
    }
    void plainHttpWarns()
    {
        QFETCH(QString, server);
        QFETCH(bool, warns);
        SnippetRequest r = request(SnippetFormat::Curl, SnippetMinting::Authorizations);
        r.server = server;
        QString error;
        const auto snippet = generate(r, &error);
        QVERIFY2(snippet, qPrintable(error));
        const bool warned
                = std::any_of(snippet->warnings.cbegin(), snippet->warnings.cend(),
                              [](const QString &w) { return w.contains(u"plain http"_s); });
        QCOMPARE(warned, warns);
    }

    // Claims the project refuses are refused here too, before any code is written.
    void refusesInvalidClaims()
    {
        SnippetRequest r = request(SnippetFormat::Node);
        r.claims = Json{{"securables", Json::array({"no-such-dashboard"})}};
        QString error;
        QVERIFY(!generate(r, &error));
        QVERIFY2(error.contains(u"no-such-dashboard"_s), qPrintable(error));
    }

    // JSON objects stay objects in PHP (a PHP array with keys 0…n, or none, is a list to
    // json_encode), and a lone null stays one value in Java's list(Object...).
    void literalShapes()
    {
        AnnotatedJson json;
        json.value = Json::parse(R"({"a": {}, "b": {"0": "x"}, "c": [null]})");
        const QString php = codeLiteral(json, CodeLanguage::Php, QString());
        QVERIFY2(php.contains(u"\"a\" => new \\stdClass()"_s), qPrintable(php));
        QVERIFY2(php.contains(u"\"b\" => (object) ["_s), qPrintable(php));
        QVERIFY2(php.startsWith(u"[\n"_s), qPrintable(php)); // the claims themselves: an array
        const QString java = codeLiteral(json, CodeLanguage::Java, QString());
        QVERIFY2(java.contains(u"list((Object) null)"_s), qPrintable(java));
    }

    // Integers beyond ±2^53 cannot be written as the same number in every language.
    void refusesUnsafeIntegers_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<bool>("refused");
        QTest::newRow("2^53") << QByteArray("9007199254740992") << false;
        QTest::newRow("-2^53") << QByteArray("-9007199254740992") << false;
        QTest::newRow("2^53+1") << QByteArray("9007199254740993") << true;
        QTest::newRow("2^64-1") << QByteArray("18446744073709551615") << true;
        QTest::newRow("-2^63") << QByteArray("-9223372036854775808") << true;
        QTest::newRow("fraction") << QByteArray("1.5e300") << false;
    }
    void refusesUnsafeIntegers()
    {
        QFETCH(QByteArray, number);
        QFETCH(bool, refused);
        SnippetRequest r = request(SnippetFormat::Node);
        Json claims = m_demo.project.tenant(u"Farolito — access policy"_s)->claims;
        claims["metadata"] = Json::parse("{\"n\": [" + number.toStdString() + "]}");
        r.claims = claims;
        QString error;
        QCOMPARE(!generate(r, &error).has_value(), refused);
        if (refused)
            QVERIFY2(error.contains(u"beyond what JavaScript, Go and Java"_s), qPrintable(error));
    }

    // Nothing of the keystore's secrets reaches any snippet: the demo's HMAC secret and its API
    // key's secret, searched for in every format.
    void noSecretInAnySnippet()
    {
        const Json keystore = Json::parse(
                readWholeFile(m_demo.projectPath.chopped(6) + u"dwkeys"_s).toStdString());
        QStringList secrets;
        const std::function<void(const Json &)> collect = [&](const Json &json) {
            if (json.is_object()) {
                for (auto it = json.begin(); it != json.end(); ++it) {
                    if (it.value().is_string() && it.value().get<std::string>().size() >= 16
                        && (it.key() == "secret" || it.key() == "k" || it.key() == "d"
                            || it.key() == "secret_sha256"))
                        secrets << QString::fromStdString(it.value().get<std::string>());
                    collect(it.value());
                }
            } else if (json.is_array()) {
                for (const Json &item : json)
                    collect(item);
            }
        };
        collect(keystore);
        QVERIFY2(!secrets.isEmpty(), keystore.dump().c_str());
        for (const QString &name : SnippetGenerator::formatNames()) {
            for (const SnippetMinting minting :
                 {SnippetMinting::Sign, SnippetMinting::Authorizations}) {
                SnippetRequest r = request(*SnippetGenerator::formatFromName(name), minting);
                r.algorithm = KeyAlgorithm::HS256;
                QString error;
                const auto snippet = generate(r, &error);
                QVERIFY2(snippet, qPrintable(error));
                for (const QString &secret : secrets)
                    QVERIFY2(!snippet->code.contains(secret) && !snippet->run.contains(secret)
                                     && !snippet->environment.join(u' ').contains(secret),
                             qPrintable(name));
            }
        }
    }

    // Code for claims that do not open the dashboard would mint tokens the server denies.
    void refusesClaimsWithoutTheDashboard()
    {
        SnippetRequest r = request(SnippetFormat::Node);
        r.claims = m_demo.project.tenant(u"Farolito — parameter override"_s)->claims;
        QString error;
        QVERIFY(!generate(r, &error)); // it opens distributor-performance, not restaurant-overview
        QVERIFY2(error.contains(u"do not open the dashboard \"Restaurant overview\""_s),
                 qPrintable(error));
        QVERIFY(generate(r, &error, u"distributor-performance"_s));
    }

    // The `dashwright keys export` lines name the project as the integrator typed it, when that
    // is a plain path; anything a shell would read differently falls back to a placeholder.
    void projectFileInComments_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("written");
        QTest::newRow("relative") << u"../demo/burrito.dwproj"_s << u"../demo/burrito.dwproj"_s;
        QTest::newRow("none") << QString() << u"PROJECT.dwproj"_s;
        QTest::newRow("space") << u"my demo/burrito.dwproj"_s << u"PROJECT.dwproj"_s;
        QTest::newRow("command") << u"$(reboot).dwproj"_s << u"PROJECT.dwproj"_s;
        QTest::newRow("quote") << u"a'b.dwproj"_s << u"PROJECT.dwproj"_s;
    }
    void projectFileInComments()
    {
        QFETCH(QString, given);
        QFETCH(QString, written);
        SnippetRequest r = request(SnippetFormat::Go);
        r.projectFile = given;
        QString error;
        const auto snippet = generate(r, &error);
        QVERIFY2(snippet, qPrintable(error));
        QVERIFY2(snippet->code.contains(u"dashwright keys export "_s + written
                                        + u" --kid golden-kid"_s),
                 qPrintable(snippet->code.left(1200)));
        QVERIFY(snippet->environment.constFirst().contains(u"dashwright keys export "_s + written));
    }

    // String literals: nothing a value holds ends the literal or is interpolated.
    void codeStrings_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("literal");
        const QString hostile = u"a'b\"c\\d$e#{f}\ng"_s;
        QTest::newRow("js") << int(CodeLanguage::JavaScript) << hostile
                            << u"'a\\'b\"c\\\\d$e#{f}\\ng'"_s;
        QTest::newRow("python") << int(CodeLanguage::Python) << hostile
                                << u"'a\\'b\"c\\\\d$e#{f}\\ng'"_s;
        QTest::newRow("go") << int(CodeLanguage::Go) << hostile << u"\"a'b\\\"c\\\\d$e#{f}\\ng\""_s;
        QTest::newRow("java") << int(CodeLanguage::Java) << hostile
                              << u"\"a'b\\\"c\\\\d$e#{f}\\ng\""_s;
        QTest::newRow("csharp") << int(CodeLanguage::CSharp) << hostile
                                << u"\"a'b\\\"c\\\\d$e#{f}\\ng\""_s;
        QTest::newRow("php") << int(CodeLanguage::Php) << hostile
                             << u"\"a'b\\\"c\\\\d\\$e#{f}\\ng\""_s;
        QTest::newRow("ruby") << int(CodeLanguage::Ruby) << hostile
                              << u"\"a'b\\\"c\\\\d$e\\#{f}\\ng\""_s;
        QTest::newRow("js line separator")
                << int(CodeLanguage::JavaScript) << u"a\u2028b"_s << u"'a\\u2028b'"_s;
        QTest::newRow("java control") << int(CodeLanguage::Java)
                                      << u"a\u0001"
                                         "1"_s
                                      << u"\"a\\0011\""_s;
        QTest::newRow("java line separator")
                << int(CodeLanguage::Java) << u"a\u2028b"_s << u"\"a\u2028b\""_s;
        QTest::newRow("go control") << int(CodeLanguage::Go) << u"a\u0001b"_s << u"\"a\\x01b\""_s;
    }
    void codeStrings()
    {
        QFETCH(int, language);
        QFETCH(QString, text);
        QFETCH(QString, literal);
        QCOMPARE(codeString(text, CodeLanguage(language)), literal);
    }

    void comments()
    {
        // "?>" ends PHP mode even in a // comment; "coding:" in one of the first lines sets
        // Python's and Ruby's source encoding.
        QCOMPARE(codeComment(u"x ?><?php system('id'); ?>"_s, CodeLanguage::Php),
                 u"// x ? ><?php system('id'); ? >"_s);
        QCOMPARE(codeComment(u"-*- coding: shift_jis -*-"_s, CodeLanguage::Python),
                 u"# -*- coding : shift_jis -*-"_s);
        QCOMPARE(codeComment(u"fileencoding=latin1"_s, CodeLanguage::Ruby),
                 u"# fileencoding =latin1"_s);
        QCOMPARE(codeComment(u"two\nlines"_s, CodeLanguage::Python), u"# two lines"_s);
        // Java reads \u000a before it sees the comment: it must not end the line.
        QCOMPARE(codeComment(u"x \\u000a y"_s, CodeLanguage::Java), u"// x \\\\u000a y"_s);
        QCOMPARE(javaAsciiSource(u"Farolito — café"_s), u"Farolito \\u2014 caf\\u00e9"_s);
    }

    // The project's names reach the code only in comments (or escaped HTML): a title or a tenant
    // name built to end a comment, a docstring or a string stays on its comment line.
    void hostileNamesStayInComments_data()
    {
        QTest::addColumn<int>("format");
        for (const QString &name : SnippetGenerator::formatNames())
            QTest::addRow("%s", qPrintable(name)) << int(*SnippetGenerator::formatFromName(name));
    }
    void hostileNamesStayInComments()
    {
        QFETCH(int, format);
        const QString evil
                = u"EVIL\"\"\" '; */ --> </script> \\u000a #{x} ${x}\nPWNED()\r\u2028\u0085x"_s;
        Project project = m_demo.project;
        project.name = evil;
        Dashboard *board = nullptr;
        for (Dashboard &d : project.dashboards)
            if (d.slug == u"restaurant-overview"_s)
                board = &d;
        QVERIFY(board);
        board->title = evil;
        SnippetRequest r = request(SnippetFormat(format));
        r.tenantName = evil;
        r.claims = m_demo.project.tenant(u"Farolito — access policy"_s)->claims;
        QString error;
        const auto snippet = SnippetGenerator::generate(project, *board, r, &error);
        QVERIFY2(snippet, qPrintable(error));
        const bool html = SnippetFormat(format) == SnippetFormat::Html
                || SnippetFormat(format) == SnippetFormat::Iframe;
        const bool hash = SnippetFormat(format) == SnippetFormat::Python
                || SnippetFormat(format) == SnippetFormat::Ruby
                || SnippetFormat(format) == SnippetFormat::Curl;
        int seen = 0;
        for (const QString &line : snippet->code.split(u'\n')) {
            if (!line.contains(u"EVIL"_s))
                continue;
            ++seen;
            if (html) {
                // Escaped: no tag, comment end or attribute end comes out of the name.
                QVERIFY2(!line.contains(u"</script>"_s) && !line.contains(u"-->"_s)
                                 && !line.contains(u"EVIL\""_s),
                         qPrintable(line));
                continue;
            }
            const QString trimmed = line.trimmed();
            QVERIFY2(trimmed.startsWith(hash ? u"#"_s : u"//"_s), qPrintable(line));
        }
        QVERIFY(seen > 0);
        // Nothing of the name ends up on a line of its own.
        for (const QString &line : snippet->code.split(QRegularExpression(u"[\n\r\u2028\u0085]"_s)))
            QVERIFY2(!line.trimmed().startsWith(u"PWNED"_s), qPrintable(line));
    }

    // The exact text of every format: a change to a template shows up as a diff here.
    void golden_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("minting");
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<QString>("file");
        for (const QString &name : SnippetGenerator::formatNames()) {
            const SnippetFormat format = *SnippetGenerator::formatFromName(name);
            QTest::addRow("%s", qPrintable(name))
                    << int(format) << int(SnippetMinting::Sign) << false << name + u".txt"_s;
            if (SnippetGenerator::isBackend(format) && format != SnippetFormat::Curl)
                QTest::addRow("%s api", qPrintable(name))
                        << int(format) << int(SnippetMinting::Authorizations) << false
                        << name + u"-api.txt"_s;
        }
        for (const char *name : {"node", "python", "java"})
            QTest::addRow("%s sealed", name)
                    << int(*SnippetGenerator::formatFromName(QString::fromLatin1(name)))
                    << int(SnippetMinting::Sign) << true
                    << QLatin1StringView(name) + u"-sealed.txt"_s;
    }
    void golden()
    {
        QFETCH(int, format);
        QFETCH(int, minting);
        QFETCH(bool, sealed);
        QFETCH(QString, file);
        SnippetRequest r = request(SnippetFormat(format), SnippetMinting(minting));
        r.sealed = sealed;
        r.sealingKid = u"golden-sealing-kid"_s;
        const TenantProfile *tenant = m_demo.project.tenant(u"Farolito — access policy"_s);
        QVERIFY(tenant);
        r.claims = tenant->claims;
        r.tenantName = tenant->name;
        QString error;
        const auto snippet = generate(r, &error);
        QVERIFY2(snippet, qPrintable(error));
        const QString path = QStringLiteral(DASHWRIGHT_TEST_DATA) + u"/golden/"_s + file;
        if (qEnvironmentVariableIsSet("DASHWRIGHT_UPDATE_GOLDEN")) {
            QVERIFY(writeWholeFile(path, snippet->code.toUtf8()));
            return;
        }
        const QString expected = QString::fromUtf8(readWholeFile(path));
        QVERIFY2(!expected.isEmpty(), qPrintable(u"no golden file "_s + path));
        if (snippet->code != expected) {
            const QStringList got = snippet->code.split(u'\n');
            const QStringList want = expected.split(u'\n');
            for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i)
                if (got.value(i) != want.value(i))
                    QFAIL(qPrintable(u"%1 line %2:\n got: %3\nwant: %4"_s.arg(file).arg(i + 1).arg(
                            got.value(i), want.value(i))));
        }
    }
};

} // namespace Dashwright

QTEST_GUILESS_MAIN(Dashwright::TestSnippets)
#include "tst_snippets.moc"
