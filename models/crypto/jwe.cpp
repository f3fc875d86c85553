// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwe.h"

#include "base64url.h"
#include "common/strictjson.h"
#include "joseheader.h"
#include "opensslhandles.h"

#include <openssl/rand.h>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

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

bool isMember(const nlohmann::ordered_json &object, const char *name, const char *value)
{
    const auto it = object.find(name);
    return it != object.end() && it->is_string() && it->get<std::string>() == value;
}

bool checkHeader(const nlohmann::ordered_json &header, QString *error)
{
    if (!isMember(header, "alg", "dir") || !isMember(header, "enc", "A256GCM"))
        return fail(error, u"a sealed token has \"alg\": \"dir\" and \"enc\": \"A256GCM\""_s);
    if (header.contains("crit"))
        return fail(error,
                    u"the header has \"crit\" extensions that Dashwright does not understand"_s);
    if (header.contains("zip"))
        return fail(error, u"compressed (\"zip\") tokens are refused"_s);
    return true;
}

} // namespace

std::optional<Jwe::Parsed> Jwe::parse(QByteArrayView compact, QString *error)
{
    if (std::count(compact.begin(), compact.end(), '.') != 4) {
        fail(error, u"malformed token: a JWE has five segments separated by dots"_s);
        return std::nullopt;
    }
    std::array<qsizetype, 4> dots{};
    qsizetype from = 0;
    for (qsizetype &dot : dots) {
        dot = compact.indexOf('.', from);
        from = dot + 1;
    }
    const auto segment = [&](int i) {
        const qsizetype begin = i == 0 ? 0 : dots[size_t(i - 1)] + 1;
        const qsizetype end = i == 4 ? compact.size() : dots[size_t(i)];
        return compact.sliced(begin, end - begin);
    };
    if (!segment(1).isEmpty()) {
        fail(error, u"malformed token: with \"alg\": \"dir\" the encrypted key segment is empty"_s);
        return std::nullopt;
    }
    const auto header = Base64Url::decode(segment(0));
    auto iv = Base64Url::decode(segment(2));
    auto ciphertext = Base64Url::decode(segment(3));
    auto tag = Base64Url::decode(segment(4));
    if (!header || !iv || !ciphertext || !tag) {
        fail(error, u"malformed token: a segment is not strict base64url"_s);
        return std::nullopt;
    }
    auto json = parseJoseHeader(*header, error);
    if (!json)
        return std::nullopt;
    if (!checkHeader(*json, error))
        return std::nullopt;
    if (iv->size() != ivLength || tag->size() != tagLength) {
        fail(error, u"malformed token: A256GCM takes a 12-byte IV and a 16-byte tag"_s);
        return std::nullopt;
    }
    Parsed parsed;
    const auto kid = json->find("kid");
    if (kid != json->end()) {
        if (!kid->is_string()) {
            fail(error, u"the header's \"kid\" is not a string"_s);
            return std::nullopt;
        }
        parsed.kid = QString::fromStdString(kid->get<std::string>());
    }
    parsed.header = std::move(*json);
    parsed.aad = segment(0).toByteArray();
    parsed.iv = std::move(*iv);
    parsed.ciphertext = std::move(*ciphertext);
    parsed.tag = std::move(*tag);
    return parsed;
}

std::optional<QByteArray> Jwe::decrypt(const Parsed &jwe, const KeyMaterial &key, QString *error)
{
    if (key.algorithm() != KeyAlgorithm::A256GCM) {
        fail(error,
             u"the key \"%1\" is for %2, not A256GCM"_s.arg(key.kid(),
                                                            keyAlgorithmName(key.algorithm())));
        return std::nullopt;
    }
    Ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray plaintext(jwe.ciphertext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    int length = 0;
    int finalLength = 0;
    const bool ok = ctx && Ossl::aes256gcm()
            && EVP_DecryptInit_ex2(ctx.get(), Ossl::aes256gcm(), bytes(key.secret()), bytes(jwe.iv),
                                   nullptr)
                    == 1
            && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(jwe.aad), int(jwe.aad.size()))
                    == 1
            && EVP_DecryptUpdate(ctx.get(), out, &length, bytes(jwe.ciphertext),
                                 int(jwe.ciphertext.size()))
                    == 1
            && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagLength,
                                   const_cast<char *>(jwe.tag.constData()))
                    == 1
            && EVP_DecryptFinal_ex(ctx.get(), out + length, &finalLength) == 1;
    if (!ok) {
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        fail(error, u"the sealed token does not decrypt (wrong key, or altered)"_s);
        return std::nullopt;
    }
    plaintext.resize(length + finalLength);
    return plaintext;
}

std::optional<QByteArray> Jwe::encrypt(QByteArrayView headerJson, QByteArrayView plaintext,
                                       const KeyMaterial &key, QString *error)
{
    std::array<unsigned char, ivLength> iv{};
    if (RAND_bytes(iv.data(), ivLength) != 1) {
        fail(error, u"the random number generator failed"_s);
        return std::nullopt;
    }
    return encryptWithIv(headerJson, plaintext, key, QByteArrayView(iv.data(), ivLength), error);
}

std::optional<QByteArray> Jwe::encryptWithIv(QByteArrayView headerJson, QByteArrayView plaintext,
                                             const KeyMaterial &key, QByteArrayView iv,
                                             QString *error)
{
    if (key.algorithm() != KeyAlgorithm::A256GCM) {
        fail(error,
             u"the key \"%1\" is for %2, not A256GCM"_s.arg(key.kid(),
                                                            keyAlgorithmName(key.algorithm())));
        return std::nullopt;
    }
    if (iv.size() != ivLength) {
        fail(error, u"A256GCM takes a 12-byte IV"_s);
        return std::nullopt;
    }
    QString why;
    const auto header = parseStrictJson(headerJson, &why);
    if (!header || !header->is_object() || !checkHeader(*header, error)) {
        if (!header || !header->is_object())
            fail(error, u"the JWE header is not a JSON object"_s);
        return std::nullopt;
    }
    const QByteArray aad = Base64Url::encode(headerJson);
    Ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray ciphertext(plaintext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(ciphertext.data());
    QByteArray tag(tagLength, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok = ctx && Ossl::aes256gcm()
            && EVP_EncryptInit_ex2(ctx.get(), Ossl::aes256gcm(), bytes(key.secret()), bytes(iv),
                                   nullptr)
                    == 1
            && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1
            && EVP_EncryptUpdate(ctx.get(), out, &length, bytes(plaintext), int(plaintext.size()))
                    == 1
            && EVP_EncryptFinal_ex(ctx.get(), out + length, &finalLength) == 1
            && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagLength, tag.data()) == 1;
    if (!ok) {
        fail(error, u"OpenSSL could not encrypt"_s);
        return std::nullopt;
    }
    ciphertext.resize(length + finalLength);
    QByteArray compact = aad;
    compact += "..";
    compact += Base64Url::encode(iv);
    compact += '.';
    compact += Base64Url::encode(ciphertext);
    compact += '.';
    compact += Base64Url::encode(tag);
    return compact;
}

} // namespace Dashwright
