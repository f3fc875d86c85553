// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keymaterial.h"

#include "base64url.h"
#include "common/json.h"
#include "opensslhandles.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <QScopeGuard>
#include <QSet>

#include <string>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr int coordinateLength
        = 32; // P-256 coordinates and scalars, Ed25519 keys (RFC 7518 §6.2.1.2, RFC 8037 §2)

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

std::optional<QByteArray> randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return std::nullopt;
    return bytes;
}

const char *hmacDigestName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::HS256:
        return "SHA2-256";
    case KeyAlgorithm::HS384:
        return "SHA2-384";
    case KeyAlgorithm::HS512:
        return "SHA2-512";
    default:
        return nullptr;
    }
}

// The member as a string, or nullopt if it is absent; *bad is set when present but not a string.
std::optional<std::string> stringMember(const Json &jwk, const char *name, bool *bad)
{
    const auto it = jwk.find(name);
    if (it == jwk.end())
        return std::nullopt;
    if (!it->is_string()) {
        *bad = true;
        return std::nullopt;
    }
    return it->get<std::string>();
}

// A base64url member of the JWK, decoded strictly; `length` 0 accepts any length.
std::optional<QByteArray> bytesMember(const Json &jwk, const char *name, int length, QString *error)
{
    bool bad = false;
    const auto text = stringMember(jwk, name, &bad);
    if (!text) {
        fail(error,
             bad ? u"the JWK member \"%1\" is not a string"_s.arg(QLatin1StringView(name))
                 : u"the JWK has no \"%1\""_s.arg(QLatin1StringView(name)));
        return std::nullopt;
    }
    auto bytes = Base64Url::decode(QByteArrayView(text->data(), qsizetype(text->size())));
    if (!bytes) {
        fail(error,
             u"the JWK member \"%1\" is not canonical base64url"_s.arg(QLatin1StringView(name)));
        return std::nullopt;
    }
    if (length > 0 && bytes->size() != length) {
        fail(error,
             u"the JWK member \"%1\" must be %2 bytes long"_s.arg(QLatin1StringView(name))
                     .arg(length));
        return std::nullopt;
    }
    return bytes;
}

std::string b64(QByteArrayView bytes)
{
    return Base64Url::encode(bytes).toStdString();
}

bool isSigning(KeyAlgorithm algorithm)
{
    return algorithm != KeyAlgorithm::A256GCM;
}

// "use" and "key_ops", when present, must allow what the algorithm does (Wycheproof's wrong-use
// vectors): a key published for encryption never verifies a signature, and the reverse.
bool checkUse(const Json &jwk, KeyAlgorithm algorithm, QString *error)
{
    bool bad = false;
    const auto use = stringMember(jwk, "use", &bad);
    if (bad)
        return fail(error, u"the JWK member \"use\" is not a string"_s);
    const std::string expectedUse = isSigning(algorithm) ? "sig" : "enc";
    if (use && *use != expectedUse)
        return fail(error,
                    u"a %1 key must have \"use\": \"%2\""_s.arg(
                            keyAlgorithmName(algorithm), QString::fromStdString(expectedUse)));
    const auto ops = jwk.find("key_ops");
    if (ops != jwk.end()) {
        if (!ops->is_array())
            return fail(error, u"the JWK member \"key_ops\" is not an array"_s);
        bool fits = false;
        for (const Json &op : *ops) {
            if (!op.is_string())
                return fail(error, u"the JWK member \"key_ops\" holds a non-string"_s);
            const std::string name = op.get<std::string>();
            fits = fits
                    || (isSigning(algorithm) ? (name == "sign" || name == "verify")
                                             : (name == "encrypt" || name == "decrypt"));
        }
        if (!fits)
            return fail(
                    error,
                    u"the JWK's \"key_ops\" do not allow %1"_s.arg(keyAlgorithmName(algorithm)));
    }
    return true;
}

