// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/authorizations: a back end that would rather not hold signing keys sends the claims
// with an API key and gets a token minted here (after Luzmo's authorization endpoint).
#include "embedapi.h"

#include "access/tokenservice.h"
#include "common/strictjson.h"
#include "crypto/apikey.h"

#include <QDateTime>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

EmbedReply apiKeyRefused(const QString &message)
{
    EmbedReply reply = EmbedReply::error(401, "api_key_invalid", message);
    reply.denial = u"api_key_invalid"_s;
    reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                          QByteArrayLiteral("Basic realm=\"dashwright\", charset=\"UTF-8\"")});
    return reply;
}

} // namespace

EmbedReply EmbedApi::authorize(const EmbedState &state, QByteArrayView authorization,
                               QByteArrayView query, QByteArrayView body)
{
    // HTTP Basic (RFC 7617): base64 of "API_KEY_ID:SECRET".
    const QByteArrayView header = authorization.trimmed();
    if (header.size() < 7 || header.first(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        return apiKeyRefused(
                u"send an API key as HTTP Basic credentials (curl -u KEY_ID:SECRET)"_s);
    const auto decoded = QByteArray::fromBase64Encoding(header.sliced(6).trimmed().toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (!decoded || colon <= 0)
        return apiKeyRefused(u"malformed Basic credentials"_s);
    const QString keyId = QString::fromUtf8(decoded.decoded.left(colon));
    const ApiKey *key = state.keystore().authenticateApiKey(
            keyId, QByteArrayView(decoded.decoded).sliced(colon + 1));
    if (!key)
        return apiKeyRefused(u"unknown, revoked or wrong API key"_s);

    const auto bad
            = [](const QString &message) { return EmbedReply::error(400, "bad_request", message); };
    TokenIssuer::Options options;
    const QUrlQuery parameters(QString::fromUtf8(query.toByteArray()));
    for (const auto &[name, value] : parameters.queryItems(QUrl::FullyDecoded)) {
        if (name == u"sealed"_s && (value == u"true"_s || value == u"false"_s)) {
            options.sealed = value == u"true"_s;
        } else if (name == u"expires_in"_s) {
            bool ok = false;
            options.expiresInSeconds = value.toLongLong(&ok);
            if (!ok || options.expiresInSeconds < 1
                || options.expiresInSeconds > TokenVerifier::maximumLifetime)
                return bad(u"expires_in: a number of seconds from 1 to %1"_s.arg(
                        TokenVerifier::maximumLifetime));
        } else {
            return bad(u"unknown query parameter \"%1\" (expected sealed=true|false, "
                       u"expires_in=SECONDS)"_s.arg(name.left(64)));
        }
    }
    QString why;
    const std::optional<Json> claims = parseStrictJson(body, &why);
    if (!claims || !claims->is_object())
        return bad(claims ? u"the body must be a claims object"_s : why);
    // The registered claims are the server's to set; one in the body would be dropped silently.
    for (const char *registered : {"iss", "aud", "sub", "iat", "nbf", "exp", "jti"}) {
        if (claims->contains(registered))
            return bad(u"%1: set by the server (the lifetime: ?expires_in=SECONDS)"_s.arg(
                    QLatin1StringView(registered)));
    }
    // The same validation as `dashwright token sign`: unknown claim names, wrong types and
    // unknown securables are errors, never ignored.
    const std::optional<QByteArray> token
            = TokenIssuer::issue(*claims, state.project(), state.keystore(), options, &why);
    if (!token) // the advice to seal names the CLI's option; here it is the query parameter
        return bad(why.replace(u"(--sealed)"_s, u"(?sealed=true, with an A256GCM key)"_s));
    // Read back through the verifier: the token this server hands out is one it accepts.
    const std::optional<VerifiedToken> verified = state.verifier().verify(*token, &why);
    if (!verified) {
        EmbedReply failed
                = EmbedReply::error(500, "internal_error", u"the minted token does not verify"_s);
        failed.widgetErrors.append(why);
        return failed;
    }
    EmbedReply reply;
    reply.status = 201;
    reply.subject = QString::fromStdString(verified->claims["sub"].is_string()
                                                   ? verified->claims["sub"].get<std::string>()
                                                   : std::string());
    reply.kid = verified->kid;
    reply.jti = QString::fromStdString(verified->claims["jti"].is_string()
                                               ? verified->claims["jti"].get<std::string>()
                                               : std::string());
    reply.apiKey = keyId; // who asked: the API key's id, never its secret
    reply.body = Json{{"id", utf8(reply.jti)},
                      {"token", token->toStdString()},
                      {"expires_at", utf8(verified->expires.toString(Qt::ISODate))}};
    return reply;
}

} // namespace Dashwright
