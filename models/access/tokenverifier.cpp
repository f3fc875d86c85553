// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"
#include "enginetext.h"
#include "tokenservice.h"

#include "crypto/joseheader.h"

#include "common/strictjson.h"
#include "crypto/jwe.h"
#include "crypto/jws.h"
#include "document/project.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr const char *audience = "dashwright-embed";

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

QString isoTime(double seconds)
{
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC)
            .toString(Qt::ISODate);
}

// A NumericDate claim (RFC 7519 §2): absent → nullopt with *bad false; not a finite, non-negative
// number → *bad true.
std::optional<double> numericDate(const Json &claims, const char *name, bool *bad)
{
    *bad = false;
    const auto it = claims.find(name);
    if (it == claims.end())
        return std::nullopt;
    if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0) {
        *bad = true;
        return std::nullopt;
    }
    return it->get<double>();
}

bool hasAudience(const Json &claims)
{
    const auto aud = claims.find("aud");
    if (aud == claims.end())
        return false;
    if (aud->is_string())
        return *aud == audience;
    return aud->is_array()
            && std::any_of(aud->begin(), aud->end(), [](const Json &v) { return v == audience; });
}

} // namespace

struct TokenVerifier::KeyCache
{
    std::mutex mutex;
    std::map<QString, std::pair<SigningKey, std::shared_ptr<const KeyMaterial>>> keys;
};

TokenVerifier::TokenVerifier(const Project &project, const Keystore &keystore)
    : m_project(project)
    , m_keystore(keystore)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_keys(std::make_shared<KeyCache>())
{ }

QDateTime TokenVerifier::now() const
{
    return m_clock();
}

void TokenVerifier::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

std::shared_ptr<const KeyMaterial> TokenVerifier::key(const QString &kid, QString *error) const
{
    if (kid.isEmpty()) {
        fail(error, EngineText::tr("the token header has no kid"));
        return nullptr;
    }
    const SigningKey *stored = m_keystore.signingKey(kid);
    if (!stored) {
        fail(error, u"unknown kid \"%1\""_s.arg(printableHeaderValue(kid)));
        return nullptr;
    }
    if (stored->status != SigningKey::Status::Active) {
        fail(error, u"the key \"%1\" is retired"_s.arg(kid));
        return nullptr;
    }
    const std::lock_guard lock(m_keys->mutex);
    auto &entry = m_keys->keys[kid];
    // The keystore may have changed since: a key is reused only while it is the same key.
    if (!entry.second || !(entry.first == *stored)) {
        auto material = KeyMaterial::fromSigningKey(*stored, error);
        if (!material) {
            m_keys->keys.erase(kid);
            return nullptr;
        }
        entry = {*stored, std::make_shared<const KeyMaterial>(std::move(*material))};
    }
    return entry.second;
}

