// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemlocation.h"

#include "document/project.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Dashwright::ProblemLocation)
};

// The object's list index in a path step "name[index]", or -1.
int indexIn(const QRegularExpressionMatch &match, int group)
{
    bool ok = false;
    const int index = match.captured(group).toInt(&ok);
    return ok ? index : -1;
}

} // namespace

ProblemLocation ProblemLocation::locate(const Project &project, const QString &path)
{
    // Only the first two steps matter: the top-level object and, in a dashboard, its part.
    static const QRegularExpression steps(u"^([a-z_]+)\\[(\\d+)\\](?:\\.([a-z_]+)\\[(\\d+)\\])?"_s);
    const QRegularExpressionMatch match = steps.match(path);
    ProblemLocation location;
    if (!match.hasMatch())
        return location;
    const QString list = match.captured(1);
    const int row = indexIn(match, 2);

    if (list == u"accounts"_s && row < project.accounts.size()) {
        const Account &account = project.accounts.at(row);
        location.kind = DocumentSelection::Kind::Account;
        location.objectId = account.id;
        location.description = Text::tr("Account “%1”").arg(account.name);
    } else if (list == u"datasets"_s && row < project.datasets.size()) {
        const Dataset &dataset = project.datasets.at(row);
        location.kind = DocumentSelection::Kind::Dataset;
        location.objectId = dataset.id;
        location.description = Text::tr("Dataset “%1”").arg(dataset.name);
    } else if (list == u"access_policies"_s && row < project.accessPolicies.size()) {
        const Dataset *dataset = project.dataset(project.accessPolicies.at(row).datasetId);
        if (dataset) {
            location.kind = DocumentSelection::Kind::Dataset;
            location.objectId = dataset->id;
            location.description = Text::tr("Access policy on “%1”").arg(dataset->name);
        }
    } else if (list == u"dashboards"_s && row < project.dashboards.size()) {
        const Dashboard &dashboard = project.dashboards.at(row);
        location.dashboardId = dashboard.id;
        location.description = Text::tr("Dashboard “%1”").arg(dashboard.title);
        const QString part = match.captured(3);
        const int partRow = indexIn(match, 4);
        if (part == u"widgets"_s && partRow >= 0 && partRow < dashboard.widgets.size()) {
            const Widget &widget = dashboard.widgets.at(partRow);
            location.kind = DocumentSelection::Kind::Widgets;
            location.objectId = widget.id;
            location.description
                    = Text::tr("Dashboard “%1” › widget “%2”").arg(dashboard.title, widget.title);
        } else if (part == u"parameters"_s && partRow >= 0
                   && partRow < dashboard.parameters.size()) {
            const Parameter &parameter = dashboard.parameters.at(partRow);
            location.kind = DocumentSelection::Kind::Parameter;
            location.objectId = parameter.id;
            location.description = Text::tr("Dashboard “%1” › parameter “%2”")
                                           .arg(dashboard.title, parameter.name);
        } else if (part == u"filters"_s) {
            location.description = Text::tr("Dashboard “%1” › filters").arg(dashboard.title);
        }
    } else if (list == u"tenants"_s && row < project.tenants.size()) {
        location.kind = DocumentSelection::Kind::Tenant;
        location.objectId = project.tenants.at(row).id;
        location.description = Text::tr("Tenant profile “%1”").arg(project.tenants.at(row).name);
    }
    return location;
}

bool ProblemLocation::select(DocumentSelection *selection) const
{
    if (!isValid())
        return false;
    if (!dashboardId.isEmpty() && selection->dashboardId() != dashboardId)
        selection->setDashboardId(dashboardId);
    switch (kind) {
    case DocumentSelection::Kind::Widgets:
        selection->selectWidgets({objectId});
        break;
    case DocumentSelection::Kind::Parameter:
        selection->selectParameter(objectId);
        break;
    case DocumentSelection::Kind::Dataset:
        selection->selectDataset(objectId);
        break;
    case DocumentSelection::Kind::Account:
        selection->selectAccount(objectId);
        break;
    case DocumentSelection::Kind::Tenant:
        selection->selectTenant(objectId);
        break;
    case DocumentSelection::Kind::None:
        selection->clear();
        break;
    }
    return true;
}

} // namespace Dashwright
