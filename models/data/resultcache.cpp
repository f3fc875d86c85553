// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultcache.h"

#include "sources/sqlitestrict.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QHash>

#include <sys/stat.h>

#include <map>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace Dashwright {

// One read-only connection per SQLite file, kept open: PRAGMA data_version only changes for a
// connection that stays open while others write.
struct ResultCache::Probes
{
    std::mutex mutex;
    std::map<QString, std::unique_ptr<SqliteDatabase>> databases;
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

QByteArray ResultCache::version(const ConnectionSpec &connection)
{
    if (connection.type != AccountType::Sqlite)
        return {}; // time-bound only (TTL)
    const QString &path = connection.sqlitePath;
    QByteArray version;
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QByteArrayLiteral("missing");
    version = QByteArray::number(qulonglong(st.st_ino)) + ':'
            + QByteArray::number(qint64(st.st_size)) + ':'
            + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
            + QByteArray::number(qint64(st.st_mtim.tv_nsec));

    const std::lock_guard lock(m_probes->mutex);
    auto &db = m_probes->databases[path];
    if (!db) {
        db = std::make_unique<SqliteDatabase>();
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db->db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            db.reset();
            return QByteArrayLiteral("unreadable");
        }
    }
    SqliteStatement statement;
    if (sqlite3_prepare_v2(db->db, "PRAGMA data_version", -1, &statement.stmt, nullptr) != SQLITE_OK
        || sqlite3_step(statement.stmt) != SQLITE_ROW) {
        db.reset(); // try a fresh connection next time; this lookup misses
        return QByteArrayLiteral("unreadable");
    }
    return version + ':' + QByteArray::number(sqlite3_column_int64(statement.stmt, 0));
}

ResultCache::Lookup ResultCache::find(const QByteArray &key, const ConnectionSpec &connection)
{
    Lookup lookup;
    lookup.version = version(connection);
    const std::lock_guard lock(m_mutex);
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        ++m_stats.misses;
        return lookup;
    }
    const Entries::iterator entry = *it;
    const bool fresh = std::chrono::steady_clock::now() - entry->stored < m_options.ttl;
    if (!fresh || entry->version != lookup.version || lookup.version.startsWith("unreadable")) {
        evict(entry);
        ++m_stats.misses;
        return lookup;
    }
    m_entries.splice(m_entries.begin(), m_entries, entry);
    ++m_stats.hits;
    lookup.result = entry->result;
    return lookup;
}

void ResultCache::insert(const QByteArray &key, const QByteArray &version,
                         const QueryResult &result)
{
    if (!result.ok() || version.startsWith("unreadable") || version == "missing")
        return;
    const qint64 bytes = estimateBytes(result);
    if (bytes > m_options.maxBytes / 4)
        return; // one huge result would push out everything else
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_index.constFind(key); it != m_index.cend())
        evict(*it);
    m_entries.push_front({key, version, result, bytes, std::chrono::steady_clock::now()});
    m_index.insert(key, m_entries.begin());
    m_stats.bytes += bytes;
    ++m_stats.entries;
    while (m_stats.bytes > m_options.maxBytes && !m_entries.empty())
        evict(std::prev(m_entries.end()));
}

void ResultCache::evict(Entries::iterator it)
{
    m_stats.bytes -= it->bytes;
    --m_stats.entries;
    m_index.remove(it->key);
    m_entries.erase(it);
}

void ResultCache::clear()
{
    const std::lock_guard lock(m_mutex);
    m_entries.clear();
    m_index.clear();
    m_stats.bytes = 0;
    m_stats.entries = 0;
}

ResultCache::Stats ResultCache::stats() const
{
    const std::lock_guard lock(m_mutex);
    return m_stats;
}

} // namespace Dashwright