Ossl::Pkey ecKeyFromCoordinates(const QByteArray &x, const QByteArray &y,
                                const std::optional<QByteArray> &d, QString *error)
{
    QByteArray point = QByteArrayLiteral("\x04") + x + y; // uncompressed SEC1 point
    Ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    Ossl::SecureBignum privateScalar;
    if (d)
        privateScalar.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(d->constData()),
                                      int(d->size()), nullptr));
    if (!builder || (d && !privateScalar)
        || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1",
                                            0)
        || !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                             point.constData(), size_t(point.size()))
        || (d
            && !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY,
                                       privateScalar.get()))) {
        fail(error, u"cannot build the EC key"_s);
        return nullptr;
    }
    Ossl::Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    Ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, d ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                             params.get())
                != 1) {
        fail(error, u"the EC key is not a valid P-256 key"_s);
        return nullptr;
    }
    Ossl::Pkey pkey(raw);
    // fromdata takes the point as given: check it lies on the curve (an invalid-curve attack
    // otherwise), and that a private scalar belongs to that point.
    Ossl::PkeyCtx check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        fail(error, u"the EC point is not on the P-256 curve"_s);
        return nullptr;
    }
    if (d && EVP_PKEY_pairwise_check(check.get()) != 1) {
        fail(error, u"the EC private key does not match its public point"_s);
        return nullptr;
    }
    return pkey;
}

QByteArray bnParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    Ossl::SecureBignum bn(raw);
    QByteArray bytes(coordinateLength, Qt::Uninitialized);
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(bytes.data()), coordinateLength)
        != coordinateLength)
        return {};
    return bytes;
}

QByteArray rawKey(EVP_PKEY *pkey, bool privateHalf)
{
    size_t length = 0;
    const auto get = privateHalf ? EVP_PKEY_get_raw_private_key : EVP_PKEY_get_raw_public_key;
    if (get(pkey, nullptr, &length) != 1)
        return {};
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    if (get(pkey, reinterpret_cast<unsigned char *>(bytes.data()), &length) != 1)
        return {};
    bytes.resize(qsizetype(length));
    return bytes;
}

} // namespace

struct KeyMaterial::Data
{
    QString kid;
    KeyAlgorithm algorithm = KeyAlgorithm::HS256;
    QByteArray secret;
    Ossl::Pkey pkey;
    bool hasPrivate = false;
    Ossl::MacCtx hmac;
    Ossl::PkeyCtx ecdsaSign;
    Ossl::PkeyCtx ecdsaVerify;

    ~Data()
    {
        if (!secret.isEmpty() && secret.isDetached())
            OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    }

    bool prepareEcdsa()
    {
        ecdsaVerify.reset(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
        if (!ecdsaVerify || EVP_PKEY_verify_init(ecdsaVerify.get()) != 1)
            return false;
        if (!hasPrivate)
            return true;
        ecdsaSign.reset(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
        return ecdsaSign && EVP_PKEY_sign_init(ecdsaSign.get()) == 1;
    }

    // The key's HMAC context, keyed once here so that signing only duplicates it.
    bool prepareHmac()
    {
        const char *digest = hmacDigestName(algorithm);
        if (!digest)
            return true;
        if (!Ossl::hmac())
            return false;
        hmac.reset(EVP_MAC_CTX_new(Ossl::hmac()));
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(
                                             OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digest), 0),
                                     OSSL_PARAM_construct_end()};
        return hmac
                && EVP_MAC_init(hmac.get(),
                                reinterpret_cast<const unsigned char *>(secret.constData()),
                                size_t(secret.size()), params)
                == 1;
    }
};

KeyMaterial::KeyMaterial()
    : d(std::make_unique<Data>())
{ }

KeyMaterial::~KeyMaterial() = default;
KeyMaterial::KeyMaterial(KeyMaterial &&) noexcept = default;
KeyMaterial &KeyMaterial::operator=(KeyMaterial &&) noexcept = default;

