// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectvalidator.h"

#include "common/printable.h"
#include "filtervalue.h"
#include "jsonobjectreader.h"

#include "claimsvalidator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
constexpr int gridColumns = 12;
constexpr qsizetype maximumPathLength = 4096; // Linux's PATH_MAX

class Validator
{
public:
    explicit Validator(const Project &project)
        : m_project(project)
    { }

    Problems run();

private:
    void add(const QString &path, const QString &message) { m_problems.append({path, message}); }
    void checkId(const QString &id, const QString &path);
    void checkTheme(const Theme &theme);
    void checkAccount(const Account &account, const QString &path);
    void checkDataset(const Dataset &dataset, const QString &path);
    void checkDashboard(const Dashboard &dashboard, const QString &path);
    void checkWidget(const Dashboard &dashboard, const Widget &widget, const QString &path);
    void checkFilter(const Dashboard &dashboard, const Dataset *dataset, const Filter &filter,
                     const QString &path, bool dashboardFilter);
    void checkPolicy(const AccessPolicy &policy, const QString &path);
    void checkRule(const Dataset &dataset, const PolicyRule &rule, const QString &path);
    const Column *column(const Dataset &dataset, const QString &columnId, const QString &path);

    const Project &m_project;
    Problems m_problems;
    QHash<QString, QString> m_ids; // id → path of its first use
};

void Validator::checkId(const QString &id, const QString &path)
{
    if (id.isEmpty())
        return; // reported as missing by the reader
    if (QUuid::fromString(id).isNull()) {
        add(path, u"%1 is not a UUID"_s.arg(quoted(id)));
        return;
    }
    const auto previous = m_ids.constFind(id);
    if (previous != m_ids.constEnd())
        add(path, u"duplicate id %1 (also used at %2)"_s.arg(printable(id), *previous));
    else
        m_ids.insert(id, path);
}

const Column *Validator::column(const Dataset &dataset, const QString &columnId,
                                const QString &path)
{
    const Column *c = dataset.column(columnId);
    if (!c && !columnId.isEmpty())
        add(path,
            u"unknown column id %1 in dataset %2"_s.arg(printable(columnId), quoted(dataset.name)));
    return c;
}

void Validator::checkTheme(const Theme &theme)
{
    if (!findPalette(theme.palette)) {
        QStringList names;
        for (const Palette &palette : palettes())
            names.append(palette.name);
        add(u"theme.palette"_s,
            u"unknown palette %1 (expected %2)"_s.arg(quoted(theme.palette), names.join(u", "_s)));
    }
    if (const QString problem = Theme::fontProblem(theme.font); !problem.isEmpty())
        add(u"theme.font"_s, problem);
}

void Validator::checkAccount(const Account &account, const QString &path)
{
    checkId(account.id, jsonPathJoin(path, "id"));
    // Saved for PostgreSQL accounts only: elsewhere it would be dropped without a word.
    if (account.type != AccountType::Postgresql
        && account.statementTimeout != Account::defaultStatementTimeout)
        add(jsonPathJoin(path, "statement_timeout"),
            u"only a PostgreSQL account has a statement timeout"_s);
    switch (account.type) {
    case AccountType::Sqlite:
        if (account.path.isEmpty())
            add(jsonPathJoin(path, "path"), u"an SQLite account needs the database file's path"_s);
        // The file system would read the name only up to a NUL, or refuse it (PATH_MAX); and
        // every message about the database quotes the path.
        else if (account.path.contains(QChar(0)))
            add(jsonPathJoin(path, "path"), u"a file path cannot contain a NUL character"_s);
        else if (account.path.size() > maximumPathLength)
            add(jsonPathJoin(path, "path"),
                u"longer than %1 characters: not a file path"_s.arg(maximumPathLength));
        break;
    case AccountType::Postgresql:
        for (const auto &[key, value] :
             {std::pair{"host", account.host}, std::pair{"database", account.database},
              std::pair{"user", account.user}}) {
            if (value.isEmpty())
                add(jsonPathJoin(path, key),
                    u"a PostgreSQL account needs a %1"_s.arg(QLatin1String(key)));
        }
        if (account.statementTimeout < 0
            || account.statementTimeout > Account::maximumStatementTimeout)
            add(jsonPathJoin(path, "statement_timeout"),
                u"must be between 0 (no limit) and %1 seconds"_s.arg(
                        Account::maximumStatementTimeout));
        break;
    case AccountType::Plugin: {
        const QUrl url(account.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
            || url.host().isEmpty())
            add(jsonPathJoin(path, "base_url"), u"a plugin account needs an http(s) base_url"_s);
        break;
    }
    }
}

