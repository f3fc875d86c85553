// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <boost/beast/http/verb.hpp>

#include <string_view>

namespace Dashwright::Server {

// Which route a request is for; `name` is its template, as the access log and the metrics give
// it (never the request's own path, which is input).
struct Route
{
    enum class Kind {
        Healthz,
        Readyz,
        Metrics,
        Jwks,
        Authorize,
        Dashboard,
        Data,
        WebRuntime,
        FrameRuntime, // the iframe variant's script
        FrameHost,    // the host page's script for the iframe variant's frames
        Frame,        // the iframe variant's page
        NotFound
    };
    Kind kind = Kind::NotFound;
    QString name = QStringLiteral("unknown");
    QString dashboardId;
    boost::beast::http::verb method = boost::beast::http::verb::get; // the one it answers
    bool cors = false; // called from pages (embed origins)
};

// The route of a request's path (without its query string).
Route route(std::string_view path);

// A request id the client sent, when it is short and plain; else one of ours: a random prefix
// per process and a counter, unique across instances without a system call per request (ids
// name requests in logs; nothing depends on guessing them being hard).
QString requestIdFor(std::string_view sent);

} // namespace Dashwright::Server