std::optional<KeyMaterial> KeyMaterial::generate(KeyAlgorithm algorithm, QString *error)
{
    KeyMaterial key;
    key.d->algorithm = algorithm;
    // 96 random bits: unguessable and collision-free, yet short enough to read in a token header.
    const auto kid = randomBytes(12);
    if (!kid) {
        fail(error, u"the random number generator failed"_s);
        return std::nullopt;
    }
    key.d->kid = QString::fromLatin1(Base64Url::encode(*kid));
    if (Dashwright::isSymmetric(algorithm)) {
        auto secret = randomBytes(secretLength(algorithm));
        if (!secret) {
            fail(error, u"the random number generator failed"_s);
            return std::nullopt;
        }
        key.d->secret = *secret;
        key.d->hasPrivate = true;
        if (!key.d->prepareHmac()) {
            fail(error, u"OpenSSL cannot set up HMAC"_s);
            return std::nullopt;
        }
        return key;
    }
    EVP_PKEY *raw = algorithm == KeyAlgorithm::ES256
            ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
            : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!raw) {
        fail(error, u"OpenSSL could not generate a %1 key"_s.arg(keyAlgorithmName(algorithm)));
        return std::nullopt;
    }
    key.d->pkey.reset(raw);
    key.d->hasPrivate = true;
    if (algorithm == KeyAlgorithm::ES256 && !key.d->prepareEcdsa()) {
        fail(error, u"OpenSSL cannot set up ECDSA"_s);
        return std::nullopt;
    }
    return key;
}

std::optional<KeyMaterial> KeyMaterial::fromSigningKey(const SigningKey &signingKey, QString *error)
{
    if (Dashwright::isSymmetric(signingKey.algorithm)) {
        // The keystore holds keys of exactly the hash's length; longer HMAC keys come only as JWKs.
        if (signingKey.secret.size() < secretLength(signingKey.algorithm)
            || (signingKey.algorithm == KeyAlgorithm::A256GCM && signingKey.secret.size() != 32)) {
            fail(error,
                 u"the %1 key \"%2\" is too short"_s.arg(keyAlgorithmName(signingKey.algorithm),
                                                         signingKey.kid));
            return std::nullopt;
        }
        KeyMaterial key;
        key.d->kid = signingKey.kid;
        key.d->algorithm = signingKey.algorithm;
        key.d->secret = signingKey.secret;
        key.d->hasPrivate = true;
        if (!key.d->prepareHmac()) {
            fail(error, u"OpenSSL cannot set up HMAC"_s);
            return std::nullopt;
        }
        return key;
    }
    if (!signingKey.privateJwk.is_object()) {
        fail(error, u"the key \"%1\" has no JWK"_s.arg(signingKey.kid));
        return std::nullopt;
    }
    QString why;
    auto key = fromJwk(signingKey.privateJwk, &why);
    if (!key) {
        fail(error, u"the key \"%1\": %2"_s.arg(signingKey.kid, why));
        return std::nullopt;
    }
    if (key->algorithm() != signingKey.algorithm) {
        fail(error,
             u"the key \"%1\" is stored as %2 but its JWK is %3"_s.arg(
                     signingKey.kid, keyAlgorithmName(signingKey.algorithm),
                     keyAlgorithmName(key->algorithm())));
        return std::nullopt;
    }
    key->d->kid = signingKey.kid;
    return key;
}

