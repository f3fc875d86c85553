// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetclaims.h"

#include "document/claimsvalidator.h"
#include "document/jsonvalue.h"
#include "document/project.h"

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QString text(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

class ClaimsBuilder
{
public:
    ClaimsBuilder(const Project &project, const Dashboard &dashboard)
        : m_project(project)
        , m_dashboard(dashboard)
    { }

    SnippetClaims forClaims(Json claims) const
    {
        // The token's own lifetime (exp) replaces a Luzmo-style absolute "expiry" in code that
        // mints a fresh token per request; iss, aud and the rest are set by the code itself.
        claims.erase("expiry");
        for (const char *registered : {"iss", "aud", "sub", "iat", "nbf", "exp", "jti"})
            claims.erase(registered);
        return annotated(std::move(claims), false);
    }

    // A template: the dashboard's parameters (at their defaults) and the placeholders of the
    // policies on its datasets (at a marked sample value) as the viewer's values.
    SnippetClaims forTemplate() const
    {
        Json claims = Json::object();
        claims["securables"] = Json::array({utf8(m_dashboard.id)});
        claims["username"] = "your-user-id";
        claims["suborganization"] = "your-tenant";
        Json parameters = Json::object();
        for (const Parameter &parameter : m_dashboard.parameters)
            parameters[utf8(parameter.name)] = jsonFromVariant(parameter.defaultValue);
        if (!parameters.empty())
            claims["parameter_overrides"] = parameters;
        Json values = Json::object();
        for (const QString &name : placeholders())
            values[utf8(name)] = utf8(u"your-"_s + name);
        if (!values.empty())
            claims["policy_values"] = values;
        return annotated(std::move(claims), true);
    }

private:
    SnippetClaims annotated(Json claims, bool isTemplate) const
    {
        SnippetClaims model;
        model.claims.value = std::move(claims);
        model.viewer.value = Json::object();
        pullOutViewerValues(model, isTemplate);
        comment(model);
        return model;
    }

    QStringList placeholders() const
    {
        QStringList names;
        QStringList datasets;
        for (const Widget &widget : m_dashboard.widgets)
            if (!widget.datasetId.isEmpty() && !datasets.contains(widget.datasetId))
                datasets << widget.datasetId;
        const std::function<void(const PolicyRule &)> visit = [&](const PolicyRule &rule) {
            const QVariantList values = rule.value.typeId() == QMetaType::QVariantList
                    ? rule.value.toList()
                    : QVariantList{rule.value};
            for (const QVariant &value : values) {
                if (value.typeId() != QMetaType::QString)
                    continue;
                const QString name = ClaimsValidator::placeholderName(value.toString());
                if (!name.isEmpty() && !names.contains(name))
                    names << name;
            }
            for (const PolicyRule &inner : rule.andRules)
                visit(inner);
            for (const PolicyRule &inner : rule.orRules)
                visit(inner);
        };
        for (const QString &datasetId : datasets)
            for (const AccessPolicy *policy : m_project.policiesFor(datasetId))
                for (const PolicyRule &rule : policy->rows)
                    visit(rule);
        return names;
    }

    // The scalar values that identify the viewer move into `viewer`, the claims refer to them.
    static void pullOutViewerValues(SnippetClaims &model, bool markAsTemplate)
    {
        const auto pull = [&](const std::string &pointer, const std::string &wanted,
                              const Json &value, const QString &what) {
            std::string key = wanted;
            // Two claims with the same name and different values get distinct viewer keys.
            for (int n = 2; model.viewer.value.contains(key) && model.viewer.value[key] != value;
                 ++n)
                key = wanted + '_' + std::to_string(n);
            if (!model.viewer.value.contains(key)) {
                model.viewer.value[key] = value;
                QStringList lines{what};
                if (markAsTemplate)
                    lines.front() = u"TODO: "_s + what;
                model.viewer.comments['/' + jsonPointerToken(key)] = lines;
            }
            model.claims.references[pointer] = key;
        };
        Json &claims = model.claims.value;
        const std::array<std::pair<const char *, QString>, 4> identity{{
                {"username", u"the user's id in your application"_s},
                {"suborganization", u"the user's tenant (its token's sub)"_s},
                {"name", u"the user's display name"_s},
                {"email", u"the user's email address"_s},
        }};
        for (const auto &[name, what] : identity)
            if (claims.contains(name) && claims[name].is_string())
                pull(std::string("/") + name, name, claims[name], what);
        for (const char *group : {"parameter_overrides", "policy_values"}) {
            if (!claims.contains(group) || !claims[group].is_object())
                continue;
            for (auto it = claims[group].begin(); it != claims[group].end(); ++it)
                if (it.value().is_primitive())
                    pull(std::string("/") + group + '/' + jsonPointerToken(it.key()), it.key(),
                         it.value(),
                         std::string(group) == "policy_values"
                                 ? u"the user's %1 (access policies)"_s.arg(
                                         QString::fromStdString(it.key()))
                                 : u"the user's %1 (dashboard parameter)"_s.arg(
                                         QString::fromStdString(it.key())));
        }
    }

    void comment(SnippetClaims &model) const
    {
        const Json &claims = model.claims.value;
        auto &comments = model.claims.comments;
        comments["/securables"] = {u"The dashboards this token opens, by id."_s};
        if (claims.contains("username"))
            comments["/username"] = {u"Who the viewer is; the token's sub is the "
                                     u"suborganization, else the username."_s};
        if (claims.contains("inactivity_interval"))
            comments["/inactivity_interval"]
                    = {u"Seconds without a request after which the token stops working."_s};
        if (claims.contains("parameter_overrides")) {
            comments["/parameter_overrides"]
                    = {u"Dashboard parameters for this viewer; one left out keeps its default."_s};
            for (const Parameter &parameter : m_dashboard.parameters)
                if (claims["parameter_overrides"].contains(utf8(parameter.name)))
                    comments["/parameter_overrides/" + utf8(parameter.name)]
                            = {u"Parameter \"%1\" (default: %2)"_s.arg(
                                    parameter.label.isEmpty() ? parameter.name : parameter.label,
                                    text(jsonFromVariant(parameter.defaultValue)))};
        }
        if (claims.contains("policy_values"))
            comments["/policy_values"] = {u"Fill the access policies' ${{ name }} placeholders: "
                                          u"a placeholder without a value denies."_s};
        if (claims.contains("filters")) {
            QStringList lines{u"Row filters the server adds to this viewer's queries:"_s};
            if (claims["filters"].is_array())
                for (const Json &filter : claims["filters"])
                    lines << u"  "_s + describeFilter(filter);
            comments["/filters"] = lines;
        }
        if (claims.contains("account_overrides"))
            comments["/account_overrides"]
                    = {u"This viewer's data comes from another database (or plugin URL)."_s};
        if (claims.contains("metadata"))
            comments["/metadata"] = {u"Passed as-is to the account's broker plugin."_s};
    }

    QString describeFilter(const Json &filter) const
    {
        const auto member = [&](const char *name) {
            return filter.is_object() && filter.contains(name) ? text(filter[name]) : QString();
        };
        QString where = member("column_id");
        if (const Dataset *dataset = m_project.dataset(member("securable_id"))) {
            const Column *column = dataset->column(member("column_id"));
            where = dataset->name + u'.' + (column ? column->name : where);
        }
        return u"%1 %2 %3"_s.arg(where, member("expression"), member("value"));
    }

    const Project &m_project;
    const Dashboard &m_dashboard;
};

} // namespace

SnippetClaims SnippetClaims::forClaims(const Project &project, const Dashboard &dashboard,
                                       Json claims)
{
    return ClaimsBuilder(project, dashboard).forClaims(std::move(claims));
}

SnippetClaims SnippetClaims::forTemplate(const Project &project, const Dashboard &dashboard)
{
    return ClaimsBuilder(project, dashboard).forTemplate();
}

} // namespace Dashwright
