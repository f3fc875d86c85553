// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsvalidator.h"

#include "common/json.h"
#include "filtervalue.h"
#include "jsonobjectreader.h"
#include "jsonvalue.h"

#include "common/printable.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(
            u"^\\$\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]{0,63})\\s*\\}\\}$"_s);
    return pattern;
}

// The parameter of that name in the dashboards the claims grant (or any dashboard, when none is).
const Parameter *findParameter(const Project &project, const QStringList &securables,
                               const QString &name)
{
    for (const Dashboard &dashboard : project.dashboards) {
        if (!securables.isEmpty() && !securables.contains(dashboard.id))
            continue;
        if (const Parameter *parameter = dashboard.parameterByName(name))
            return parameter;
    }
    return nullptr;
}

// What the caller needs of a filter, read here once with its types checked: nothing else reads
// the raw JSON, so a member of the wrong type is a problem, never an exception.
struct CheckedFilter
{
    QString datasetId;
    QString origin;
};

CheckedFilter checkFilter(const Json &json, const QString &path, const Project &project,
                          Problems &problems)
{
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return {};
    const QString clause = r.string("clause");
    if (!clause.isEmpty() && clause != u"where"_s && clause != u"having"_s)
        r.problem(r.pathOf("clause"),
                  u"unknown value %1 (expected where or having)"_s.arg(quoted(clause)));
    const QString origin = r.string("origin");
    if (!origin.isEmpty() && origin != u"global"_s && origin != u"initialization"_s)
        r.problem(r.pathOf("origin"),
                  u"unknown value %1 (expected global or initialization)"_s.arg(quoted(origin)));
    const QString datasetId = r.string("securable_id");
    const QString columnId = r.string("column_id");
    const QString expressionText = r.string("expression");
    const qsizetype problemsBefore = problems.size();
    const QVariant value = r.value("value");
    // A value of the wrong JSON type has its problem already; checked against the column, it
    // would be reported a second time as missing.
    const bool valueRead = problems.size() == problemsBefore;
    const auto expression = filterExpressionFromText(expressionText);
    if (!expression && !expressionText.isEmpty())
        r.problem(r.pathOf("expression"),
                  u"unknown filter expression %1"_s.arg(quoted(expressionText)));
    CheckedFilter checked{datasetId, origin};
    const Dataset *dataset = datasetId.isEmpty() ? nullptr : project.dataset(datasetId);
    if (!datasetId.isEmpty() && !dataset) {
        r.problem(r.pathOf("securable_id"), u"unknown dataset id %1"_s.arg(printable(datasetId)));
        return checked;
    }
    if (!dataset || columnId.isEmpty())
        return checked;
    const Column *column = dataset->column(columnId);
    if (!column) {
        r.problem(r.pathOf("column_id"),
                  u"unknown column id %1 in dataset %2"_s.arg(printable(columnId),
                                                              quoted(dataset->name)));
        return checked;
    }
    if (expression && valueRead)
        problems += checkFilterValue(*expression, value, *column, r.pathOf("value"));
    return checked;
}

void checkAccountOverride(const Json &json, const QString &path, const Account &account,
                          ClaimsValidator::Secrets secrets, Problems &problems)
{
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return;
    r.string("host", false);
    r.integer("port", 1, 65535, 0);
    const QString database = r.string("database", false);
    r.string("user", false);
    const QString baseUrl = r.string("base_url", false);
    if (r.has("password")) {
        r.string("password", false);
        if (secrets == ClaimsValidator::Secrets::Refuse)
            r.problem(r.pathOf("password"),
                      u"credentials cannot be stored here: a signed token is readable by the page, "
                      u"and a "
                      "project file is shared; use a sealed token (--sealed)"_s);
    }
    if (account.type == AccountType::Plugin && r.has("database"))
        r.problem(r.pathOf("database"), u"a plugin account is overridden with base_url"_s);
    if (account.type != AccountType::Plugin && !baseUrl.isEmpty())
        r.problem(r.pathOf("base_url"), u"base_url overrides only plugin accounts"_s);
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
            || url.host().isEmpty())
            r.problem(r.pathOf("base_url"), u"expected an http(s) URL"_s);
    }
    Q_UNUSED(database)
}
} // namespace

QDateTime ClaimsValidator::expiry(const nlohmann::ordered_json &claims)
{
    const auto it = claims.find("expiry");
    if (it == claims.end() || !it->is_string())
        return {};
    QDateTime expiry = QDateTime::fromString(QString::fromStdString(it->get<std::string>()),
                                             Qt::ISODateWithMs);
    if (!expiry.isValid())
        return {};
    if (expiry.timeSpec() == Qt::LocalTime)
        expiry.setTimeSpec(Qt::UTC);
    return expiry.toUTC();
}

bool ClaimsValidator::isPlaceholder(const QString &text)
{
    return placeholderPattern().match(text).hasMatch();
}

QString ClaimsValidator::placeholderName(const QString &text)
{
    return placeholderPattern().match(text).captured(1);
}

