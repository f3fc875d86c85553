// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "embedserver_p.h"

namespace Dashwright::Server {

void EmbedServer::Private::accept()
{
    acceptor.async_accept(
            net::make_strand(io),
            [self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
                if (ec) {
                    if (ec == net::error::operation_aborted || self->stopping)
                        return;
                    // Out of file descriptors and the like: keep serving those connected, and
                    // try again in a moment rather than in a tight loop.
                    self->log(u"dashwright: serve: accept: %1"_s.arg(
                            QString::fromStdString(ec.message())));
                    self->acceptBackoff.expires_after(std::chrono::milliseconds(100));
                    self->acceptBackoff.async_wait([self](beast::error_code waited) {
                        if (!waited && !self->stopping)
                            self->accept();
                    });
                    return;
                } else if (self->connections.load() >= self->options.maxConnections) {
                    self->metrics.connectionRefused();
                    static const std::string busy = [] {
                        const std::string body = "{\"error\":\"busy\",\"message\":\"too many "
                                                 "connections, try again\"}\n";
                        return "HTTP/1.1 503 Service Unavailable\r\nServer: dashwright\r\n"
                               "Content-Type: application/json; charset=utf-8\r\n"
                               "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
                               "Connection: close\r\nRetry-After: 1\r\nContent-Length: "
                                + std::to_string(body.size()) + "\r\n\r\n" + body;
                    }();
                    auto held = std::make_shared<tcp::socket>(std::move(socket));
                    net::async_write(*held, net::buffer(busy),
                                     [held](beast::error_code, std::size_t) {
                                         beast::error_code ignored;
                                         held->shutdown(tcp::socket::shutdown_both, ignored);
                                         held->close(ignored);
                                     });
                } else {
                    self->connections.fetch_add(1);
                    startSession(std::move(socket), self);
                }
                if (!self->stopping)
                    self->accept();
            });
}

void EmbedServer::Private::sessionClosed()
{
    if (connections.fetch_sub(1) == 1 && stopping) {
        net::post(control, [self = shared_from_this()] {
            beast::error_code ignored;
            self->acceptBackoff.cancel();
            self->shutdownTimer.cancel();
            self->watchTimer.cancel();
            self->signalSet.cancel();
        });
    }
}

void EmbedServer::Private::waitForSignals()
{
    signalSet.async_wait([self = shared_from_this()](beast::error_code ec, int signal) {
        if (ec)
            return;
        if (signal == SIGHUP) {
            net::post(self->reloader, [self] { self->reload(false); });
            self->waitForSignals();
            return;
        }
        self->beginShutdown();
    });
}

QByteArray EmbedServer::Private::watchedIdentity() const
{
    QByteArray identity;
    for (const QString &path : options.watchedFiles)
        identity += fileVersion(path).value_or(QByteArrayLiteral("missing")) + ';';
    return identity;
}

void EmbedServer::Private::watchFiles()
{
    if (options.watchedFiles.isEmpty() || stopping)
        return;
    watchTimer.expires_after(std::chrono::seconds(1));
    watchTimer.async_wait([self = shared_from_this()](beast::error_code ec) {
        if (ec || self->stopping)
            return;
        const QByteArray now = self->watchedIdentity();
        bool changed = false;
        {
            const std::lock_guard lock(self->stateMutex);
            changed = now != self->watched;
        }
        if (changed && !self->reloading.exchange(true))
            net::post(self->reloader, [self] {
                self->reload(true);
                self->reloading = false;
            });
        self->watchFiles();
    });
}

void EmbedServer::Private::reload(bool keystoreOnly)
{
    QString error;
    // Taken before loading: a change while it loads is seen at the next look.
    const QByteArray identity = watchedIdentity();
    const std::shared_ptr<const EmbedState> previous = state();
    std::shared_ptr<const EmbedState> loaded
            = loader(keystoreOnly ? previous.get() : nullptr, &error);
    {
        // A failed load is not retried until the files change again.
        const std::lock_guard lock(stateMutex);
        watched = identity;
    }
    if (!loaded) {
        log(u"dashwright: serve: reload refused, still serving the previous project: %1"_s.arg(
                error));
        return;
    }
    const QString what = keystoreOnly ? loaded->keystorePath() : loaded->projectPath();
    std::shared_ptr<const WebBundle> reloadedBundle = loadWebBundle(options.webRoots);
    {
        const std::lock_guard lock(stateMutex);
        current = std::move(loaded);
        bundle = std::move(reloadedBundle);
    }
    // Answers of the previous generation are not handed out any more (EmbedApi compares
    // generations); clearing frees their memory.
    api->clearCaches();
    log(u"dashwright: serve: reloaded %1"_s.arg(what));
}

void EmbedServer::Private::beginShutdown()
{
    if (stopping.exchange(true))
        return;
    log(u"dashwright: serve: stopping (in-flight requests have %1 s)"_s.arg(
            options.shutdownTimeout.count()));
    beast::error_code ignored;
    acceptor.close(ignored);
    watchTimer.cancel();
    {
        const std::lock_guard lock(sessionsMutex);
        for (Session *session : sessions)
            closeSessionIfIdle(session);
    }
    if (connections.load() == 0) {
        signalSet.cancel();
        return;
    }
    shutdownTimer.expires_after(options.shutdownTimeout);
    shutdownTimer.async_wait([self = shared_from_this()](beast::error_code ec) {
        if (ec)
            return;
        self->log(u"dashwright: serve: %1 connection(s) still busy at the deadline; cancelling "
                  u"their queries"_s.arg(self->connections.load()));
        // The cancelled requests answer with their widgets' errors; a moment to send that, then
        // whatever is left is dropped.
        self->executor.cancelAll();
        self->shutdownTimer.expires_after(std::chrono::seconds(1));
        self->shutdownTimer.async_wait([self](beast::error_code ec) {
            if (!ec)
                self->io.stop();
        });
    });
}

EmbedServer::EmbedServer(Options options, Loader loader)
    : d(std::make_shared<Private>(std::move(options), std::move(loader)))
{ }

EmbedServer::~EmbedServer()
{
    d->handlers.join();
    d->reloader.join();
}

void EmbedServer::stop()
{
    net::post(d->control, [d = d] { d->beginShutdown(); });
}

bool EmbedServer::exec(QString *error)
{
    {
        std::shared_ptr<const EmbedState> state = d->loader(nullptr, error);
        if (!state)
            return false;
        const std::lock_guard lock(d->stateMutex);
        d->current = std::move(state);
    }
    beast::error_code ec;
    const auto address = net::ip::make_address(d->options.bind.toStdString(), ec);
    if (ec) {
        *error = u"--bind: not an IP address: %1"_s.arg(printable(d->options.bind));
        return false;
    }
    const tcp::endpoint endpoint(address, d->options.port);
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(d->options.bind)
                         .arg(d->options.port)
                         .arg(QString::fromStdString(ec.message()));
        return false;
    }
    d->signalSet.add(SIGTERM);
    d->signalSet.add(SIGINT);
    d->signalSet.add(SIGHUP);
    d->watched = d->watchedIdentity();
    net::post(d->control, [d = d] {
        d->waitForSignals();
        d->watchFiles();
        d->accept();
    });
    const tcp::endpoint local = d->acceptor.local_endpoint();
    d->log(u"dashwright: serve: listening on http://%1:%2 (project %3)"_s
                   .arg(QString::fromStdString(local.address().to_string()))
                   .arg(local.port())
                   .arg(d->state()->project().name));
    if (const auto bundle = d->webBundle())
        d->log(u"dashwright: serve: web runtime %1 (%2)"_s.arg(bundle->path,
                                                               QString::fromLatin1(bundle->sri)));
    else
        d->log(u"dashwright: serve: the web runtime is not installed (looked in: %1)"_s.arg(
                d->options.webRoots.join(u", "_s)));

    std::vector<std::thread> threads;
    // The I/O threads only parse, look up and write; the rest of the CPUs are the query workers'
    // and the handlers'.
    const int ioThreads = d->options.ioThreads > 0 ? d->options.ioThreads
                                                   : std::max(1, QThread::idealThreadCount() / 2);
    for (int i = 1; i < ioThreads; ++i)
        threads.emplace_back([this] { d->io.run(); });
    d->io.run();
    for (std::thread &t : threads)
        t.join();
    d->handlers.join();
    d->reloader.join();
    d->log(u"dashwright: serve: stopped"_s);
    return true;
}

} // namespace Dashwright::Server
