// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippet.h"

#include "snippetclaims.h"
#include "snippetliteral.h"

#include "document/claimsvalidator.h"
#include "document/jsonvalue.h"
#include "document/project.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

using Mustache = kainjow::mustache::mustache;
using Data = kainjow::mustache::data;

struct FormatInfo
{
    SnippetFormat format;
    const char *name;
    const char *templateFile; // under :/snippets
    const char *fileName;     // what the integrator saves it as
    const char *language;     // for highlighting
    std::optional<CodeLanguage> code;
    const char *claimsIndent; // where the templates put the claims literal
};

const std::array<FormatInfo, 10> formats{{
        {SnippetFormat::Html, "html", "html.html", "index.html", "html", std::nullopt, ""},
        {SnippetFormat::Iframe, "iframe", "iframe.html", "index.html", "html", std::nullopt, ""},
        {SnippetFormat::Node, "node", "node.mjs", "dashwright-token.mjs", "javascript",
         CodeLanguage::JavaScript, "  "},
        {SnippetFormat::Python, "python", "python.py", "dashwright_token.py", "python",
         CodeLanguage::Python, "    "},
        {SnippetFormat::Go, "go", "go.go", "dashwright_token.go", "go", CodeLanguage::Go, "\t"},
        {SnippetFormat::Java, "java", "java.java", "DashwrightToken.java", "java",
         CodeLanguage::Java, "        "},
        {SnippetFormat::CSharp, "csharp", "csharp.cs", "DashwrightToken.cs", "csharp",
         CodeLanguage::CSharp, "        "},
        {SnippetFormat::Php, "php", "php.php", "dashwright_token.php", "php", CodeLanguage::Php,
         "    "},
        {SnippetFormat::Ruby, "ruby", "ruby.rb", "dashwright_token.rb", "ruby", CodeLanguage::Ruby,
         "  "},
        {SnippetFormat::Curl, "curl", "curl.sh", "dashwright-token.sh", "shell", std::nullopt, ""},
}};

const FormatInfo &info(SnippetFormat format)
{
    for (const FormatInfo &entry : formats)
        if (entry.format == format)
            return entry;
    return formats.front();
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool isToken(const QString &text)
{
    static const QRegularExpression token(u"^[A-Za-z0-9_.-]{1,128}$"_s);
    return token.match(text).hasMatch();
}

// The server URL goes into HTML attributes and code as it is: only an absolute http(s) URL with
// nothing that could end an attribute or a string.
bool checkServer(const QString &server, QString *error)
{
    const QUrl url(server, QUrl::StrictMode);
    static const QRegularExpression safe(u"^[A-Za-z0-9:/._~%@\\[\\]-]+$"_s);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userName().isEmpty()
        || !safe.match(server).hasMatch())
        return fail(error,
                    QCoreApplication::translate("SnippetGenerator",
                                                "the server \"%1\" is not an http(s) URL like "
                                                "https://dash.example.com")
                            .arg(server));
    return true;
}

std::string s(const QString &text)
{
    return text.toStdString();
}

QString commentText(const QString &text, CodeLanguage language)
{
    // codeComment's text without its prefix: the templates put their own "// " before it.
    const QString line = codeComment(text, language);
    return line.mid(codeComment(QString(), language).size());
}

// The first integer outside ±2^53 in `json`: JavaScript rounds it, Go and Java refuse to
// compile it beyond 64 bits, so no snippet can carry it as the number it is.
std::optional<std::string> unsafeInteger(const Json &json)
{
    constexpr std::int64_t limit = std::int64_t(1) << 53;
    if (json.is_number_unsigned() && json.get<std::uint64_t>() > std::uint64_t(limit))
        return json.dump();
    if (json.is_number_integer() && !json.is_number_unsigned()
        && (json.get<std::int64_t>() > limit || json.get<std::int64_t>() < -limit))
        return json.dump();
    if (json.is_structured())
        for (const Json &item : json)
            if (auto found = unsafeInteger(item))
                return found;
    return std::nullopt;
}