Problems ClaimsValidator::validate(const Json &claims, const Project &project, const QString &path,
                                   Secrets secrets)
{
    Problems problems;
    JsonObjectReader r(claims, path, problems);
    if (!r.isObject())
        return problems;

    const QStringList securables = r.stringList("securables", true);
    for (qsizetype i = 0; i < securables.size(); ++i) {
        const Dashboard *dashboard = project.dashboard(securables[i]);
        // Securables are ids, as they are matched: a slug would pass here and grant nothing.
        if (dashboard && dashboard->id != securables[i])
            r.problem(jsonPathIndex(r.pathOf("securables"), i),
                      u"%1 is the slug of dashboard %2: securables name ids"_s.arg(
                              printable(securables[i]), dashboard->id));
        else if (!dashboard && !project.dataset(securables[i]))
            r.problem(jsonPathIndex(r.pathOf("securables"), i),
                      u"unknown securable %1"_s.arg(printable(securables[i])));
    }
    QStringList grantedDashboards;
    for (const QString &id : securables) {
        if (const Dashboard *dashboard = project.dashboard(id))
            grantedDashboards.append(dashboard->id);
    }

    const QString expiry = r.string("expiry", false);
    // Of the wrong type, it has its problem already.
    if (const auto it = claims.find("expiry"); it != claims.end() && it->is_string()
        && !QDateTime::fromString(expiry, Qt::ISODateWithMs).isValid())
        r.problem(r.pathOf("expiry"), u"expected an ISO 8601 date and time"_s);
    r.integer("inactivity_interval", 0, 10LL * 365 * 24 * 3600, 0);
    for (const char *key : {"username", "name", "email", "suborganization"})
        r.string(key, false);
    // Registered JWT claims, present when the claims come from a token; the token layer checks
    // them.
    for (const char *key : {"iss", "aud", "sub", "iat", "nbf", "exp", "jti"})
        r.ignore(key);

    if (const Json *overrides = r.raw("parameter_overrides")) {
        const QString overridesPath = r.pathOf("parameter_overrides");
        if (!overrides->is_object()) {
            r.problem(overridesPath, u"expected an object of parameter names and values"_s);
        } else {
            for (auto it = overrides->begin(); it != overrides->end(); ++it) {
                const QString name = QString::fromStdString(it.key());
                const QString itemPath
                        = jsonPathJoin(overridesPath, QString::fromStdString(it.key()));
                const Parameter *parameter = findParameter(project, grantedDashboards, name);
                if (!parameter)
                    r.problem(itemPath, u"unknown parameter %1"_s.arg(quoted(name)));
                else if (!coerceValue(variantFromJson(it.value()), parameter->type))
                    r.problem(itemPath,
                              u"is not a valid %1 value for parameter %2"_s.arg(
                                      columnTypeName(parameter->type), quoted(name)));
            }
        }
    }

    // A global filter on a dataset that nothing granted reads would restrict nothing: most likely
    // the wrong dataset id (two datasets may sit on one table), so it is an error, not a no-op.
    QStringList readable;
    for (const QString &id : securables) {
        if (project.dataset(id))
            readable.append(id);
    }
    for (const QString &id : grantedDashboards) {
        const Dashboard *dashboard = project.dashboard(id);
        for (const Widget &w : dashboard->widgets)
            readable.append(w.datasetId);
        for (const Filter &f : dashboard->filters)
            readable.append(f.datasetId);
    }
    r.array("filters", [&](const Json &item, const QString &itemPath) {
        const CheckedFilter filter = checkFilter(item, itemPath, project, problems);
        if (filter.origin == u"global"_s && !grantedDashboards.isEmpty()) {
            const Dataset *dataset = project.dataset(filter.datasetId);
            if (dataset && !readable.contains(dataset->id))
                problems.append(
                        {jsonPathJoin(itemPath, "securable_id"),
                         u"no dashboard the claims grant uses dataset %1: this filter would restrict nothing"_s
                                 .arg(quoted(dataset->name))});
        }
    });

    if (const Json *values = r.raw("policy_values")) {
        if (!values->is_object()) {
            r.problem(r.pathOf("policy_values"), u"expected an object of names and values"_s);
        } else {
            for (auto it = values->begin(); it != values->end(); ++it) {
                const Json &v = it.value();
                const bool scalar = v.is_string() || v.is_number() || v.is_boolean();
                bool list = v.is_array() && !v.empty();
                if (list) {
                    for (const Json &item : v)
                        list = list && (item.is_string() || item.is_number() || item.is_boolean());
                }
                if (!scalar && !list)
                    r.problem(jsonPathJoin(r.pathOf("policy_values"),
                                           QString::fromStdString(it.key())),
                              u"expected a string, number, boolean or a non-empty list of them"_s);
            }
        }
    }

    if (const Json *overrides = r.raw("account_overrides")) {
        const QString overridesPath = r.pathOf("account_overrides");
        if (!overrides->is_object()) {
            r.problem(overridesPath, u"expected an object keyed by account id"_s);
        } else {
            for (auto it = overrides->begin(); it != overrides->end(); ++it) {
                const QString id = QString::fromStdString(it.key());
                const QString itemPath
                        = jsonPathJoin(overridesPath, QString::fromStdString(it.key()));
                if (const Account *account = project.account(id))
                    checkAccountOverride(it.value(), itemPath, *account, secrets, problems);
                else
                    r.problem(itemPath, u"unknown account id %1"_s.arg(printable(id)));
            }
        }
    }

    r.ignore("metadata"); // any JSON, for broker plugins
    return problems;
}

} // namespace Dashwright
