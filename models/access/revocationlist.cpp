// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revocationlist.h"

#include "common/atomicfile.h"
#include "common/filelock.h"
#include "common/json.h"
#include "common/regularfile.h"
#include "common/strictjson.h"
#include "tokenservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <set>
#include <string>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr const char *formatTag = "dashwright-revocations";
// A jti is whatever the issuer chose (ours are 22 characters); a bound keeps a hostile file from
// costing more than its size.
constexpr qsizetype maximumJti = 1024;

struct Entry
{
    QString jti;
    QDateTime revokedAt;
    QDateTime expiresAt; // invalid: unknown
};

QString isoDate(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime nowInSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

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

bool checkJti(const QString &jti, QString *why)
{
    if (jti.isEmpty()) {
        *why = u"the jti is empty"_s;
        return false;
    }
    if (jti.size() > maximumJti) {
        *why = u"the jti is longer than %1 characters"_s.arg(maximumJti);
        return false;
    }
    return true;
}

std::optional<QList<Entry>> parse(const QByteArray &text, QString *error)
{
    std::optional<Json> json = parseStrictJson(text, error);
    if (!json)
        return std::nullopt;
    const auto fail = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (!json->is_object())
        return fail(u"a JSON object is required"_s);
    for (const auto &[member, value] : json->items()) {
        if (member != "format" && member != "version" && member != "revoked")
            return fail(u"unknown member \"%1\""_s.arg(QString::fromStdString(member).left(100)));
    }
    const auto format = json->find("format");
    if (format == json->end() || *format != formatTag)
        return fail(u"not a Dashwright revocation list (\"format\" is not \"%1\")"_s.arg(
                QLatin1StringView(formatTag)));
    const auto version = json->find("version");
    if (version == json->end() || !version->is_number_integer() || *version < 1)
        return fail(u"version: a positive integer is required"_s);
    if (*version > RevocationList::currentVersion)
        return fail(
                u"version %1 is newer than this Dashwright reads (%2)"_s.arg(version->get<qint64>())
                        .arg(RevocationList::currentVersion));
    const auto revoked = json->find("revoked");
    if (revoked == json->end() || !revoked->is_array())
        return fail(u"revoked: an array is required"_s);

    QList<Entry> entries;
    entries.reserve(qsizetype(revoked->size()));
    for (size_t i = 0; i < revoked->size(); ++i) {
        const Json &item = (*revoked)[i];
        const QString path = u"revoked[%1]"_s.arg(i);
        if (!item.is_object())
            return fail(path + u": an object is required"_s);
        for (const auto &[member, value] : item.items()) {
            if (member != "jti" && member != "revoked_at" && member != "expires_at")
                return fail(u"%1: unknown member \"%2\""_s.arg(
                        path, QString::fromStdString(member).left(100)));
        }
        Entry entry;
        const auto jti = item.find("jti");
        if (jti == item.end() || !jti->is_string())
            return fail(path + u".jti: a string is required"_s);
        entry.jti = QString::fromStdString(jti->get<std::string>());
        QString why;
        if (!checkJti(entry.jti, &why))
            return fail(u"%1.jti: %2"_s.arg(path, why));
        const auto revokedAt = item.find("revoked_at");
        const auto date = revokedAt == item.end() ? std::nullopt : readDate(*revokedAt);
        if (!date)
            return fail(path
                        + u".revoked_at: an ISO 8601 date and time with its offset is required"_s);
        entry.revokedAt = *date;
        const auto expiresAt = item.find("expires_at");
        if (expiresAt == item.end())
            return fail(path + u".expires_at: a date or null is required"_s);
        if (!expiresAt->is_null()) {
            const auto expires = readDate(*expiresAt);
            if (!expires)
                return fail(path + u".expires_at: null or an ISO 8601 date and time is required"_s);
            entry.expiresAt = *expires;
        }
        entries.append(entry);
    }
    return entries;
}

QByteArray serialize(const QList<Entry> &entries)
{
    Json revoked = Json::array();
    for (const Entry &entry : entries)
        revoked.push_back({{"jti", utf8(entry.jti)},
                           {"revoked_at", utf8(isoDate(entry.revokedAt))},
                           {"expires_at",
                            entry.expiresAt.isValid() ? Json(utf8(isoDate(entry.expiresAt)))
                                                      : Json(nullptr)}});
    const Json json = {{"format", formatTag},
                       {"version", RevocationList::currentVersion},
                       {"revoked", std::move(revoked)}};
    return QByteArray::fromStdString(json.dump(2) + '\n');
}

// Reads and parses the file; *missing tells an absent file (no entries) from an unreadable one.
std::optional<QList<Entry>> load(const QString &path, bool *missing, QString *error)
{
    *missing = false;
    QString why;
    const std::optional<QByteArray> text
            = readRegularFile(path, RevocationList::maximumFileSize, &why);
    if (!text) {
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
            *missing = true;
            return QList<Entry>();
        }
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    }
    auto entries = parse(*text, &why);
    if (!entries)
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
    return entries;
}

