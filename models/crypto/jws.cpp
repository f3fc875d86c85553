// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jws.h"

#include "base64url.h"
#include "common/strictjson.h"
#include "joseheader.h"
#include "opensslhandles.h"

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr int es256SignatureLength = 64; // R‖S, 32 bytes each (RFC 7518 §3.4)
constexpr int ed25519SignatureLength = 64;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

std::optional<QByteArray> hmac(QByteArrayView input, const KeyMaterial &key)
{
    // Duplicating the keyed context skips re-fetching HMAC and re-hashing the key (DESIGN §8).
    Ossl::MacCtx ctx(EVP_MAC_CTX_dup(key.hmacContext()));
    if (!ctx || EVP_MAC_update(ctx.get(), bytes(input), size_t(input.size())) != 1)
        return std::nullopt;
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(mac.data()), &length,
                      size_t(mac.size()))
        != 1)
        return std::nullopt;
    mac.resize(qsizetype(length));
    return mac;
}

// ECDSA's DER SEQUENCE { r, s } to the fixed-width R‖S of JWS.
std::optional<QByteArray> derToRaw(QByteArrayView der)
{
    const unsigned char *p = bytes(der);
    Ossl::EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig)
        return std::nullopt;
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(es256SignatureLength, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, 32) != 32 || BN_bn2binpad(s, out + 32, 32) != 32)
        return std::nullopt;
    return raw;
}

std::optional<QByteArray> rawToDer(QByteArrayView raw)
{
    Ossl::EcdsaSig sig(ECDSA_SIG_new());
    Ossl::Bignum r(BN_bin2bn(bytes(raw), 32, nullptr));
    Ossl::Bignum s(BN_bin2bn(bytes(raw) + 32, 32, nullptr));
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return std::nullopt;
    // ECDSA_SIG_set0 took both numbers: the handles let go of them without freeing.
    (void)r.release();
    (void)s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return std::nullopt;
    return der;
}

// ES256 over a prepared context: hash with the SHA-256 fetched once, then sign or verify the digest
// on a duplicate of the key's initialised context (no per-call fetch of ECDSA).
std::optional<QByteArray> ecdsaSign(QByteArrayView input, const KeyMaterial &key)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    Ossl::PkeyCtx ctx(EVP_PKEY_CTX_dup(key.ecdsaContext(true)));
    size_t length = 0;
    if (!ctx
        || EVP_Digest(input.data(), size_t(input.size()), digest, &digestLength, Ossl::sha256(),
                      nullptr)
                != 1
        || EVP_PKEY_sign(ctx.get(), nullptr, &length, digest, digestLength) != 1)
        return std::nullopt;
    QByteArray der(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &length, digest,
                      digestLength)
        != 1)
        return std::nullopt;
    der.resize(qsizetype(length));
    return der;
}

bool ecdsaVerify(QByteArrayView input, QByteArrayView der, const KeyMaterial &key)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    Ossl::PkeyCtx ctx(EVP_PKEY_CTX_dup(key.ecdsaContext(false)));
    return ctx
            && EVP_Digest(input.data(), size_t(input.size()), digest, &digestLength, Ossl::sha256(),
                          nullptr)
            == 1
            && EVP_PKEY_verify(ctx.get(), bytes(der), size_t(der.size()), digest, digestLength)
            == 1;
}

std::optional<QByteArray> digestSign(QByteArrayView input, const KeyMaterial &key, const EVP_MD *md)
{
    Ossl::MdCtx ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key.pkey()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, bytes(input), size_t(input.size())) != 1)
        return std::nullopt;
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes(input), size_t(input.size()))
        != 1)
        return std::nullopt;
    signature.resize(qsizetype(length));
    return signature;
}

bool digestVerify(QByteArrayView input, QByteArrayView signature, const KeyMaterial &key,
                  const EVP_MD *md)
{
    Ossl::MdCtx ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key.pkey()) == 1
            && EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(input),
                                size_t(input.size()))
            == 1;
}

} // namespace

std::optional<Jws::Parsed> Jws::parse(QByteArrayView compact, QString *error)
{
    const qsizetype first = compact.indexOf('.');
    const qsizetype second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (second < 0 || compact.indexOf('.', second + 1) >= 0) {
        fail(error, u"malformed token: a JWS has three segments separated by dots"_s);
        return std::nullopt;
    }
    const auto header = Base64Url::decode(compact.first(first));
    auto payload = Base64Url::decode(compact.sliced(first + 1, second - first - 1));
    auto signature = Base64Url::decode(compact.sliced(second + 1));
    if (!header || !payload || !signature) {
        fail(error,
             u"malformed token: %1 is not strict base64url (no padding, whitespace or stray bits)"_s
                     .arg(!header            ? u"the header"_s
                                  : !payload ? u"the payload"_s
                                             : u"the signature"_s));
        return std::nullopt;
    }
    auto json = parseJoseHeader(*header, error);
    if (!json)
        return std::nullopt;
    const auto alg = json->find("alg");
    if (alg == json->end() || !alg->is_string()) {
        fail(error, u"the header has no \"alg\""_s);
        return std::nullopt;
    }
    Parsed parsed;
    parsed.alg = QString::fromStdString(alg->get<std::string>());
    if (parsed.alg == u"none"_s) {
        fail(error, u"unsigned tokens (alg \"none\") are refused"_s);
        return std::nullopt;
    }
    if (json->contains("crit")) {
        fail(error, u"the header has \"crit\" extensions that Dashwright does not understand"_s);
        return std::nullopt;
    }
    for (const char *name : {"jwk", "jku", "x5u", "x5c"}) {
        if (json->contains(name)) {
            fail(error,
                 u"the header carries a key (\"%1\"); keys come only from the keystore"_s.arg(
                         QLatin1StringView(name)));
            return std::nullopt;
        }
    }
    const auto kid = json->find("kid");
    if (kid != json->end()) {
        if (!kid->is_string()) {
            fail(error, u"the header's \"kid\" is not a string"_s);
            return std::nullopt;
        }
        parsed.kid = QString::fromStdString(kid->get<std::string>());
    }
    parsed.header = std::move(*json);
    parsed.signingInput = compact.first(second).toByteArray();
    parsed.payload = std::move(*payload);
    parsed.signature = std::move(*signature);
    return parsed;
}