void Validator::checkDataset(const Dataset &dataset, const QString &path)
{
    checkId(dataset.id, jsonPathJoin(path, "id"));
    if (!dataset.accountId.isEmpty() && !m_project.account(dataset.accountId))
        add(jsonPathJoin(path, "account_id"),
            u"unknown account id %1"_s.arg(printable(dataset.accountId)));
    if (dataset.columns.isEmpty())
        add(jsonPathJoin(path, "columns"), u"a dataset needs at least one column"_s);
    QSet<QString> names;
    for (qsizetype i = 0; i < dataset.columns.size(); ++i) {
        const Column &c = dataset.columns[i];
        const QString columnPath = jsonPathIndex(jsonPathJoin(path, "columns"), i);
        checkId(c.id, jsonPathJoin(columnPath, "id"));
        if (names.contains(c.name))
            add(jsonPathJoin(columnPath, "name"),
                u"duplicate column name %1"_s.arg(quoted(c.name)));
        names.insert(c.name);
    }
}

void Validator::checkFilter(const Dashboard &dashboard, const Dataset *dataset,
                            const Filter &filter, const QString &path, bool dashboardFilter)
{
    if (!filter.id.isEmpty())
        checkId(filter.id, jsonPathJoin(path, "id"));
    // A widget filter is part of the widget's design; only a dashboard filter is offered to the
    // viewer, and only one with a literal value: a parameter may carry the tenant's scope.
    if (filter.viewerEditable && !dashboardFilter)
        add(jsonPathJoin(path, "viewer_editable"),
            u"only a dashboard filter can be viewer-editable, not a widget's filter"_s);
    else if (filter.viewerEditable && !filter.parameterId.isEmpty())
        add(jsonPathJoin(path, "viewer_editable"),
            u"a filter that follows a parameter cannot be viewer-editable"_s);
    if (!filter.datasetId.isEmpty()) {
        dataset = m_project.dataset(filter.datasetId);
        if (!dataset) {
            add(jsonPathJoin(path, "dataset_id"),
                u"unknown dataset id %1"_s.arg(printable(filter.datasetId)));
            return;
        }
    }
    if (!dataset)
        return;
    const Column *c = column(*dataset, filter.columnId, jsonPathJoin(path, "column"));
    if (!c)
        return;
    const int arity = filterExpressionArity(filter.expression);
    if (!filter.parameterId.isEmpty()) {
        const Parameter *parameter = dashboard.parameter(filter.parameterId);
        if (!parameter) {
            add(jsonPathJoin(path, "parameter"),
                u"unknown parameter id %1 in dashboard %2"_s.arg(printable(filter.parameterId),
                                                                 quoted(dashboard.title)));
        } else if (arity != 1) {
            add(jsonPathJoin(path, "parameter"),
                u"expression \"%1\" does not take a parameter"_s.arg(
                        filterExpressionText(filter.expression)));
        } else if (!coerceValue(canonicalBindValue(parameter->defaultValue, parameter->type),
                                c->type)) {
            add(jsonPathJoin(path, "parameter"),
                u"parameter %1 (%2) does not fit column %3 (%4)"_s.arg(
                        quoted(parameter->name), columnTypeName(parameter->type),
                        quoted(c->label.isEmpty() ? c->name : c->label), columnTypeName(c->type)));
        }
        return;
    }
    // A viewer-editable filter may start unset: all the rows the viewer may read, until they pick.
    if (!filter.value.isValid() && arity != 0 && filter.viewerEditable)
        return;
    if (!filter.value.isValid() && arity != 0) {
        add(jsonPathJoin(path, "value"),
            u"expression \"%1\" needs a value or a parameter"_s.arg(
                    filterExpressionText(filter.expression)));
        return;
    }
    m_problems
            += checkFilterValue(filter.expression, filter.value, *c, jsonPathJoin(path, "value"));
}

