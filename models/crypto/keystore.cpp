// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "base64url.h"
#include "common/json.h"
#include "keymaterial.h"
#include "keystorecipher.h"

#include "common/strictjson.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr const char *formatTag = "dashwright-keystore";

QString fromUtf8(const std::string &text)
{
    return QString::fromStdString(text);
}

std::optional<QByteArray> randomBytes(int count, QString *error)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1) {
        *error = u"the random number generator failed"_s;
        return std::nullopt;
    }
    return bytes;
}

QString statusName(SigningKey::Status status)
{
    return status == SigningKey::Status::Active ? u"active"_s : u"retired"_s;
}

QString kindName(StoredSecret::Kind kind)
{
    return kind == StoredSecret::Kind::Password ? u"password"_s : u"api_key"_s;
}

bool checkKeyMaterial(const SigningKey &key, QString *why)
{
    if (key.kid.isEmpty()) {
        *why = u"the kid is empty"_s;
        return false;
    }
    if (isSymmetric(key.algorithm)) {
        if (key.secret.size() != secretLength(key.algorithm)) {
            *why = u"a %1 key is %2 bytes long, not %3"_s.arg(keyAlgorithmName(key.algorithm))
                           .arg(secretLength(key.algorithm))
                           .arg(key.secret.size());
            return false;
        }
    } else if (!key.privateJwk.is_object()) {
        *why = u"a %1 key needs its private JWK"_s.arg(keyAlgorithmName(key.algorithm));
        return false;
    }
    return true;
}

// Reads one required string member, or says which one is missing.
std::optional<std::string> stringMember(const Json &object, const char *name, const QString &path,
                                        QString *error)
{
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string()) {
        *error = u"%1.%2: a string is required"_s.arg(path, QLatin1StringView(name));
        return std::nullopt;
    }
    return it->get<std::string>();
}

std::optional<SigningKey> readSigningKey(const Json &json, const QString &path, QString *error)
{
    if (!json.is_object()) {
        *error = path + u": an object is required"_s;
        return std::nullopt;
    }
    const auto kid = stringMember(json, "kid", path, error);
    const auto alg = kid ? stringMember(json, "alg", path, error) : std::nullopt;
    const auto created = alg ? stringMember(json, "created", path, error) : std::nullopt;
    const auto status = created ? stringMember(json, "status", path, error) : std::nullopt;
    if (!status)
        return std::nullopt;

    SigningKey key;
    key.kid = fromUtf8(*kid);
    const auto algorithm = keyAlgorithmFromName(fromUtf8(*alg));
    if (!algorithm) {
        *error = u"%1.alg: unknown algorithm \"%2\""_s.arg(path, fromUtf8(*alg));
        return std::nullopt;
    }
    key.algorithm = *algorithm;
    key.created = QDateTime::fromString(fromUtf8(*created), Qt::ISODate);
    if (!key.created.isValid()) {
        *error = u"%1.created: not an ISO 8601 date and time"_s.arg(path);
        return std::nullopt;
    }
    key.created = key.created.toUTC();
    if (*status == "active") {
        key.status = SigningKey::Status::Active;
    } else if (*status == "retired") {
        key.status = SigningKey::Status::Retired;
    } else {
        *error = u"%1.status: \"active\" or \"retired\" expected"_s.arg(path);
        return std::nullopt;
    }

    if (isSymmetric(key.algorithm)) {
        const auto secret = stringMember(json, "secret", path, error);
        if (!secret)
            return std::nullopt;
        const auto bytes = Base64Url::decode(QByteArray::fromStdString(*secret));
        if (!bytes) {
            *error = u"%1.secret: not canonical base64url"_s.arg(path);
            return std::nullopt;
        }
        key.secret = *bytes;
    } else {
        const auto jwk = json.find("private_jwk");
        key.privateJwk = jwk == json.end() ? Json() : *jwk;
    }
    QString why;
    if (!checkKeyMaterial(key, &why)) {
        *error = path + u": "_s + why;
        return std::nullopt;
    }
    return key;
}