std::optional<KeyMaterial> KeyMaterial::fromJwk(const Json &jwk, QString *error)
{
    if (!jwk.is_object()) {
        fail(error, u"a JWK is a JSON object"_s);
        return std::nullopt;
    }
    bool bad = false;
    const auto kty = stringMember(jwk, "kty", &bad);
    const auto alg = stringMember(jwk, "alg", &bad);
    const auto kid = stringMember(jwk, "kid", &bad);
    if (bad || !kty) {
        fail(error,
             u"the JWK needs string members \"kty\" and \"alg\" (and \"kid\", if present, a string)"_s);
        return std::nullopt;
    }
    // A key is used with the one algorithm it was made for (RFC 8725 §3.1), so it must say which.
    if (!alg) {
        fail(error,
             u"the JWK has no \"alg\": a key is used only with the algorithm it was made for"_s);
        return std::nullopt;
    }
    const QString algName = QString::fromStdString(*alg);
    const auto algorithm = keyAlgorithmFromName(algName);
    if (!algorithm) {
        fail(error, u"the JWK's algorithm \"%1\" is not one Dashwright implements"_s.arg(algName));
        return std::nullopt;
    }
    const std::string expectedKty = Dashwright::isSymmetric(*algorithm) ? "oct"
            : *algorithm == KeyAlgorithm::ES256                         ? "EC"
                                                                        : "OKP";
    if (*kty != expectedKty) {
        fail(error,
             u"a %1 key has \"kty\": \"%2\", not \"%3\""_s.arg(
                     algName, QString::fromStdString(expectedKty), QString::fromStdString(*kty)));
        return std::nullopt;
    }
    if (!checkUse(jwk, *algorithm, error))
        return std::nullopt;

    KeyMaterial key;
    key.d->algorithm = *algorithm;
    key.d->kid = kid ? QString::fromStdString(*kid) : QString();

    if (Dashwright::isSymmetric(*algorithm)) {
        auto secret = bytesMember(jwk, "k", 0, error);
        if (!secret)
            return std::nullopt;
        // RFC 7518 §3.2: an HMAC key at least as long as the hash; AES-256 exactly 32 bytes.
        if (*algorithm == KeyAlgorithm::A256GCM ? secret->size() != 32
                                                : secret->size() < secretLength(*algorithm)) {
            OPENSSL_cleanse(secret->data(), size_t(secret->size()));
            fail(error,
                 *algorithm == KeyAlgorithm::A256GCM
                         ? u"an A256GCM key is 32 bytes long"_s
                         : u"a %1 key must be at least %2 bytes long"_s.arg(algName).arg(
                                 secretLength(*algorithm)));
            return std::nullopt;
        }
        key.d->secret = *secret;
        key.d->hasPrivate = true;
        if (!key.d->prepareHmac()) {
            fail(error, u"OpenSSL cannot set up HMAC"_s);
            return std::nullopt;
        }
        return key;
    }

    const auto crv = stringMember(jwk, "crv", &bad);
    const std::string expectedCrv = *algorithm == KeyAlgorithm::ES256 ? "P-256" : "Ed25519";
    if (bad || !crv || *crv != expectedCrv) {
        fail(error,
             u"a %1 key has \"crv\": \"%2\""_s.arg(algName, QString::fromStdString(expectedCrv)));
        return std::nullopt;
    }
    const auto x = bytesMember(jwk, "x", coordinateLength, error);
    if (!x)
        return std::nullopt;
    std::optional<QByteArray> privateBytes;
    if (jwk.contains("d")) {
        privateBytes = bytesMember(jwk, "d", coordinateLength, error);
        if (!privateBytes)
            return std::nullopt;
    }
    const auto wipe = qScopeGuard([&] {
        if (privateBytes)
            OPENSSL_cleanse(privateBytes->data(), size_t(privateBytes->size()));
    });

    if (*algorithm == KeyAlgorithm::ES256) {
        const auto y = bytesMember(jwk, "y", coordinateLength, error);
        if (!y)
            return std::nullopt;
        key.d->pkey = ecKeyFromCoordinates(*x, *y, privateBytes, error);
        if (!key.d->pkey)
            return std::nullopt;
    } else {
        const auto *bytes = reinterpret_cast<const unsigned char *>(
                privateBytes ? privateBytes->constData() : x->constData());
        key.d->pkey.reset(privateBytes ? EVP_PKEY_new_raw_private_key_ex(
                                  nullptr, "ED25519", nullptr, bytes, coordinateLength)
                                       : EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr,
                                                                        bytes, coordinateLength));
        if (!key.d->pkey) {
            fail(error, u"the Ed25519 key is not valid"_s);
            return std::nullopt;
        }
        if (privateBytes) {
            const QByteArray derived = rawKey(key.d->pkey.get(), false);
            if (derived.size() != x->size()
                || CRYPTO_memcmp(derived.constData(), x->constData(), size_t(x->size())) != 0) {
                fail(error, u"the Ed25519 private key does not match its public key"_s);
                return std::nullopt;
            }
        }
    }
    key.d->hasPrivate = privateBytes.has_value();
    if (*algorithm == KeyAlgorithm::ES256 && !key.d->prepareEcdsa()) {
        fail(error, u"OpenSSL cannot set up ECDSA"_s);
        return std::nullopt;
    }
    return key;
}

