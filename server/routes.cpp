// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes.h"

#include <QRandomGenerator>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;
namespace http = boost::beast::http;

namespace Dashwright::Server {

namespace {

bool isIdCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~';
}

} // namespace

Route route(std::string_view path)
{
    Route r;
    const auto set = [&](Route::Kind kind, const char16_t *name, http::verb method, bool cors) {
        r.kind = kind;
        r.name = QString::fromUtf16(name);
        r.method = method;
        r.cors = cors;
        return r;
    };
    if (path == "/healthz")
        return set(Route::Kind::Healthz, u"/healthz", http::verb::get, false);
    if (path == "/readyz")
        return set(Route::Kind::Readyz, u"/readyz", http::verb::get, false);
    if (path == "/metrics")
        return set(Route::Kind::Metrics, u"/metrics", http::verb::get, false);
    if (path == "/.well-known/jwks.json")
        return set(Route::Kind::Jwks, u"/.well-known/jwks.json", http::verb::get, false);
    if (path == "/api/v1/authorizations")
        return set(Route::Kind::Authorize, u"/api/v1/authorizations", http::verb::post, false);
    if (path == "/embed/v1/dashwright-embed.js")
        return set(Route::Kind::WebRuntime, u"/embed/v1/dashwright-embed.js", http::verb::get,
                   false);
    if (path == "/embed/v1/dashwright-frame.js")
        return set(Route::Kind::FrameRuntime, u"/embed/v1/dashwright-frame.js", http::verb::get,
                   false);
    if (path == "/embed/v1/dashwright-frame-host.js")
        return set(Route::Kind::FrameHost, u"/embed/v1/dashwright-frame-host.js", http::verb::get,
                   false);
    constexpr std::string_view prefix = "/embed/v1/dashboards/";
    if (path.substr(0, prefix.size()) != prefix)
        return r;
    std::string_view rest = path.substr(prefix.size());
    std::string_view suffix;
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        suffix = rest.substr(slash);
        if (suffix != "/data" && suffix != "/frame")
            return r;
        rest = rest.substr(0, slash);
    }
    if (rest.empty() || rest.size() > 128 || !std::all_of(rest.begin(), rest.end(), isIdCharacter))
        return r;
    if (suffix == "/data")
        set(Route::Kind::Data, u"/embed/v1/dashboards/{id}/data", http::verb::post, true);
    else if (suffix == "/frame")
        // A page for an <iframe>: navigated to, never fetched by another origin's script.
        set(Route::Kind::Frame, u"/embed/v1/dashboards/{id}/frame", http::verb::get, false);
    else
        set(Route::Kind::Dashboard, u"/embed/v1/dashboards/{id}", http::verb::get, true);
    r.dashboardId = QString::fromLatin1(rest.data(), qsizetype(rest.size()));
    return r;
}

QString requestIdFor(std::string_view sent)
{
    if (!sent.empty() && sent.size() <= 64
        && std::all_of(sent.begin(), sent.end(), [](char c) { return isIdCharacter(c); }))
        return QString::fromLatin1(sent.data(), qsizetype(sent.size()));
    static const QString prefix
            = QString::number(QRandomGenerator::system()->generate64() & 0xffffffffffULL, 16)
                      .rightJustified(10, u'0');
    static std::atomic<quint64> counter{0};
    return prefix + u'-' + QString::number(counter.fetch_add(1, std::memory_order_relaxed), 16);
}

} // namespace Dashwright::Server