std::optional<StoredSecret> readSecret(const Json &json, const QString &path, QString *error)
{
    if (!json.is_object()) {
        *error = path + u": an object is required"_s;
        return std::nullopt;
    }
    const auto id = stringMember(json, "id", path, error);
    const auto kind = id ? stringMember(json, "kind", path, error) : std::nullopt;
    const auto value = kind ? stringMember(json, "value", path, error) : std::nullopt;
    if (!value)
        return std::nullopt;
    StoredSecret secret;
    secret.id = fromUtf8(*id);
    if (secret.id.isEmpty()) {
        *error = path + u".id: the id is empty"_s;
        return std::nullopt;
    }
    if (*kind == "password") {
        secret.kind = StoredSecret::Kind::Password;
    } else if (*kind == "api_key") {
        secret.kind = StoredSecret::Kind::ApiKey;
    } else {
        *error = u"%1.kind: \"password\" or \"api_key\" expected"_s.arg(path);
        return std::nullopt;
    }
    secret.value = fromUtf8(*value);
    return secret;
}

const Json *arrayMember(const Json &object, const char *name, QString *error)
{
    const auto it = object.find(name);
    if (it == object.end() || !it->is_array()) {
        *error = u"%1: an array is required"_s.arg(QLatin1StringView(name));
        return nullptr;
    }
    return &*it;
}

// The members plain and encrypted keystores share.
bool checkHeader(const Json &json, QString *error)
{
    const auto format = json.find("format");
    if (format == json.end() || !format->is_string() || *format != formatTag) {
        *error = u"not a Dashwright keystore (\"format\" is not \"%1\")"_s.arg(
                QLatin1StringView(formatTag));
        return false;
    }
    const auto version = json.find("version");
    if (version == json.end() || !version->is_number_integer() || *version < 1) {
        *error = u"version: a positive integer is required"_s;
        return false;
    }
    if (*version > Keystore::currentVersion) {
        *error = u"version %1 is newer than this Dashwright reads (%2)"_s
                         .arg(version->get<qint64>())
                         .arg(Keystore::currentVersion);
        return false;
    }
    return true;
}

} // namespace

std::optional<Keystore> Keystore::read(QByteArrayView text, QString *error)
{
    return read(text, QByteArray(), error);
}

std::optional<Keystore> Keystore::read(QByteArrayView text, const QByteArray &passphrase,
                                       QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    std::optional<Json> parsed = parseStrictJson(text, error);
    if (!parsed)
        return std::nullopt;
    if (!parsed->is_object()) {
        *error = u"a JSON object is required"_s;
        return std::nullopt;
    }
    if (!checkHeader(*parsed, error))
        return std::nullopt;
    if (!KeystoreCipher::isEnvelope(*parsed))
        return fromJson(*parsed, error);
    if (passphrase.isEmpty()) {
        *error = u"the keystore is encrypted: a passphrase is needed"_s;
        return std::nullopt;
    }
    std::optional<QByteArray> plaintext = KeystoreCipher::open(*parsed, passphrase, error);
    if (!plaintext)
        return std::nullopt;
    std::optional<Json> inner = parseStrictJson(*plaintext, error);
    OPENSSL_cleanse(plaintext->data(), size_t(plaintext->size()));
    // The plaintext is a plain keystore: an envelope inside an envelope is not one.
    if (!inner || !inner->is_object() || KeystoreCipher::isEnvelope(*inner)
        || !checkHeader(*inner, error)) {
        if (inner)
            *error = u"the decrypted keystore is not a plain keystore"_s;
        return std::nullopt;
    }
    auto keystore = fromJson(*inner, error);
    if (keystore)
        keystore->m_passphrase = passphrase;
    return keystore;
}

bool Keystore::isEncrypted(QByteArrayView text)
{
    QString error;
    const std::optional<Json> parsed = parseStrictJson(text, &error);
    return parsed && KeystoreCipher::isEnvelope(*parsed);
}

