// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One client connection of the embed server: reads its requests one after the other, routes
// each, answers in order.
#include "embedserver_p.h"

namespace Dashwright::Server {

// One client connection: reads requests one after the other (keep-alive), answers each in order.
class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, std::shared_ptr<EmbedServer::Private> server)
        : m_stream(std::move(socket))
        , d(std::move(server))
    { }
    ~Session()
    {
        {
            const std::lock_guard lock(d->sessionsMutex);
            d->sessions.erase(this);
        }
        d->sessionClosed();
    }

    void start()
    {
        {
            const std::lock_guard lock(d->sessionsMutex);
            d->sessions.insert(this);
        }
        read();
    }

    // From the shutdown: a connection waiting for its next request closes now; one whose
    // request is running closes after answering it.
    void closeIfIdle()
    {
        net::post(m_stream.get_executor(), [self = shared_from_this()] {
            if (!self->m_busy)
                self->close();
        });
    }

private:
    void read()
    {
        if (d->stopping) {
            close();
            return;
        }
        m_parser.emplace();
        m_parser->header_limit(headerLimit);
        m_parser->body_limit(bodyLimit);
        m_stream.expires_after(m_served == 0 ? d->options.readTimeout : d->options.idleTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         beast::bind_front_handler(&Session::onRead, shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec == http::error::end_of_stream || ec == net::error::eof
            || ec == net::error::operation_aborted || ec == beast::error::timeout
            || ec == net::error::connection_reset)
            return close();
        m_timer.start();
        m_busy = true;
        if (ec == http::error::header_limit)
            return refuse(431, "headers_too_large", u"request line and headers above 16 KiB"_s);
        if (ec == http::error::body_limit)
            return refuse(413, "body_too_large", u"the body is larger than 1 MiB"_s);
        if (ec)
            return refuse(400, "bad_request", u"malformed HTTP request"_s);
        m_request = m_parser->release();
        handle();
    }

    // An answer after which the connection cannot go on (the parser stopped mid-request).
    void refuse(int status, const char *code, const QString &message)
    {
        m_keepAlive = false;
        m_requestId = requestIdFor({});
        Route r;
        r.name = u"-"_s;
        respond(r, EmbedReply::error(status, code, message), {});
    }

    void handle()
    {
        m_requestId = requestIdFor(std::string_view(m_request["X-Request-Id"]));
        m_keepAlive = m_request.keep_alive();
        const beast::string_view target = m_request.target();
        if (target.size() > targetLimit) {
            m_keepAlive = false;
            Route r;
            r.name = u"-"_s;
            return respond(
                    r, EmbedReply::error(414, "uri_too_long", u"the URL is longer than 8 KiB"_s),
                    {});
        }
        const auto question = target.find('?');
        const std::string_view path(
                target.data(), question == beast::string_view::npos ? target.size() : question);
        const QByteArray query = question == beast::string_view::npos
                ? QByteArray()
                : view(target.substr(question + 1));
        const Route r = route(path);
        const std::shared_ptr<const EmbedState> state = d->state();
        const QByteArray origin = view(m_request[http::field::origin]);
        const bool originAllowed = !origin.isEmpty()
                && state->project().embedOrigins.contains(QString::fromUtf8(origin));

        const QByteArray allowedOrigin = originAllowed ? origin : QByteArray();
        if (r.kind == Route::Kind::NotFound)
            return respond(r, EmbedReply::error(404, "not_found", u"no such route"_s),
                           allowedOrigin);
        const auto originRefused = [] {
            EmbedReply reply
                    = EmbedReply::error(403, "origin_not_allowed",
                                        u"this origin is not one of the project's embed origins"_s);
            reply.denial = u"origin_not_allowed"_s;
            return reply;
        };
        if (m_request.method() == http::verb::options) {
            const QByteArray allow = view(http::to_string(r.method)) + ", OPTIONS";
            if (origin.isEmpty()) {
                // Not a preflight: what the route answers.
                EmbedReply options;
                options.status = 204;
                options.body = nullptr;
                options.headers = {{"Allow", allow}};
                return respond(r, std::move(options), {});
            }
            // A CORS preflight: only the project's embed origins may call, and only with the
            // route's own method.
            const QByteArray method = view(m_request[http::field::access_control_request_method]);
            if (!originAllowed || !r.cors)
                return respond(r, originRefused(), {});
            if (method != view(http::to_string(r.method)))
                return respond(
                        r,
                        EmbedReply::error(403, "method_not_allowed",
                                          u"this route answers %1 only"_s.arg(QString::fromLatin1(
                                                  view(http::to_string(r.method))))),
                        origin);
            EmbedReply preflight;
            preflight.status = 204;
            preflight.body = nullptr;
            preflight.headers = {
                    {"Access-Control-Allow-Methods", allow},
                    {"Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id"},
                    {"Access-Control-Max-Age", "600"}};
            return respond(r, std::move(preflight), origin);
        }
        // One Authorization header: two could be read differently by a proxy and by us.
        if (m_request.count(http::field::authorization) > 1)
            return respond(
                    r,
                    EmbedReply::error(400, "bad_request", u"more than one Authorization header"_s),
                    {});
        if (m_request.method() != r.method) {
            EmbedReply reply
                    = EmbedReply::error(405, "method_not_allowed",
                                        u"this route answers %1 only"_s.arg(QString::fromLatin1(
                                                view(http::to_string(r.method)))));
            reply.headers.append({"Allow", view(http::to_string(r.method))});
            return respond(r, std::move(reply), allowedOrigin);
        }
        // A page of another site holding a token must not use it here; the API key route is for
        // back ends, which send no Origin at all. The iframe variant's page calls its own server:
        // a browser sends that POST with Origin = the page's origin, which is ours, not an embed
        // origin. Taking it opens nothing: no other site's page can send our origin (the browser
        // writes Origin and Host), it is given no CORS header (the answer goes to a same-origin
        // page, which needs none), and a token is still needed. A hostname rebound to this server
        // gets what the same token gets with curl: there is no cookie or other ambient credential.
        const bool ownOrigin = r.cors && isSameOrigin(origin, view(m_request[http::field::host]));
        if (!origin.isEmpty() && !originAllowed && !ownOrigin
            && (r.cors || r.kind == Route::Kind::Authorize))
            return respond(r, originRefused(), {});

        switch (r.kind) {
        case Route::Kind::Healthz:
            return respond(r, EmbedApi::healthz(), {});
        case Route::Kind::Jwks:
            return respond(r, EmbedApi::jwks(*state), {});
        case Route::Kind::WebRuntime:
        case Route::Kind::FrameRuntime:
        case Route::Kind::FrameHost:
            return respond(r, webRuntime(r.kind), {});
        case Route::Kind::Frame: {
            // Any well-formed id gets the page: whether the dashboard exists is for the token to
            // say (the data routes answer 404 or 403 to the frame's requests), and a 404 here would
            // tell a caller without a token which dashboards exist.
            const std::shared_ptr<const WebBundle> bundle = d->webBundle();
            if (!bundle || bundle->frameBytes.isEmpty())
                return respond(
                        r,
                        EmbedReply::error(404, "not_found", u"the web runtime is not installed"_s),
                        {});
            return respond(r, framePage(state->project().embedOrigins), {});
        }
        case Route::Kind::Metrics: {
            Metrics::Gauges gauges;
            gauges.cacheEnabled = d->cache != nullptr;
            if (d->cache)
                gauges.cache = d->cache->stats();
            gauges.queriesInFlight = DashboardRunner::queriesInFlight();
            {
                // The list the shutdown walks, not a counter: what it holds is what is open.
                const std::lock_guard lock(d->sessionsMutex);
                gauges.connections = int(d->sessions.size());
            }
            EmbedReply reply;
            reply.body = nullptr;
            m_text = d->metrics.text(gauges);
            return respond(r, std::move(reply), {});
        }
        default:
            break;
        }
        const QByteArray authorization = view(m_request[http::field::authorization]);
        // An answer already made for this very token and request costs a lookup: no need to
        // leave the I/O thread for it.
        if (r.kind == Route::Kind::Dashboard || r.kind == Route::Kind::Data) {
            if (std::optional<EmbedReply> hit = d->api->cachedAnswer(
                        *state, r.kind == Route::Kind::Data ? "data" : "layout", authorization,
                        r.dashboardId,
                        r.kind == Route::Kind::Data ? QByteArrayView(m_request.body())
                                                    : QByteArrayView()))
                return respond(r, std::move(*hit), originAllowed ? origin : QByteArray());
        }
        // What resolves and waits for queries leaves the I/O threads.
        net::post(d->handlers,
                  [self = shared_from_this(), r, state, authorization, query,
                   origin = originAllowed ? origin : QByteArray()] {
                      EmbedReply reply = self->answer(r, *state, authorization, query);
                      net::post(self->m_stream.get_executor(),
                                [self, r, reply = std::move(reply), origin]() mutable {
                                    self->respond(r, std::move(reply), origin);
                                });
                  });
    }

    // On a handler thread: the routes that resolve, mint or probe. An exception escaping a pool
    // thread would end the process; whatever goes wrong answers this request alone, with a 500,
    // and says what on stderr.
    EmbedReply answer(const Route &r, const EmbedState &state, const QByteArray &authorization,
                      const QByteArray &query) const
    {
        try {
            switch (r.kind) {
            case Route::Kind::Readyz:
                return d->api->readyz(state);
            case Route::Kind::Authorize:
                return EmbedApi::authorize(state, authorization, query,
                                           QByteArrayView(m_request.body()));
            case Route::Kind::Dashboard:
                return d->api->dashboard(state, authorization, r.dashboardId, m_requestId);
            case Route::Kind::Data:
                return d->api->data(state, authorization, r.dashboardId,
                                    QByteArrayView(m_request.body()), m_requestId);
            default:
                return EmbedReply::error(404, "not_found", u"no such route"_s);
            }
        } catch (const std::exception &e) {
            EmbedReply failed = EmbedReply::error(500, "internal_error", u"the server failed"_s);
            failed.widgetErrors.append(u"internal error: "_s + QString::fromUtf8(e.what()));
            return failed;
        }
    }

    // The web runtime, the iframe variant's script or the host page's script for its frames:
    // public, the same for every viewer. A module script from another origin is fetched in CORS
    // mode, and so is a classic one with integrity="…" (crossorigin="anonymous"), hence "*":
    // there is nothing of any tenant in them, and no credentials are involved. The ETag is the
    // SRI value, so a page's revalidation is a 304 until the bundle changes.
    EmbedReply webRuntime(Route::Kind kind) const
    {
        const std::shared_ptr<const WebBundle> bundle = d->webBundle();
        const QByteArray *bytes = nullptr;
        const QByteArray *sri = nullptr;
        if (bundle) {
            switch (kind) {
            case Route::Kind::FrameRuntime:
                bytes = &bundle->frameBytes;
                sri = &bundle->frameSri;
                break;
            case Route::Kind::FrameHost:
                bytes = &bundle->frameHostBytes;
                sri = &bundle->frameHostSri;
                break;
            default:
                bytes = &bundle->bytes;
                sri = &bundle->sri;
                break;
            }
        }
        if (!bytes || bytes->isEmpty())
            return EmbedReply::error(404, "not_found", u"the web runtime is not installed"_s);
        EmbedReply reply;
        const QByteArray etag = '"' + *sri + '"';
        reply.headers = {{"Access-Control-Allow-Origin", "*"},
                         {"Cache-Control", "public, max-age=300"},
                         {"ETag", etag},
                         {"X-Content-SRI", *sri},
                         {"Cross-Origin-Resource-Policy", "cross-origin"}};
        const QByteArray match = view(m_request[http::field::if_none_match]);
        if (!match.isEmpty() && (match == etag || match == "*")) {
            reply.status = 304;
            reply.body = nullptr;
            return reply;
        }
        reply.body = nullptr;
        reply.rawBody = *bytes;
        return reply;
    }

    // Sends the answer; `origin` is the caller's allowed embed origin (CORS), else empty.
    void respond(const Route &r, EmbedReply reply, const QByteArray &origin)
    {
        if (d->stopping)
            m_keepAlive = false;
        auto &response = m_response.emplace();
        response.version(11);
        response.result(static_cast<http::status>(reply.status));
        response.set(http::field::server, "dashwright");
        response.set("X-Request-Id", m_requestId.toStdString());
        response.set("X-Content-Type-Options", "nosniff");
        response.set(http::field::cache_control, "no-store");
        response.set("Referrer-Policy", "no-referrer");
        if (r.cors)
            response.set(http::field::vary, "Origin");
        if (!origin.isEmpty()) {
            response.set(http::field::access_control_allow_origin, origin.toStdString());
            response.set(http::field::access_control_expose_headers, "X-Request-Id");
        }
        for (const auto &[name, value] : std::as_const(reply.headers))
            response.set(beast::string_view(name.constData(), size_t(name.size())),
                         beast::string_view(value.constData(), size_t(value.size())));
        if (r.kind == Route::Kind::Metrics && reply.status == 200) {
            response.set(http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
            response.body() = m_text.toStdString();
        } else if ((r.kind == Route::Kind::WebRuntime || r.kind == Route::Kind::FrameRuntime
                    || r.kind == Route::Kind::FrameHost)
                   && reply.status == 200) {
            response.set(http::field::content_type, "text/javascript; charset=utf-8");
            response.body().assign(reply.rawBody.constData(), size_t(reply.rawBody.size()));
        } else if (r.kind == Route::Kind::Frame && reply.status == 200) {
            response.set(http::field::content_type, "text/html; charset=utf-8");
            response.body().assign(reply.rawBody.constData(), size_t(reply.rawBody.size()));
        } else if (!reply.rawBody.isEmpty()) {
            response.set(http::field::content_type, "application/json; charset=utf-8");
            response.body().assign(reply.rawBody.constData(), size_t(reply.rawBody.size()));
        } else if (!reply.body.is_null()) {
            response.set(http::field::content_type, "application/json; charset=utf-8");
            response.body() = reply.body.dump() + '\n';
        }
        response.keep_alive(m_keepAlive);
        response.prepare_payload();

        const double seconds = double(m_timer.nsecsElapsed()) / 1e9;
        d->metrics.request(r.name, reply.status, seconds);
        if (!reply.denial.isEmpty())
            d->metrics.denial(reply.denial);
        for (const QString &error : std::as_const(reply.widgetErrors))
            d->log(u"dashwright: serve: request %1: %2"_s.arg(m_requestId, error));
        if (d->options.accessLog) {
            Json entry{{"time", utf8(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))},
                       {"request_id", utf8(m_requestId)},
                       {"method", std::string(http::to_string(m_request.method()))},
                       {"route", utf8(r.name)},
                       {"status", reply.status},
                       {"latency_ms", std::round(seconds * 1e6) / 1e3}};
            const auto add = [&](const char *key, const QString &value) {
                if (!value.isEmpty())
                    entry[key] = utf8(printable(value, 200));
            };
            add("dashboard", reply.dashboardId);
            add("sub", reply.subject);
            add("tenant", reply.tenant);
            add("kid", reply.kid);
            add("jti", reply.jti);
            add("api_key", reply.apiKey);
            add("origin", QString::fromUtf8(view(m_request[http::field::origin])));
            if (!reply.denial.isEmpty())
                entry["denial"] = utf8(reply.denial);
            if (!reply.reason.isEmpty())
                entry["reason"] = utf8(printable(reply.reason, 300));
            d->accessLog(entry);
        }

        // The read deadline must not cut the answer short: the write has its own.
        m_stream.expires_after(d->options.readTimeout);
        http::async_write(m_stream, response,
                          beast::bind_front_handler(&Session::onWrite, shared_from_this()));
    }

    void onWrite(beast::error_code ec, std::size_t)
    {
        m_busy = false;
        ++m_served;
        m_request = {};
        m_text.clear();
        if (ec || !m_keepAlive)
            return close();
        read();
    }

    void close()
    {
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        m_stream.socket().close(ignored);
    }

    beast::tcp_stream m_stream;
    std::shared_ptr<EmbedServer::Private> d;
    // Bounded: Beast limits the header and body it parses, not chunk extensions or trailers.
    beast::flat_buffer m_buffer{headerLimit + bodyLimit + std::size_t(64) * 1024};
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::request<http::string_body> m_request;
    std::optional<http::response<http::string_body>> m_response;
    QByteArray m_text; // the metrics' answer
    QString m_requestId;
    QElapsedTimer m_timer;
    bool m_keepAlive = false;
    bool m_busy = false;
    int m_served = 0;
};

void startSession(tcp::socket socket, std::shared_ptr<EmbedServer::Private> server)
{
    std::make_shared<Session>(std::move(socket), std::move(server))->start();
}

void closeSessionIfIdle(Session *session)
{
    // Still alive while listed (its destructor takes the lock the caller holds to leave the list).
    if (auto alive = session->weak_from_this().lock())
        alive->closeIfIdle();
}

} // namespace Dashwright::Server
