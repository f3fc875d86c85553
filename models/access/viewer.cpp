// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewer.h"

#include "common/printable.h"
#include "document/claimsvalidator.h"
#include "enginetext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Dashwright {

Viewer Viewer::design()
{
    return Viewer();
}

std::optional<Viewer> Viewer::validated(const Project &project, Kind kind, Json claims,
                                        bool allowSecrets, QString *error)
{
    const Problems problems = ClaimsValidator::validate(
            claims, project, u"claims"_s,
            allowSecrets ? ClaimsValidator::Secrets::Allow : ClaimsValidator::Secrets::Refuse);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.constFirst().toString();
        return std::nullopt;
    }
    Viewer viewer;
    viewer.m_kind = kind;
    viewer.m_claims = std::move(claims);
    return viewer;
}

std::optional<Viewer> Viewer::profile(const Project &project, const QString &nameOrId,
                                      QString *error)
{
    const TenantProfile *tenant = project.tenant(nameOrId);
    if (!tenant) {
        if (error)
            *error = u"no such tenant profile in the project"_s;
        return std::nullopt;
    }
    return profile(project, *tenant, error);
}

std::optional<Viewer> Viewer::profile(const Project &project, const TenantProfile &profile,
                                      QString *error)
{
    auto viewer = validated(project, Kind::Profile, profile.claims, false, error);
    if (viewer) {
        viewer->m_profileId = profile.id;
        viewer->m_profileName = profile.name;
    }
    return viewer;
}

std::optional<Viewer> Viewer::claims(const Project &project, Json claims, const QString &source,
                                     QString *error)
{
    auto viewer = validated(project, Kind::Claims, std::move(claims), true, error);
    if (viewer)
        viewer->m_source = source;
    return viewer;
}

std::optional<Viewer> Viewer::token(const Project &project, const TokenVerifier &verifier,
                                    QByteArrayView token, QString *error, bool *expired)
{
    std::optional<VerifiedToken> verified
            = verifier.verify(token, error, TokenVerifier::Expiry::Enforce, expired);
    if (!verified)
        return std::nullopt;
    // The claims a page can read (a signed token) may not carry credentials; a sealed one may.
    auto viewer = validated(project, Kind::Token, verified->claims, verified->sealed, error);
    if (!viewer)
        return std::nullopt;
    viewer->m_token = std::move(verified);
    // A token that verified may still carry an authorization that ended (minted elsewhere, with
    // an exp beyond its "expiry"): refused as the token would be, at the verifier's clock.
    if (const std::optional<QString> ended = viewer->expiredAt(verifier.now())) {
        if (expired)
            *expired = true;
        if (error)
            *error = *ended;
        return std::nullopt;
    }
    return viewer;
}

QString Viewer::subject() const
{
    // Names, never credentials: the two claims that say who the tenant is.
    for (const char *key : {"suborganization", "username"}) {
        const auto it = m_claims.find(key);
        if (it != m_claims.end() && it->is_string() && !it->get_ref<const std::string &>().empty())
            return QString::fromStdString(it->get<std::string>());
    }
    return {};
}

QStringList Viewer::grantedDashboards(const Project &project) const
{
    QSet<QString> securables;
    for (const Json &s : m_claims.value("securables", Json::array())) {
        if (s.is_string())
            securables.insert(QString::fromStdString(s.get<std::string>()));
    }
    QStringList ids;
    for (const Dashboard &dashboard : project.dashboards) {
        if (securables.contains(dashboard.id))
            ids.append(dashboard.id);
    }
    return ids;
}

QString Viewer::name() const
{
    const QString who = subject();
    switch (m_kind) {
    case Kind::Design:
        return u"Default — no token"_s;
    case Kind::Profile:
        return m_profileName;
    case Kind::Token:
        return who.isEmpty() ? u"Token"_s : u"Token for %1"_s.arg(who);
    case Kind::Claims:
        break;
    }
    const QString source = m_source.isEmpty() ? u"claims"_s : m_source;
    return who.isEmpty() ? u"Claims from %1"_s.arg(source)
                         : u"Claims for %1 (%2)"_s.arg(who, source);
}