std::optional<Keystore> Keystore::fromJson(const nlohmann::ordered_json &json, QString *error)
{
    Keystore keystore;
    const Json *keys = arrayMember(json, "signing_keys", error);
    const Json *secrets = keys ? arrayMember(json, "secrets", error) : nullptr;
    const Json *apiKeys = secrets ? arrayMember(json, "api_keys", error) : nullptr;
    if (!apiKeys)
        return std::nullopt;
    for (size_t i = 0; i < keys->size(); ++i) {
        const QString path = u"signing_keys[%1]"_s.arg(i);
        auto key = readSigningKey((*keys)[i], path, error);
        if (!key)
            return std::nullopt;
        if (keystore.signingKey(key->kid)) {
            *error = u"%1.kid: \"%2\" is used twice"_s.arg(path, key->kid);
            return std::nullopt;
        }
        keystore.m_signingKeys.append(*key);
    }
    for (size_t i = 0; i < secrets->size(); ++i) {
        const QString path = u"secrets[%1]"_s.arg(i);
        auto secret = readSecret((*secrets)[i], path, error);
        if (!secret)
            return std::nullopt;
        if (keystore.secret(secret->id)) {
            *error = u"%1.id: \"%2\" is used twice"_s.arg(path, secret->id);
            return std::nullopt;
        }
        keystore.m_secrets.append(*secret);
    }
    // Versions before API keys had a type wrote an empty array here; nothing ever filled it.
    for (size_t i = 0; i < apiKeys->size(); ++i) {
        const QString path = u"api_keys[%1]"_s.arg(i);
        auto key = ApiKey::fromJson((*apiKeys)[i], path, error);
        if (!key)
            return std::nullopt;
        if (keystore.apiKey(key->id)) {
            *error = u"%1.id: \"%2\" is used twice"_s.arg(path, key->id);
            return std::nullopt;
        }
        keystore.m_apiKeys.append(*key);
    }
    return keystore;
}

QByteArray Keystore::write() const
{
    Json keys = Json::array();
    for (const SigningKey &key : m_signingKeys) {
        Json entry = {{"kid", key.kid.toStdString()},
                      {"alg", keyAlgorithmName(key.algorithm).toStdString()},
                      {"created", key.created.toUTC().toString(Qt::ISODate).toStdString()},
                      {"status", statusName(key.status).toStdString()}};
        if (isSymmetric(key.algorithm))
            entry["secret"] = Base64Url::encode(key.secret).toStdString();
        else
            entry["private_jwk"] = key.privateJwk;
        keys.push_back(std::move(entry));
    }
    Json secrets = Json::array();
    for (const StoredSecret &secret : m_secrets) {
        secrets.push_back({{"id", secret.id.toStdString()},
                           {"kind", kindName(secret.kind).toStdString()},
                           {"value", secret.value.toStdString()}});
    }
    Json apiKeys = Json::array();
    for (const ApiKey &key : m_apiKeys)
        apiKeys.push_back(key.toJson());
    const Json json = {{"format", formatTag},
                       {"version", currentVersion},
                       {"signing_keys", std::move(keys)},
                       {"secrets", std::move(secrets)},
                       {"api_keys", std::move(apiKeys)}};
    return QByteArray::fromStdString(json.dump(2) + '\n');
}

std::optional<QByteArray> Keystore::fileContents(QString *error) const
{
    QByteArray plaintext = write();
    if (m_passphrase.isEmpty())
        return plaintext;
    auto sealed = KeystoreCipher::seal(plaintext, m_passphrase, error);
    OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
    return sealed;
}

const SigningKey *Keystore::signingKey(const QString &kid) const
{
    const auto it = std::find_if(m_signingKeys.cbegin(), m_signingKeys.cend(),
                                 [&](const SigningKey &k) { return k.kid == kid; });
    return it == m_signingKeys.cend() ? nullptr : &*it;
}

const SigningKey *Keystore::activeSigningKey(KeyAlgorithm algorithm) const
{
    const SigningKey *newest = nullptr;
    for (const SigningKey &key : m_signingKeys) {
        if (key.algorithm == algorithm && key.status == SigningKey::Status::Active
            && (!newest || key.created >= newest->created))
            newest = &key;
    }
    return newest;
}

const SigningKey *Keystore::verificationKey(const QString &kid) const
{
    const SigningKey *key = signingKey(kid);
    return key && key->status == SigningKey::Status::Active ? key : nullptr;
}

bool Keystore::addSigningKey(const SigningKey &key, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (signingKey(key.kid)) {
        *error = u"a key with kid \"%1\" already exists"_s.arg(key.kid);
        return false;
    }
    if (!checkKeyMaterial(key, error))
        return false;
    m_signingKeys.append(key);
    return true;
}

