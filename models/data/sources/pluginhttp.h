// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the plugin source: one HTTP exchange with a broker plugin, synchronously, on the
// calling thread (a query worker's, or the CLI's main thread).

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>

namespace Dashwright::PluginHttp {

// The most a plugin may answer; a larger answer is aborted while it downloads, so that a plugin
// (or whatever answers at its URL) cannot fill the memory of the designer or the embed server.
inline constexpr qint64 maxResponseBytes = qint64(64) * 1024 * 1024;

struct Request
{
    QByteArray method; // "GET" or "POST"
    QUrl url;
    QByteArray body;       // POST only, JSON
    QString secret;        // X-Secret; not sent when empty
    QByteArray requestId;  // X-Request-Id, the same on every attempt
    int timeoutMs = 30000; // each attempt: connecting and the whole transfer
    // 1: never repeated. More: repeated after a failure to connect or a 502/503/504, with a
    // growing pause, for requests the protocol declares free of side effects.
    int attempts = 1;
    const std::atomic<bool> *cancelled = nullptr; // polled; aborts the request when it turns true
};

struct Response
{
    int status = 0; // the HTTP status; 0 when no answer came
    QByteArray body;
    QString error; // set when no usable answer came: why, on one line, without the URL
    bool cancelled = false;
};

Response send(const Request &request);

} // namespace Dashwright::PluginHttp