void Validator::checkWidget(const Dashboard &dashboard, const Widget &widget, const QString &path)
{
    checkId(widget.id, jsonPathJoin(path, "id"));
    const GridRect &g = widget.grid;
    if (g.x + g.width > gridColumns)
        add(jsonPathJoin(path, "grid"),
            u"extends past the %1-column grid (x %2 + w %3)"_s.arg(gridColumns)
                    .arg(g.x)
                    .arg(g.width));
    static const QRegularExpression colour(u"^#[0-9a-fA-F]{6}$"_s);
    for (qsizetype i = 0; i < widget.colors.size(); ++i) {
        if (!colour.match(widget.colors[i]).hasMatch())
            add(jsonPathIndex(jsonPathJoin(path, "colors"), i), u"expected a colour as #rrggbb"_s);
    }
    if (widget.type == WidgetType::Text) {
        if (!widget.dimensions.isEmpty() || !widget.measures.isEmpty())
            add(path, u"a text widget has no dimensions or measures"_s);
        return;
    }
    const Dataset *dataset = m_project.dataset(widget.datasetId);
    if (!dataset) {
        if (!widget.datasetId.isEmpty())
            add(jsonPathJoin(path, "dataset_id"),
                u"unknown dataset id %1"_s.arg(printable(widget.datasetId)));
        return;
    }
    for (qsizetype i = 0; i < widget.dimensions.size(); ++i) {
        const Dimension &d = widget.dimensions[i];
        const QString dimensionPath = jsonPathIndex(jsonPathJoin(path, "dimensions"), i);
        const Column *c = column(*dataset, d.columnId, jsonPathJoin(dimensionPath, "column"));
        if (c && d.grain != TimeGrain::None && c->type != ColumnType::Date
            && c->type != ColumnType::DateTime)
            add(jsonPathJoin(dimensionPath, "grain"),
                u"a time grain needs a date or datetime column"_s);
    }
    for (qsizetype i = 0; i < widget.measures.size(); ++i) {
        const Measure &m = widget.measures[i];
        const QString measurePath = jsonPathIndex(jsonPathJoin(path, "measures"), i);
        const Column *c = column(*dataset, m.columnId, jsonPathJoin(measurePath, "column"));
        const bool numeric = c && (c->type == ColumnType::Integer || c->type == ColumnType::Number);
        if (c && !numeric
            && (m.aggregation == Aggregation::Sum || m.aggregation == Aggregation::Avg))
            add(jsonPathJoin(measurePath, "aggregation"),
                u"%1 needs a numeric column; %2 is %3"_s.arg(
                        aggregationName(m.aggregation), quoted(c->name), columnTypeName(c->type)));
    }
    const bool needsMeasure = widget.type != WidgetType::Table;
    if (needsMeasure && widget.measures.isEmpty())
        add(jsonPathJoin(path, "measures"),
            u"a %1 widget needs at least one measure"_s.arg(widgetTypeName(widget.type)));
    if (widget.type == WidgetType::Table && widget.measures.isEmpty()
        && widget.dimensions.isEmpty())
        add(path, u"a table widget needs at least one dimension or measure"_s);
    if (widget.type == WidgetType::Kpi && !widget.dimensions.isEmpty())
        add(jsonPathJoin(path, "dimensions"), u"a KPI widget has no dimensions"_s);
    if (widget.type == WidgetType::Scatter && widget.measures.size() < 2)
        add(jsonPathJoin(path, "measures"), u"a scatter widget needs two measures (x and y)"_s);
    for (qsizetype i = 0; i < widget.sort.size(); ++i) {
        const SortKey &k = widget.sort[i];
        const qsizetype count = k.field == SortKey::Field::Dimension ? widget.dimensions.size()
                                                                     : widget.measures.size();
        if (k.index >= count)
            add(jsonPathIndex(jsonPathJoin(path, "sort"), i),
                u"sorts by %1 %2, but the widget has %3"_s
                        .arg(k.field == SortKey::Field::Dimension ? u"dimension"_s : u"measure"_s)
                        .arg(k.index)
                        .arg(count));
    }
    for (qsizetype i = 0; i < widget.filters.size(); ++i)
        checkFilter(dashboard, dataset, widget.filters[i],
                    jsonPathIndex(jsonPathJoin(path, "filters"), i), false);
}

