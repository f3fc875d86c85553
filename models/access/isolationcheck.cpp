// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "isolationcheck.h"

#include "common/json.h"
#include "viewer.h"

#include "data/sources/datasource.h"

#include "document/claimsvalidator.h"
#include "tenantcomparison.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QString text(const Json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                               : QString();
}

bool takesTokenValue(const PolicyRule &rule)
{
    if (ClaimsValidator::isPlaceholder(rule.value.toString()))
        return true;
    for (const PolicyRule &r : rule.andRules) {
        if (takesTokenValue(r))
            return true;
    }
    for (const PolicyRule &r : rule.orRules) {
        if (takesTokenValue(r))
            return true;
    }
    return false;
}

bool runsQuery(const WidgetRun &run)
{
    return run.resolution.denied.isEmpty() && run.error.isEmpty()
            && run.resolution.plan.has_value();
}

IsolationReport::WidgetRef refFor(const Dashboard &dashboard, const WidgetRun &run)
{
    return {dashboard.id, dashboard.title, run.resolution.widgetId, run.title};
}

// Every profile's runs of one dashboard, analysed together.
struct DashboardRuns
{
    const Dashboard *dashboard = nullptr;
    QList<const ProfileRuns *> profiles;
};
} // namespace

IsolationCheck::IsolationCheck(const Project &project, QString projectFilePath)
    : m_project(project)
    , m_projectFilePath(std::move(projectFilePath))
{ }

QString IsolationCheck::tenantOf(const TenantProfile &profile)
{
    for (const char *key : {"suborganization", "username"}) {
        if (QString value = text(profile.claims, key); !value.isEmpty())
            return value;
    }
    return profile.id;
}

QString IsolationCheck::tenantOf(const Viewer &viewer)
{
    if (!viewer.isTokenView())
        return {};
    const QString subject = viewer.subject();
    return subject.isEmpty() ? viewer.profileId() : subject;
}

QStringList IsolationCheck::tenantSpecificRules(const WidgetResolution &resolution) const
{
    QString datasetId;
    for (const Dashboard &dashboard : m_project.dashboards) {
        if (const Widget *widget = dashboard.widget(resolution.widgetId))
            datasetId = widget->datasetId;
    }
    const Account *account = m_project.account(resolution.accountId);
    QStringList rules;
    for (const Json &entry : resolution.applied) {
        const QString kind = text(entry, "kind");
        if (kind == u"parameter_override"_s) {
            rules.append(u"parameter override of \"%1\""_s.arg(text(entry, "parameter")));
        } else if (kind == u"token_filter"_s) {
            rules.append(
                    u"token filter on %1.%2"_s.arg(text(entry, "dataset"), text(entry, "column")));
        } else if (kind == u"account_override"_s) {
            rules.append(u"account override of \"%1\""_s.arg(text(entry, "account")));
        } else if (kind == u"access_policy"_s) {
            // A policy of constants restricts every token alike: it is not about the tenant.
            const QString name = text(entry, "policy");
            for (const AccessPolicy *policy : m_project.policiesFor(datasetId)) {
                if (policy->name != name)
                    continue;
                if (std::any_of(policy->rows.cbegin(), policy->rows.cend(), takesTokenValue)) {
                    rules.append(u"access policy \"%1\""_s.arg(name));
                    break;
                }
            }
        } else if (kind == u"metadata"_s && account
                   && DataSource::of(account->type).receivesMetadata()) {
            rules.append(u"metadata for the broker plugin"_s);
        }
    }
    return rules;
}

IsolationReport IsolationCheck::run(QueryExecutor &executor, const Resolver::Options &options) const
{
    QList<const Dashboard *> dashboards;
    QList<ProfileRuns> runs;
    for (const TenantProfile &profile : m_project.tenants) {
        QString error;
        const std::optional<Viewer> viewer = Viewer::profile(m_project, profile, &error);
        const auto securables = profile.claims.find("securables");
        for (const Dashboard &dashboard : m_project.dashboards) {
            if (securables == profile.claims.end() || !securables->is_array()
                || std::find(securables->begin(), securables->end(),
                             Json(dashboard.id.toStdString()))
                        == securables->end())
                continue;
            ProfileRuns entry;
            entry.profile = &profile;
            if (viewer)
                entry.runs = viewer->run(m_project, m_projectFilePath, dashboard, executor, options,
                                         u"isolation/"_s + profile.id);
            else
                entry.error = error;
            dashboards.append(&dashboard);
            runs.append(std::move(entry));
        }
    }
    IsolationReport report = analyse(dashboards, runs);
    report.profiles = int(m_project.tenants.size());
    return report;
}