// Threads of one program take turns before taking the file's lock: a FileLock is one per file per
// program at a time.
std::mutex &addMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

struct RevocationList::Snapshot
{
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec mtime = {};
    timespec ctime = {};
    QSet<QString> jtis;

    bool sameFile(const struct stat &info) const
    {
        return device == info.st_dev && inode == info.st_ino && size == info.st_size
                && mtime.tv_sec == info.st_mtim.tv_sec && mtime.tv_nsec == info.st_mtim.tv_nsec
                && ctime.tv_sec == info.st_ctim.tv_sec && ctime.tv_nsec == info.st_ctim.tv_nsec;
    }
};

RevocationList::RevocationList(QString path)
    : m_path(std::move(path))
{ }

RevocationList::~RevocationList() = default;

QString RevocationList::pathFor(const QString &projectFilePath)
{
    const QFileInfo project(projectFilePath);
    return project.dir().filePath(project.completeBaseName() + u".revoked"_s);
}

RevocationList::Status RevocationList::checkClaims(const nlohmann::ordered_json &claims,
                                                   QString *error) const
{
    const auto jti = claims.find("jti");
    return check(jti != claims.end() && jti->is_string()
                         ? QString::fromStdString(jti->get<std::string>())
                         : QString(),
                 error);
}

RevocationList::Status RevocationList::check(const QString &jti, QString *error) const
{
    const std::lock_guard lock(m_mutex);
    struct stat info = {};
    const QByteArray name = QFile::encodeName(m_path);
    if (::stat(name.constData(), &info) != 0) {
        struct stat link = {};
        // A symbolic link to nothing is a list someone meant to be there: unreadable, not empty.
        if (errno == ENOENT && ::lstat(name.constData(), &link) != 0) {
            m_snapshot.reset();
            return Status::NotRevoked;
        }
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(m_path),
                                     QString::fromLocal8Bit(std::strerror(errno)));
        m_snapshot.reset();
        return Status::Unreadable;
    }
    if (!m_snapshot || !m_snapshot->sameFile(info)) {
        m_snapshot.reset();
        bool missing = false;
        QString why;
        // Read after the stat: what is read is at least as new as what the stat saw, so a change
        // between the two at worst costs one more read on the next call.
        const std::optional<QList<Entry>> entries = load(m_path, &missing, &why);
        if (missing)
            return Status::NotRevoked;
        if (!entries) {
            if (error)
                *error = why;
            return Status::Unreadable;
        }
        auto snapshot = std::make_unique<Snapshot>();
        snapshot->device = info.st_dev;
        snapshot->inode = info.st_ino;
        snapshot->size = info.st_size;
        snapshot->mtime = info.st_mtim;
        snapshot->ctime = info.st_ctim;
        for (const Entry &entry : *entries)
            snapshot->jtis.insert(entry.jti);
        m_snapshot = std::move(snapshot);
    }
    return m_snapshot->jtis.contains(jti) ? Status::Revoked : Status::NotRevoked;
}

bool RevocationList::add(const QString &path, const QString &jti, const QDateTime &expiresAt,
                         QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    QString why;
    if (!checkJti(jti, &why)) {
        *error = why;
        return false;
    }
    const std::lock_guard threads(addMutex());
    FileLock lock(path);
    if (!lock.lock(&why)) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    bool missing = false;
    std::optional<QList<Entry>> entries = load(path, &missing, error);
    if (!entries)
        return false;
    const QDateTime now = nowInSeconds();
    const QDateTime pruneBefore
            = now.addSecs(-(TokenVerifier::maximumLifetime + TokenVerifier::leewaySeconds));
    entries->removeIf([&](const Entry &entry) {
        return entry.expiresAt.isValid() && entry.expiresAt < pruneBefore;
    });
    const bool listed = std::any_of(entries->cbegin(), entries->cend(),
                                    [&](const Entry &entry) { return entry.jti == jti; });
    if (!listed) {
        Entry entry{jti, now, {}};
        if (expiresAt.isValid())
            entry.expiresAt = QDateTime::fromSecsSinceEpoch(expiresAt.toSecsSinceEpoch(), Qt::UTC);
        entries->append(entry);
    }
    // Not secret (a jti grants nothing), and every server instance must read it, whichever user
    // it runs as.
    if (!writeFileAtomically(path, serialize(*entries), S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH,
                             &why)) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace Dashwright
