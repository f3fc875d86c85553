// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolution.h"

#include "document/project.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

// The resolution engine (DESIGN §1, §5): authorization claims → securables → account overrides →
// parameter overrides (else defaults) → token filters → access policies → one plan per widget.
// The designer's preview, the CLI and the embed server all call it, so what QA previews is what a
// tenant gets. It fails closed: anything it cannot apply exactly denies the widget.
class Resolver
{
public:
    struct Options
    {
        QStringList widgetIds; // empty: every widget
        int pageOffset = 0;    // table widgets
        int pageSize = 100;
        // Account passwords from the keystore, by secret id (never from the project file).
        QHash<QString, QString> secrets;
    };

    Resolver(const Project &project, QString projectFilePath);

    // The design view: the analyst's own view with parameter defaults; no policies, no token
    // filters.
    DashboardResolution resolveDesign(const Dashboard &dashboard, const Options &options) const;
    // A token view: claims from a tenant profile, a claims file or a verified token.
    DashboardResolution resolve(const Dashboard &dashboard, const nlohmann::ordered_json &claims,
                                const Options &options) const;

private:
    const Project &m_project;
    QString m_projectFilePath;
};

} // namespace Dashwright
