// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/dashboardrunner.h"
#include "access/revocationlist.h"
#include "access/tokenservice.h"
#include "common/json.h"
#include "crypto/keystore.h"
#include "data/queryexecutor.h"
#include "data/resultcache.h"
#include "document/project.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Dashwright {

// What `dashwright serve` answers with, loaded once: the project, its keystore, a verifier over
// both, the revocation list beside the project and the published keys. One generation is never
// changed; a reload (SIGHUP) loads a new one and swaps it in whole, so that a request sees one
// consistent project and keystore from start to end.
class EmbedState
{
public:
    // Loads the project (refusing an invalid one, as the CLI does) and the keystore (`passphrase`
    // when it is encrypted). The error is one line naming the file and the problem.
    static std::shared_ptr<const EmbedState> load(const QString &projectPath,
                                                  const QString &keystorePath,
                                                  const QByteArray &passphrase, QString *error);
    // The keystore read again, the project of `previous` kept.
    static std::shared_ptr<const EmbedState> withKeystore(const EmbedState &previous,
                                                          const QString &keystorePath,
                                                          const QByteArray &passphrase,
                                                          QString *error);
    // Unique in the process: answers cached under one generation are never handed out under
    // another.
    quint64 generation() const { return m_generation; }
    const QString &keystorePath() const { return m_keystorePath; }

    const Project &project() const { return m_project; }
    const QString &projectPath() const { return m_projectPath; }
    const Keystore &keystore() const { return m_keystore; }
    const TokenVerifier &verifier() const { return m_verifier; }
    const RevocationList &revocations() const { return m_revocations; }
    const Json &jwks() const { return m_jwks; }
    // Account passwords by secret id, for Resolver::Options::secrets.
    const QHash<QString, QString> &secrets() const { return m_secrets; }

    EmbedState(Project project, QString projectPath, Keystore keystore, QString keystorePath,
               Json jwks);
    Q_DISABLE_COPY_MOVE(EmbedState) // the verifier refers to the members

private:
    Project m_project;
    QString m_projectPath;
    Keystore m_keystore;
    TokenVerifier m_verifier;
    RevocationList m_revocations;
    Json m_jwks;
    QHash<QString, QString> m_secrets;
    QString m_keystorePath;
    quint64 m_generation = 0;
};

// One answer of the embed API (DESIGN §7): its status and JSON body, extra headers, and what the
// access log and the metrics record about it (never a token, secret, SQL value or row).
struct EmbedReply
{
    int status = 200;
    Json body = Json::object();
    // The body already serialised (an answer from the answer cache); sent instead of `body`.
    QByteArray rawBody;
    QList<std::pair<QByteArray, QByteArray>> headers;

    // For the access log.
    QString dashboardId;
    QString subject;
    QString tenant;
    QString kid;
    QString jti;
    QString apiKey; // the API key id that minted a token (POST /api/v1/authorizations)
    // Why access was refused, as a class for the metrics: token_missing, token_invalid,
    // token_expired, token_revoked, api_key_invalid, not_granted, widget_denied; empty when not.
    QString denial;
    // The engine's own reason for a 403, for the access log only.
    QString reason;
    // Data-source errors of widgets ("WIDGET: why"), for the server's error log only: the body
    // says no more than that the source did not answer.
    QStringList widgetErrors;

    static EmbedReply error(int status, const char *code, const QString &message);
};

// The routes' logic, apart from HTTP: the server parses a request, checks its limits and CORS,
// and calls one of these with the header values and body it received. Every token route goes
// through Viewer::token and Viewer::resolve, the path the designer's preview and the CLI take.
// Thread-safe: many requests run at once, each with the state generation it started with.
class EmbedApi
{
public:
    // `cache`, when given, keeps query results (shared by every viewer whose statements are the
    // same) and, under the same time and size bounds, whole answers per token and request: an
    // answer is reused for the very same token, route and body while the token has not expired
    // or been revoked and none of the databases it read has changed.
    EmbedApi(QueryExecutor &executor, ResultCache *cache);
    ~EmbedApi();

    // After a reload: a new project or keystore may answer differently.
    void clearCaches();
    // How long one request's statements may run before they are cancelled (the widget then fails
    // as a data source that did not answer).
    void setQueryTimeout(std::chrono::milliseconds timeout) { m_queryTimeout = timeout; }
    // The answer cache alone, without resolving or querying anything (`route` "layout" or
    // "data"): what dashboard() or data() would answer from it, else nullopt. Cheap enough for
    // the server's I/O threads.
    std::optional<EmbedReply> cachedAnswer(const EmbedState &state, QByteArrayView route,
                                           QByteArrayView authorization, const QString &dashboardId,
                                           QByteArrayView body) const;

    static EmbedReply healthz();
    // 200 when every account of the project answers (cached for a few seconds), else 503 naming
    // the first that does not (by account name; never a host, user or password).
    EmbedReply readyz(const EmbedState &state) const;
    static EmbedReply jwks(const EmbedState &state);
    // POST /api/v1/authorizations: HTTP Basic with an API key, the claims as the body.
    // `query` is the URL's query string (sealed=true, expires_in=SECONDS).
    static EmbedReply authorize(const EmbedState &state, QByteArrayView authorization,
                                QByteArrayView query, QByteArrayView body);
    // GET /embed/v1/dashboards/{id}: the layout for the web runtime.
    EmbedReply dashboard(const EmbedState &state, QByteArrayView authorization,
                         const QString &dashboardId, const QString &requestId) const;
    // POST /embed/v1/dashboards/{id}/data: rows per widget.
    EmbedReply data(const EmbedState &state, QByteArrayView authorization,
                    const QString &dashboardId, QByteArrayView body,
                    const QString &requestId) const;

private:
    struct Answer;
    struct Computed;
    static QByteArray answerKey(QByteArrayView route, QByteArrayView authorization,
                                const QString &dashboardId, QByteArrayView body);
    EmbedReply cached(const EmbedState &state, QByteArrayView route, QByteArrayView authorization,
                      const QString &dashboardId, QByteArrayView body,
                      const std::function<EmbedReply(Computed &)> &compute) const;
    EmbedReply dashboardUncached(const EmbedState &state, QByteArrayView authorization,
                                 const QString &dashboardId, const QString &requestId,
                                 Computed &computed) const;
    EmbedReply dataUncached(const EmbedState &state, QByteArrayView authorization,
                            const QString &dashboardId, QByteArrayView body,
                            const QString &requestId, Computed &computed) const;

    DashboardRunner runner() const;

    QueryExecutor &m_executor;
    ResultCache *m_cache;
    std::chrono::milliseconds m_queryTimeout = std::chrono::seconds(30);
    std::unique_ptr<BoundedCache<Answer>> m_answers;
    struct Readiness;
    std::shared_ptr<Readiness> m_readiness;
};

} // namespace Dashwright
