// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "asoptions.h"

#include "cli.h"
#include "crypto/tokenservice.h"
#include "document/strictjson.h"
#include "keystoreoption.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

using Json = nlohmann::ordered_json;

void AsOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({as, claims, token});
    addKeystoreOption(parser);
}

std::optional<Json> claimsFor(const QCommandLineParser &parser, const AsOptions &options,
                              const Project &project, const QString &projectPath)
{
    const int chosen = int(parser.isSet(options.as)) + int(parser.isSet(options.claims))
            + int(parser.isSet(options.token));
    if (chosen > 1)
        throw Failure(UsageError, u"--as"_s, u"choose one of --as, --claims and --token"_s);
    if (parser.isSet(options.as)) {
        const TenantProfile *tenant = project.tenant(parser.value(options.as));
        if (!tenant)
            throw Failure(InvalidInput, parser.value(options.as),
                          u"no such tenant profile in the project"_s);
        return tenant->claims;
    }
    if (parser.isSet(options.claims)) {
        const QString name = parser.value(options.claims);
        const QByteArray bytes = readInput(name, u"claims"_s);
        QString error;
        auto json = parseStrictJson(bytes, &error);
        if (!json)
            throw Failure(InvalidInput, name, error);
        return *json;
    }
    if (parser.isSet(options.token)) {
        const QString value = parser.value(options.token);
        const QByteArray token = tokenArgument(value);
        const Keystore keystore = openKeystore(parser, projectPath);
        const TokenVerifier verifier(project, keystore);
        QString error;
        const auto verified = verifier.verify(token, &error);
        if (!verified)
            throw Failure(InvalidInput, u"token"_s, error);
        return verified->claims;
    }
    return std::nullopt;
}

QString viewerName(const QCommandLineParser &parser, const AsOptions &options,
                   const Project &project, const std::optional<Json> &claims)
{
    if (!claims)
        return u"Default — no token"_s;
    if (parser.isSet(options.as))
        return project.tenant(parser.value(options.as))->name;
    // Who the claims say they are; these two fields are names, never credentials.
    QString who;
    for (const char *key : {"suborganization", "username"}) {
        const auto it = claims->find(key);
        if (it != claims->end() && it->is_string() && who.isEmpty())
            who = QString::fromStdString(it->get<std::string>());
    }
    if (parser.isSet(options.token))
        return who.isEmpty() ? u"Token"_s : u"Token for %1"_s.arg(who);
    const QString file = parser.value(options.claims) == u"-"_s
            ? u"standard input"_s
            : QFileInfo(parser.value(options.claims)).fileName();
    return who.isEmpty() ? u"Claims from %1"_s.arg(file) : u"Claims for %1 (%2)"_s.arg(who, file);
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
                       const Dashboard &dashboard, const std::optional<Json> &claims,
                       QueryExecutor &executor, const Resolver::Options &options)
{
    const Resolver resolver(project, projectPath);
    const DashboardResolution resolution = claims ? resolver.resolve(dashboard, *claims, options)
                                                  : resolver.resolveDesign(dashboard, options);
    if (!resolution.error.isEmpty())
        throw Failure(InvalidInput, u"claims"_s, resolution.error);
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