QString runCommand(SnippetFormat format, bool sign, const QString &file)
{
    switch (format) {
    case SnippetFormat::Html:
    case SnippetFormat::Iframe:
        return u"serve it from your application's page (the node snippet serves %1 beside it)"_s
                .arg(file);
    case SnippetFormat::Node:
        return (sign ? u"npm install jose && "_s : QString()) + u"node "_s + file;
    case SnippetFormat::Python:
        return u"python3 "_s + file;
    case SnippetFormat::Go:
        return sign
                ? u"go mod init example && go get github.com/golang-jwt/jwt/v4 && go run "_s + file
                : u"go run "_s + file;
    case SnippetFormat::Java:
        return sign ? u"java -cp nimbus-jose-jwt.jar:json-smart.jar "_s + file : u"java "_s + file;
    case SnippetFormat::CSharp:
        return sign ? u"dotnet add package System.IdentityModel.Tokens.Jwt && dotnet run"_s
                    : u"mcs -r:System.Net.Http -r:System.Web.Extensions %1 && mono %2"_s.arg(
                            file, QString(file).replace(u".cs"_s, u".exe"_s));
    case SnippetFormat::Php:
        return (sign ? u"composer require firebase/php-jwt && "_s : QString()) + u"php "_s + file;
    case SnippetFormat::Ruby:
        return u"ruby "_s + file;
    case SnippetFormat::Curl:
        return u"sh "_s + file;
    }
    return {};
}

} // namespace

QString SnippetGenerator::formatName(SnippetFormat format)
{
    return QString::fromLatin1(info(format).name);
}

std::optional<SnippetFormat> SnippetGenerator::formatFromName(QStringView name)
{
    for (const FormatInfo &entry : formats)
        if (name == QLatin1StringView(entry.name))
            return entry.format;
    return std::nullopt;
}

QStringList SnippetGenerator::formatNames()
{
    QStringList names;
    for (const FormatInfo &entry : formats)
        names << QString::fromLatin1(entry.name);
    return names;
}

bool SnippetGenerator::canSeal(SnippetFormat format)
{
    return format == SnippetFormat::Node || format == SnippetFormat::Python
            || format == SnippetFormat::Java;
}

bool SnippetGenerator::grants(const Json &claims, const Dashboard &dashboard)
{
    const auto securables = claims.find("securables");
    if (securables == claims.end() || !securables->is_array())
        return false;
    return std::any_of(securables->begin(), securables->end(), [&](const Json &securable) {
        return securable.is_string() && securable.get<std::string>() == utf8(dashboard.id);
    });
}

bool SnippetGenerator::isBackend(SnippetFormat format)
{
    return format != SnippetFormat::Html && format != SnippetFormat::Iframe;
}