IsolationReport IsolationCheck::analyse(const QList<const Dashboard *> &dashboards,
                                        const QList<ProfileRuns> &runs) const
{
    IsolationReport report;
    report.dashboardRuns = int(runs.size());
    QList<DashboardRuns> byDashboard;
    for (qsizetype i = 0; i < runs.size() && i < dashboards.size(); ++i) {
        auto it = std::find_if(byDashboard.begin(), byDashboard.end(), [&](const DashboardRuns &d) {
            return d.dashboard == dashboards[i];
        });
        if (it == byDashboard.end())
            it = byDashboard.insert(byDashboard.end(), {dashboards[i], {}});
        it->profiles.append(&runs[i]);
    }

    for (const DashboardRuns &d : byDashboard) {
        const Dashboard &dashboard = *d.dashboard;
        // Per widget id: whether any profile had a tenant-specific rule, and whom it left
        // unrestricted.
        QHash<QString, bool> scoped;
        QHash<QString, IsolationReport::Unrestricted> unrestricted;
        for (const ProfileRuns *p : d.profiles) {
            if (!p->error.isEmpty()) {
                report.invalidProfiles.append(
                        {p->profile->name, {dashboard.id, dashboard.title, {}, {}}, p->error});
                continue;
            }
            for (const WidgetRun &run : p->runs) {
                if (!run.resolution.denied.isEmpty())
                    report.denials.append(
                            {p->profile->name, refFor(dashboard, run), run.resolution.denied});
                else if (!run.error.isEmpty())
                    report.errors.append({p->profile->name, refFor(dashboard, run), run.error});
                if (!runsQuery(run))
                    continue;
                IsolationReport::Unrestricted &u = unrestricted[run.resolution.widgetId];
                u.widget = refFor(dashboard, run);
                ++u.profilesRun;
                const bool specific = !tenantSpecificRules(run.resolution).isEmpty();
                scoped[run.resolution.widgetId] |= specific;
                if (!specific)
                    u.profiles.append(p->profile->name);
            }
        }
        for (const Widget &widget : dashboard.widgets) {
            const auto it = unrestricted.constFind(widget.id);
            if (it != unrestricted.cend() && !it->profiles.isEmpty())
                report.unrestricted.append(*it);
        }

        for (qsizetype i = 0; i < d.profiles.size(); ++i) {
            for (qsizetype j = i + 1; j < d.profiles.size(); ++j) {
                const ProfileRuns &a = *d.profiles[i];
                const ProfileRuns &b = *d.profiles[j];
                IsolationReport::SharedData shared{dashboard.id,
                                                   dashboard.title,
                                                   a.profile->name,
                                                   b.profile->name,
                                                   tenantOf(*a.profile),
                                                   tenantOf(*b.profile),
                                                   {},
                                                   0};
                for (const WidgetComparison &c : TenantComparison::compare(a.runs, b.runs)) {
                    if (!scoped.value(c.widgetId) || c.outcome == WidgetComparison::Outcome::Failed
                        || c.outcome == WidgetComparison::Outcome::NoData || !c.deniedA.isEmpty()
                        || !c.deniedB.isEmpty())
                        continue;
                    const auto run
                            = std::find_if(a.runs.cbegin(), a.runs.cend(), [&](const WidgetRun &r) {
                                  return r.resolution.widgetId == c.widgetId;
                              });
                    const auto other
                            = std::find_if(b.runs.cbegin(), b.runs.cend(), [&](const WidgetRun &r) {
                                  return r.resolution.widgetId == c.widgetId;
                              });
                    // Two tenants without any rows see nothing of each other's.
                    if (!TenantComparison::hasData(run->result.rows) || other == b.runs.cend()
                        || !TenantComparison::hasData(other->result.rows))
                        continue;
                    ++shared.widgetsCompared;
                    if (c.outcome == WidgetComparison::Outcome::Same) {
                        shared.widgets.append(refFor(dashboard, *run));
                        if (run->result.rows.size() == 1 && run->result.rows.first().size() == 1)
                            ++shared.singleFigures;
                    }
                }
                if (shared.widgets.isEmpty())
                    continue;
                (shared.tenantA == shared.tenantB ? report.sameTenant
                         : shared.coincidence()   ? report.coincidences
                                                  : report.sharedData)
                        .append(std::move(shared));
            }
        }
    }
    return report;
}

} // namespace Dashwright
