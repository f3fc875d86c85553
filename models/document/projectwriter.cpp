// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectwriter.h"

#include "common/json.h"
#include "jsonvalue.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

void putIfSet(Json &json, const char *key, const QString &text)
{
    if (!text.isEmpty())
        json[key] = s(text);
}

Json strings(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &item : list)
        array.push_back(s(item));
    return array;
}

Json writeAccount(const Account &account)
{
    Json json;
    json["id"] = s(account.id);
    json["name"] = s(account.name);
    json["type"] = s(accountTypeName(account.type));
    switch (account.type) {
    case AccountType::Sqlite:
        json["path"] = s(account.path);
        break;
    case AccountType::Postgresql:
        json["host"] = s(account.host);
        json["port"] = account.port;
        json["database"] = s(account.database);
        json["user"] = s(account.user);
        // Only when not the default: files written before it existed stay byte-identical.
        if (account.statementTimeout != Account::defaultStatementTimeout)
            json["statement_timeout"] = account.statementTimeout;
        break;
    case AccountType::Plugin:
        json["base_url"] = s(account.baseUrl);
        break;
    }
    putIfSet(json, "secret_id", account.secretId);
    return json;
}

Json writeDataset(const Dataset &dataset)
{
    Json json;
    json["id"] = s(dataset.id);
    json["name"] = s(dataset.name);
    json["account_id"] = s(dataset.accountId);
    if (dataset.kind == Dataset::Kind::Table) {
        json["kind"] = "table";
        json["table"] = s(dataset.table);
    } else {
        json["kind"] = "query";
        json["sql"] = s(dataset.sql);
    }
    Json columns = Json::array();
    for (const Column &column : dataset.columns) {
        Json c;
        c["id"] = s(column.id);
        c["name"] = s(column.name);
        putIfSet(c, "label", column.label);
        c["type"] = s(columnTypeName(column.type));
        columns.push_back(std::move(c));
    }
    json["columns"] = std::move(columns);
    return json;
}

Json writeFilter(const Filter &filter)
{
    Json json;
    putIfSet(json, "id", filter.id);
    putIfSet(json, "label", filter.label);
    putIfSet(json, "dataset_id", filter.datasetId);
    json["column"] = s(filter.columnId);
    json["expression"] = s(filterExpressionText(filter.expression));
    if (!filter.parameterId.isEmpty())
        json["parameter"] = s(filter.parameterId);
    else if (filter.value.isValid() && !filter.value.isNull())
        json["value"] = jsonFromVariant(filter.value);
    // Written only when set, so that a project that does not use it stays readable by versions
    // before it (their reader refuses unknown fields).
    if (filter.viewerEditable)
        json["viewer_editable"] = true;
    return json;
}

template<typename T, typename F>
Json writeList(const QList<T> &list, F write)
{
    Json array = Json::array();
    for (const T &item : list)
        array.push_back(write(item));
    return array;
}

Json writeParameter(const Parameter &parameter)
{
    Json json;
    json["id"] = s(parameter.id);
    json["name"] = s(parameter.name);
    putIfSet(json, "label", parameter.label);
    json["type"] = s(columnTypeName(parameter.type));
    json["default"] = jsonFromVariant(parameter.defaultValue);
    if (!parameter.allowedValues.isEmpty())
        json["allowed_values"] = jsonFromVariant(parameter.allowedValues);
    if (parameter.requiredInToken)
        json["required_in_token"] = true;
    return json;
}

