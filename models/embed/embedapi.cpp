// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "embedapi.h"

#include "data/accountsecrets.h"

#include "access/dashboardrunner.h"
#include "access/viewer.h"
#include "common/printable.h"
#include "common/strictjson.h"
#include "crypto/keymaterial.h"
#include "data/connectionspec.h"
#include "data/sources/datasource.h"
#include "document/jsonvalue.h"
#include "document/projectfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <variant>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// A claim that should be a string, or empty: never an exception for a number or an object there.
QString stringClaim(const Json &claims, const char *name)
{
    const auto it = claims.find(name);
    return it != claims.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

constexpr int readinessCacheSeconds = 5;
constexpr int maximumPageSize = 1000;
constexpr int maximumPageOffset = 100000;
constexpr int probeTimeoutSeconds = 3;

// RFC 6750 §3: a request without credentials gets the challenge alone; one with a bad token also
// learns that the token is the problem.
const QByteArray bearerChallenge = QByteArrayLiteral("Bearer realm=\"dashwright\"");
const QByteArray invalidTokenChallenge
        = QByteArrayLiteral("Bearer realm=\"dashwright\", error=\"invalid_token\"");

EmbedReply unauthorized(const char *code, const QString &message)
{
    EmbedReply reply = EmbedReply::error(401, code, message);
    reply.denial = QString::fromLatin1(code);
    reply.headers.append(
            {"WWW-Authenticate",
             qstrcmp(code, "token_missing") == 0 ? bearerChallenge : invalidTokenChallenge});
    return reply;
}

// The credentials of an Authorization header of `scheme` ("Bearer", "Basic"); the scheme is
// case-insensitive (RFC 9110 §11.1). nullopt when the header is of another scheme.
std::optional<QByteArrayView> credentials(QByteArrayView header, QByteArrayView scheme)
{
    if (header.size() <= scheme.size() || header.at(scheme.size()) != ' '
        || header.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return header.sliced(scheme.size() + 1).trimmed();
}

// The viewer a Bearer token makes, or the reply refusing it. Fills the log fields it learns.
std::variant<Viewer, EmbedReply> viewerFor(const EmbedState &state, QByteArrayView authorization)
{
    if (authorization.trimmed().isEmpty())
        return unauthorized("token_missing",
                            u"send the token in the header \"Authorization: Bearer TOKEN\""_s);
    const auto token = credentials(authorization, "Bearer");
    if (!token || token->isEmpty())
        return unauthorized("token_invalid",
                            u"the Authorization header must be \"Bearer TOKEN\""_s);
    QString error;
    bool expired = false;
    std::optional<Viewer> viewer
            = Viewer::token(state.project(), state.verifier(), *token, &error, &expired);
    if (!viewer)
        return expired ? unauthorized("token_expired", error)
                       : unauthorized("token_invalid", error);
    const VerifiedToken &verified = *viewer->verifiedToken();
    const QString jti = stringClaim(verified.claims, "jti");
    QString why;
    switch (state.revocations().check(jti, &why)) {
    case RevocationList::Status::NotRevoked:
        break;
    case RevocationList::Status::Revoked:
        return unauthorized("token_revoked", u"the token has been revoked"_s);
    case RevocationList::Status::Unreadable: {
        // Fail closed: without the list no token can be shown not to be revoked.
        EmbedReply reply = EmbedReply::error(503, "revocations_unreadable",
                                             u"the server cannot read its revocation list"_s);
        reply.denial = u"revocations_unreadable"_s;
        return reply;
    }
    }
    return std::move(*viewer);
}

void logViewer(EmbedReply &reply, const Viewer &viewer)
{
    const VerifiedToken &verified = *viewer.verifiedToken();
    reply.subject = stringClaim(verified.claims, "sub");
    reply.tenant = viewer.subject();
    reply.kid = verified.kid;
    reply.jti = stringClaim(verified.claims, "jti");
}

// Why this viewer may see nothing of the dashboard, or empty: the engine decides it
// (DashboardResolution::denied), as for the designer and the CLI; claims that do not resolve
// show nothing either.
QString wholeDashboardDenial(const DashboardResolution &resolution)
{
    return resolution.error.isEmpty() ? resolution.denied : resolution.error;
}

// The page learns that it may not see the dashboard, not why in the engine's words: those name
// the dashboard (its title is content too), policies and the values they wait for. The engine's
// reason goes to the access log (`reason`) for whoever runs the server.
EmbedReply forbidden(const Viewer &viewer, const Dashboard &dashboard, const QString &reason)
{
    bool granted = false;
    for (const Json &s : viewer.claims().value("securables", Json::array()))
        granted = granted || (s.is_string() && s.get<std::string>() == dashboard.id.toStdString());
    EmbedReply reply = EmbedReply::error(
            403, "access_denied",
            granted ? u"the token's claims leave nothing of this dashboard to show"_s
                    : u"the token does not grant this dashboard"_s);
    reply.denial = granted ? u"no_data_granted"_s : u"not_granted"_s;
    reply.reason = reason;
    logViewer(reply, viewer);
    reply.dashboardId = dashboard.id;
    return reply;
}

Json gridJson(const GridRect &grid)
{
    return {{"x", grid.x}, {"y", grid.y}, {"width", grid.width}, {"height", grid.height}};
}

Json stringsJson(const QStringList &strings)
{
    Json list = Json::array();
    for (const QString &s : strings)
        list.push_back(utf8(s));
    return list;
}

// The project's theme for the web runtime: the palette by name and with its colours (so that a
// runtime older or newer than the server draws what the designer shows), light or dark, the font.
// A project without a theme gives the default one.
Json themeJson(const Theme &theme)
{
    return {{"palette", utf8(theme.palette)},
            {"colors", stringsJson(theme.colors())},
            {"mode", utf8(themeModeName(theme.mode))},
            {"font", utf8(theme.font)}};
}

const char *roleName(OutputColumn::Role role)
{
    switch (role) {
    case OutputColumn::Role::Dimension:
        return "dimension";
    case OutputColumn::Role::Measure:
        return "measure";
    case OutputColumn::Role::Detail:
        return "detail";
    }
    return "detail";
}

// The layout of one widget for the web runtime: what to draw and how, never what it reads. A text
// widget's text is the engine's answer (`resolved`), never the document's: none when denied.
Json widgetLayout(const Widget &widget, const WidgetResolution *resolved)
{
    Json w{{"id", utf8(widget.id)},
           {"type", utf8(widgetTypeName(widget.type))},
           {"title", utf8(widget.title)},
           {"grid", gridJson(widget.grid)}};
    if (!widget.numberFormat.isEmpty())
        w["number_format"] = utf8(widget.numberFormat);
    if (!widget.colors.isEmpty())
        w["colors"] = stringsJson(widget.colors);
    if (widget.type == WidgetType::Text)
        w["text"] = resolved && resolved->denied.isEmpty() ? utf8(resolved->text) : std::string();
    return w;
}

} // namespace

EmbedReply EmbedReply::error(int status, const char *code, const QString &message)
{
    EmbedReply reply;
    reply.status = status;
    reply.body = Json{{"error", code}, {"message", utf8(message)}};
    return reply;
}

EmbedState::EmbedState(Project project, QString projectPath, Keystore keystore,
                       QString keystorePath, Json jwks)
    : m_project(std::move(project))
    , m_projectPath(std::move(projectPath))
    , m_keystore(std::move(keystore))
    , m_verifier(m_project, m_keystore)
    , m_revocations(RevocationList::pathFor(m_projectPath))
    , m_jwks(std::move(jwks))
    , m_keystorePath(std::move(keystorePath))
{
    static std::atomic<quint64> generations{0};
    m_generation = ++generations;
    m_secrets = accountSecrets(m_project, m_keystore.secrets());
}

namespace {

// The keystore and its published keys; nullopt with the error naming the file once.
std::optional<std::pair<Keystore, Json>> loadKeys(const QString &keystorePath,
                                                  const QByteArray &passphrase, QString *error)
{
    QString why;
    std::optional<Keystore> keystore = Keystore::load(keystorePath, passphrase, &why);
    if (!keystore) {
        *error = why.startsWith(keystorePath) ? why : keystorePath + u": "_s + why;
        return std::nullopt;
    }
    std::optional<Json> jwks = publicJwks(keystore->signingKeys(), &why);
    if (!jwks) {
        *error = keystorePath + u": "_s + why;
        return std::nullopt;
    }
    return std::pair{std::move(*keystore), std::move(*jwks)};
}

} // namespace

std::shared_ptr<const EmbedState> EmbedState::load(const QString &projectPath,
                                                   const QString &keystorePath,
                                                   const QByteArray &passphrase, QString *error)
{
    auto loaded = ProjectFile::load(projectPath);
    if (!loaded.project) {
        const Problems &problems = loaded.problems;
        *error = projectPath + u": "_s + problems.first().toString();
        if (problems.size() > 1)
            *error += u" (and %1 more: dashwright project check lists them)"_s.arg(problems.size()
                                                                                   - 1);
        return nullptr;
    }
    auto keys = loadKeys(keystorePath, passphrase, error);
    if (!keys)
        return nullptr;
    return std::make_shared<const EmbedState>(std::move(*loaded.project), projectPath,
                                              std::move(keys->first), keystorePath,
                                              std::move(keys->second));
}

std::shared_ptr<const EmbedState> EmbedState::withKeystore(const EmbedState &previous,
                                                           const QString &keystorePath,
                                                           const QByteArray &passphrase,
                                                           QString *error)
{
    auto keys = loadKeys(keystorePath, passphrase, error);
    if (!keys)
        return nullptr;
    return std::make_shared<const EmbedState>(previous.project(), previous.projectPath(),
                                              std::move(keys->first), keystorePath,
                                              std::move(keys->second));
}

struct EmbedApi::Readiness
{
    std::mutex mutex;
    std::chrono::steady_clock::time_point checked;
    const EmbedState *state = nullptr; // the generation it was checked for
    EmbedReply reply;
};

// An answer kept for the very same token, route and body.
struct EmbedApi::Answer
{
    quint64 generation = 0; // EmbedState::generation() it was made under
    QByteArray body;
    EmbedReply log; // the fields the access log records, without a body
    QString jti;
    QList<std::pair<ConnectionSpec, QByteArray>> databases; // their versions when it was computed
};

// What computing an answer learnt that decides how long it may be reused.
struct EmbedApi::Computed
{
    QList<std::pair<ConnectionSpec, QByteArray>> databases;
    bool cacheable = true; // false when a database's version cannot be known
    bool complete = false; // the answer was made (not refused half-way)
    QDateTime expires;     // the authorization's end
    QString jti;

    // The database a statement about to run reads, at its version now.
    void read(const WidgetResolution &widget, ResultCache *cache)
    {
        if (!cache || !widget.denied.isEmpty() || !widget.plan)
            return;
        for (const auto &[spec, version] : std::as_const(databases)) {
            if (spec.key() == widget.connection.key())
                return;
        }
        const QByteArray version = cache->databaseVersion(widget.connection);
        cacheable = cacheable && ResultCache::isKnownVersion(version);
        databases.append({widget.connection, version});
    }
    void answered(const Viewer &viewer)
    {
        complete = true;
        expires = viewer.expiresAt();
        if (viewer.verifiedToken())
            jti = stringClaim(viewer.verifiedToken()->claims, "jti");
    }
};

// The executor's keys of one request: a newer submit under the same key cancels the older, so
// they come from a counter of ours, never from anything a client sends or can see.
QString privateScope()
{
    static std::atomic<quint64> serial{0};
    return u"embed/"_s + QString::number(++serial);
}

EmbedApi::EmbedApi(QueryExecutor &executor, ResultCache *cache)
    : m_executor(executor)
    , m_cache(cache)
    , m_readiness(std::make_shared<Readiness>())
{
    if (m_cache)
        m_answers = std::make_unique<BoundedCache<Answer>>(m_cache->maxBytes());
}

EmbedApi::~EmbedApi() = default;

DashboardRunner EmbedApi::runner() const
{
    DashboardRunner runner(m_executor, privateScope(), m_cache);
    runner.setDeadline(QDeadlineTimer(m_queryTimeout));
    return runner;
}

void EmbedApi::clearCaches()
{
    if (m_cache)
        m_cache->clear();
    if (m_answers)
        m_answers->clear();
}

QByteArray EmbedApi::answerKey(QByteArrayView route, QByteArrayView authorization,
                               const QString &dashboardId, QByteArrayView body)
{
    // The token's exact bytes: its signature was checked when the answer was made, and the same
    // bytes verify the same way until the keystore changes (a reload clears this cache).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray id = dashboardId.toUtf8(); // alive for the whole loop
    for (const QByteArrayView part :
         {route, QByteArrayView(id), authorization.trimmed(), body.trimmed()}) {
        hash.addData(QByteArray::number(part.size()));
        hash.addData(":");
        hash.addData(part);
    }
    return hash.result();
}

std::optional<EmbedReply> EmbedApi::cachedAnswer(const EmbedState &state, QByteArrayView route,
                                                 QByteArrayView authorization,
                                                 const QString &dashboardId,
                                                 QByteArrayView body) const
{
    if (!m_answers)
        return std::nullopt;
    const QByteArray key = answerKey(route, authorization, dashboardId, body);
    const std::optional<Answer> hit = m_answers->find(key);
    if (!hit)
        return std::nullopt;
    // Checked outside the cache's lock (a stat, a database probe): still this generation of the
    // project and keys, not revoked since, and every database as it was.
    bool holds = hit->generation == state.generation()
            && state.revocations().check(hit->jti) == RevocationList::Status::NotRevoked;
    for (qsizetype i = 0; holds && i < hit->databases.size(); ++i)
        holds = m_cache->databaseVersion(hit->databases[i].first) == hit->databases[i].second;
    if (!holds) {
        m_answers->remove(key);
        return std::nullopt;
    }
    EmbedReply reply = hit->log;
    reply.rawBody = hit->body;
    return reply;
}

EmbedReply EmbedApi::cached(const EmbedState &state, QByteArrayView route,
                            QByteArrayView authorization, const QString &dashboardId,
                            QByteArrayView body,
                            const std::function<EmbedReply(Computed &)> &compute) const
{
    Computed computed;
    if (!m_answers)
        return compute(computed);
    if (std::optional<EmbedReply> hit
        = cachedAnswer(state, route, authorization, dashboardId, body))
        return std::move(*hit);
    const QByteArray key = answerKey(route, authorization, dashboardId, body);
    EmbedReply reply = compute(computed);
    if (reply.status != 200 || !computed.complete || !computed.cacheable
        || !reply.widgetErrors.isEmpty())
        return reply;
    // Until the cache's own bound or the authorization's end, whichever comes first.
    auto deadline = BoundedCache<Answer>::Clock::now() + m_cache->ttl();
    if (computed.expires.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(computed.expires);
        deadline = std::min(deadline,
                            BoundedCache<Answer>::Clock::now()
                                    + std::chrono::milliseconds(std::max<qint64>(0, left)));
    }
    Answer answer;
    answer.body = QByteArray::fromStdString(reply.body.dump() + '\n');
    answer.log = reply;
    answer.log.body = nullptr;
    answer.jti = computed.jti;
    answer.generation = state.generation();
    answer.databases = computed.databases;
    const qint64 bytes = answer.body.size() + 512;
    reply.rawBody = answer.body;
    m_answers->insert(key, std::move(answer), bytes, deadline);
    return reply;
}

EmbedReply EmbedApi::healthz()
{
    EmbedReply reply;
    reply.body = Json{{"status", "ok"}};
    return reply;
}

EmbedReply EmbedApi::readyz(const EmbedState &state) const
{
    // Probing every account on every call would let anyone who can reach /readyz load the
    // databases; a few seconds' old answer is as good for a load balancer.
    // Every token is refused while the revocation list cannot be read: not ready. A stat, so
    // asked every time.
    if (state.revocations().check({}) == RevocationList::Status::Unreadable)
        return EmbedReply::error(503, "not_ready", u"the revocation list cannot be read"_s);
    const std::lock_guard lock(m_readiness->mutex);
    const auto now = std::chrono::steady_clock::now();
    if (m_readiness->state == &state
        && now - m_readiness->checked < std::chrono::seconds(readinessCacheSeconds))
        return m_readiness->reply;
    EmbedReply reply;
    reply.body = Json{{"status", "ready"}, {"project", utf8(state.project().name)}};
    for (const Account &account : state.project().accounts) {
        const ConnectionSpec spec = ConnectionSpec::forAccount(
                account, state.projectPath(), state.secrets().value(account.secretId));
        const std::optional<QString> problem
                = DataSource::of(spec).probe(spec, probeTimeoutSeconds);
        if (problem && !problem->isEmpty()) {
            // The account's name only: the probe's message may name a host or a path.
            reply = EmbedReply::error(503, "not_ready",
                                      u"account \"%1\" does not answer"_s.arg(account.name));
            break;
        }
    }
    m_readiness->state = &state;
    m_readiness->checked = now;
    m_readiness->reply = reply;
    return reply;
}

EmbedReply EmbedApi::jwks(const EmbedState &state)
{
    EmbedReply reply;
    reply.body = state.jwks();
    return reply;
}

EmbedReply EmbedApi::dashboard(const EmbedState &state, QByteArrayView authorization,
                               const QString &dashboardId, const QString &requestId) const
{
    return cached(state, "layout", authorization, dashboardId, {}, [&](Computed &computed) {
        return dashboardUncached(state, authorization, dashboardId, requestId, computed);
    });
}

EmbedReply EmbedApi::dashboardUncached(const EmbedState &state, QByteArrayView authorization,
                                       const QString &dashboardId, const QString &requestId,
                                       Computed &computed) const
{
    auto who = viewerFor(state, authorization);
    if (auto *refused = std::get_if<EmbedReply>(&who))
        return std::move(*refused);
    const Viewer &viewer = std::get<Viewer>(who);
    EmbedReply reply;
    logViewer(reply, viewer);
    const Dashboard *dashboard = state.project().dashboard(dashboardId);
    if (!dashboard) {
        EmbedReply missing = EmbedReply::error(404, "not_found", u"no such dashboard"_s);
        logViewer(missing, viewer);
        return missing;
    }
    reply.dashboardId = dashboard->id;
    Resolver::Options options;
    options.secrets = state.secrets();
    const DashboardResolution resolution
            = viewer.resolve(state.project(), state.projectPath(), *dashboard, options);
    if (const QString denied = wholeDashboardDenial(resolution); !denied.isEmpty())
        return forbidden(viewer, *dashboard, denied);
    Json widgets = Json::array();
    for (const Widget &widget : dashboard->widgets) {
        const auto it
                = std::find_if(resolution.widgets.cbegin(), resolution.widgets.cend(),
                               [&](const WidgetResolution &w) { return w.widgetId == widget.id; });
        widgets.push_back(widgetLayout(widget, it != resolution.widgets.cend() ? &*it : nullptr));
    }
    Json filters = Json::array();
    for (const Filter &filter : dashboard->filters) {
        if (!filter.viewerEditable || !filter.parameterId.isEmpty())
            continue;
        // The choices under this viewer's own resolution: a dropdown never lists another
        // tenant's values. A filter on data the viewer may not read is not offered at all.
        DashboardResolution choices;
        choices.dashboardId = dashboard->id;
        choices.tokenView = true;
        choices.widgets.append(viewer.filterChoices(state.project(), state.projectPath(),
                                                    *dashboard, filter.id, options));
        if (!choices.widgets.constFirst().denied.isEmpty())
            continue;
        computed.read(choices.widgets.constFirst(), m_cache);
        const QList<WidgetRun> runs = runner().run(*dashboard, choices);
        if (!runs.constFirst().error.isEmpty()) {
            reply.widgetErrors.append(u"filter "_s + filter.id + u": "_s + runs.constFirst().error);
            continue;
        }
        Json values = Json::array();
        QVariantList offered;
        for (const QVariantList &row : runs.constFirst().result.rows) {
            values.push_back(jsonFromVariant(row.value(0)));
            offered.append(row.value(0));
        }
        const Dataset *dataset = state.project().dataset(filter.datasetId);
        const Column *column = dataset ? dataset->column(filter.columnId) : nullptr;
        Json f{{"id", utf8(filter.id)},
               {"label", utf8(filter.label)},
               {"type", utf8(column ? columnTypeName(column->type) : QString())},
               {"expression", utf8(filterExpressionText(filter.expression))},
               {"choices", std::move(values)}};
        // The value this viewer's data is filtered by (a token's initialization filter, else the
        // dashboard's own), so that the control shows what applies; only the part of it among
        // this viewer's choices: another tenant's name is not told (the data shows no row of it
        // either).
        const QVariant initial = resolution.editableFilterValues.value(filter.id);
        if (initial.typeId() == QMetaType::QVariantList) {
            QVariantList kept;
            for (const QVariant &item : initial.toList()) {
                if (offered.contains(item))
                    kept.append(item);
            }
            if (!kept.isEmpty())
                f["value"] = jsonFromVariant(QVariant(kept));
        } else if (initial.isValid() && !initial.isNull() && offered.contains(initial)) {
            f["value"] = jsonFromVariant(initial);
        }
        filters.push_back(std::move(f));
    }
    reply.body
            = Json{{"id", utf8(dashboard->id)},       {"slug", utf8(dashboard->slug)},
                   {"title", utf8(dashboard->title)}, {"description", utf8(dashboard->description)},
                   {"grid", {{"columns", 12}}},       {"widgets", std::move(widgets)},
                   {"filters", std::move(filters)},   {"theme", themeJson(state.project().theme)}};
    computed.answered(viewer);
    return reply;
}

EmbedReply EmbedApi::data(const EmbedState &state, QByteArrayView authorization,
                          const QString &dashboardId, QByteArrayView body,
                          const QString &requestId) const
{
    return cached(state, "data", authorization, dashboardId, body, [&](Computed &computed) {
        return dataUncached(state, authorization, dashboardId, body, requestId, computed);
    });
}

EmbedReply EmbedApi::dataUncached(const EmbedState &state, QByteArrayView authorization,
                                  const QString &dashboardId, QByteArrayView body,
                                  const QString &requestId, Computed &computed) const
{
    auto who = viewerFor(state, authorization);
    if (auto *refused = std::get_if<EmbedReply>(&who))
        return std::move(*refused);
    const Viewer &viewer = std::get<Viewer>(who);
    const Dashboard *dashboard = state.project().dashboard(dashboardId);
    if (!dashboard) {
        EmbedReply missing = EmbedReply::error(404, "not_found", u"no such dashboard"_s);
        logViewer(missing, viewer);
        return missing;
    }
    const auto bad = [&](const QString &message) {
        EmbedReply reply = EmbedReply::error(400, "bad_request", message);
        logViewer(reply, viewer);
        reply.dashboardId = dashboard->id;
        return reply;
    };

    // The body: {"widgets": [ids], "page": {"offset", "size"}, "filters": {id: value}}, each
    // optional; anything else is refused rather than ignored.
    Resolver::Options options;
    options.secrets = state.secrets();
    if (!body.trimmed().isEmpty()) {
        QString why;
        const std::optional<Json> request = parseStrictJson(body, &why);
        if (!request || !request->is_object())
            return bad(request ? u"the body is not a JSON object"_s : why);
        for (auto it = request->begin(); it != request->end(); ++it) {
            const std::string &key = it.key();
            if (key == "widgets") {
                if (!it->is_array() || it->empty())
                    return bad(u"widgets: expected widget ids (leave it out for every widget)"_s);
                for (const Json &id : *it) {
                    if (!id.is_string()
                        || !dashboard->widget(QString::fromStdString(id.get<std::string>())))
                        return bad(u"widgets: not a widget of this dashboard"_s);
                    options.widgetIds.append(QString::fromStdString(id.get<std::string>()));
                }
            } else if (key == "page") {
                if (!it->is_object())
                    return bad(u"page: expected {\"offset\": N, \"size\": N}"_s);
                for (auto p = it->begin(); p != it->end(); ++p) {
                    if (!p->is_number_unsigned() || (p.key() != "offset" && p.key() != "size"))
                        return bad(u"page: expected {\"offset\": N, \"size\": N}"_s);
                }
                const quint64 offset = it->value("offset", 0ULL);
                const quint64 size = it->value("size", 100ULL);
                if (size < 1 || size > quint64(maximumPageSize))
                    return bad(u"page.size: between 1 and %1"_s.arg(maximumPageSize));
                // Far pages make the database skip that many rows first: bounded.
                if (offset > quint64(maximumPageOffset))
                    return bad(u"page.offset: at most %1"_s.arg(maximumPageOffset));
                options.pageOffset = int(offset);
                options.pageSize = int(size);
            } else if (key == "filters") {
                if (!it->is_object())
                    return bad(u"filters: expected an object of filter id: value"_s);
                for (auto f = it->begin(); f != it->end(); ++f) {
                    // A value, a list of values, or null to clear: never an object or nested
                    // lists, which no filter expression takes.
                    const auto scalar = [](const Json &v) {
                        return !v.is_object() && !v.is_array() && !v.is_binary();
                    };
                    const bool fits = scalar(*f)
                            || (f->is_array() && std::all_of(f->begin(), f->end(), scalar));
                    if (!fits)
                        return bad(u"filters: the value of %1 must be a value or a list of "
                                   u"values"_s.arg(quoted(QString::fromStdString(f.key()))));
                    options.filterValues.insert(QString::fromStdString(f.key()),
                                                variantFromJson(f.value()));
                }
            } else {
                return bad(u"unknown member \"%1\" (expected widgets, page, filters)"_s.arg(
                        QString::fromStdString(key).left(64)));
            }
        }
    }

    // Whether the viewer may see the dashboard at all is decided on the whole dashboard as the
    // token alone shapes it: not on the widgets asked for, nor on the viewer's filter values.
    Resolver::Options granted = options;
    granted.widgetIds.clear();
    granted.filterValues.clear();
    const DashboardResolution whole
            = viewer.resolve(state.project(), state.projectPath(), *dashboard, granted);
    if (const QString denied = wholeDashboardDenial(whole); !denied.isEmpty())
        return forbidden(viewer, *dashboard, denied);
    // The whole dashboard without the viewer's filter values is what was just resolved.
    const DashboardResolution resolution
            = options.widgetIds.isEmpty() && options.filterValues.isEmpty()
            ? whole
            : viewer.resolve(state.project(), state.projectPath(), *dashboard, options);
    // The claims resolved above, so what fails now is what the request added: a value for a
    // filter the viewer may not set, or of the wrong type.
    if (!resolution.error.isEmpty())
        return bad(resolution.error);
    for (const WidgetResolution &w : resolution.widgets)
        computed.read(w, m_cache);

    const QList<WidgetRun> runs = runner().run(*dashboard, resolution);
    EmbedReply reply;
    logViewer(reply, viewer);
    reply.dashboardId = dashboard->id;
    Json widgets = Json::array();
    for (const WidgetRun &run : runs) {
        const WidgetResolution &r = run.resolution;
        Json w{{"id", utf8(r.widgetId)}, {"type", utf8(widgetTypeName(run.type))}};
        Json columns = Json::array();
        Json types = Json::array();
        Json roles = Json::array();
        if (r.plan && r.denied.isEmpty()) {
            for (const OutputColumn &c : r.plan->columns) {
                columns.push_back(utf8(c.label));
                types.push_back(utf8(columnTypeName(c.type)));
                roles.push_back(roleName(c.role));
            }
        }
        w["columns"] = std::move(columns);
        w["column_types"] = std::move(types);
        w["column_roles"] = std::move(roles);
        w["rows"] = r.denied.isEmpty() && run.error.isEmpty() ? jsonFromRows(run.result.rows)
                                                              : Json::array();
        // As for a whole dashboard: the page learns that the widget is not the viewer's, the
        // access log why (the engine's words name policies and the values they wait for).
        const bool denied = !r.denied.isEmpty() && !r.sourceProblem;
        w["denied"] = denied ? Json("not granted to this token") : Json(nullptr);
        if (denied)
            reply.reason += (reply.reason.isEmpty() ? QString() : u"; "_s) + r.denied;
        if (r.sourceProblem) {
            w["error"] = "the data source did not answer";
            reply.widgetErrors.append(r.widgetId + u": "_s + r.denied);
        } else if (!run.error.isEmpty()) {
            // The data source's message may name a file, a host or a column: it goes to the
            // server's log (by request id), the viewer learns only that it failed.
            w["error"] = "the data source did not answer";
            reply.widgetErrors.append(r.widgetId + u": "_s + run.error);
        }
        if (!r.denied.isEmpty() && !r.sourceProblem && reply.denial.isEmpty())
            reply.denial = u"widget_denied"_s;
        if (run.type == WidgetType::Table)
            w["page"] = Json{{"offset", options.pageOffset}, {"size", options.pageSize}};
        widgets.push_back(std::move(w));
    }
    reply.body = Json{{"dashboard", utf8(dashboard->id)}, {"widgets", std::move(widgets)}};
    computed.answered(viewer);
    return reply;
}

} // namespace Dashwright
