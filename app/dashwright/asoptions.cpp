// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "asoptions.h"

#include "access/revocationlist.h"

#include "access/tokenservice.h"
#include "cli.h"
#include "common/json.h"
#include "common/strictjson.h"
#include "keystoreoption.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

void AsOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({as, claims, token});
    addKeystoreOption(parser);
}

void failIfRevoked(const Viewer &viewer, const QString &projectPath)
{
    if (!viewer.verifiedToken())
        return;
    const RevocationList list(RevocationList::pathFor(projectPath));
    QString why;
    switch (list.checkClaims(viewer.verifiedToken()->claims, &why)) {
    case RevocationList::Status::NotRevoked:
        return;
    case RevocationList::Status::Revoked:
        throw Failure(InvalidInput, u"token"_s,
                      u"revoked: its jti is listed in %1"_s.arg(QFileInfo(list.path()).fileName()));
    case RevocationList::Status::Unreadable:
        throw Failure(RuntimeError, list.path(),
                      u"the revocation list cannot be read, so no token can be shown not to be "
                      u"revoked: %1"_s.arg(why));
    }
}

QString unknownTenantMessage(const Project &project)
{
    if (project.tenants.isEmpty())
        return u"no such tenant profile: the project has none"_s;
    QStringList names;
    for (const TenantProfile &tenant : project.tenants)
        names << u'"' + tenant.name + u'"';
    return u"no such tenant profile; the project has %1"_s.arg(names.join(u", "_s));
}

Viewer viewerFor(const QCommandLineParser &parser, const AsOptions &options, const Project &project,
                 const QString &projectPath)
{
    const int chosen = int(parser.isSet(options.as)) + int(parser.isSet(options.claims))
            + int(parser.isSet(options.token));
    if (chosen > 1)
        throw Failure(UsageError, u"--as"_s, u"choose one of --as, --claims and --token"_s);
    QString error;
    if (parser.isSet(options.as)) {
        const QString name = parser.value(options.as);
        if (!project.tenant(name))
            throw Failure(InvalidInput, name, unknownTenantMessage(project));
        std::optional<Viewer> viewer = Viewer::profile(project, name, &error);
        if (!viewer)
            throw Failure(InvalidInput, u"claims"_s, error);
        return std::move(*viewer);
    }
    if (parser.isSet(options.claims)) {
        const QString name = parser.value(options.claims);
        const QByteArray bytes = readInput(name, u"claims"_s);
        auto json = parseStrictJson(bytes, &error);
        if (!json)
            throw Failure(InvalidInput, name, error);
        const QString source = name == u"-"_s ? u"standard input"_s : QFileInfo(name).fileName();
        std::optional<Viewer> viewer = Viewer::claims(project, std::move(*json), source, &error);
        if (!viewer)
            throw Failure(InvalidInput, u"claims"_s, error);
        return std::move(*viewer);
    }
    if (parser.isSet(options.token)) {
        const QByteArray token = tokenArgument(parser.value(options.token));
        const Keystore keystore = openKeystore(parser, projectPath);
        const TokenVerifier verifier(project, keystore);
        std::optional<Viewer> viewer = Viewer::token(project, verifier, token, &error);
        if (!viewer)
            throw Failure(InvalidInput, u"token"_s, error);
        failIfRevoked(*viewer, projectPath);
        return std::move(*viewer);
    }
    return Viewer::design();
}

const Dashboard &dashboardArgument(const Project &project, const QString &idOrSlug,
                                   const QString &projectPath)
{
    const Dashboard *dashboard = project.dashboard(idOrSlug);
    if (!dashboard)
        throw Failure(InvalidInput, idOrSlug, u"no such dashboard in %1"_s.arg(projectPath));
    return *dashboard;
}

QList<WidgetRun> runAs(const Project &project, const QString &projectPath,
                       const Dashboard &dashboard, const Viewer &viewer, QueryExecutor &executor,
                       const Resolver::Options &options, QStringList *dashboardWarnings)
{
    // A resolution that could not start (a --filter value the dashboard refuses) has no widget
    // to run: it is the input's fault, said in one line.
    const DashboardResolution resolution = viewer.resolve(project, projectPath, dashboard, options);
    if (!resolution.error.isEmpty())
        throw Failure(InvalidInput, dashboard.slug, resolution.error);
    if (dashboardWarnings)
        *dashboardWarnings = resolution.warnings;
    return DashboardRunner(executor).run(dashboard, resolution);
}

void failOnProblems(const QList<WidgetRun> &runs)
{
    for (const WidgetRun &run : runs) {
        if (!run.error.isEmpty())
            throw Failure(RuntimeError, run.title.isEmpty() ? run.resolution.widgetId : run.title,
                          run.error);
    }
    for (const WidgetRun &run : runs) {
        if (!run.resolution.denied.isEmpty())
            throw Failure(AccessDenied, run.title.isEmpty() ? run.resolution.widgetId : run.title,
                          run.resolution.denied);
    }
}

} // namespace Dashwright::Cli
