// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardrunner.h"
#include "resolver.h"

#include "data/queryexecutor.h"
#include "document/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Dashwright {

class Viewer;

// One tenant profile's runs of one dashboard: what the isolation check analyses.
struct ProfileRuns
{
    const TenantProfile *profile = nullptr;
    QString error; // the profile's claims do not resolve (invalid claims): no runs
    QList<WidgetRun> runs;
};

// What the isolation check found across every tenant profile of a project (docs/access.md,
// "The isolation check").
struct IsolationReport
{
    struct WidgetRef
    {
        QString dashboardId;
        QString dashboardTitle;
        QString widgetId;
        QString widgetTitle;
    };
    // A widget that shows some profiles what no tenant-specific rule restricted: the design's
    // defaults, the same for everybody.
    struct Unrestricted
    {
        WidgetRef widget;
        QStringList profiles; // names of the profiles it was unrestricted for
        int profilesRun = 0;  // profiles that ran the widget (granted, not denied)
        // Unrestricted for every profile that ran it: a chain-wide widget, by design or by mistake.
        bool forEveryProfile() const { return profiles.size() == profilesRun; }
    };
    // Two profiles of different tenants that see the same non-empty rows in tenant-scoped widgets
    // of a dashboard.
    struct SharedData
    {
        QString dashboardId;
        QString dashboardTitle;
        QString profileA; // names
        QString profileB;
        QString tenantA; // who each profile says it is (IsolationCheck::tenantOf)
        QString tenantB;
        QList<WidgetRef> widgets; // the tenant-scoped widgets with the same data
        int widgetsCompared = 0;  // tenant-scoped widgets where both had data
        int singleFigures = 0;    // of `widgets`: those whose rows are one row of one value
        bool everywhere() const { return widgets.size() == widgetsCompared; }
        // The same single figure (a KPI's 1, a count) in some, not all, of their widgets: two
        // shops that each count one distributor. Worth a look, but no rows of one tenant reached
        // the other; a copied profile or a shared database shows everywhere, or in a list.
        bool coincidence() const
        {
            return !everywhere() && singleFigures == widgets.size() && !widgets.isEmpty();
        }
    };
    // A denial (fail-closed, not a leak) or a failure that leaves the check incomplete.
    struct Note
    {
        QString profile;
        WidgetRef widget; // empty widgetId: the whole dashboard
        QString reason;
    };

    int profiles = 0;
    int dashboardRuns = 0; // profile × granted dashboard
    QList<Unrestricted> unrestricted;
    QList<SharedData> sharedData;
    // Different tenants whose shared data is a coincidence (SharedData::coincidence): listed for
    // a look, not findings.
    QList<SharedData> coincidences;
    // The same tenant under several profiles (e.g. one per override kind): the same rows are
    // expected, so these are listed for information, not as findings.
    QList<SharedData> sameTenant;
    QList<Note> denials;
    QList<Note> invalidProfiles; // claims that do not resolve
    QList<Note> errors;          // data-source errors

    bool hasFindings() const { return !unrestricted.isEmpty() || !sharedData.isEmpty(); }
};

// The isolation check: every tenant profile runs every dashboard its securables grant, through the
// same Resolver and DashboardRunner as every preview, and the report flags (a) widgets whose
// result no tenant-specific rule restricted and (b) pairs of different tenants that see the same
// non-empty data in a tenant-scoped widget (one where a tenant-specific rule applied for at least
// one profile). The CLI's `isolation-check` prints it; the designer runs it off the UI thread.
class IsolationCheck
{
public:
    IsolationCheck(const Project &project, QString projectFilePath);

    // Blocks until every query has run.
    IsolationReport run(QueryExecutor &executor, const Resolver::Options &options = {}) const;

    // The analysis alone, for runs gathered elsewhere; `dashboards` gives each entry of `runs`
    // its dashboard (the same length).
    IsolationReport analyse(const QList<const Dashboard *> &dashboards,
                            const QList<ProfileRuns> &runs) const;

    // The tenant-specific rules in a widget's resolution, as "kind: detail" lines; empty when
    // the widget shows what it shows everybody. Tenant-specific: a parameter override, a global
    // token filter, an account override, an access policy rule whose value is a ${{ }}
    // placeholder filled from the token, and metadata on a broker plugin account. Not: a
    // parameter's default, an initialization filter (the viewer may change it), a policy whose
    // rules are all constants (the same for every token), metadata on an SQL account.
    QStringList tenantSpecificRules(const WidgetResolution &resolution) const;

    // Who a profile says it is: its claims' suborganization, else its username, else its id.
    // Profiles of the same tenant may see the same rows.
    static QString tenantOf(const TenantProfile &profile);
    // The same for any viewer: the claims' suborganization or username, else a profile's id;
    // empty for the design view and for claims that name nobody.
    static QString tenantOf(const Viewer &viewer);

private:
    const Project &m_project;
    QString m_projectFilePath;
};

} // namespace Dashwright
