// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lookups of the document's value types by id, name or slug.
#include "project.h"

#include <algorithm>

namespace Dashwright {

namespace {
template<typename T, typename Pred>
const T *findIn(const QList<T> &list, Pred pred)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), pred);
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const Column *Dataset::column(const QString &columnId) const
{
    return findIn(columns, [&](const Column &c) { return c.id == columnId; });
}

const Column *Dataset::columnByName(const QString &columnName) const
{
    return findIn(columns, [&](const Column &c) { return c.name == columnName; });
}

const Widget *Dashboard::widget(const QString &widgetId) const
{
    return findIn(widgets, [&](const Widget &w) { return w.id == widgetId; });
}

const Parameter *Dashboard::parameter(const QString &parameterId) const
{
    return findIn(parameters, [&](const Parameter &p) { return p.id == parameterId; });
}

const Parameter *Dashboard::parameterByName(const QString &parameterName) const
{
    return findIn(parameters, [&](const Parameter &p) { return p.name == parameterName; });
}

const Account *Project::account(const QString &accountId) const
{
    return findIn(accounts, [&](const Account &a) { return a.id == accountId; });
}

const Dataset *Project::dataset(const QString &datasetId) const
{
    return findIn(datasets, [&](const Dataset &d) { return d.id == datasetId; });
}

const Dashboard *Project::dashboard(const QString &idOrSlug) const
{
    if (const Dashboard *byId
        = findIn(dashboards, [&](const Dashboard &d) { return d.id == idOrSlug; }))
        return byId;
    return findIn(dashboards, [&](const Dashboard &d) { return d.slug == idOrSlug; });
}

const TenantProfile *Project::tenant(const QString &idOrName) const
{
    if (const TenantProfile *byId
        = findIn(tenants, [&](const TenantProfile &t) { return t.id == idOrName; }))
        return byId;
    return findIn(tenants, [&](const TenantProfile &t) { return t.name == idOrName; });
}

QList<const AccessPolicy *> Project::policiesFor(const QString &datasetId) const
{
    QList<const AccessPolicy *> result;
    for (const AccessPolicy &policy : accessPolicies) {
        if (policy.datasetId == datasetId)
            result.append(&policy);
    }
    return result;
}

} // namespace Dashwright
