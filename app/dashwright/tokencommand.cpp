// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// dashwright token sign|verify|inspect|revoke: mint a token from claims, check one, decode one
// unverified, or revoke one by its jti.
#include "asoptions.h"
#include "cli.h"
#include "keystoreoption.h"

#include "access/revocationlist.h"
#include "access/tokenservice.h"
#include "access/viewer.h"
#include "common/json.h"
#include "common/printable.h"
#include "common/strictjson.h"
#include "document/claimsvalidator.h"

#include <QCommandLineParser>
#include <QDir>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

int sign(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption claimsOption(
            u"claims"_s, u"The authorization claims (JSON), or - for stdin."_s, u"FILE"_s);
    const QCommandLineOption kidOption(
            u"kid"_s,
            u"Sign with this key (default: the newest active HS256, ES256 or EdDSA key)."_s,
            u"KID"_s);
    const QCommandLineOption sealedOption(
            u"sealed"_s, u"Seal the signed token in a JWE (A256GCM): the page cannot read it."_s);
    const QCommandLineOption expiresOption(
            u"expires-in"_s, u"Lifetime in seconds (default 3600, at most 86400)."_s, u"SECONDS"_s);
    parser.addOptions({claimsOption, kidOption, sealedOption, expiresOption});
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"sign"_s, u"The action."_s);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    const QString usage
            = u"dashwright token sign PROJECT --claims FILE|- [--kid KID] [--sealed] [--expires-in SECONDS] [--keystore FILE]"_s;
    parse(parser, args, 2, usage);
    if (!parser.isSet(claimsOption))
        throw Failure(UsageError, args.first(), u"--claims is required\nusage: "_s + usage);
    TokenIssuer::Options options;
    if (parser.isSet(expiresOption)) {
        bool ok = false;
        options.expiresInSeconds = parser.value(expiresOption).toLongLong(&ok);
        if (!ok || options.expiresInSeconds < 1
            || options.expiresInSeconds > TokenVerifier::maximumLifetime)
            throw Failure(UsageError, u"--expires-in"_s,
                          u"expected a number of seconds from 1 to %1"_s.arg(
                                  TokenVerifier::maximumLifetime));
    }
    options.kid = parser.value(kidOption);
    options.sealed = parser.isSet(sealedOption);

    const QString path = parser.positionalArguments().at(1);
    const Project project = loadProject(path);
    const QString claimsName = parser.value(claimsOption);
    QString error;
    const std::optional<Json> claims = parseStrictJson(readInput(claimsName, u"claims"_s), &error);
    if (!claims)
        throw Failure(InvalidInput, claimsName, error);

    // Checked here as well as by the issuer, to name every problem and to give the command-line
    // advice for credentials: only a sealed token may carry them.
    const QString where = claimsName == u"-"_s ? u"claims"_s : claimsName;
    const Problems problems
            = ClaimsValidator::validate(*claims, project, {}, ClaimsValidator::Secrets::Allow);
    // One line, as every error: the first problem, and how many more there are.
    if (!problems.isEmpty())
        throw Failure(InvalidInput, where,
                      problems.first().toString()
                              + (problems.size() == 1
                                         ? QString()
                                         : u" (and %1 more)"_s.arg(problems.size() - 1)));
    if (!options.sealed) {
        const Problems secrets
                = ClaimsValidator::validate(*claims, project, {}, ClaimsValidator::Secrets::Refuse);
        if (!secrets.isEmpty()) {
            const QString problem = secrets.first().toString();
            throw Failure(
                    InvalidInput, where,
                    problem.contains(u"--sealed"_s) ? problem
                                                    : problem
                                    + u" (a signed token is readable by the page that holds it: use --sealed)"_s);
        }
    }

    const Keystore keystore = openKeystore(parser, path);
    const std::optional<QByteArray> token
            = TokenIssuer::issue(*claims, project, keystore, options, &error);
    if (!token)
        throw Failure(InvalidInput, u"token sign"_s, error);
    // A token no verifier here accepts is no token: say so instead of minting it.
    if (token->size() > TokenVerifier::maximumSize)
        throw Failure(InvalidInput, where,
                      u"the token would be %1 bytes, larger than the %2 bytes a verifier accepts: "
                      u"the claims are too large"_s.arg(token->size())
                              .arg(TokenVerifier::maximumSize));
    printOut(*token + '\n');
    return Ok;
}

// Credentials a sealed token carries are shown only when asked for: verify prints the claims to
// whoever runs it, and secrets stay out of stdout unless explicitly requested (DESIGN §3).
void redactCredentials(Json &claims)
{
    const auto overrides = claims.find("account_overrides");
    if (overrides == claims.end() || !overrides->is_object())
        return;
    for (auto &[account, values] : overrides->items()) {
        if (values.is_object() && values.contains("password"))
            values["password"] = "(redacted: --show-credentials)";
    }
}

