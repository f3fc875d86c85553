// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystorecipher.h"

#include "common/json.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr const char *formatTag = "dashwright-keystore";
constexpr const char *cipherName = "aes-256-gcm";
constexpr const char *kdfName = "scrypt";
// Binds the ciphertext to this format: a blob sealed for something else never opens as a keystore.
constexpr std::string_view associatedData = "dashwright-keystore:1";
constexpr int keyLength = 32;
constexpr int saltLength = 16;
constexpr int ivLength = 12; // the GCM nonce size NIST SP 800-38D recommends
constexpr int tagLength = 16;
// A tampered file must not make the reader allocate gigabytes: scrypt takes 128·N·r bytes.
constexpr quint64 maximumMemory = quint64(256) * 1024 * 1024;

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
    void operator()(EVP_CIPHER *cipher) const { EVP_CIPHER_free(cipher); }
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
template<typename T>
using Owned = std::unique_ptr<T, KdfDeleter>;

// The derived key, wiped when it goes out of scope whatever the path out.
struct DerivedKey
{
    std::array<unsigned char, keyLength> bytes{};
    ~DerivedKey() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

bool costIsSane(const KeystoreCipher::Cost &cost)
{
    const bool powerOfTwo = cost.n > 1 && (cost.n & (cost.n - 1)) == 0;
    return powerOfTwo && cost.n <= (quint64(1) << 20) && cost.r >= 1 && cost.r <= 32 && cost.p >= 1
            && cost.p <= 16 && 128 * cost.n * cost.r <= maximumMemory;
}

bool deriveKey(QByteArrayView passphrase, QByteArrayView salt, const KeystoreCipher::Cost &cost,
               DerivedKey &key, QString *error)
{
    const Owned<EVP_KDF> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    const Owned<EVP_KDF_CTX> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx) {
        *error = u"scrypt is not available in this OpenSSL"_s;
        return false;
    }
    uint64_t n = cost.n;
    uint32_t r = uint32_t(cost.r);
    uint32_t p = uint32_t(cost.p);
    // Room for the 128·N·r scratch buffer plus the 128·r·p one, with slack for OpenSSL's
    // accounting.
    uint64_t maxmem = 128 * cost.n * cost.r + 128 * cost.r * cost.p + quint64(1024) * 1024;
    // An empty passphrase still needs a valid pointer for OSSL_PARAM.
    static const char empty = 0;
    const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_octet_string(
                    OSSL_KDF_PARAM_PASSWORD,
                    const_cast<char *>(passphrase.isEmpty() ? &empty : passphrase.data()),
                    size_t(passphrase.size())),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()),
                                              size_t(salt.size())),
            OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
            OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
            OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
            OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
            OSSL_PARAM_construct_end(),
    };
    if (EVP_KDF_derive(ctx.get(), key.bytes.data(), key.bytes.size(), params) != 1) {
        *error = u"deriving the key from the passphrase failed"_s;
        return false;
    }
    return true;
}

Owned<EVP_CIPHER> fetchCipher()
{
    return Owned<EVP_CIPHER>(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
}

QByteArray encoded(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(base64url);
}

// Strict base64url (DESIGN §8): the decoded bytes must re-encode to exactly the input.
std::optional<QByteArray> decoded(const Json &object, const char *name, qsizetype expectedLength,
                                  QString *error)
{
    const auto it = object.find(name);
    if (it != object.end() && it->is_string()) {
        const QByteArray input = QByteArray::fromStdString(it->get<std::string>());
        auto result = QByteArray::fromBase64Encoding(
                input, base64url | QByteArray::AbortOnBase64DecodingErrors);
        if (result && result.decoded.toBase64(base64url) == input
            && (expectedLength < 0 || result.decoded.size() == expectedLength))
            return result.decoded;
    }
    *error = expectedLength < 0
            ? u"%1: canonical base64url is required"_s.arg(QLatin1StringView(name))
            : u"%1: %2 bytes of canonical base64url are required"_s.arg(QLatin1StringView(name))
                      .arg(expectedLength);
    return std::nullopt;
}

std::optional<quint64> costMember(const Json &object, const char *name, QString *error)
{
    const auto it = object.find(name);
    if (it == object.end() || !it->is_number_unsigned()) {
        *error = u"encryption.%1: a positive integer is required"_s.arg(QLatin1StringView(name));
        return std::nullopt;
    }
    return it->get<quint64>();
}

} // namespace

std::optional<QByteArray> KeystoreCipher::seal(QByteArrayView plaintext, QByteArrayView passphrase,
                                               QString *error)
{
    return seal(plaintext, passphrase, Cost(), error);
}

