// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesspolicy.h"
#include "account.h"
#include "dashboard.h"
#include "dataset.h"
#include "tenantprofile.h"
#include "theme.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Dashwright {

// The whole designed project: what a .dwproj file holds. A value type; the designer wraps it in a
// document with an undo stack.
struct Project
{
    static constexpr int currentSchemaVersion = 2;

    QString id;
    QString name;
    QList<Account> accounts;
    QList<Dataset> datasets;
    QList<Dashboard> dashboards;
    QList<AccessPolicy> accessPolicies;
    QList<TenantProfile> tenants;
    QStringList embedOrigins; // origins allowed to embed (CORS), e.g. "https://app.example.com"
    Theme theme;              // the dashboards' look, in the designer and the web runtime

    const Account *account(const QString &accountId) const;
    const Dataset *dataset(const QString &datasetId) const;
    // By id or by slug.
    const Dashboard *dashboard(const QString &idOrSlug) const;
    // By id or by name.
    const TenantProfile *tenant(const QString &idOrName) const;
    QList<const AccessPolicy *> policiesFor(const QString &datasetId) const;

    bool operator==(const Project &) const = default;
};

} // namespace Dashwright
