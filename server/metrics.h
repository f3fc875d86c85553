// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/resultcache.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <map>
#include <mutex>
#include <utility>

namespace Dashwright::Server {

// The server's counters, in the Prometheus text format (version 0.0.4) for GET /metrics:
// requests by route and status, a latency histogram by route, denials by reason, connections
// refused for the limit, and the cache's and the query workers' state at the time of asking.
class Metrics
{
public:
    void request(const QString &route, int status, double seconds);
    void denial(const QString &reason);
    void connectionRefused();

    struct Gauges
    {
        ResultCache::Stats cache;
        bool cacheEnabled = false;
        int queriesInFlight = 0;
        int connections = 0;
    };
    QByteArray text(const Gauges &gauges) const;

private:
    static constexpr std::array<double, 11> bounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                   0.5,   1.0,  2.5,   5.0,  10.0};
    struct Histogram
    {
        std::array<quint64, bounds.size()> buckets{}; // not cumulative; summed when printed
        quint64 count = 0;
        double sum = 0;
    };

    mutable std::mutex m_mutex;
    std::map<std::pair<QString, int>, quint64> m_requests;
    std::map<QString, Histogram> m_latency;
    std::map<QString, quint64> m_denials;
    quint64 m_refused = 0;
};

} // namespace Dashwright::Server
