// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikey.h"

#include "base64url.h"
#include "common/json.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <set>
#include <string>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr QStringView idPrefix = u"dwk_";
constexpr qsizetype idHexDigits = 16; // 64 random bits: ids are public, they need only be unique

// Whole seconds: the file's dates are ISO 8601 without fractions.
QDateTime nowInSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

QString isoDate(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// An ISO 8601 date and time that says its offset ("Z" as written, or "+02:00"); one without
// would be read in the reader's local time zone.
std::optional<QDateTime> readDate(const Json &value)
{
    if (!value.is_string())
        return std::nullopt;
    const QDateTime time
            = QDateTime::fromString(QString::fromStdString(value.get<std::string>()), Qt::ISODate);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toUTC();
}

} // namespace

QByteArray ApiKey::hashSecret(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

bool ApiKey::matches(QByteArrayView secret) const
{
    const QByteArray hash = hashSecret(secret);
    // The hash is compared even for a revoked key, so that revocation shows in no timing.
    const bool equal = secretHash.size() == hashBytes
            && CRYPTO_memcmp(hash.constData(), secretHash.constData(), size_t(hashBytes)) == 0;
    return equal && !revoked;
}

bool ApiKey::isValidId(QStringView id)
{
    if (id.size() != idPrefix.size() + idHexDigits || !id.startsWith(idPrefix))
        return false;
    for (const QChar c : id.mid(idPrefix.size())) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool ApiKey::checkName(const QString &name, QString *error)
{
    if (name.size() > maximumName) {
        *error = u"the name is longer than %1 characters"_s.arg(maximumName);
        return false;
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            *error = u"the name holds a control character"_s;
            return false;
        }
    }
    return true;
}

std::optional<std::pair<ApiKey, QByteArray>> ApiKey::generate(const QString &name, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!checkName(name, error))
        return std::nullopt;
    unsigned char random[secretBytes + idHexDigits / 2];
    if (RAND_bytes(random, int(sizeof random)) != 1) {
        *error = u"the random number generator failed"_s;
        return std::nullopt;
    }
    QByteArray secret = Base64Url::encode(
            QByteArrayView(reinterpret_cast<const char *>(random), secretBytes));
    ApiKey key;
    key.id = idPrefix.toString()
            + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random + secretBytes),
                                             idHexDigits / 2)
                                          .toHex());
    key.name = name;
    key.secretHash = hashSecret(secret);
    key.created = nowInSeconds();
    OPENSSL_cleanse(random, sizeof random);
    return std::pair{std::move(key), std::move(secret)};
}

Json ApiKey::toJson() const
{
    return {{"id", utf8(id)},
            {"name", utf8(name)},
            {"secret_sha256", Base64Url::encode(secretHash).toStdString()},
            {"created", utf8(isoDate(created))},
            {"revoked_at", revoked ? Json(utf8(isoDate(revokedAt))) : Json(nullptr)}};
}

std::optional<ApiKey> ApiKey::fromJson(const Json &json, const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const auto fail = [&](const char *member, const QString &why) {
        *error = member ? u"%1.%2: %3"_s.arg(path, QLatin1StringView(member), why)
                        : u"%1: %2"_s.arg(path, why);
        return std::nullopt;
    };
    if (!json.is_object())
        return fail(nullptr, u"an object is required"_s);
    static const std::set<std::string> members
            = {"id", "name", "secret_sha256", "created", "revoked_at"};
    for (const auto &[member, value] : json.items()) {
        if (!members.contains(member))
            return fail(nullptr,
                        u"unknown member \"%1\""_s.arg(QString::fromStdString(member).left(100)));
    }
    for (const char *member : {"id", "name", "secret_sha256", "created"}) {
        if (!json.contains(member) || !json[member].is_string())
            return fail(member, u"a string is required"_s);
    }
    if (!json.contains("revoked_at"))
        return fail("revoked_at", u"a date or null is required"_s);

    ApiKey key;
    key.id = QString::fromStdString(json["id"].get<std::string>());
    if (!isValidId(key.id))
        return fail("id", u"not an API key id (\"dwk_\" and 16 lowercase hex digits)"_s);
    key.name = QString::fromStdString(json["name"].get<std::string>());
    QString why;
    if (!checkName(key.name, &why))
        return fail("name", why);
    const auto hash = Base64Url::decode(QByteArray::fromStdString(json["secret_sha256"]));
    if (!hash)
        return fail("secret_sha256", u"not canonical base64url"_s);
    if (hash->size() != hashBytes)
        return fail("secret_sha256",
                    u"a SHA-256 hash is %1 bytes long, not %2"_s.arg(hashBytes).arg(hash->size()));
    key.secretHash = *hash;
    const auto created = readDate(json["created"]);
    if (!created)
        return fail("created", u"not an ISO 8601 date and time with its offset"_s);
    key.created = *created;
    const Json &revokedAt = json["revoked_at"];
    if (!revokedAt.is_null()) {
        const auto date = readDate(revokedAt);
        if (!date)
            return fail("revoked_at",
                        u"null or an ISO 8601 date and time with its offset is required"_s);
        key.revoked = true;
        key.revokedAt = *date;
    }
    return key;
}

} // namespace Dashwright
