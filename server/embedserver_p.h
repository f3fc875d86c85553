// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the embed server: the state its listener, sessions and reloads share, and the limits
// a request is read within.

#include "embedserver.h"
#include "framepage.h"
#include "metrics.h"
#include "routes.h"
#include "webbundle.h"

#include "access/dashboardrunner.h"
#include "common/printable.h"
#include "common/regularfile.h"
#include "data/queryexecutor.h"
#include "data/resultcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <csignal>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;

namespace Dashwright::Server {

// What a request is read within.
constexpr std::uint32_t headerLimit = 16U * 1024;
constexpr std::uint64_t bodyLimit = std::uint64_t(1024) * 1024;
constexpr std::size_t targetLimit = std::size_t(8) * 1024;

// Beast's string view as Qt bytes.
inline QByteArray view(beast::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

class Session;

// A new client connection (session.cpp); it lists itself in Private::sessions while alive.
void startSession(boost::asio::ip::tcp::socket socket,
                  std::shared_ptr<EmbedServer::Private> server);
// From the shutdown, for a session still listed: closes it now if it waits for its next request,
// else once its running request is answered.
void closeSessionIfIdle(Session *session);

class EmbedServer::Private : public std::enable_shared_from_this<EmbedServer::Private>
{
public:
    Private(Options options, Loader loader)
        : options(std::move(options))
        , loader(std::move(loader))
        , control(net::make_strand(io))
        , acceptor(control)
        , signalSet(control)
        , shutdownTimer(control)
        , watchTimer(control)
        , acceptBackoff(control)
        , handlers(size_t(std::max(1, this->options.handlerThreads)))
        , executor(this->options.queryWorkers > 0 ? this->options.queryWorkers
                                                  : std::max(4, QThread::idealThreadCount()))
    {
        if (this->options.cacheTtl.count() > 0)
            cache = std::make_unique<ResultCache>(
                    ResultCache::Options{this->options.cacheBytes, this->options.cacheTtl});
        api = std::make_unique<EmbedApi>(executor, cache.get());
        api->setQueryTimeout(this->options.queryTimeout);
        bundle = loadWebBundle(this->options.webRoots);
    }

    std::shared_ptr<const EmbedState> state() const
    {
        const std::lock_guard lock(stateMutex);
        return current;
    }
    std::shared_ptr<const WebBundle> webBundle() const
    {
        const std::lock_guard lock(stateMutex);
        return bundle;
    }

    void accept();
    void waitForSignals();
    void watchFiles();
    QByteArray watchedIdentity() const;
    void beginShutdown();
    void sessionClosed();
    // SIGHUP: the project and the keystore; a changed keystore: the keystore alone.
    void reload(bool keystoreOnly);
    void log(const QString &line) const
    {
        const std::lock_guard lock(logMutex);
        // A log line that cannot be written has nowhere else to go: its failure is ignored.
        (void)std::fprintf(stderr, "%s\n", printable(line, 2000).toUtf8().constData());
        (void)std::fflush(stderr);
    }
    void accessLog(const Json &entry) const
    {
        if (!options.accessLog)
            return;
        const std::string line = entry.dump() + '\n';
        const std::lock_guard lock(logMutex);
        (void)std::fwrite(line.data(), 1, line.size(), options.accessLog);
        (void)std::fflush(options.accessLog);
    }

    Options options;
    Loader loader;
    net::io_context io;
    // The listener, the signals and the timers take turns on one strand, whichever I/O thread
    // runs them: a shutdown never closes the acceptor while an accept handler uses it.
    net::strand<net::io_context::executor_type> control;
    tcp::acceptor acceptor;
    net::signal_set signalSet;
    net::steady_timer shutdownTimer;
    net::steady_timer watchTimer;
    net::steady_timer acceptBackoff;
    // Reloads run one at a time, on a thread of their own: never behind requests that wait for
    // their queries, and never two at once (the last to finish would win).
    net::thread_pool reloader{1};
    QByteArray watched; // the watched files when the current state was loaded (stateMutex)
    std::atomic<bool> reloading{false};
    net::thread_pool handlers;
    QueryExecutor executor;
    std::unique_ptr<ResultCache> cache;
    std::unique_ptr<EmbedApi> api;
    Metrics metrics;

    mutable std::mutex stateMutex;
    std::shared_ptr<const EmbedState> current;
    std::shared_ptr<const WebBundle> bundle; // null: not installed (stateMutex)
    mutable std::mutex logMutex;

    std::mutex sessionsMutex;
    // The open connections, for the shutdown; each removes itself as it goes.
    std::set<Session *> sessions;
    std::atomic<int> connections{0};
    std::atomic<bool> stopping{false};
};

} // namespace Dashwright::Server