std::optional<QString> Viewer::expiredAt(const QDateTime &now) const
{
    if (const QDateTime expiry = ClaimsValidator::expiry(m_claims);
        expiry.isValid() && expiry <= now)
        return EngineText::tr("the authorization expired at %1").arg(expiry.toString(Qt::ISODate));
    if (m_token && m_token->expires.isValid()
        && m_token->expires.addSecs(TokenVerifier::leewaySeconds) < now)
        return EngineText::tr("the token expired at %1")
                .arg(m_token->expires.toUTC().toString(Qt::ISODate));
    return std::nullopt;
}

QDateTime Viewer::expiresAt() const
{
    QDateTime end;
    if (const QDateTime expiry = ClaimsValidator::expiry(m_claims); expiry.isValid())
        end = expiry;
    if (m_token && m_token->expires.isValid() && (!end.isValid() || m_token->expires < end))
        end = m_token->expires.toUTC();
    return end;
}

DashboardResolution Viewer::resolve(const Project &project, const QString &projectFilePath,
                                    const Dashboard &dashboard,
                                    const Resolver::Options &options) const
{
    const Resolver resolver(project, projectFilePath);
    if (m_kind == Kind::Design)
        return resolver.resolveDesign(dashboard, options);
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    return resolver.resolveValidated(dashboard, m_claims, options, expiredAt(now));
}

WidgetResolution Viewer::filterChoices(const Project &project, const QString &projectFilePath,
                                       const Dashboard &dashboard, const QString &filterId,
                                       const Resolver::Options &options) const
{
    WidgetResolution denied;
    denied.widgetId = filterId;
    const Filter *filter = nullptr;
    for (const Filter &f : dashboard.filters) {
        if (f.id == filterId)
            filter = &f;
    }
    if (!filter) {
        denied.denied = EngineText::tr("no filter %1 on this dashboard").arg(quoted(filterId));
        return denied;
    }
    if (!filter->viewerEditable || !filter->parameterId.isEmpty()) {
        denied.denied = EngineText::tr("filter %1 is not viewer-editable").arg(quoted(filterId));
        return denied;
    }

    // A widget of its own on the dashboard, resolved like any other: securables, expiry, required
    // parameters, account overrides, token filters and policies (their column lists included)
    // apply exactly as they do to the dashboard's widgets, by the same path. The dashboard's own
    // filters do not: the choices are what the viewer could pick, not what is picked now.
    Widget choices;
    choices.id = filterId;
    choices.type = WidgetType::Bar;
    choices.title = filter->label;
    choices.datasetId = filter->datasetId;
    choices.dimensions = {{filter->columnId, TimeGrain::None}};
    choices.measures = {{QString(), Aggregation::Count, QString()}};
    // NULL cannot be picked with "= ?" or "in": it is no choice.
    Filter notNull;
    notNull.columnId = filter->columnId;
    notNull.expression = FilterExpression::IsNotNull;
    choices.filters = {notNull};
    choices.sort = {{SortKey::Field::Dimension, 0, false}};
    choices.limit = Resolver::maximumChoices;

    Dashboard alone = dashboard;
    alone.filters.clear();
    alone.widgets = {choices};
    Resolver::Options own = options;
    own.widgetIds.clear();
    own.filterValues.clear();
    own.pageOffset = 0;
    const DashboardResolution resolution = resolve(project, projectFilePath, alone, own);
    if (!resolution.error.isEmpty() || resolution.widgets.isEmpty()) {
        denied.denied
                = resolution.error.isEmpty() ? EngineText::tr("no choices") : resolution.error;
        return denied;
    }
    return resolution.widgets.constFirst();
}

QList<WidgetRun> Viewer::run(const Project &project, const QString &projectFilePath,
                             const Dashboard &dashboard, QueryExecutor &executor,
                             const Resolver::Options &options, const QString &scope) const
{
    return DashboardRunner(executor, scope)
            .run(dashboard, resolve(project, projectFilePath, dashboard, options));
}

} // namespace Dashwright