bool Jws::verify(const Parsed &jws, const KeyMaterial &key, QString *error)
{
    // The key decides the algorithm; the header only has to agree (RFC 8725 §2.1, §3.1). An HMAC
    // "signature" made with a public key as its secret therefore never reaches HMAC.
    const QString keyAlg = keyAlgorithmName(key.algorithm());
    if (jws.alg != keyAlg || key.algorithm() == KeyAlgorithm::A256GCM) {
        return fail(error,
                    u"the token says alg %1 but the key \"%2\" is for %3"_s.arg(
                            printableHeaderValue(jws.alg), key.kid(), keyAlg));
    }
    const QByteArrayView input(jws.signingInput);
    switch (key.algorithm()) {
    case KeyAlgorithm::HS256:
    case KeyAlgorithm::HS384:
    case KeyAlgorithm::HS512: {
        const auto mac = hmac(input, key);
        if (!mac)
            return fail(error, u"OpenSSL could not compute the MAC"_s);
        if (mac->size() != jws.signature.size()
            || CRYPTO_memcmp(mac->constData(), jws.signature.constData(), size_t(mac->size())) != 0)
            return fail(error, u"the signature does not verify"_s);
        return true;
    }
    case KeyAlgorithm::ES256: {
        if (jws.signature.size() != es256SignatureLength)
            return fail(error,
                        u"an ES256 signature is 64 bytes long (R‖S), not %1"_s.arg(
                                jws.signature.size()));
        const auto der = rawToDer(jws.signature);
        if (!der || !ecdsaVerify(input, *der, key))
            return fail(error, u"the signature does not verify"_s);
        return true;
    }
    case KeyAlgorithm::EdDSA:
        if (jws.signature.size() != ed25519SignatureLength
            || !digestVerify(input, jws.signature, key, nullptr))
            return fail(error, u"the signature does not verify"_s);
        return true;
    case KeyAlgorithm::A256GCM:
        break;
    }
    return fail(error, u"the key cannot verify signatures"_s);
}

std::optional<QByteArray> Jws::signature(QByteArrayView signingInput, const KeyMaterial &key,
                                         QString *error)
{
    if (!key.hasPrivate()) {
        fail(error, u"the key \"%1\" is public only and cannot sign"_s.arg(key.kid()));
        return std::nullopt;
    }
    std::optional<QByteArray> result;
    switch (key.algorithm()) {
    case KeyAlgorithm::HS256:
    case KeyAlgorithm::HS384:
    case KeyAlgorithm::HS512:
        result = hmac(signingInput, key);
        break;
    case KeyAlgorithm::ES256:
        if (const auto der = ecdsaSign(signingInput, key))
            result = derToRaw(*der);
        break;
    case KeyAlgorithm::EdDSA:
        result = digestSign(signingInput, key, nullptr);
        break;
    case KeyAlgorithm::A256GCM:
        fail(error, u"an A256GCM key does not sign"_s);
        return std::nullopt;
    }
    if (!result)
        fail(error, u"OpenSSL could not sign with the key \"%1\""_s.arg(key.kid()));
    return result;
}

std::optional<QByteArray> Jws::signWithHeader(const nlohmann::ordered_json &header,
                                              QByteArrayView payload, const KeyMaterial &key,
                                              QString *error)
{
    const auto alg = header.is_object() ? header.find("alg") : header.end();
    if (!header.is_object() || alg == header.end() || !alg->is_string()
        || alg->get_ref<const std::string &>() != keyAlgorithmName(key.algorithm()).toStdString()) {
        fail(error,
             u"the header must name the key's algorithm %1"_s.arg(
                     keyAlgorithmName(key.algorithm())));
        return std::nullopt;
    }
    const std::string text = header.dump();
    return signCompact(QByteArrayView(text.data(), qsizetype(text.size())), payload, key, error);
}

std::optional<QByteArray> Jws::signCompact(QByteArrayView headerJson, QByteArrayView payload,
                                           const KeyMaterial &key, QString *error)
{
    QByteArray compact = Base64Url::encode(headerJson);
    compact += '.';
    compact += Base64Url::encode(payload);
    const auto sig = signature(compact, key, error);
    if (!sig)
        return std::nullopt;
    compact += '.';
    compact += Base64Url::encode(*sig);
    return compact;
}

std::optional<QByteArray> Jws::sign(QByteArrayView headerJson, QByteArrayView payload,
                                    const KeyMaterial &key, QString *error)
{
    QString why;
    const auto header = parseStrictJson(headerJson, &why);
    bool namesKeyAlg = false;
    if (header && header->is_object()) {
        const auto alg = header->find("alg");
        namesKeyAlg = alg != header->end() && alg->is_string()
                && alg->get<std::string>() == keyAlgorithmName(key.algorithm()).toStdString();
    }
    if (!namesKeyAlg) {
        fail(error,
             u"the header must name the key's algorithm %1"_s.arg(
                     keyAlgorithmName(key.algorithm())));
        return std::nullopt;
    }
    return signCompact(headerJson, payload, key, error);
}

} // namespace Dashwright