int verify(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption credentialsOption(
            u"show-credentials"_s, u"--json: show account passwords a sealed token carries."_s);
    parser.addOption(credentialsOption);
    const QCommandLineOption jsonOption(u"json"_s,
                                        u"Print the header, claims, sealed and expires as JSON."_s);
    parser.addOption(jsonOption);
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"verify"_s, u"The action."_s);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    parser.addPositionalArgument(u"TOKEN"_s, u"The token, or - for stdin."_s);
    const QString usage
            = u"dashwright token verify PROJECT TOKEN|- [--json [--show-credentials]] [--keystore FILE]"_s;
    parse(parser, args, 3, usage);
    const QString path = parser.positionalArguments().at(1);
    const Project project = loadProject(path);
    const Keystore keystore = openKeystore(parser, path);
    const QByteArray token = tokenArgument(parser.positionalArguments().at(2));

    QString error;
    const TokenVerifier verifier(project, keystore);
    // The token and what it grants, as every other consumer of tokens sees them.
    const std::optional<Viewer> viewer = Viewer::token(project, verifier, token, &error);
    if (!viewer)
        throw Failure(InvalidInput, u"token"_s, error);
    failIfRevoked(*viewer, path);
    const std::optional<VerifiedToken> &verified = viewer->verifiedToken();
    if (parser.isSet(jsonOption)) {
        Json claims = verified->claims;
        if (!parser.isSet(credentialsOption))
            redactCredentials(claims);
        const Json out = {{"header", verified->header},
                          {"claims", std::move(claims)},
                          {"sealed", verified->sealed},
                          {"expires", utf8(isoTime(verified->expires))}};
        printOut(QByteArray::fromStdString(out.dump(2) + '\n'));
    } else {
        const std::string alg = verified->header.value("alg", std::string());
        // Past exp but inside the clock-skew leeway (RFC 7519 §4.1.4) still verifies; the summary
        // says it expired and why it is accepted, never "expires" with a time in the past.
        const qint64 late = verified->expires.secsTo(QDateTime::currentDateTimeUtc());
        const QString expiry = late > 0
                ? u"expired at %1 (%2 s ago; accepted within the %3 s clock-skew leeway)"_s.arg(
                        isoTime(verified->expires), QString::number(late),
                        QString::number(TokenVerifier::leewaySeconds))
                : u"expires "_s + isoTime(verified->expires);
        printOut(u"valid: %1 token, kid %2 (%3), %4\n"_s.arg(
                verified->sealed ? u"sealed"_s : u"signed"_s, printable(verified->kid),
                printable(QString::fromStdString(alg)), expiry));
    }
    return Ok;
}

// Strict base64url (DESIGN §8), so that inspect shows exactly what a verifier would read.
std::optional<QByteArray> decodeSegment(const QByteArray &segment)
{
    constexpr auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    auto decoded = QByteArray::fromBase64Encoding(
            segment, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(options) != segment)
        return std::nullopt;
    return decoded.decoded;
}

Json decodeJsonSegment(const QByteArray &segment, const QString &name)
{
    const auto bytes = decodeSegment(segment);
    if (!bytes)
        throw Failure(InvalidInput, u"token"_s, u"the %1 is not canonical base64url"_s.arg(name));
    QString error;
    auto json = parseStrictJson(*bytes, &error);
    if (!json || !json->is_object())
        throw Failure(InvalidInput, u"token"_s,
                      u"the %1 is not a JSON object%2"_s.arg(
                              name, error.isEmpty() ? QString() : u": "_s + error));
    return std::move(*json);
}

int inspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"inspect"_s, u"The action."_s);
    parser.addPositionalArgument(u"TOKEN"_s, u"The token, or - for stdin."_s);
    const QString usage = u"dashwright token inspect TOKEN|-"_s;
    parse(parser, args, 2, usage);
    const QByteArray token = tokenArgument(parser.positionalArguments().at(1));
    if (token.size() > TokenVerifier::maximumSize)
        throw Failure(InvalidInput, u"token"_s,
                      u"larger than %1 bytes"_s.arg(TokenVerifier::maximumSize));
    const QList<QByteArray> segments = token.split('.');

    Json out;
    out["verified"] = false;
    if (segments.size() == 3) {
        out["warning"]
                = "NOT VERIFIED: decoded without checking the signature, the keys or the claims; "
                  "use \"dashwright token verify\" before trusting any of it";
        out["sealed"] = false;
        out["header"] = decodeJsonSegment(segments[0], u"header"_s);
        out["payload"] = decodeJsonSegment(segments[1], u"payload"_s);
        if (!decodeSegment(segments[2]) || segments[2].isEmpty())
            throw Failure(InvalidInput, u"token"_s,
                          u"the signature is missing or not canonical base64url"_s);
    } else if (segments.size() == 5) {
        out["warning"]
                = "NOT VERIFIED: a sealed token's claims are encrypted; only its header is shown";
        out["sealed"] = true;
        out["header"] = decodeJsonSegment(segments[0], u"header"_s);
    } else {
        throw Failure(InvalidInput, u"token"_s,
                      u"%1 segments: a signed token has 3, a sealed one 5"_s.arg(segments.size()));
    }
    printOut(QByteArray::fromStdString(out.dump(2) + '\n'));
    return Ok;
}

