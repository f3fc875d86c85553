// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolution.h"

#include "document/project.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

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
        // The clock expiry is decided with (Viewer); invalid: the current time.
        QDateTime now;
        // The viewer's values for the dashboard's viewer-editable filters, by filter id (JSON
        // values through variantFromJson): a scalar, a list for in/not in/between, null or an
        // empty list to clear the filter. They replace the filter's initial value (its own, or
        // an "initialization" token filter's), never a token filter or an access policy, which
        // apply on top. A value for any other filter, or one that does not fit, is an error.
        QHash<QString, QVariant> filterValues;
        // The analyst's values for the dashboard's parameters while designing, by parameter id,
        // in place of their defaults (the designer's parameter controls; session state, never
        // saved). The design view only: a token view ignores them whatever they hold, so a value
        // tried in the designer never reaches a tenant (its override or the default applies).
        // A value that does not fit the parameter is an error, as a bad override is.
        QHash<QString, QVariant> designParameterValues;
    };

    // The most values Viewer::filterChoices offers for one filter.
    static constexpr int maximumChoices = 500;

    Resolver(const Project &project, QString projectFilePath);

    // The design view: the analyst's own view with parameter defaults; no policies, no token
    // filters.
    DashboardResolution resolveDesign(const Dashboard &dashboard, const Options &options) const;
    // A token view of claims that have not been through a Viewer yet (tests, benchmarks): the same
    // as Viewer::claims(…).resolve(…); invalid claims give a resolution with `error` set.
    DashboardResolution resolve(const Dashboard &dashboard, const nlohmann::ordered_json &claims,
                                const Options &options) const;

    // Every widget of the dashboard (those of options.widgetIds) denied for one reason: the whole
    // dashboard is (DashboardResolution::denied).
    static DashboardResolution deniedEverywhere(const Dashboard &dashboard, const Options &options,
                                                const QString &reason);

private:
    friend class Viewer;
    // A token view of claims a Viewer has validated: only Viewer calls this, so that claims are
    // validated once, on the way in.
    // `ended`: why the authorization has ended (Viewer::expiredAt), checked right after the
    // securables, as it always was.
    DashboardResolution resolveValidated(const Dashboard &dashboard,
                                         const nlohmann::ordered_json &claims,
                                         const Options &options,
                                         const std::optional<QString> &ended) const;

    const Project &m_project;
    QString m_projectFilePath;
};

} // namespace Dashwright