std::optional<SigningKey> Keystore::generateSigningKey(KeyAlgorithm algorithm, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!isSymmetric(algorithm)) {
        // Key pairs and their JWK form are KeyMaterial's: one place knows P-256 and Ed25519.
        std::optional<KeyMaterial> material = KeyMaterial::generate(algorithm, error);
        if (!material)
            return std::nullopt;
        return material->toSigningKey();
    }
    const auto secret = randomBytes(secretLength(algorithm), error);
    // 96 random bits: unguessable and collision-free, yet short enough to read in a token header.
    const auto kidBytes = secret ? randomBytes(12, error) : std::nullopt;
    if (!kidBytes)
        return std::nullopt;
    SigningKey key;
    key.kid = QString::fromLatin1(Base64Url::encode(*kidBytes));
    key.algorithm = algorithm;
    // Whole seconds: the keystore's "created" is ISO 8601 without fractions.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    key.created = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    key.status = SigningKey::Status::Active;
    key.secret = *secret;
    return key;
}

const SigningKey *Keystore::createSigningKey(KeyAlgorithm algorithm, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    std::optional<SigningKey> key = generateSigningKey(algorithm, error);
    // A random 96-bit kid colliding means a broken random generator, not bad luck.
    if (!key || !addSigningKey(*key, error))
        return nullptr;
    return &m_signingKeys.last();
}

const SigningKey *Keystore::rotate(KeyAlgorithm algorithm, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!activeSigningKey(algorithm)) {
        *error = u"no active %1 key to rotate; create one first"_s.arg(keyAlgorithmName(algorithm));
        return nullptr;
    }
    const QDateTime previous = activeSigningKey(algorithm)->created;
    const SigningKey *key = createSigningKey(algorithm, error);
    // "created" has whole seconds; a rotation within the same second as the previous key must still
    // make the new key the newest, so it moves one second past it.
    if (key && key->created <= previous)
        m_signingKeys.last().created = previous.addSecs(1);
    return key;
}

bool Keystore::retire(const QString &kid, QString *error)
{
    for (SigningKey &key : m_signingKeys) {
        if (key.kid == kid) {
            key.status = SigningKey::Status::Retired;
            return true;
        }
    }
    if (error)
        *error = u"no key with kid \"%1\""_s.arg(kid);
    return false;
}

const StoredSecret *Keystore::secret(const QString &id) const
{
    const auto it = std::find_if(m_secrets.cbegin(), m_secrets.cend(),
                                 [&](const StoredSecret &s) { return s.id == id; });
    return it == m_secrets.cend() ? nullptr : &*it;
}

void Keystore::setSecret(const StoredSecret &secret)
{
    for (StoredSecret &existing : m_secrets) {
        if (existing.id == secret.id) {
            existing = secret;
            return;
        }
    }
    m_secrets.append(secret);
}

bool Keystore::removeSecret(const QString &id)
{
    return m_secrets.removeIf([&](const StoredSecret &s) { return s.id == id; }) > 0;
}

const ApiKey *Keystore::apiKey(const QString &id) const
{
    const auto it = std::find_if(m_apiKeys.cbegin(), m_apiKeys.cend(),
                                 [&](const ApiKey &k) { return k.id == id; });
    return it == m_apiKeys.cend() ? nullptr : &*it;
}

std::optional<std::pair<ApiKey, QByteArray>> Keystore::createApiKey(const QString &name,
                                                                    QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    auto made = ApiKey::generate(name, error);
    if (!made)
        return std::nullopt;
    // 64 random bits colliding with a key of this keystore means a broken random generator.
    if (apiKey(made->first.id)) {
        *error = u"an API key with id \"%1\" already exists"_s.arg(made->first.id);
        return std::nullopt;
    }
    m_apiKeys.append(made->first);
    return made;
}

bool Keystore::revokeApiKey(const QString &id, QString *error)
{
    for (ApiKey &key : m_apiKeys) {
        if (key.id == id) {
            if (!key.revoked) {
                key.revoked = true;
                key.revokedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(),
                                                              Qt::UTC);
            }
            return true;
        }
    }
    if (error)
        *error = u"no API key with id \"%1\""_s.arg(id);
    return false;
}

const ApiKey *Keystore::authenticateApiKey(QStringView id, QByteArrayView secret) const
{
    const ApiKey *found = nullptr;
    for (const ApiKey &key : m_apiKeys) {
        if (key.id == id)
            found = &key;
    }
    // An unknown id is compared with a key that matches no secret (an all-zero hash is no
    // SHA-256 output anyone can find a preimage for), so both paths hash and compare once.
    static const ApiKey nobody{{}, {}, QByteArray(ApiKey::hashBytes, '\0'), {}, false, {}};
    const bool matches = (found ? *found : nobody).matches(secret);
    return found && matches ? found : nullptr;
}

} // namespace Dashwright
