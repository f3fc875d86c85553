// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultcache.h"

#include "sources/sqlitestrict.h"

#include "common/regularfile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>

#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Dashwright {

// One read-only connection per SQLite file, kept open: PRAGMA data_version only changes for a
// connection that stays open while others write.
struct ResultCache::Probes
{
    std::mutex mutex;
    struct Probe
    {
        SqliteDatabase db;
        quint64 inode = 0; // of the file it opened: a file replaced by a rename needs a new probe
    };
    std::map<QString, std::unique_ptr<Probe>> databases;
};

namespace {

qint64 estimateBytes(const QueryResult &result)
{
    qint64 bytes = 64;
    for (const QString &c : result.columns)
        bytes += 32 + c.size() * 2;
    for (const QVariantList &row : result.rows) {
        bytes += 32;
        for (const QVariant &v : row) {
            bytes += 32;
            if (v.typeId() == QMetaType::QString)
                bytes += v.toString().size() * 2;
            else if (v.typeId() == QMetaType::QByteArray)
                bytes += v.toByteArray().size();
        }
    }
    return bytes;
}

} // namespace

ResultCache::ResultCache(Options options)
    : m_options(options)
    , m_entries(options.maxBytes)
    , m_probes(std::make_unique<Probes>())
{ }

ResultCache::~ResultCache() = default;

QByteArray ResultCache::keyFor(const ConnectionSpec &connection, const QueryPlan &plan)
{
    // QDataStream writes each value with its type, so 1 and "1" and 1.0 stay apart.
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << connection.key() << plan.sql << plan.bindings;
    if (plan.structured)
        out << QByteArray::fromStdString(plan.structured->toJson().dump());
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool ResultCache::isKnownVersion(const QByteArray &version)
{
    return !version.startsWith("unreadable") && version != "missing";
}

QByteArray ResultCache::databaseVersion(const ConnectionSpec &connection)
{
    if (connection.type != AccountType::Sqlite)
        return {}; // time-bound only (TTL)
    const QString &path = connection.sqlitePath;
    quint64 inode = 0;
    const std::optional<QByteArray> identity = fileVersion(path, &inode);
    if (!identity)
        return QByteArrayLiteral("missing");

    const std::lock_guard lock(m_probes->mutex);
    auto &probe = m_probes->databases[path];
    if (probe && probe->inode != inode)
        probe.reset();
    if (!probe) {
        probe = std::make_unique<Probes::Probe>();
        probe->inode = inode;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &probe->db.db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            probe.reset();
            return QByteArrayLiteral("unreadable");
        }
    }
    SqliteStatement statement;
    if (sqlite3_prepare_v2(probe->db.db, "PRAGMA data_version", -1, &statement.stmt, nullptr)
                != SQLITE_OK
        || sqlite3_step(statement.stmt) != SQLITE_ROW) {
        probe.reset(); // a fresh connection next time; this lookup misses
        return QByteArrayLiteral("unreadable");
    }
    return *identity + ':' + QByteArray::number(sqlite3_column_int64(statement.stmt, 0));
}

ResultCache::Lookup ResultCache::find(const QByteArray &key, const ConnectionSpec &connection)
{
    Lookup lookup;
    lookup.version = databaseVersion(connection);
    const bool known = isKnownVersion(lookup.version);
    const std::optional<Entry> entry = m_entries.find(
            key, [&](const Entry &e) { return known && e.version == lookup.version; });
    if (entry)
        lookup.result = entry->result;
    return lookup;
}

void ResultCache::insert(const QByteArray &key, const QByteArray &version,
                         const QueryResult &result)
{
    if (!result.ok() || !isKnownVersion(version))
        return;
    m_entries.insert(key, {version, result}, estimateBytes(result),
                     BoundedCache<Entry>::Clock::now() + m_options.ttl);
}

void ResultCache::clear()
{
    m_entries.clear();
}

} // namespace Dashwright