void Validator::checkDashboard(const Dashboard &dashboard, const QString &path)
{
    checkId(dashboard.id, jsonPathJoin(path, "id"));
    static const QRegularExpression slug(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (!dashboard.slug.isEmpty() && !slug.match(dashboard.slug).hasMatch())
        add(jsonPathJoin(path, "slug"),
            u"a slug is lowercase letters, digits and single hyphens"_s);
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
    QSet<QString> names;
    for (qsizetype i = 0; i < dashboard.parameters.size(); ++i) {
        const Parameter &p = dashboard.parameters[i];
        const QString parameterPath = jsonPathIndex(jsonPathJoin(path, "parameters"), i);
        checkId(p.id, jsonPathJoin(parameterPath, "id"));
        if (!p.name.isEmpty() && !identifier.match(p.name).hasMatch())
            add(jsonPathJoin(parameterPath, "name"),
                u"a parameter name is a letter or _ then letters, digits or _"_s);
        if (names.contains(p.name))
            add(jsonPathJoin(parameterPath, "name"),
                u"duplicate parameter name %1"_s.arg(quoted(p.name)));
        names.insert(p.name);
        // A token that forgets its override falls back to the default: an empty text is a value
        // nobody chose (the designer refuses to write one; a hand-edited file is told here).
        if (p.type == ColumnType::Text && p.defaultValue.isValid()
            && p.defaultValue.toString().trimmed().isEmpty())
            add(jsonPathJoin(parameterPath, "default"),
                u"a parameter needs a default value; an empty text is none"_s);
        if (!p.allowedValues.isEmpty() && p.defaultValue.isValid()
            && !p.allowedValues.contains(p.defaultValue))
            add(jsonPathJoin(parameterPath, "default"),
                u"the default is not one of the allowed values"_s);
    }
    for (qsizetype i = 0; i < dashboard.filters.size(); ++i)
        checkFilter(dashboard, nullptr, dashboard.filters[i],
                    jsonPathIndex(jsonPathJoin(path, "filters"), i), true);
    for (qsizetype i = 0; i < dashboard.widgets.size(); ++i)
        checkWidget(dashboard, dashboard.widgets[i],
                    jsonPathIndex(jsonPathJoin(path, "widgets"), i));
}

void Validator::checkRule(const Dataset &dataset, const PolicyRule &rule, const QString &path)
{
    column(dataset, rule.columnId, jsonPathJoin(path, "column"));
    const bool hasValue = rule.value.isValid() && !rule.value.isNull();
    const bool takesValue
            = rule.op != PolicyOperator::IsNull && rule.op != PolicyOperator::IsNotNull;
    if (takesValue && !hasValue)
        add(jsonPathJoin(path, "value"),
            u"operator %1 needs a value"_s.arg(policyOperatorName(rule.op)));
    if (!takesValue && hasValue)
        add(jsonPathJoin(path, "value"),
            u"operator %1 takes no value"_s.arg(policyOperatorName(rule.op)));
    if (rule.op == PolicyOperator::In && hasValue && rule.value.typeId() != QMetaType::QVariantList
        && !ClaimsValidator::isPlaceholder(rule.value.toString()))
        add(jsonPathJoin(path, "value"), u"operator IN takes a list of values or a placeholder"_s);
    const QVariantList values = rule.value.typeId() == QMetaType::QVariantList
            ? rule.value.toList()
            : QVariantList{rule.value};
    for (const QVariant &v : values) {
        const QString text = v.typeId() == QMetaType::QString ? v.toString() : QString();
        if (rule.value.typeId() == QMetaType::QVariantList && text.contains(u"${{"_s))
            add(jsonPathJoin(path, "value"),
                u"a placeholder stands alone as the value (its policy value may be a list), not inside a list"_s);
        else if (text.contains(u"${{"_s) && !ClaimsValidator::isPlaceholder(text))
            add(jsonPathJoin(path, "value"),
                u"%1 is not a placeholder; write ${{ name }} with a name of letters, digits and _"_s
                        .arg(quoted(text)));
    }
    for (qsizetype i = 0; i < rule.andRules.size(); ++i)
        checkRule(dataset, rule.andRules[i], jsonPathIndex(jsonPathJoin(path, "and"), i));
    for (qsizetype i = 0; i < rule.orRules.size(); ++i)
        checkRule(dataset, rule.orRules[i], jsonPathIndex(jsonPathJoin(path, "or"), i));
}

void Validator::checkPolicy(const AccessPolicy &policy, const QString &path)
{
    checkId(policy.id, jsonPathJoin(path, "id"));
    const Dataset *dataset = m_project.dataset(policy.datasetId);
    if (!dataset) {
        if (!policy.datasetId.isEmpty())
            add(jsonPathJoin(path, "dataset_id"),
                u"unknown dataset id %1"_s.arg(printable(policy.datasetId)));
        return;
    }
    if (policy.columns.isEmpty())
        add(jsonPathJoin(path, "columns"),
            u"list the columns the policy grants, or \"*\" for all"_s);
    if (!(policy.columns.size() == 1 && policy.columns.first() == u"*"_s)) {
        for (qsizetype i = 0; i < policy.columns.size(); ++i)
            column(*dataset, policy.columns[i], jsonPathIndex(jsonPathJoin(path, "columns"), i));
    }
    if (policy.rows.isEmpty())
        add(jsonPathJoin(path, "rows"), u"a policy needs at least one row rule"_s);
    for (qsizetype i = 0; i < policy.rows.size(); ++i)
        checkRule(*dataset, policy.rows[i], jsonPathIndex(jsonPathJoin(path, "rows"), i));
}

Problems Validator::run()
{
    checkId(m_project.id, u"id"_s);
    for (qsizetype i = 0; i < m_project.embedOrigins.size(); ++i) {
        const QString &origin = m_project.embedOrigins[i];
        if (!ProjectValidator::embedOriginLoads(origin))
            add(jsonPathIndex(u"embed_origins"_s, i), ProjectValidator::embedOriginProblem(origin));
    }
    checkTheme(m_project.theme);
    for (qsizetype i = 0; i < m_project.accounts.size(); ++i)
        checkAccount(m_project.accounts[i], jsonPathIndex(u"accounts"_s, i));
    for (qsizetype i = 0; i < m_project.datasets.size(); ++i)
        checkDataset(m_project.datasets[i], jsonPathIndex(u"datasets"_s, i));
    QSet<QString> slugs;
    for (qsizetype i = 0; i < m_project.dashboards.size(); ++i) {
        const Dashboard &dashboard = m_project.dashboards[i];
        const QString path = jsonPathIndex(u"dashboards"_s, i);
        if (slugs.contains(dashboard.slug))
            add(jsonPathJoin(path, "slug"), u"duplicate slug %1"_s.arg(quoted(dashboard.slug)));
        slugs.insert(dashboard.slug);
        checkDashboard(dashboard, path);
    }
    for (qsizetype i = 0; i < m_project.accessPolicies.size(); ++i)
        checkPolicy(m_project.accessPolicies[i], jsonPathIndex(u"access_policies"_s, i));
    QSet<QString> tenantNames;
    for (qsizetype i = 0; i < m_project.tenants.size(); ++i) {
        const TenantProfile &tenant = m_project.tenants[i];
        const QString path = jsonPathIndex(u"tenants"_s, i);
        checkId(tenant.id, jsonPathJoin(path, "id"));
        if (tenantNames.contains(tenant.name))
            add(jsonPathJoin(path, "name"),
                u"duplicate tenant profile name %1"_s.arg(quoted(tenant.name)));
        tenantNames.insert(tenant.name);
        // A profile lives in the project file, so it may hold no credentials either.
        m_problems
                += ClaimsValidator::validate(tenant.claims, m_project, jsonPathJoin(path, "claims"),
                                             ClaimsValidator::Secrets::Refuse);
    }
    return m_problems;
}
} // namespace

