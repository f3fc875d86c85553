// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "base64url.h"
#include "common/json.h"
#include "keymaterial.h"
#include "keystorecipher.h"

#include "common/filelock.h"
#include "common/regularfile.h"
#include "common/strictjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr const char *formatTag = "dashwright-keystore";
// A keystore holds a few keys and secrets; anything this big is not one.
constexpr qint64 maxFileSize = 16 * 1024 * 1024;

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

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Temporary twins are ".NAME.tmp-XXXXXX" beside NAME: hidden, and distinct enough that removing
// a killed writer's leftovers never touches anything else.
QString temporaryPrefix(const QFileInfo &target)
{
    return u"."_s + target.fileName() + u".tmp-"_s;
}

// Writes `bytes` to `path` so that any reader, and the disk after a crash, sees either the old
// file or the whole new one. QSaveFile is not used: it gives a new file's temporary twin the
// default mode (0666 less the umask), so secrets would sit briefly in a file others may open,
// and avoiding that by creating the target first left an empty keystore behind whenever the
// writer was killed. mkostemp creates the twin 0600 with O_EXCL and a random name.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *why)
{
    QFileInfo target(path);
    // A symlinked keystore stays a symlink: the file it points to is replaced.
    if (target.isSymLink())
        target = QFileInfo(target.symLinkTarget());
    const QString directory = target.absolutePath();
    QByteArray name
            = QFile::encodeName(QDir(directory).filePath(temporaryPrefix(target) + u"XXXXXX"_s));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        *why = u"cannot create a file in %1: %2"_s.arg(QDir::toNativeSeparators(directory),
                                                       systemError());
        return false;
    }
    const auto fail = [&](const QString &what) {
        *why = what + u": "_s + systemError();
        ::close(fd);
        ::unlink(name.constData());
        return false;
    };
    // mkostemp's mode is 0600 already; fchmod keeps it so whatever the umask.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return fail(u"cannot restrict the file's permissions"_s);
    for (qsizetype written = 0; written < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(u"cannot write"_s);
        written += n;
    }
    // The data reaches the disk before the rename does, or a crash could leave the new name on an
    // empty file (ext4 without auto_da_alloc, XFS).
    if (::fsync(fd) != 0)
        return fail(u"cannot write"_s);
    if (::close(fd) != 0) {
        *why = u"cannot write: "_s + systemError();
        ::unlink(name.constData());
        return false;
    }
    if (::rename(name.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        *why = u"cannot replace the file: "_s + systemError();
        ::unlink(name.constData());
        return false;
    }
    // The rename itself is durable once the folder is synced.
    const int dirFd
            = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    // Twins of writers killed mid-save hold secrets; the caller holds the lock, so every twin
    // left is a dead writer's.
    const QStringList leftovers = QDir(directory).entryList(
            {temporaryPrefix(target) + u"??????"_s}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &leftover : leftovers)
        QFile::remove(QDir(directory).filePath(leftover));
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

std::optional<bool> Keystore::isEncryptedFile(const QString &path, QString *error)
{
    QString why;
    const std::optional<QByteArray> text = readRegularFile(path, maxFileSize, &why);
    if (!text) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    }
    return isEncrypted(*text);
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
    keystore.m_apiKeys = *apiKeys;
    return keystore;
}

std::optional<Keystore> Keystore::load(const QString &path, QString *error, QStringList *warnings)
{
    return load(path, QByteArray(), error, warnings);
}

std::optional<Keystore> Keystore::load(const QString &path, const QByteArray &passphrase,
                                       QString *error, QStringList *warnings)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        *error = u"%1: no such keystore"_s.arg(where);
        return std::nullopt;
    }
    // A device or FIFO named as the keystore is refused, never read forever or waited on.
    QString why;
    const std::optional<QByteArray> text = readRegularFile(path, maxFileSize, &why);
    if (!text) {
        *error = u"%1: %2"_s.arg(where, why);
        return std::nullopt;
    }
    // Reading anyway (like a browser's cookie store, unlike ssh) keeps a copied keystore usable;
    // the warning tells the owner to fix it.
    constexpr auto othersMayAccess = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (warnings && (file.permissions() & othersMayAccess))
        warnings->append(
                u"%1: other users may read this keystore; restrict it with chmod 600"_s.arg(where));
    // Dashwright never writes one (save() renames a complete file into place), but older versions
    // and other tools did, and "malformed JSON at byte 1" says nothing about what to do.
    if (text->trimmed().isEmpty()) {
        *error = u"%1: empty keystore (left by an interrupted write?): it holds no keys; "
                 u"delete it, then \"dashwright keys create\" makes a new one"_s.arg(where);
        return std::nullopt;
    }
    auto keystore = read(*text, passphrase, error);
    if (!keystore)
        *error = u"%1: %2"_s.arg(where, *error);
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
    const Json json = {{"format", formatTag},
                       {"version", currentVersion},
                       {"signing_keys", std::move(keys)},
                       {"secrets", std::move(secrets)},
                       {"api_keys", m_apiKeys}};
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

bool Keystore::save(const QString &path, QString *error) const
{
    QString dummy;
    if (!error)
        error = &dummy;
    QString why;
    std::optional<QByteArray> text = fileContents(&why);
    const bool saved = text && writeAtomically(path, *text, &why);
    if (text)
        OPENSSL_cleanse(text->data(), size_t(text->size()));
    if (!saved)
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
    return saved;
}

std::optional<Keystore> Keystore::updated(const QString &path, const Change &change,
                                          QString *error) const
{
    QString dummy;
    if (!error)
        error = &dummy;
    FileLock lock(path);
    if (!lock.lock(error)) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), *error);
        return std::nullopt;
    }
    std::optional<Keystore> current;
    if (QFileInfo::exists(path)) {
        current = load(path, m_passphrase, error);
        if (!current)
            return std::nullopt;
    } else {
        current = Keystore();
        current->m_passphrase = m_passphrase;
    }
    if (!change(*current, error) || !current->save(path, error))
        return std::nullopt;
    return current;
}

bool Keystore::saveNew(const QString &path, QString *error) const
{
    QString dummy;
    if (!error)
        error = &dummy;
    FileLock lock(path);
    if (!lock.lock(error)) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), *error);
        return false;
    }
    if (QFileInfo::exists(path)) {
        *error = u"%1 already exists"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    return save(path, error);
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

} // namespace Dashwright
