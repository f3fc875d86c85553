// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// dashwright snippet: what an integrator pastes — the page's HTML (or iframe) and the back-end code
// that mints each viewer's token, in eight languages (DESIGN §3).
#include "asoptions.h"
#include "cli.h"
#include "keystoreoption.h"

#include "access/tokenservice.h"
#include "common/atomicfile.h"
#include "embed/snippet.h"
#include "embed/webbundleintegrity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

const QString usage
        = u"dashwright snippet PROJECT --dashboard ID|SLUG --format html|iframe|node|python|go|java|csharp|php|ruby|curl [AS] [--kid KID] [--via sign|api] [--sealed] [--server URL] [--expires-in SECONDS] [--web-root DIR] [--out FILE] [--json] [--keystore FILE]"_s;

// Where `dashwright serve` would load the web runtime from, so that the integrity values a
// snippet carries are those of what it serves; when a script is not there, its value is empty (the
// snippet then says how to get it rather than carry a wrong one).
QStringList webRoots(const QCommandLineParser &parser, const QCommandLineOption &webRoot)
{
    return parser.isSet(webRoot) ? QStringList{QFileInfo(parser.value(webRoot)).absoluteFilePath()}
                                 : defaultWebRoots();
}

} // namespace

int runSnippet(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dashboardOption(u"dashboard"_s, u"The dashboard (id or slug)."_s,
                                             u"ID|SLUG"_s);
    const QCommandLineOption formatOption(u"format"_s,
                                          u"html, iframe, node, python, go, java, csharp, php, "
                                          u"ruby or curl."_s,
                                          u"FORMAT"_s);
    const QCommandLineOption kidOption(
            u"kid"_s,
            u"The key the back end signs with (default: the newest active HS256, ES256 or "
            u"EdDSA key); its secret is read from DASHWRIGHT_SIGNING_KEY at run time."_s,
            u"KID"_s);
    const QCommandLineOption viaOption(
            u"via"_s,
            u"sign: the back end signs with a JOSE library (default); api: it asks the embed "
            u"server's POST /api/v1/authorizations with an API key (curl always does)."_s,
            u"sign|api"_s);
    const QCommandLineOption sealedOption(u"sealed"_s, u"Sealed tokens (JWE)."_s);
    const QCommandLineOption serverOption(
            u"server"_s, u"The embed server's URL (default http://127.0.0.1:8750)."_s, u"URL"_s);
    const QCommandLineOption expiresOption(
            u"expires-in"_s, u"Token lifetime in seconds (default 600)."_s, u"SECONDS"_s);
    const QCommandLineOption webRootOption(
            u"web-root"_s, u"Where the served web runtime is, for its integrity values."_s,
            u"DIR"_s);
    const QCommandLineOption outOption(u"out"_s, u"Write the code to FILE (atomically)."_s,
                                       u"FILE"_s);
    const QCommandLineOption jsonOption(
            u"json"_s,
            u"Print {format, dashboard, file_name, language, code, environment, run, "
            u"warnings} as JSON."_s);
    AsOptions as;
    // Here AS chooses whose claims the code carries, not whom to preview as.
    as.as.setDescription(u"Write the code for this tenant profile's claims (name or id)."_s);
    as.claims.setDescription(u"Write the code for the claims in this JSON file (- for stdin)."_s);
    as.token.setDescription(u"Write the code for what this token grants, once verified."_s);
    as.addTo(parser);
    parser.addOptions({dashboardOption, formatOption, kidOption, viaOption, sealedOption,
                       serverOption, expiresOption, webRootOption, outOption, jsonOption});
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    parse(parser, args, 1, usage);
    for (const QCommandLineOption *required : {&dashboardOption, &formatOption})
        if (!parser.isSet(*required))
            throw Failure(UsageError, args.first(),
                          u"--%1 is required\nusage: "_s.arg(required->names().first()) + usage);

    SnippetRequest request;
    const std::optional<SnippetFormat> format
            = SnippetGenerator::formatFromName(parser.value(formatOption));
    if (!format)
        throw Failure(UsageError, u"--format"_s,
                      u"expected one of %1"_s.arg(SnippetGenerator::formatNames().join(u", "_s)));
    request.format = *format;
    const QString via = parser.value(viaOption);
    if (!via.isEmpty() && via != u"sign"_s && via != u"api"_s)
        throw Failure(UsageError, u"--via"_s, u"expected sign or api"_s);
    request.minting = via == u"api"_s || request.format == SnippetFormat::Curl
            ? SnippetMinting::Authorizations
            : SnippetMinting::Sign;
    request.sealed = parser.isSet(sealedOption);
    if (parser.isSet(serverOption))
        request.server = parser.value(serverOption);
    while (request.server.endsWith(u'/'))
        request.server.chop(1);
    if (parser.isSet(expiresOption)) {
        bool ok = false;
        request.expiresInSeconds = parser.value(expiresOption).toLongLong(&ok);
        if (!ok || request.expiresInSeconds < 1
            || request.expiresInSeconds > TokenVerifier::maximumLifetime)
            throw Failure(UsageError, u"--expires-in"_s,
                          u"expected a number of seconds from 1 to %1"_s.arg(
                                  TokenVerifier::maximumLifetime));
    }

    const QString path = parser.positionalArguments().constFirst();
    const Project project = loadProject(path);
    const Dashboard &dashboard = dashboardArgument(project, parser.value(dashboardOption), path);
    const Viewer viewer = viewerFor(parser, as, project, path);
    // A sealed token's claims were hidden from the page on purpose: code that mints readable
    // tokens with them would undo that.
    if (viewer.kind() == Viewer::Kind::Token && viewer.verifiedToken()
        && viewer.verifiedToken()->sealed && !request.sealed
        && SnippetGenerator::isBackend(request.format))
        throw Failure(InvalidInput, u"--token"_s,
                      u"the token is sealed, so its claims are not for the page: add --sealed"_s);
    if (viewer.kind() != Viewer::Kind::Design) {
        request.claims = viewer.claims();
        request.tenantName = viewer.name();
        // Code whose tokens the server would deny: access refused, before any code is written.
        if (SnippetGenerator::isBackend(request.format)
            && !SnippetGenerator::grants(viewer.claims(), dashboard))
            throw Failure(AccessDenied, viewer.name(),
                          u"its securables do not grant dashboard \"%1\": choose a tenant "
                          u"profile that opens it, or no AS option for a template"_s.arg(
                                  dashboard.title));
    }
    // As the integrator typed it, for the `dashwright keys export` lines in the code's comments.
    request.projectFile = path;

    // Only code that signs needs the keystore, and only the key's kid and algorithm from it.
    const bool signs = SnippetGenerator::isBackend(request.format)
            && request.minting == SnippetMinting::Sign;
    if (signs) {
        const Keystore keystore = openKeystore(parser, path);
        QString error;
        const SigningKey *key = TokenIssuer::signingKey(keystore, parser.value(kidOption), &error);
        if (!key)
            throw Failure(InvalidInput, u"--kid"_s, error);
        request.kid = key->kid;
        request.algorithm = key->algorithm;
        // Only code that can seal needs the sealing key; for the others the generator says
        // what to do instead, which a missing key must not hide.
        if (request.sealed && SnippetGenerator::canSeal(request.format)) {
            const SigningKey *sealing = TokenIssuer::sealingKey(keystore, QString(), &error);
            if (!sealing)
                throw Failure(InvalidInput, u"--sealed"_s,
                              error + u" (dashwright keys create PROJECT --alg A256GCM)"_s);
            request.sealingKid = sealing->kid;
        }
    } else if (parser.isSet(kidOption)) {
        throw Failure(UsageError, u"--kid"_s,
                      SnippetGenerator::isBackend(request.format)
                              ? u"code that asks the embed server for tokens signs nothing"_s
                              : u"the page's snippet signs nothing; --kid is for back-end code"_s);
    }
    if (request.format == SnippetFormat::Html)
        request.bundleIntegrity = webBundleIntegrity(webRoots(parser, webRootOption));
    if (request.format == SnippetFormat::Iframe)
        request.frameHostIntegrity = frameHostIntegrity(webRoots(parser, webRootOption));

    QString error;
    const std::optional<Snippet> snippet
            = SnippetGenerator::generate(project, dashboard, request, &error);
    if (!snippet)
        throw Failure(InvalidInput, u"snippet"_s, error);
    for (const QString &warning : snippet->warnings)
        printErr(u"dashwright: warning: "_s + warning);

    if (parser.isSet(outOption)) {
        const QString out = parser.value(outOption);
        if (!writeFileAtomically(out, snippet->code.toUtf8(), 0644, &error))
            throw Failure(RuntimeError, out, error);
    }
    if (parser.isSet(jsonOption)) {
        Json environment = Json::array();
        for (const QString &line : snippet->environment)
            environment.push_back(utf8(line));
        Json warnings = Json::array();
        for (const QString &line : snippet->warnings)
            warnings.push_back(utf8(line));
        const Json out{{"format", utf8(SnippetGenerator::formatName(request.format))},
                       {"dashboard", utf8(dashboard.id)},
                       {"file_name", utf8(snippet->fileName)},
                       {"language", utf8(snippet->language)},
                       {"code", utf8(snippet->code)},
                       {"environment", environment},
                       {"run", utf8(snippet->run)},
                       {"warnings", warnings}};
        printOut(QString::fromStdString(out.dump(2)) + u'\n');
    } else if (!parser.isSet(outOption)) {
        printOut(snippet->code);
    }
    return Ok;
}

} // namespace Dashwright::Cli
