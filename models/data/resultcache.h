// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionspec.h"
#include "queryplan.h"
#include "queryresult.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <chrono>
#include <list>
#include <memory>
#include <mutex>
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
        qint64 maxBytes = 64 * 1024 * 1024;
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

    struct Stats
    {
        quint64 hits = 0;
        quint64 misses = 0;
        qint64 bytes = 0;
        qsizetype entries = 0;
    };
    Stats stats() const;

private:
    QByteArray version(const ConnectionSpec &connection);

    struct Entry
    {
        QByteArray key;
        QByteArray version;
        QueryResult result;
        qint64 bytes = 0;
        std::chrono::steady_clock::time_point stored;
    };
    using Entries = std::list<Entry>; // most recently used first
    void evict(Entries::iterator it);

    Options m_options;
    mutable std::mutex m_mutex;
    Entries m_entries;
    QHash<QByteArray, Entries::iterator> m_index;
    Stats m_stats;
    struct Probes;
    std::unique_ptr<Probes> m_probes;
};

} // namespace Dashwright
