// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardrunner.h"
#include "resolver.h"
#include "tokenservice.h"

#include "common/json.h"
#include "document/project.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dashwright {

// Who is asking for a dashboard, and the one way from them to its data (DESIGN §1, §5): the design
// view (the analyst, parameter defaults, no policies) or a token view whose claims come from a
// tenant profile, a claims file or a verified token. The CLI's AS options, the designer's preview,
// a pasted token, Compare, the isolation check and the embed server all make a Viewer and call
// resolve() or run(); none of them turns claims into a plan on its own.
//
// A Viewer holds claims only once they passed ClaimsValidator against the project: they are
// validated here, once, when the viewer is made, and the resolver trusts them. When the
// authorization ends is decided here too (expiredAt(), with the clock of Resolver::Options).
class Viewer
{
public:
    enum class Kind {
        Design,  // no claims
        Profile, // a tenant profile of the project
        Claims,  // a claims object from elsewhere (a file, standard input)
        Token,   // the claims of a token that verified
    };

    // The analyst's own view.
    static Viewer design();
    // A tenant profile by name or id. Its claims live in the project file, so they may carry no
    // credentials.
    static std::optional<Viewer> profile(const Project &project, const QString &nameOrId,
                                         QString *error);
    static std::optional<Viewer> profile(const Project &project, const TenantProfile &profile,
                                         QString *error);
    // Claims from elsewhere; `source` names where they came from in name() ("tenant.json").
    // Credentials are allowed: such claims never leave the machine.
    static std::optional<Viewer> claims(const Project &project, Json claims, const QString &source,
                                        QString *error);
    // A token, verified by `verifier` (signature, kid, exp, iss, aud…), then its claims validated.
    // A signed token is readable by the page, so its claims may carry no credentials; a sealed one
    // may.
    // `expired`, when given, tells a token refused because its time is up (its exp, or the
    // claims' "expiry") from one refused for anything else.
    static std::optional<Viewer> token(const Project &project, const TokenVerifier &verifier,
                                       QByteArrayView token, QString *error,
                                       bool *expired = nullptr);

    Kind kind() const { return m_kind; }
    bool isTokenView() const { return m_kind != Kind::Design; }
    // The validated claims; an empty object in the design view.
    const Json &claims() const { return m_claims; }
    // Whose view it is, for banners and reports: "Default — no token", the profile's name,
    // "Claims for SUBJECT (FILE)", "Token for SUBJECT". Never a secret.
    QString name() const;
    // Who the claims say the tenant is: suborganization, else username; empty when neither.
    QString subject() const;
    // The ids of the project's dashboards the claims' securables name, in the project's order;
    // empty in the design view. What to offer a viewer denied some other dashboard.
    QStringList grantedDashboards(const Project &project) const;
    // The profile's id (Kind::Profile), else empty.
    QString profileId() const { return m_profileId; }
    // The verified token (Kind::Token): header, kid, sealed, exp.
    const std::optional<VerifiedToken> &verifiedToken() const { return m_token; }
    // When the authorization ends: the earlier of the token's exp and the claims' "expiry"; an
    // invalid QDateTime when neither sets an end.
    QDateTime expiresAt() const;
    // Why the authorization has ended at `now`, or nullopt while it holds: the one place expiry
    // is decided. The claims' "expiry" holds until that instant; a token's exp is allowed
    // TokenVerifier::leewaySeconds of clock skew between the issuer's clock and ours (RFC 7519
    // §4.1.4), as its verification allowed.
    std::optional<QString> expiredAt(const QDateTime &now) const;

    // The one path from a viewer to a dashboard's plan: a viewer whose authorization has ended at
    // options.now is denied on every widget. The design view resolves with defaults.
    DashboardResolution resolve(const Project &project, const QString &projectFilePath,
                                const Dashboard &dashboard,
                                const Resolver::Options &options = {}) const;
    // The values a viewer-editable dashboard filter offers this viewer: the distinct values of
    // its column under this viewer's own resolution (account overrides, token filters, access
    // policies; without the dashboard's own filters and without options.filterValues), sorted, at
    // most Resolver::maximumChoices, no NULL. Denied (resolution.denied) whenever the viewer could
    // not read that dataset; a filter that is unknown or not viewer-editable is denied with that
    // reason. The plan's first output column holds the values. Other embedding products fill such
    // a dropdown from the whole column, which lists other tenants' values; this one cannot.
    WidgetResolution filterChoices(const Project &project, const QString &projectFilePath,
                                   const Dashboard &dashboard, const QString &filterId,
                                   const Resolver::Options &options = {}) const;
    // resolve(), then the statements on `executor` (DashboardRunner; `scope` as there).
    QList<WidgetRun> run(const Project &project, const QString &projectFilePath,
                         const Dashboard &dashboard, QueryExecutor &executor,
                         const Resolver::Options &options = {}, const QString &scope = {}) const;

private:
    Viewer() = default;
    static std::optional<Viewer> validated(const Project &project, Kind kind, Json claims,
                                           bool allowSecrets, QString *error);

    Kind m_kind = Kind::Design;
    Json m_claims = Json::object();
    QString m_profileId;
    QString m_profileName;
    QString m_source;
    std::optional<VerifiedToken> m_token;
};

} // namespace Dashwright