// Revokes a jti: given as is, or taken from a token that verifies with the project's keys. Only an
// authentic token's jti is revoked from a token: a forged one is refused like any bad token, so
// nobody can fill the list with what a token they made up claims. An expired token is accepted:
// revoking what is already dead is harmless, and scripts revoking a session's tokens need not
// care which have run out.
int revoke(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
            u"json"_s, u"Print the jti, its expiry and the list's file as JSON."_s);
    parser.addOption(jsonOption);
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"revoke"_s, u"The action."_s);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    parser.addPositionalArgument(
            u"JTI|TOKEN"_s,
            u"A token's jti, or the token itself (checked with the project's keys), or - for "
            u"stdin."_s);
    const QString usage
            = u"dashwright token revoke PROJECT JTI|TOKEN|- [--json] [--keystore FILE]"_s;
    parse(parser, args, 3, usage);
    const QString path = parser.positionalArguments().at(1);
    const Project project = loadProject(path);
    const QByteArray argument = tokenArgument(parser.positionalArguments().at(2));

    QString jti;
    QDateTime expires;
    bool expired = false;
    if (argument.contains('.')) {
        const Keystore keystore = openKeystore(parser, path);
        const TokenVerifier verifier(project, keystore);
        QString error;
        const std::optional<VerifiedToken> verified
                = verifier.verify(argument, &error, TokenVerifier::Expiry::Ignore);
        if (!verified)
            throw Failure(InvalidInput, u"token"_s, error);
        const auto claim = verified->claims.find("jti");
        if (claim == verified->claims.end() || !claim->is_string()
            || claim->get<std::string>().empty())
            throw Failure(InvalidInput, u"token"_s,
                          u"the token has no jti, so it cannot be revoked: it stays valid until "
                          u"%1 (retiring its key refuses every token that key signed)"_s.arg(
                                  isoTime(verified->expires)));
        jti = QString::fromStdString(claim->get<std::string>());
        expires = verified->expires;
        expired = verifier.now() > expires;
    } else {
        jti = QString::fromUtf8(argument);
        // What a list holds is printed and logged: a jti is printable text on one line.
        if (jti.isEmpty() || printable(jti, jti.size() + 1) != jti || jti.contains(u' '))
            throw Failure(InvalidInput, u"jti"_s,
                          u"expected a token's jti (printable, no spaces) or the token itself"_s);
    }
    const QString listPath = RevocationList::pathFor(path);
    QString error;
    if (!RevocationList::add(listPath, jti, expires, &error))
        throw Failure(RuntimeError, u"token revoke"_s, error);
    if (parser.isSet(jsonOption)) {
        const Json out = {{"jti", utf8(jti)},
                          {"expires_at", expires.isValid() ? Json(utf8(isoTime(expires))) : Json()},
                          {"expired", expired},
                          {"file", utf8(listPath)}};
        printOut(QByteArray::fromStdString(out.dump(2) + '\n'));
    } else {
        const QString when = !expires.isValid() ? u"expiry unknown: listed for good"_s
                : expired ? u"it had expired already, at %1"_s.arg(isoTime(expires))
                          : u"it would have expired at %1"_s.arg(isoTime(expires));
        printOut(u"revoked jti %1 (%2) in %3\n"_s.arg(printable(jti, 200), when,
                                                      QDir::toNativeSeparators(listPath)));
    }
    return Ok;
}

} // namespace

int runToken(const QStringList &args)
{
    const QString action = args.value(1);
    const QString usage
            = u"dashwright token sign|verify|inspect|revoke …  (dashwright token ACTION --help)"_s;
    // Each action has its own options; the action word stays a positional of its parser.
    if (action == u"sign"_s)
        return sign(args);
    if (action == u"verify"_s)
        return verify(args);
    if (action == u"inspect"_s)
        return inspect(args);
    if (action == u"revoke"_s)
        return revoke(args);
    if (action == u"--help"_s || action == u"-h"_s) {
        printOut(u"usage: "_s + usage
                 + u"\n\nActions (each has its own --help with its options):\n"
                   u"  sign     mint a signed (or sealed) token for authorization claims\n"
                   u"  verify   check a token against the project, its keys and revocations\n"
                   u"  inspect  decode a token's header and claims WITHOUT verifying them\n"
                   u"  revoke   list a token's jti in NAME.revoked (every server refuses it)\n"_s);
        return Ok;
    }
    throw Failure(UsageError, args.first(),
                  (action.isEmpty() ? u"no action given"_s : u"unknown action \"%1\""_s.arg(action))
                          + u"\nusage: "_s + usage);
}

} // namespace Dashwright::Cli
