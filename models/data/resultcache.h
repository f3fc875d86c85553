// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
#include "queryplan.h"
#include "queryresult.h"

#include "common/boundedcache.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace Dashwright {

// Results of statements already run, for the embed server, where many viewers of one tenant ask
// for the same dashboard. An entry is keyed by everything that decides the rows: the resolved
// connection (account overrides included: another database, another user), the SQL text and the
// bound values (token filters and policy values are bound, so two tenants' statements differ in
// them), or the structured request of a plugin. So an entry can only ever answer the very statement
// that produced it, on the very connection.
//
// Entries live at most `ttl` and the cache holds at most `maxBytes` (an estimate), dropping the
// least recently used first. An SQLite database's entries are stale as soon as anything wrote to
// it: its `PRAGMA data_version` (asked on a connection the cache keeps per file) and the file's
// identity (inode, size, modification time: a file replaced by a rename) are taken before a
// statement runs and must be unchanged when its entry is read.
//
// Thread-safe.
class ResultCache
{
public:
    struct Options
    {
        qint64 maxBytes = qint64(64) * 1024 * 1024;
        std::chrono::milliseconds ttl = std::chrono::seconds(60);
    };

    explicit ResultCache(Options options);
    ResultCache()
        : ResultCache(Options{})
    { }
    ~ResultCache();

    // A digest of everything that decides the rows (never the password itself: ConnectionSpec's
    // key holds only its digest).
    static QByteArray keyFor(const ConnectionSpec &connection, const QueryPlan &plan);

    struct Lookup
    {
        std::optional<QueryResult> result; // a hit
        QByteArray version;                // the database's version now: pass it to insert()
    };
    Lookup find(const QByteArray &key, const ConnectionSpec &connection);
    // Only successful results are kept; `version` is the one find() returned before the statement
    // ran, so that a write during the run leaves an entry that is already stale.
    void insert(const QByteArray &key, const QByteArray &version, const QueryResult &result);
    void clear();

    // The database's version now, as find() compares it: for SQLite its data_version and file
    // identity; empty for sources whose entries are bound by time only. Begins with "unreadable"
    // or is "missing" when it cannot be known (nothing is cached then).
    QByteArray databaseVersion(const ConnectionSpec &connection);
    static bool isKnownVersion(const QByteArray &version);
    std::chrono::milliseconds ttl() const { return m_options.ttl; }
    qint64 maxBytes() const { return m_options.maxBytes; }

    using Stats = CacheStats;
    Stats stats() const { return m_entries.stats(); }

private:
    struct Entry
    {
        QByteArray version;
        QueryResult result;
    };

    Options m_options;
    BoundedCache<Entry> m_entries;
    struct Probes;
    std::unique_ptr<Probes> m_probes;
};

} // namespace Dashwright