std::optional<QByteArray> KeystoreCipher::seal(QByteArrayView plaintext, QByteArrayView passphrase,
                                               const Cost &cost, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!costIsSane(cost)) {
        *error = u"unsupported scrypt parameters"_s;
        return std::nullopt;
    }
    QByteArray salt(saltLength, Qt::Uninitialized);
    QByteArray iv(ivLength, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), saltLength) != 1
        || RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), ivLength) != 1) {
        *error = u"the random number generator failed"_s;
        return std::nullopt;
    }
    DerivedKey key;
    if (!deriveKey(passphrase, salt, cost, key, error))
        return std::nullopt;

    const Owned<EVP_CIPHER> cipher = fetchCipher();
    const Owned<EVP_CIPHER_CTX> ctx(EVP_CIPHER_CTX_new());
    QByteArray ciphertext(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(tagLength, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok = cipher && ctx
            && EVP_EncryptInit_ex2(ctx.get(), cipher.get(), key.bytes.data(),
                                   reinterpret_cast<const unsigned char *>(iv.constData()), nullptr)
                    == 1
            && EVP_EncryptUpdate(ctx.get(), nullptr, &length,
                                 reinterpret_cast<const unsigned char *>(associatedData.data()),
                                 int(associatedData.size()))
                    == 1
            && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(ciphertext.data()),
                                 &length, reinterpret_cast<const unsigned char *>(plaintext.data()),
                                 int(plaintext.size()))
                    == 1
            && EVP_EncryptFinal_ex(ctx.get(),
                                   reinterpret_cast<unsigned char *>(ciphertext.data()) + length,
                                   &finalLength)
                    == 1
            && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagLength, tag.data()) == 1;
    if (!ok) {
        *error = u"AES-256-GCM encryption failed"_s;
        return std::nullopt;
    }
    ciphertext.truncate(length + finalLength);

    const Json envelope = {
            {"format", formatTag},
            {"version", 1},
            {"encryption",
             {{"cipher", cipherName},
              {"kdf", kdfName},
              {"n", cost.n},
              {"r", cost.r},
              {"p", cost.p},
              {"salt", encoded(salt).toStdString()},
              {"iv", encoded(iv).toStdString()},
              {"tag", encoded(tag).toStdString()}}},
            {"ciphertext", encoded(ciphertext).toStdString()},
    };
    return QByteArray::fromStdString(envelope.dump(2) + '\n');
}

bool KeystoreCipher::isEnvelope(const Json &json)
{
    return json.is_object() && json.contains("encryption");
}

std::optional<QByteArray> KeystoreCipher::open(const Json &envelope, QByteArrayView passphrase,
                                               QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const auto encryption = envelope.find("encryption");
    if (encryption == envelope.end() || !encryption->is_object()) {
        *error = u"encryption: an object is required"_s;
        return std::nullopt;
    }
    const Json &e = *encryption;
    if (e.value("cipher", Json()) != cipherName || e.value("kdf", Json()) != kdfName) {
        *error = u"encryption: only cipher \"%1\" with kdf \"%2\" is supported"_s.arg(
                QLatin1StringView(cipherName), QLatin1StringView(kdfName));
        return std::nullopt;
    }
    Cost cost;
    const auto n = costMember(e, "n", error);
    const auto r = n ? costMember(e, "r", error) : std::nullopt;
    const auto p = r ? costMember(e, "p", error) : std::nullopt;
    if (!p)
        return std::nullopt;
    cost = {*n, *r, *p};
    if (!costIsSane(cost)) {
        *error = u"encryption: unsupported scrypt parameters (N a power of two up to 2^20, at most 256 MiB)"_s;
        return std::nullopt;
    }
    QString why;
    const auto salt = decoded(e, "salt", saltLength, &why);
    const auto iv = salt ? decoded(e, "iv", ivLength, &why) : std::nullopt;
    const auto tag = iv ? decoded(e, "tag", tagLength, &why) : std::nullopt;
    if (!tag) {
        *error = u"encryption."_s + why;
        return std::nullopt;
    }
    const auto ciphertext = decoded(envelope, "ciphertext", -1, error);
    if (!ciphertext)
        return std::nullopt;

    DerivedKey key;
    if (!deriveKey(passphrase, *salt, cost, key, error))
        return std::nullopt;
    const Owned<EVP_CIPHER> cipher = fetchCipher();
    const Owned<EVP_CIPHER_CTX> ctx(EVP_CIPHER_CTX_new());
    QByteArray plaintext(ciphertext->size(), Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    QByteArray expectedTag = *tag;
    const bool ready = cipher && ctx
            && EVP_DecryptInit_ex2(ctx.get(), cipher.get(), key.bytes.data(),
                                   reinterpret_cast<const unsigned char *>(iv->constData()),
                                   nullptr)
                    == 1
            && EVP_DecryptUpdate(ctx.get(), nullptr, &length,
                                 reinterpret_cast<const unsigned char *>(associatedData.data()),
                                 int(associatedData.size()))
                    == 1
            && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plaintext.data()),
                                 &length,
                                 reinterpret_cast<const unsigned char *>(ciphertext->constData()),
                                 int(ciphertext->size()))
                    == 1
            && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagLength, expectedTag.data())
                    == 1;
    // The tag is checked here; until it passes, the bytes decrypted so far are not to be trusted.
    if (!ready
        || EVP_DecryptFinal_ex(ctx.get(),
                               reinterpret_cast<unsigned char *>(plaintext.data()) + length,
                               &finalLength)
                != 1) {
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        *error = u"wrong passphrase or damaged keystore"_s;
        return std::nullopt;
    }
    plaintext.truncate(length + finalLength);
    return plaintext;
}

} // namespace Dashwright
