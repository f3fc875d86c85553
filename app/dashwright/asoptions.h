// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "data/queryexecutor.h"
#include "document/project.h"

#include <QCommandLineOption>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

class QCommandLineParser;

namespace Dashwright::Cli {

// The AS options of DESIGN §3, who is asking: --as TENANT_PROFILE | --claims FILE|- | --token
// TOKEN|-; none is the design view. Shared by every command that answers as a tenant.
struct AsOptions
{
    QCommandLineOption as{QStringLiteral("as"),
                          QStringLiteral("Preview as this tenant profile (name or id)."),
                          QStringLiteral("TENANT_PROFILE")};
    QCommandLineOption claims{
            QStringLiteral("claims"),
            QStringLiteral(
                    "Preview with the authorization claims in this JSON file (- for stdin)."),
            QStringLiteral("FILE")};
    QCommandLineOption token{
            QStringLiteral("token"),
            QStringLiteral("Preview exactly what this token grants, once verified (- for stdin)."),
            QStringLiteral("TOKEN")};

    // Adds the three options and --keystore (a token is verified with the keystore's keys).
    void addTo(QCommandLineParser &parser) const;
};

// The claims of the AS options: a tenant profile, a claims file, or a verified token (signed or
// sealed); none: the design view. More than one is a usage error; an unknown profile, unreadable
// claims or a token that does not verify is invalid input.
std::optional<nlohmann::ordered_json> claimsFor(const QCommandLineParser &parser,
                                                const AsOptions &options, const Project &project,
                                                const QString &projectPath);

// Whose view it is, for a preview's banner: the profile's name, "Claims from FILE", "Token for
// SUBORGANIZATION", or "Default — no token". Never a secret.
QString viewerName(const QCommandLineParser &parser, const AsOptions &options,
                   const Project &project, const std::optional<nlohmann::ordered_json> &claims);

// The dashboard a --dashboard ID|SLUG names, or InvalidInput.
const Dashboard &dashboardArgument(const Project &project, const QString &idOrSlug,
                                   const QString &projectPath);

// Resolves a dashboard as `claims` allow (the design view without any) and runs its queries: the
// one path behind query, preview and compare. Claims that do not resolve are InvalidInput.
QList<WidgetRun> runAs(const Project &project, const QString &projectPath,
                       const Dashboard &dashboard,
                       const std::optional<nlohmann::ordered_json> &claims, QueryExecutor &executor,
                       const Resolver::Options &options = {});

// Once a command has printed or written what the runs gave: RuntimeError for the first
// data-source error, else AccessDenied for the first denied widget, else nothing.
void failOnProblems(const QList<WidgetRun> &runs);

} // namespace Dashwright::Cli