Problems ProjectValidator::validate(const Project &project)
{
    return Validator(project).run();
}

bool ProjectValidator::embedOriginLoads(const QString &origin)
{
    const QUrl url(origin, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && url.path().isEmpty()
            && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

Problems ProjectValidator::embedOriginWarnings(const Project &project)
{
    Problems warnings;
    for (qsizetype i = 0; i < project.embedOrigins.size(); ++i) {
        const QString &origin = project.embedOrigins[i];
        const QString problem = embedOriginProblem(origin);
        if (embedOriginLoads(origin) && !problem.isEmpty())
            warnings.append({jsonPathIndex(u"embed_origins"_s, i),
                             problem + tr(" (no browser sends it: it never matches)")});
    }
    return warnings;
}

QString ProjectValidator::embedOriginProblem(const QString &origin)
{
    // The server compares a request's Origin header with the list as text, and the frame page
    // puts the list into frame-ancestors: an entry spelled otherwise than a browser spells its
    // origin would never match, so it is refused here rather than silently never working.
    if (origin.isEmpty())
        return tr("an embed origin cannot be empty; write scheme://host[:port], e.g. "
                  "https://app.example.com");
    const QString value = quoted(origin);
    const QUrl url(origin, QUrl::StrictMode);
    if (!url.isValid())
        return tr("%1 is not scheme://host[:port], e.g. https://app.example.com").arg(value);
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return tr("%1 does not start with https:// or http://; an origin is "
                  "scheme://host[:port], e.g. https://app.example.com")
                .arg(value);
    if (!url.userInfo().isEmpty())
        return tr("%1 has a user name; an origin is scheme://host[:port], nothing before the host")
                .arg(value);
    if (!url.path().isEmpty())
        return tr("%1 has a path; an origin ends after the host or port, without even a trailing /")
                .arg(value);
    if (url.hasQuery())
        return tr("%1 has a query (?…); an origin ends after the host or port").arg(value);
    if (url.hasFragment())
        return tr("%1 has a fragment (#…); an origin ends after the host or port").arg(value);
    // A DNS name (international ones in their xn-- form, which the spelling check below
    // suggests) or a bracketed IPv6 address: what a Content-Security-Policy source can name.
    static const QRegularExpression dnsName(
            u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"_s);
    static const QRegularExpression ipv6(u"^[0-9a-f]*:[0-9a-f:.]*$"_s);
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.isEmpty())
        return tr("%1 has no host; an origin is scheme://host[:port], e.g. "
                  "https://app.example.com")
                .arg(value);
    if (!(origin.contains(u'[') ? ipv6 : dnsName).match(host).hasMatch())
        return tr("%1: the host is neither a DNS name (letters, digits, hyphens and dots) nor an "
                  "IP address")
                .arg(value);
    if (url.port() == 0)
        return tr("%1: the port is not between 1 and 65535").arg(value);
    if (url.port() == (url.scheme() == u"https"_s ? 443 : 80))
        return tr("%1 names the default port, which browsers leave out of the origin: write %2")
                .arg(value, quoted(url.adjusted(QUrl::RemovePort).toString(QUrl::FullyEncoded)));
    const QString spelled = url.toString(QUrl::FullyEncoded);
    if (spelled != origin)
        return tr("%1 is not spelled as browsers send it (lower case, no leading zeros, "
                  "international names in their xn-- form): write %2")
                .arg(value, quoted(spelled));
    return QString();
}

} // namespace Dashwright
