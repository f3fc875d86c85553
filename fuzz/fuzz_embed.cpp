// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The embed server's request handling without sockets: the bytes of one HTTP/1.1 request go
// through Boost.Beast's request parser with the server's limits, the server's router
// (Server::route, requestIdFor), and the embed API's route logic (EmbedApi: authorize, layout,
// data with its answer cache, jwks, healthz, readyz) over the demo project, as Session::handle
// calls them; each answer is then serialised as Session::respond does. What Session adds around
// this (CORS preflights, the metrics and access log) stays with tst_embedserver.
//
// Tokens expire, and a fuzzer cannot forge one: the harness mints one per tenant profile at start
// and puts it where the input says "@T0@" … "@T5@" (signed) or "@S0@" … "@S5@" (sealed); "@KEY@"
// is the fixture API key's Basic credentials. The committed seeds use these markers.
#include "common/fuzzsupport.h"

#include "access/tokenservice.h"
#include "embed/embedapi.h"
#include "embedserver_p.h"

#include <cstdio>
#include <sstream>

using namespace Dashwright;

namespace {

struct Fixture
{
    std::shared_ptr<const EmbedState> state;
    QList<std::pair<QByteArray, QByteArray>> markers;
};

const Fixture &fixture()
{
    static const Fixture made = [] {
        const Fuzz::Demo &demo = Fuzz::demo();
        Fixture f;
        QString error;
        f.state = EmbedState::load(demo.projectPath, demo.keystorePath, {}, &error);
        Fuzz::require(f.state != nullptr, "the demo loads as the server loads it");
        for (qsizetype i = 0; i < demo.project.tenants.size(); ++i) {
            for (const bool sealed : {false, true}) {
                TokenIssuer::Options options;
                options.sealed = sealed;
                options.expiresInSeconds = TokenVerifier::maximumLifetime;
                const auto token = TokenIssuer::issue(demo.project.tenants.at(i).claims,
                                                      demo.project, demo.keystore, options, &error);
                // A profile whose claims carry credentials cannot be signed, only sealed.
                if (token)
                    f.markers.append(
                            {(sealed ? "@S" : "@T") + QByteArray::number(i) + '@', *token});
            }
        }
        Fuzz::require(f.markers.size() >= 2 * demo.project.tenants.size() - 1,
                      "the demo's profiles mint tokens");
        f.markers.append({"@KEY@", demo.apiKeyCredentials.toBase64()});
        return f;
    }();
    return made;
}

QueryExecutor &executor()
{
    static QueryExecutor *made = new QueryExecutor(1); // lives to the end, as the server's
    return *made;
}

// What Session::respond does with an answer: headers and body into a Beast response, serialised.
void serialise(const EmbedReply &reply)
{
    if (Fuzz::verbose())
        std::fprintf(stderr, "embed: %d %s\n", reply.status,
                     reply.rawBody.isEmpty() ? reply.body.dump().substr(0, 160).c_str()
                                             : reply.rawBody.left(160).constData());
    http::response<http::string_body> response;
    response.version(11);
    response.result(static_cast<http::status>(reply.status));
    for (const auto &[name, value] : std::as_const(reply.headers))
        response.set(beast::string_view(name.constData(), size_t(name.size())),
                     beast::string_view(value.constData(), size_t(value.size())));
    if (!reply.rawBody.isEmpty())
        response.body().assign(reply.rawBody.constData(), size_t(reply.rawBody.size()));
    else if (!reply.body.is_null())
        response.body() = reply.body.dump() + '\n';
    response.prepare_payload();
    std::ostringstream out;
    out << response;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fixture();
    executor();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fixture &f = fixture();
    QByteArray input = Fuzz::bytes(data, size);
    for (const auto &[marker, value] : f.markers)
        input.replace(marker, value);

    http::request_parser<http::string_body> parser;
    parser.header_limit(Server::headerLimit);
    parser.body_limit(Server::bodyLimit);
    parser.eager(true);
    beast::error_code ec;
    std::string_view rest(input.constData(), size_t(input.size()));
    while (!rest.empty() && !parser.is_done()) {
        const size_t used = parser.put(net::buffer(rest.data(), rest.size()), ec);
        if (ec)
            break;
        rest.remove_prefix(used);
    }
    if (!parser.is_done() && (!ec || ec == http::error::need_more)) {
        ec = {};
        parser.put_eof(ec);
    }
    if (ec || !parser.is_done())
        return 0;
    const http::request<http::string_body> request = parser.release();

    Server::requestIdFor(std::string_view(request["X-Request-Id"]));
    const beast::string_view target = request.target();
    if (target.size() > Server::targetLimit)
        return 0;
    const auto question = target.find('?');
    const std::string_view path(target.data(),
                                question == beast::string_view::npos ? target.size() : question);
    const QByteArray query = question == beast::string_view::npos
            ? QByteArray()
            : Server::view(target.substr(question + 1));
    const Server::Route route = Server::route(path);
    if (route.kind == Server::Route::Kind::NotFound || request.method() != route.method
        || request.count(http::field::authorization) > 1)
        return 0;

    const EmbedState &state = *f.state;
    const QByteArray authorization = Server::view(request[http::field::authorization]);
    const QByteArrayView body(request.body().data(), qsizetype(request.body().size()));
    // Fresh caches per input: one input's answers must not decide the next one's.
    ResultCache cache;
    EmbedApi api(executor(), &cache);
    api.setQueryTimeout(std::chrono::seconds(5));
    const QString requestId = Server::requestIdFor({});
    switch (route.kind) {
    case Server::Route::Kind::Healthz:
        serialise(EmbedApi::healthz());
        break;
    case Server::Route::Kind::Readyz:
        serialise(api.readyz(state));
        break;
    case Server::Route::Kind::Jwks:
        serialise(EmbedApi::jwks(state));
        break;
    case Server::Route::Kind::Authorize:
        serialise(EmbedApi::authorize(state, authorization, query, body));
        break;
    case Server::Route::Kind::Dashboard:
    case Server::Route::Kind::Data: {
        const bool isData = route.kind == Server::Route::Kind::Data;
        const QByteArrayView cacheRoute = isData ? "data" : "layout";
        const QByteArrayView cacheBody = isData ? body : QByteArrayView();
        Fuzz::require(
                !api.cachedAnswer(state, cacheRoute, authorization, route.dashboardId, cacheBody),
                "a fresh answer cache holds nothing");
        const EmbedReply reply = isData
                ? api.data(state, authorization, route.dashboardId, body, requestId)
                : api.dashboard(state, authorization, route.dashboardId, requestId);
        serialise(reply);
        // The same request again: answered from the cache when it was cached at all.
        if (const auto hit
            = api.cachedAnswer(state, cacheRoute, authorization, route.dashboardId, cacheBody)) {
            Fuzz::require(hit->status == reply.status, "a cached answer has the same status");
            serialise(*hit);
        }
        break;
    }
    default:
        break; // the web runtime, frames and metrics: the server's own bytes, no input
    }
    return 0;
}
