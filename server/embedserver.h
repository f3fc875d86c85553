// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "embed/embedapi.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

namespace Dashwright::Server {

struct Options
{
    QString bind = QStringLiteral("127.0.0.1");
    quint16 port = 8750; // 0: any free port (the line "listening on …" names it)
    int maxConnections = 256;
    int ioThreads = 0;       // accept, read and write; 0: half the CPUs, at least one
    int handlerThreads = 16; // requests that resolve and wait for their queries
    int queryWorkers = 0;    // QueryExecutor threads; 0: the ideal thread count, at least 4
    std::chrono::seconds readTimeout{10};     // a whole request, once its first byte may come
    std::chrono::seconds idleTimeout{30};     // a kept-alive connection waiting for the next
    std::chrono::seconds shutdownTimeout{10}; // in-flight requests after SIGTERM/SIGINT
    std::chrono::seconds cacheTtl{60};        // 0: no result cache
    std::chrono::seconds queryTimeout{30};    // a request's statements, then cancelled
    qint64 cacheBytes = qint64(64) * 1024 * 1024;
    FILE *accessLog = stdout; // JSON lines; nullptr: none
    // Files whose change reloads the project and keystore as SIGHUP does (checked every second):
    // the keystore, so that a revoked API key or a retired signing key stops working without a
    // signal. Empty: only SIGHUP reloads.
    QStringList watchedFiles;
    // Directories to look for the web runtime (dashwright-embed.js) in, in order; the first that
    // has it is served at /embed/v1/dashwright-embed.js (read at start and on every reload). None:
    // that route answers 404 "the web runtime is not installed".
    QStringList webRoots;
};

// `dashwright serve` (DESIGN §7): the embed API over HTTP/1.1 with Boost.Beast. Accepts and reads
// on a few I/O threads; a request that runs queries moves to a handler pool and waits there for the
// query workers, so a slow statement holds neither the accept loop, nor /healthz, nor other
// tenants. Limits: request line and headers 16 KiB (431), body 1 MiB (413), URL 8 KiB (414), at
// most Options::maxConnections open connections (more get 503 and are closed), timeouts for a
// request and for an idle connection.
//
// The files of Options::watchedFiles (the keystore) are looked at every second and reloaded
// when they change.
//
// SIGTERM and SIGINT stop accepting and let requests in flight finish (up to shutdownTimeout);
// SIGHUP loads the project and keystore again and swaps them in without dropping a connection (a
// failed reload keeps the running generation and says why on stderr).
class EmbedServer
{
public:
    // Loads a generation of the project and keys; the error is one line. With `keepProject`, only
    // the keystore is read again and its project kept (the keystore changed, the project waits
    // for SIGHUP).
    using Loader = std::function<std::shared_ptr<const EmbedState>(const EmbedState *keepProject,
                                                                   QString *error)>;

    EmbedServer(Options options, Loader loader);
    ~EmbedServer();

    // Loads, listens and serves until a stop signal (or stop()); prints "listening on URL" on
    // stderr once it accepts. false, with the error, when it cannot start.
    bool exec(QString *error);
    // From any thread: as SIGTERM.
    void stop();

    class Private; // shared with the connections (embedserver.cpp)

private:
    std::shared_ptr<Private> d;
};

} // namespace Dashwright::Server