std::optional<std::vector<KeyMaterial>> KeyMaterial::fromJwks(const Json &jwks, QString *error)
{
    const auto keys = jwks.is_object() ? jwks.find("keys") : jwks.end();
    if (!jwks.is_object() || keys == jwks.end() || !keys->is_array()) {
        fail(error, u"a JWK set is an object with a \"keys\" array"_s);
        return std::nullopt;
    }
    std::vector<KeyMaterial> result;
    QSet<QString> kids;
    for (size_t i = 0; i < keys->size(); ++i) {
        QString why;
        auto key = fromJwk((*keys)[i], &why);
        if (!key) {
            fail(error, u"keys[%1]: %2"_s.arg(i).arg(why));
            return std::nullopt;
        }
        if (kids.contains(key->kid())) {
            fail(error, u"keys[%1]: the kid \"%2\" is used twice"_s.arg(i).arg(key->kid()));
            return std::nullopt;
        }
        kids.insert(key->kid());
        if (!result.empty() && key->hasPrivate() != result.front().hasPrivate()) {
            fail(error, u"keys[%1]: the set mixes public and private keys"_s.arg(i));
            return std::nullopt;
        }
        result.push_back(std::move(*key));
    }
    return result;
}

Json KeyMaterial::toJwk(bool includePrivate) const
{
    const QString alg = keyAlgorithmName(d->algorithm);
    Json jwk;
    if (Dashwright::isSymmetric(d->algorithm)) {
        jwk["kty"] = "oct";
        if (includePrivate)
            jwk["k"] = b64(d->secret);
    } else if (d->algorithm == KeyAlgorithm::ES256) {
        jwk["kty"] = "EC";
        jwk["crv"] = "P-256";
        jwk["x"] = b64(bnParam(d->pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X));
        jwk["y"] = b64(bnParam(d->pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y));
        if (includePrivate && d->hasPrivate) {
            QByteArray scalar = bnParam(d->pkey.get(), OSSL_PKEY_PARAM_PRIV_KEY);
            jwk["d"] = b64(scalar);
            OPENSSL_cleanse(scalar.data(), size_t(scalar.size()));
        }
    } else {
        jwk["kty"] = "OKP";
        jwk["crv"] = "Ed25519";
        jwk["x"] = b64(rawKey(d->pkey.get(), false));
        if (includePrivate && d->hasPrivate) {
            QByteArray scalar = rawKey(d->pkey.get(), true);
            jwk["d"] = b64(scalar);
            OPENSSL_cleanse(scalar.data(), size_t(scalar.size()));
        }
    }
    jwk["kid"] = d->kid.toStdString();
    jwk["alg"] = alg.toStdString();
    jwk["use"] = isSigning(d->algorithm) ? "sig" : "enc";
    return jwk;
}

SigningKey KeyMaterial::toSigningKey() const
{
    SigningKey key;
    key.kid = d->kid;
    key.algorithm = d->algorithm;
    // Whole seconds: the keystore's "created" is ISO 8601 without fractions.
    key.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    key.status = SigningKey::Status::Active;
    if (Dashwright::isSymmetric(d->algorithm))
        key.secret = d->secret;
    else
        key.privateJwk = toJwk(true);
    return key;
}

QString KeyMaterial::kid() const
{
    return d->kid;
}

KeyAlgorithm KeyMaterial::algorithm() const
{
    return d->algorithm;
}

bool KeyMaterial::isSymmetric() const
{
    return Dashwright::isSymmetric(d->algorithm);
}

bool KeyMaterial::hasPrivate() const
{
    return d->hasPrivate;
}

const QByteArray &KeyMaterial::secret() const
{
    return d->secret;
}

EVP_PKEY *KeyMaterial::pkey() const
{
    return d->pkey.get();
}

const EVP_MAC_CTX *KeyMaterial::hmacContext() const
{
    return d->hmac.get();
}

EVP_PKEY_CTX *KeyMaterial::ecdsaContext(bool sign) const
{
    return sign ? d->ecdsaSign.get() : d->ecdsaVerify.get();
}

std::optional<Json> publicJwks(const QList<SigningKey> &keys, QString *error)
{
    Json list = Json::array();
    for (const SigningKey &signingKey : keys) {
        // Symmetric keys have no public half, and a retired key no longer verifies.
        if (Dashwright::isSymmetric(signingKey.algorithm)
            || signingKey.status != SigningKey::Status::Active)
            continue;
        const auto key = KeyMaterial::fromSigningKey(signingKey, error);
        if (!key)
            return std::nullopt;
        list.push_back(key->toJwk(false));
    }
    return Json{{"keys", std::move(list)}};
}

} // namespace Dashwright