std::optional<Snippet> SnippetGenerator::generate(const Project &project,
                                                  const Dashboard &dashboard,
                                                  const SnippetRequest &request, QString *error)
{
    const FormatInfo &format = info(request.format);
    if (!checkServer(request.server, error))
        return std::nullopt;
    const bool sign = isBackend(request.format) && request.format != SnippetFormat::Curl
            && request.minting == SnippetMinting::Sign;
    if (sign) {
        if (!isToken(request.kid) || request.algorithm == KeyAlgorithm::A256GCM) {
            fail(error,
                 QCoreApplication::translate("SnippetGenerator",
                                             "the key \"%1\" is not a signing key")
                         .arg(request.kid));
            return std::nullopt;
        }
        if (request.format == SnippetFormat::CSharp && request.algorithm == KeyAlgorithm::EdDSA) {
            fail(error,
                 QCoreApplication::translate("SnippetGenerator",
                                             "System.IdentityModel.Tokens.Jwt does not sign EdDSA: "
                                             "choose an HS256 or ES256 key, or let the back "
                                             "end ask the embed server (--via api)"));
            return std::nullopt;
        }
        if (request.sealed && !canSeal(request.format)) {
            fail(error,
                 QCoreApplication::translate("SnippetGenerator",
                                             "the %1 snippet cannot seal tokens (its JOSE library "
                                             "has no JWE): let the back end ask the embed "
                                             "server (--via api), which seals them")
                         .arg(QLatin1StringView(format.name)));
            return std::nullopt;
        }
        if (request.sealed && !isToken(request.sealingKid)) {
            fail(error,
                 QCoreApplication::translate("SnippetGenerator",
                                             "a sealed token needs an A256GCM key"));
            return std::nullopt;
        }
        if (request.format == SnippetFormat::Ruby && request.algorithm == KeyAlgorithm::EdDSA) {
            fail(error,
                 QCoreApplication::translate("SnippetGenerator",
                                             "ruby-jwt signs EdDSA only with the rbnacl gem: "
                                             "choose an HS256 or ES256 key, or let the back "
                                             "end ask the embed server (--via api)"));
            return std::nullopt;
        }
    }
    if (request.expiresInSeconds <= 0 || request.expiresInSeconds > qint64(24) * 3600) {
        fail(error,
             QCoreApplication::translate("SnippetGenerator",
                                         "a token lives between 1 second and 86400 seconds"));
        return std::nullopt;
    }

    const bool isTemplate = !request.claims.has_value();
    SnippetClaims model;
    if (isTemplate) {
        model = SnippetClaims::forTemplate(project, dashboard);
    } else {
        // The same validation as a token signed with these claims, so the code never mints
        // what the server would refuse.
        const Problems problems
                = ClaimsValidator::validate(*request.claims, project, u"claims"_s,
                                            request.sealed ? ClaimsValidator::Secrets::Allow
                                                           : ClaimsValidator::Secrets::Refuse);
        if (!problems.isEmpty()) {
            fail(error, problems.constFirst().toString());
            return std::nullopt;
        }
        // Credentials (a sealed token's account passwords) are never written into code.
        if (ClaimsValidator::validate(*request.claims, project, u"claims"_s,
                                      ClaimsValidator::Secrets::Refuse)
                    .size()
            > 0) {
            fail(error,
                 QCoreApplication::translate(
                         "SnippetGenerator",
                         "these claims carry credentials, which a snippet never holds: "
                         "mint that token on the server instead (dashwright token sign "
                         "--sealed)"));
            return std::nullopt;
        }
        // The page's formats carry no claims: only a back end's would be denied.
        if (const std::optional<std::string> number = unsafeInteger(*request.claims)) {
            fail(error,
                 QCoreApplication::translate(
                         "SnippetGenerator",
                         "the number %1 in these claims is beyond what JavaScript, Go and "
                         "Java all keep exactly (±2^53): write it as a string")
                         .arg(QString::fromStdString(*number)));
            return std::nullopt;
        }
        if (isBackend(request.format) && !grants(*request.claims, dashboard)) {
            fail(error,
                 QCoreApplication::translate(
                         "SnippetGenerator",
                         "these claims do not open the dashboard \"%1\" (it is not among "
                         "their securables): choose a tenant that it is for, or a template")
                         .arg(dashboard.title));
            return std::nullopt;
        }
        model = SnippetClaims::forClaims(project, dashboard, *request.claims);
    }

    Data data;
    const CodeLanguage language = format.code.value_or(CodeLanguage::JavaScript);
    const auto string = [&](const QString &value) { return s(codeString(value, language)); };
    data.set("generator", "Dashwright");
    data.set("project_name", s(commentText(project.name, language)));
    data.set("issuer", s(u"dashwright:"_s + project.id));
    data.set("issuer_string", string(u"dashwright:"_s + project.id));
    data.set("audience", "dashwright-embed");
    data.set("dashboard_id", s(dashboard.id));
    // A path on a command line in a comment: only characters a shell leaves alone unquoted.
    static const QRegularExpression plainPath(u"^[A-Za-z0-9_./~+-]+$"_s);
    const QString projectFile = plainPath.match(request.projectFile).hasMatch()
            ? request.projectFile
            : u"PROJECT.dwproj"_s;
    data.set("project_file", s(projectFile));
    data.set("dashboard_title", s(commentText(dashboard.title, language)));
    data.set("server", s(request.server));
    data.set("server_string", string(request.server));
    // A CSP source with a path matches that path only: the policies name the origin.
    data.set("server_origin",
             s(QUrl(request.server).adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded)));
    if (!request.tenantName.isEmpty()) // an empty string is a true section in Mustache
        data.set("tenant", s(commentText(request.tenantName, language)));
    data.set("template", isTemplate ? Data::type::bool_true : Data::type::bool_false);
    data.set("sign", sign ? Data::type::bool_true : Data::type::bool_false);
    data.set("api", sign ? Data::type::bool_false : Data::type::bool_true);
    data.set("sealed", request.sealed ? Data::type::bool_true : Data::type::bool_false);
    data.set("kid", s(request.kid));
    data.set("alg", s(keyAlgorithmName(request.algorithm)));
    data.set("hmac",
             isSymmetric(request.algorithm) ? Data::type::bool_true : Data::type::bool_false);
    data.set("sealing_kid", s(request.sealingKid));
    data.set("expires_in", std::to_string(request.expiresInSeconds));
    data.set("sri", s(request.bundleIntegrity));
    data.set("has_sri",
             request.bundleIntegrity.isEmpty() ? Data::type::bool_false : Data::type::bool_true);
    data.set("host_sri", s(request.frameHostIntegrity));
    data.set("has_host_sri",
             request.frameHostIntegrity.isEmpty() ? Data::type::bool_false : Data::type::bool_true);
    // Where the integrator's page runs: the project's first loopback embed origin, so the Node
    // snippet's page works against the demo as it is; else localhost:3000, which the comments
    // say to add to the embed origins.
    QString pageOrigin = u"http://localhost:3000"_s;
    int pagePort = 3000;
    bool pageOriginAllowed = false;
    for (const QString &origin : project.embedOrigins) {
        const QUrl url(origin);
        if (url.scheme() == u"http"_s && url.host() == u"localhost"_s && url.port() > 0) {
            // Rebuilt from its parts: the origin's text goes into comments and HTML.
            pageOrigin = u"http://localhost:%1"_s.arg(url.port());
            pagePort = url.port();
            pageOriginAllowed = true;
            break;
        }
    }
    data.set("page_origin", s(pageOrigin));
    data.set("page_port", std::to_string(pagePort));
    data.set("page_origin_allowed",
             pageOriginAllowed ? Data::type::bool_true : Data::type::bool_false);
    if (format.code) {
        const QString indent = QString::fromLatin1(format.claimsIndent);
        data.set("claims", s(codeLiteral(model.claims, *format.code, indent)));
        data.set("viewer", s(codeLiteral(model.viewer, *format.code, indent)));
    }
    if (request.format == SnippetFormat::Curl) {
        // curl sends JSON, which has no comments and no variables: the viewer's values are
        // written in, and the comments go above the command.
        Json resolved = model.claims.value;
        for (const auto &[pointer, key] : model.claims.references)
            resolved[Json::json_pointer(pointer)] = model.viewer.value[key];
        data.set("claims_json", resolved.dump(2));
        Data lines = Data::type::list;
        for (const auto &[pointer, comment] : model.claims.comments)
            for (const QString &line : comment)
                lines.push_back(
                        s(commentText(u"%1: %2"_s.arg(QString::fromStdString(pointer).mid(1), line),
                                      CodeLanguage::Ruby)));
        data.set("claim_comments", lines);
    }

    QFile file(u":/snippets/"_s + QString::fromLatin1(format.templateFile));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error,
             u"the %1 template is missing from this build"_s.arg(QLatin1StringView(format.name)));
        return std::nullopt;
    }
    // The Mustache spec drops a line that holds only a section tag or a comment ("standalone").
    // This version of kainjow/mustache does so for sections it renders, but keeps the line break of
    // a skipped one, and drops a blank line that follows a tag. So the templates' standalone tags
    // are joined to the next line here, with a marker that keeps such a line from looking empty,
    // and the marker is taken out of the result (no value can hold it: every value is escaped
    // or stripped of control characters first).
    static const QRegularExpression standalone(u"^[ \\t]*(\\{\\{[#^/!][^}]*\\}\\})[ \\t]*\\n"_s,
                                               QRegularExpression::MultilineOption);
    const QString templateText
            = QString::fromUtf8(file.readAll()).replace(standalone, u"\\1\x01"_s);
    Mustache mustache(templateText.toStdString());
    if (!mustache.is_valid()) {
        fail(error,
             u"the %1 template is broken: %2"_s.arg(
                     QLatin1StringView(format.name),
                     QString::fromStdString(mustache.error_message())));
        return std::nullopt;
    }
    Snippet snippet;
    snippet.code = QString::fromStdString(mustache.render(data)).remove(QChar(0x01));
    if (request.format == SnippetFormat::Java)
        snippet.code = javaAsciiSource(snippet.code);
    snippet.fileName = QString::fromLatin1(format.fileName);
    snippet.language = QString::fromLatin1(format.language);

    snippet.run = runCommand(request.format, sign, snippet.fileName);
    if (sign) {
        snippet.environment << QCoreApplication::translate(
                                       "SnippetGenerator",
                                       "DASHWRIGHT_SIGNING_KEY: the private JWK of key %1 "
                                       "(dashwright keys export %2 "
                                       "--kid %1 --jwk --private)")
                                       .arg(request.kid, projectFile);
        if (request.sealed)
            snippet.environment << QCoreApplication::translate(
                                           "SnippetGenerator",
                                           "DASHWRIGHT_SEALING_KEY: the JWK of key %1 "
                                           "(dashwright keys export %2 "
                                           "--kid %1 --jwk --private)")
                                           .arg(request.sealingKid, projectFile);
        if (isSymmetric(request.algorithm))
            snippet.warnings << QCoreApplication::translate(
                                        "SnippetGenerator",
                                        "%1 is an HMAC key: the secret in "
                                        "DASHWRIGHT_SIGNING_KEY also verifies every "
                                        "token of this project, so whoever holds "
                                        "it can mint a token for any tenant. Keep "
                                        "it in your back end's environment only, "
                                        "never in a page, an app or a repository; "
                                        "an ES256 or EdDSA key keeps the "
                                        "verifying half public.")
                                        .arg(request.kid);
    } else if (isBackend(request.format)) {
        snippet.environment << QCoreApplication::translate(
                                       "SnippetGenerator",
                                       "DASHWRIGHT_API_KEY_ID and DASHWRIGHT_API_KEY_SECRET: "
                                       "an API key (dashwright keys api-key create "
                                       "%1 --name NAME)")
                                       .arg(projectFile);
    }
    if (isBackend(request.format))
        snippet.environment << QCoreApplication::translate(
                                       "SnippetGenerator",
                                       "DASHWRIGHT_SERVER (optional): the embed server, "
                                       "default %1")
                                       .arg(request.server);
    if (isTemplate && isBackend(request.format))
        snippet.warnings << QCoreApplication::translate(
                "SnippetGenerator",
                "a template: the viewer's values marked TODO are "
                "samples; fill them from your logged-in user");
    if (request.claims && !request.sealed && isBackend(request.format)
        && (request.claims->contains("metadata") || request.claims->contains("account_overrides")))
        snippet.warnings << QCoreApplication::translate(
                "SnippetGenerator",
                "these claims hold metadata or account overrides, which a signed token shows to "
                "the page that holds it: seal the tokens if they are not for the viewer's eyes");
    const QUrl serverUrl(request.server);
    const QString host = serverUrl.host();
    if (serverUrl.scheme() == u"http"_s && host != u"localhost"_s && host != u"127.0.0.1"_s
        && host != u"::1"_s)
        snippet.warnings << QCoreApplication::translate(
                "SnippetGenerator",
                "the embed server is reached over plain http: tokens, and an API key's secret, "
                "would cross the network unencrypted; use https beyond your own machine");
    if (request.format == SnippetFormat::Html && request.bundleIntegrity.isEmpty())
        snippet.warnings << QCoreApplication::translate(
                "SnippetGenerator",
                "no integrity value: the bundle was not found, so "
                "the script tag has no SRI hash (see its "
                "comment)");
    if (request.format == SnippetFormat::Iframe && request.frameHostIntegrity.isEmpty())
        snippet.warnings << QCoreApplication::translate(
                "SnippetGenerator",
                "no integrity value: dashwright-frame-host.js was not found, so the script tag "
                "has no SRI hash (see its comment)");
    return snippet;
}

} // namespace Dashwright
