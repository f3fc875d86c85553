// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <functional>
#include <list>
#include <mutex>
#include <optional>

namespace Dashwright {

struct CacheStats
{
    quint64 hits = 0;
    quint64 misses = 0;
    qint64 bytes = 0;
    qsizetype entries = 0;
};

// A thread-safe least-recently-used map from a digest to a value, bounded in bytes (the caller's
// estimate of each value) and in time (each entry's own deadline). The embed server's two caches
// (query results, whole answers) are this with their own rules for when an entry still holds.
template<typename Value>
class BoundedCache
{
public:
    using Clock = std::chrono::steady_clock;

    explicit BoundedCache(qint64 maxBytes)
        : m_maxBytes(maxBytes)
    { }

    // The value under `key` while it is before its deadline and `holds(value)` says it still
    // holds; an entry that does not is dropped. Counts a hit or a miss.
    std::optional<Value> find(const QByteArray &key,
                              const std::function<bool(const Value &)> &holds = {})
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            ++m_stats.misses;
            return std::nullopt;
        }
        const auto entry = *it;
        if (Clock::now() >= entry->deadline || (holds && !holds(entry->value))) {
            evict(entry);
            ++m_stats.misses;
            return std::nullopt;
        }
        m_entries.splice(m_entries.begin(), m_entries, entry);
        ++m_stats.hits;
        return entry->value;
    }

    // Keeps `value` until `deadline`, dropping the least recently used entries past the size
    // bound. A value larger than a quarter of the bound is not kept: it would push out everything
    // else.
    void insert(const QByteArray &key, Value value, qint64 bytes, Clock::time_point deadline)
    {
        if (bytes > m_maxBytes / 4 || deadline <= Clock::now())
            return;
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_index.constFind(key); it != m_index.cend())
            evict(*it);
        m_entries.push_front({key, std::move(value), bytes, deadline});
        m_index.insert(key, m_entries.begin());
        m_stats.bytes += bytes;
        ++m_stats.entries;
        while (m_stats.bytes > m_maxBytes && !m_entries.empty())
            evict(std::prev(m_entries.end()));
    }

    void remove(const QByteArray &key)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_index.constFind(key); it != m_index.cend())
            evict(*it);
    }

    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_entries.clear();
        m_index.clear();
        m_stats.bytes = 0;
        m_stats.entries = 0;
    }

    using Stats = CacheStats;
    Stats stats() const
    {
        const std::lock_guard lock(m_mutex);
        return m_stats;
    }

private:
    struct Entry
    {
        QByteArray key;
        Value value;
        qint64 bytes = 0;
        Clock::time_point deadline;
    };
    using Entries = std::list<Entry>; // most recently used first

    void evict(typename Entries::iterator it)
    {
        m_stats.bytes -= it->bytes;
        --m_stats.entries;
        m_index.remove(it->key);
        m_entries.erase(it);
    }

    const qint64 m_maxBytes;
    mutable std::mutex m_mutex;
    Entries m_entries;
    QHash<QByteArray, typename Entries::iterator> m_index;
    Stats m_stats;
};

} // namespace Dashwright
