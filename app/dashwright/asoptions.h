// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/dashboardrunner.h"
#include "access/resolver.h"
#include "access/viewer.h"
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

// Who is asking, as the AS options say: a tenant profile, a claims file, or a verified token
// (signed or sealed); none: the design view. More than one is a usage error; an unknown profile,
// unreadable or invalid claims and a token that does not verify are invalid input.
Viewer viewerFor(const QCommandLineParser &parser, const AsOptions &options, const Project &project,
                 const QString &projectPath);

// "no such tenant profile in the project", with the names it has: the real ones hold an em dash
// that is easy to type as a hyphen, and no command lists them.
QString unknownTenantMessage(const Project &project);

// A verified token whose jti `dashwright token revoke` listed in NAME.revoked is refused here as
// the embed server refuses it (InvalidInput); a list that exists but cannot be read fails closed
// (RuntimeError), as on the server. Every command that takes a token goes through this.
void failIfRevoked(const Viewer &viewer, const QString &projectPath);

// The dashboard a --dashboard ID|SLUG names, or InvalidInput.
const Dashboard &dashboardArgument(const Project &project, const QString &idOrSlug,
                                   const QString &projectPath);

// The viewer's run of a dashboard (Viewer::resolve, then DashboardRunner, as Viewer::run): the
// one path behind query, preview and compare. A resolution error (a refused filter value) is
// InvalidInput. dashboardWarnings, when given, receives the warnings about the dashboard as a
// whole (DashboardResolution::warnings), which no widget's run carries.
QList<WidgetRun> runAs(const Project &project, const QString &projectPath,
                       const Dashboard &dashboard, const Viewer &viewer, QueryExecutor &executor,
                       const Resolver::Options &options = {},
                       QStringList *dashboardWarnings = nullptr);

// Once a command has printed or written what the runs gave: RuntimeError for the first
// data-source error, else AccessDenied for the first denied widget, else nothing.
void failOnProblems(const QList<WidgetRun> &runs);

} // namespace Dashwright::Cli