Json writeWidget(const Widget &widget)
{
    Json json;
    json["id"] = s(widget.id);
    json["type"] = s(widgetTypeName(widget.type));
    json["title"] = s(widget.title);
    putIfSet(json, "dataset_id", widget.datasetId);
    if (!widget.dimensions.isEmpty()) {
        json["dimensions"] = writeList(widget.dimensions, [](const Dimension &d) {
            Json j;
            j["column"] = s(d.columnId);
            if (d.grain != TimeGrain::None)
                j["grain"] = s(timeGrainName(d.grain));
            return j;
        });
    }
    if (!widget.measures.isEmpty()) {
        json["measures"] = writeList(widget.measures, [](const Measure &m) {
            Json j;
            putIfSet(j, "column", m.columnId);
            j["aggregation"] = s(aggregationName(m.aggregation));
            putIfSet(j, "label", m.label);
            return j;
        });
    }
    if (!widget.filters.isEmpty())
        json["filters"] = writeList(widget.filters, writeFilter);
    if (!widget.sort.isEmpty()) {
        json["sort"] = writeList(widget.sort, [](const SortKey &k) {
            Json j;
            j[k.field == SortKey::Field::Dimension ? "dimension" : "measure"] = k.index;
            j["direction"] = k.descending ? "desc" : "asc";
            return j;
        });
    }
    if (widget.limit > 0)
        json["limit"] = widget.limit;
    json["grid"] = Json{{"x", widget.grid.x},
                        {"y", widget.grid.y},
                        {"w", widget.grid.width},
                        {"h", widget.grid.height}};
    putIfSet(json, "text", widget.text);
    putIfSet(json, "number_format", widget.numberFormat);
    if (!widget.colors.isEmpty())
        json["colors"] = strings(widget.colors);
    return json;
}

Json writeDashboard(const Dashboard &dashboard)
{
    Json json;
    json["id"] = s(dashboard.id);
    json["slug"] = s(dashboard.slug);
    json["title"] = s(dashboard.title);
    putIfSet(json, "description", dashboard.description);
    json["parameters"] = writeList(dashboard.parameters, writeParameter);
    json["filters"] = writeList(dashboard.filters, writeFilter);
    json["widgets"] = writeList(dashboard.widgets, writeWidget);
    return json;
}

Json writeRule(const PolicyRule &rule)
{
    Json json;
    json["column"] = s(rule.columnId);
    json["operator"] = s(policyOperatorName(rule.op));
    if (rule.value.isValid() && !rule.value.isNull())
        json["value"] = jsonFromVariant(rule.value);
    if (!rule.andRules.isEmpty())
        json["and"] = writeList(rule.andRules, writeRule);
    if (!rule.orRules.isEmpty())
        json["or"] = writeList(rule.orRules, writeRule);
    return json;
}

Json writePolicy(const AccessPolicy &policy)
{
    Json json;
    json["id"] = s(policy.id);
    json["name"] = s(policy.name);
    putIfSet(json, "description", policy.description);
    json["dataset_id"] = s(policy.datasetId);
    json["columns"] = strings(policy.columns);
    json["rows"] = writeList(policy.rows, writeRule);
    return json;
}

Json writeTenant(const TenantProfile &tenant)
{
    Json json;
    json["id"] = s(tenant.id);
    json["name"] = s(tenant.name);
    json["claims"] = tenant.claims;
    return json;
}
} // namespace

nlohmann::ordered_json ProjectWriter::write(const Project &project)
{
    Json json;
    json["format"] = "dashwright-project";
    json["schema_version"] = Project::currentSchemaVersion;
    json["generator"] = "Dashwright " DASHWRIGHT_VERSION;
    json["id"] = s(project.id);
    json["name"] = s(project.name);
    json["embed_origins"] = strings(project.embedOrigins);
    // Only when not the default, so that files without a theme stay byte-identical and readable
    // by versions before it (their reader refuses unknown fields).
    if (!project.theme.isDefault())
        json["theme"] = Json{{"palette", s(project.theme.palette)},
                             {"mode", s(themeModeName(project.theme.mode))},
                             {"font", s(project.theme.font)}};
    json["accounts"] = writeList(project.accounts, writeAccount);
    json["datasets"] = writeList(project.datasets, writeDataset);
    json["dashboards"] = writeList(project.dashboards, writeDashboard);
    json["access_policies"] = writeList(project.accessPolicies, writePolicy);
    json["tenants"] = writeList(project.tenants, writeTenant);
    return json;
}

} // namespace Dashwright
