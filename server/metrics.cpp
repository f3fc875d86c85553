// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

using namespace Qt::StringLiterals;

namespace Dashwright::Server {

namespace {

// Label values are route templates and reason classes of our own, never request input; escaped
// anyway as the format wants (backslash, quote, newline).
QByteArray label(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

void Metrics::request(const QString &route, int status, double seconds)
{
    const std::lock_guard lock(m_mutex);
    ++m_requests[{route, status}];
    Histogram &h = m_latency[route];
    for (size_t i = 0; i < bounds.size(); ++i) {
        if (seconds <= bounds[i]) {
            ++h.buckets[i];
            break;
        }
    }
    ++h.count;
    h.sum += seconds;
}

void Metrics::denial(const QString &reason)
{
    const std::lock_guard lock(m_mutex);
    ++m_denials[reason];
}

void Metrics::connectionRefused()
{
    const std::lock_guard lock(m_mutex);
    ++m_refused;
}

QByteArray Metrics::text(const Gauges &gauges) const
{
    const std::lock_guard lock(m_mutex);
    QByteArray out;
    out += "# HELP dashwright_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE dashwright_http_requests_total counter\n";
    for (const auto &[key, count] : m_requests)
        out += "dashwright_http_requests_total{route=\"" + label(key.first) + "\",status=\""
                + QByteArray::number(key.second) + "\"} " + QByteArray::number(count) + '\n';

    out += "# HELP dashwright_http_request_duration_seconds Time from a request's last byte read "
           "to its answer.\n"
           "# TYPE dashwright_http_request_duration_seconds histogram\n";
    for (const auto &[route, h] : m_latency) {
        const QByteArray r = label(route);
        quint64 cumulative = 0;
        for (size_t i = 0; i < bounds.size(); ++i) {
            cumulative += h.buckets[i];
            out += "dashwright_http_request_duration_seconds_bucket{route=\"" + r + "\",le=\""
                    + number(bounds[i]) + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        out += "dashwright_http_request_duration_seconds_bucket{route=\"" + r + "\",le=\"+Inf\"} "
                + QByteArray::number(h.count) + '\n';
        out += "dashwright_http_request_duration_seconds_sum{route=\"" + r + "\"} " + number(h.sum)
                + '\n';
        out += "dashwright_http_request_duration_seconds_count{route=\"" + r + "\"} "
                + QByteArray::number(h.count) + '\n';
    }

    out += "# HELP dashwright_denials_total Requests refused or widgets denied, by reason.\n"
           "# TYPE dashwright_denials_total counter\n";
    for (const auto &[reason, count] : m_denials)
        out += "dashwright_denials_total{reason=\"" + label(reason) + "\"} "
                + QByteArray::number(count) + '\n';

    out += "# HELP dashwright_connections_refused_total Connections refused at the connection "
           "limit.\n# TYPE dashwright_connections_refused_total counter\n"
           "dashwright_connections_refused_total "
            + QByteArray::number(m_refused) + '\n';
    out += "# HELP dashwright_connections Open client connections.\n"
           "# TYPE dashwright_connections gauge\ndashwright_connections "
            + QByteArray::number(gauges.connections) + '\n';
    out += "# HELP dashwright_queries_in_flight Statements submitted and not answered yet.\n"
           "# TYPE dashwright_queries_in_flight gauge\ndashwright_queries_in_flight "
            + QByteArray::number(gauges.queriesInFlight) + '\n';
    if (gauges.cacheEnabled) {
        out += "# HELP dashwright_cache_hits_total Widget results answered from the cache.\n"
               "# TYPE dashwright_cache_hits_total counter\ndashwright_cache_hits_total "
                + QByteArray::number(gauges.cache.hits) + '\n';
        out += "# HELP dashwright_cache_misses_total Widget results the cache did not have.\n"
               "# TYPE dashwright_cache_misses_total counter\ndashwright_cache_misses_total "
                + QByteArray::number(gauges.cache.misses) + '\n';
        out += "# HELP dashwright_cache_bytes Estimated size of the cached results.\n"
               "# TYPE dashwright_cache_bytes gauge\ndashwright_cache_bytes "
                + QByteArray::number(gauges.cache.bytes) + '\n';
    }
    return out;
}

} // namespace Dashwright::Server