std::optional<VerifiedToken> TokenVerifier::verify(QByteArrayView token, QString *error,
                                                   Expiry expiry, bool *expired) const
{
    if (expired)
        *expired = false;
    if (token.size() > maximumSize) {
        fail(error, EngineText::tr("the token is larger than %1 KiB").arg(maximumSize / 1024));
        return std::nullopt;
    }
    const auto dots = std::count(token.begin(), token.end(), '.');
    if (dots != 2 && dots != 4) {
        const qsizetype parts = dots + 1;
        fail(error,
             parts == 1 ? EngineText::tr("malformed token: 1 part (a signed token has 3 parts "
                                         "separated by dots, a sealed one 5)")
                        : EngineText::tr("malformed token: %1 parts (a signed token has 3 parts "
                                         "separated by dots, a sealed one 5)")
                                  .arg(parts));
        return std::nullopt;
    }
    VerifiedToken result;
    result.sealed = dots == 4;

    QByteArray plaintext;
    QByteArrayView signedToken = token;
    if (result.sealed) {
        const auto jwe = Jwe::parse(token, error);
        if (!jwe)
            return std::nullopt;
        const auto cty = jwe->header.find("cty");
        if (cty == jwe->header.end() || *cty != "JWT") {
            fail(error, u"a sealed token has \"cty\": \"JWT\" (a nested signed token)"_s);
            return std::nullopt;
        }
        const auto sealingKey = key(jwe->kid, error);
        if (!sealingKey)
            return std::nullopt;
        auto decrypted = Jwe::decrypt(*jwe, *sealingKey, error);
        if (!decrypted)
            return std::nullopt;
        plaintext = std::move(*decrypted);
        if (std::count(plaintext.cbegin(), plaintext.cend(), '.') != 2) {
            fail(error, EngineText::tr("the sealed token does not hold a signed token"));
            return std::nullopt;
        }
        signedToken = plaintext;
    }

    auto jws = Jws::parse(signedToken, error);
    if (!jws)
        return std::nullopt;
    const auto typ = jws->header.find("typ");
    if (typ != jws->header.end() && *typ != "JWT") {
        fail(error, u"the token's \"typ\" is not \"JWT\""_s);
        return std::nullopt;
    }
    const auto signingKey = key(jws->kid, error);
    if (!signingKey || !Jws::verify(*jws, *signingKey, error))
        return std::nullopt;

    // Only now, with the signature checked, are the claims worth reading.
    QString why;
    auto claims = parseStrictJson(jws->payload, &why);
    if (!claims || !claims->is_object()) {
        fail(error,
             claims ? EngineText::tr("the claims are not a JSON object")
                    : EngineText::tr("malformed claims: %1").arg(why));
        return std::nullopt;
    }

    const double now = double(m_clock().toSecsSinceEpoch());
    bool bad = false;
    const auto exp = numericDate(*claims, "exp", &bad);
    if (!exp) {
        fail(error,
             bad ? EngineText::tr("exp is not a NumericDate")
                 : EngineText::tr("the token has no exp"));
        return std::nullopt;
    }
    if (expiry == Expiry::Enforce && now > *exp + leewaySeconds) {
        if (expired)
            *expired = true;
        fail(error, EngineText::tr("expired at %1").arg(isoTime(*exp)));
        return std::nullopt;
    }
    const auto nbf = numericDate(*claims, "nbf", &bad);
    if (bad || (nbf && *nbf > now + leewaySeconds)) {
        fail(error,
             bad ? EngineText::tr("nbf is not a NumericDate")
                 : EngineText::tr("not valid before %1").arg(isoTime(*nbf)));
        return std::nullopt;
    }
    const auto iat = numericDate(*claims, "iat", &bad);
    if (bad || (iat && *iat > now + leewaySeconds)) {
        fail(error,
             bad ? EngineText::tr("iat is not a NumericDate")
                 : EngineText::tr("issued in the future (iat %1)").arg(isoTime(*iat)));
        return std::nullopt;
    }
    const double start = iat ? *iat : nbf ? *nbf : now;
    if (*exp - start > double(maximumLifetime)) {
        fail(error,
             EngineText::tr("the token lives longer than the maximum of %1 hours")
                     .arg(maximumLifetime / 3600));
        return std::nullopt;
    }
    const std::string issuer = "dashwright:" + m_project.id.toStdString();
    const auto iss = claims->find("iss");
    if (iss == claims->end() || *iss != issuer) {
        fail(error,
             iss == claims->end()
                     ? EngineText::tr("the token has no iss")
                     : EngineText::tr(
                               "the token was issued for another project (iss is not \"%1\")")
                               .arg(QString::fromStdString(issuer)));
        return std::nullopt;
    }
    // Whoever reads them (revocation, logs) reads strings: anything else is a malformed token.
    for (const char *name : {"jti", "sub"}) {
        const auto it = claims->find(name);
        if (it != claims->end()
            && (!it->is_string() || it->get_ref<const std::string &>().size() > 256)) {
            fail(error,
                 EngineText::tr("the token's %1 is not a string of at most 256 bytes")
                         .arg(QLatin1StringView(name)));
            return std::nullopt;
        }
    }
    if (!hasAudience(*claims)) {
        fail(error,
             EngineText::tr("the token's aud does not name \"%1\"")
                     .arg(QLatin1StringView(audience)));
        return std::nullopt;
    }
    result.header = std::move(jws->header);
    result.claims = std::move(*claims);
    result.kid = jws->kid;
    result.expires = QDateTime::fromSecsSinceEpoch(qint64(std::floor(*exp)), Qt::UTC);
    return result;
}

} // namespace Dashwright
