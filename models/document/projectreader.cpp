// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectreader.h"

#include "common/json.h"
#include "common/printable.h"
#include "jsonobjectreader.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Member names that would put a secret into the project file.
constexpr const char *secretFields[] = {"password", "secret", "api_secret", "private_key", "token"};

template<typename Enum, typename FromName>
Enum readEnum(JsonObjectReader &reader, const char *key, FromName fromName, Enum fallback,
              const QString &expected, bool required = true)
{
    if (!reader.has(key) && !required) {
        reader.ignore(key);
        return fallback;
    }
    const QString name = reader.string(key, required);
    if (name.isEmpty())
        return fallback;
    if (const auto value = fromName(name))
        return *value;
    reader.problem(reader.pathOf(key),
                   u"unknown value %1 (expected %2)"_s.arg(quoted(name), expected));
    return fallback;
}

void refuseSecrets(JsonObjectReader &reader, const QString &what)
{
    for (const char *field : secretFields) {
        if (reader.has(field)) {
            reader.ignore(field);
            reader.problem(
                    reader.pathOf(field),
                    u"secrets do not belong in the project file; keep the %1 in the keystore "
                    "and refer to it with secret_id"_s.arg(what));
        }
    }
}

Account readAccount(const Json &json, const QString &path, Problems &problems)
{
    Account account;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return account;
    account.id = r.string("id");
    account.name = r.string("name");
    account.type = readEnum(r, "type", accountTypeFromName, AccountType::Sqlite,
                            u"sqlite, postgresql or plugin"_s);
    account.path = r.string("path", false);
    account.host = r.string("host", false);
    account.port = int(r.integer("port", 1, 65535, 5432));
    account.database = r.string("database", false);
    account.user = r.string("user", false);
    account.statementTimeout
            = int(r.integer("statement_timeout", 0, Account::maximumStatementTimeout,
                            Account::defaultStatementTimeout));
    account.baseUrl = r.string("base_url", false);
    account.secretId = r.string("secret_id", false);
    refuseSecrets(r, u"password"_s);
    return account;
}

Column readColumn(const Json &json, const QString &path, Problems &problems)
{
    Column column;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return column;
    column.id = r.string("id");
    column.name = r.string("name");
    column.label = r.string("label", false);
    column.type = readEnum(r, "type", columnTypeFromName, ColumnType::Text,
                           u"text, integer, number, date, datetime or boolean"_s);
    return column;
}

Dataset readDataset(const Json &json, const QString &path, Problems &problems)
{
    Dataset dataset;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return dataset;
    dataset.id = r.string("id");
    dataset.name = r.string("name");
    dataset.accountId = r.string("account_id");
    const QString kind = r.string("kind");
    if (kind == u"table"_s) {
        dataset.kind = Dataset::Kind::Table;
        dataset.table = r.string("table");
    } else if (kind == u"query"_s) {
        dataset.kind = Dataset::Kind::Query;
        dataset.sql = r.string("sql");
    } else if (!kind.isEmpty()) {
        r.problem(r.pathOf("kind"),
                  u"unknown value %1 (expected table or query)"_s.arg(quoted(kind)));
    }
    r.array(
            "columns",
            [&](const Json &item, const QString &itemPath) {
                dataset.columns.append(readColumn(item, itemPath, problems));
            },
            true);
    return dataset;
}

Filter readFilter(const Json &json, const QString &path, Problems &problems, bool dashboardFilter)
{
    Filter filter;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return filter;
    filter.id = r.string("id", dashboardFilter);
    filter.label = r.string("label", false);
    if (dashboardFilter)
        filter.datasetId = r.string("dataset_id");
    filter.columnId = r.string("column");
    filter.expression
            = readEnum(r, "expression", filterExpressionFromText, FilterExpression::Equals,
                       u"a filter expression such as \"? = ?\""_s);
    filter.value = r.value("value");
    filter.parameterId = r.string("parameter", false);
    // Optional (absent in files written before it existed); on a widget filter the validator
    // reports it rather than the reader refusing the key.
    filter.viewerEditable = r.boolean("viewer_editable", false);
    if (filter.value.isValid() && !filter.parameterId.isEmpty())
        r.problem(path, u"a filter takes either a value or a parameter, not both"_s);
    return filter;
}

Parameter readParameter(const Json &json, const QString &path, Problems &problems)
{
    Parameter parameter;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return parameter;
    parameter.id = r.string("id");
    parameter.name = r.string("name");
    parameter.label = r.string("label", false);
    parameter.type = readEnum(r, "type", columnTypeFromName, ColumnType::Text,
                              u"text, integer, number, date, datetime or boolean"_s);
    const QVariant defaultValue = r.value("default", true);
    if (defaultValue.isValid()) {
        if (const auto coerced = coerceValue(defaultValue, parameter.type))
            parameter.defaultValue = *coerced;
        else
            r.problem(r.pathOf("default"),
                      u"is not a valid %1 value"_s.arg(columnTypeName(parameter.type)));
    } else if (r.has("default")) {
        r.problem(r.pathOf("default"), u"a parameter needs a default value"_s);
    }
    const QVariant allowed = r.value("allowed_values");
    if (allowed.isValid()) {
        if (allowed.typeId() != QMetaType::QVariantList) {
            r.problem(r.pathOf("allowed_values"), u"expected an array"_s);
        } else {
            const QVariantList list = allowed.toList();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (const auto coerced = coerceValue(list[i], parameter.type))
                    parameter.allowedValues.append(*coerced);
                else
                    r.problem(jsonPathIndex(r.pathOf("allowed_values"), i),
                              u"is not a valid %1 value"_s.arg(columnTypeName(parameter.type)));
            }
        }
    }
    parameter.requiredInToken = r.boolean("required_in_token", false);
    return parameter;
}

Widget readWidget(const Json &json, const QString &path, Problems &problems)
{
    Widget widget;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return widget;
    widget.id = r.string("id");
    widget.type
            = readEnum(r, "type", widgetTypeFromName, WidgetType::Bar,
                       u"kpi, bar, stacked_bar, line, area, pie, donut, scatter, table or text"_s);
    widget.title = r.string("title", false);
    widget.datasetId = r.string("dataset_id", widget.type != WidgetType::Text);
    r.array("dimensions", [&](const Json &item, const QString &itemPath) {
        Dimension dimension;
        JsonObjectReader d(item, itemPath, problems);
        if (d.isObject()) {
            dimension.columnId = d.string("column");
            dimension.grain = readEnum(d, "grain", timeGrainFromName, TimeGrain::None,
                                       u"none, day, week, month, quarter or year"_s, false);
        }
        widget.dimensions.append(dimension);
    });
    r.array("measures", [&](const Json &item, const QString &itemPath) {
        Measure measure;
        JsonObjectReader m(item, itemPath, problems);
        if (m.isObject()) {
            measure.aggregation = readEnum(m, "aggregation", aggregationFromName, Aggregation::Sum,
                                           u"sum, count, count_distinct, avg, min or max"_s);
            measure.columnId = m.string("column", measure.aggregation != Aggregation::Count);
            measure.label = m.string("label", false);
        }
        widget.measures.append(measure);
    });
    r.array("filters", [&](const Json &item, const QString &itemPath) {
        widget.filters.append(readFilter(item, itemPath, problems, false));
    });
    r.array("sort", [&](const Json &item, const QString &itemPath) {
        SortKey key;
        JsonObjectReader s(item, itemPath, problems);
        if (s.isObject()) {
            const bool byDimension = s.has("dimension");
            const bool byMeasure = s.has("measure");
            if (byDimension == byMeasure)
                s.problem(itemPath, u"a sort key names exactly one of dimension or measure"_s);
            key.field = byDimension ? SortKey::Field::Dimension : SortKey::Field::Measure;
            key.index = int(s.integer(byDimension ? "dimension" : "measure", 0, 1000, 0, true));
            const QString direction = s.string("direction", false);
            if (direction == u"asc"_s)
                key.descending = false;
            else if (direction == u"desc"_s || direction.isEmpty())
                key.descending = true;
            else
                s.problem(s.pathOf("direction"),
                          u"unknown value %1 (expected asc or desc)"_s.arg(quoted(direction)));
        }
        widget.sort.append(key);
    });
    widget.limit = int(r.integer("limit", 0, 1000000, 0));
    if (const Json *grid = r.raw("grid")) {
        JsonObjectReader g(*grid, r.pathOf("grid"), problems);
        if (g.isObject()) {
            widget.grid.x = int(g.integer("x", 0, 1000, 0, true));
            widget.grid.y = int(g.integer("y", 0, 100000, 0, true));
            widget.grid.width = int(g.integer("w", 1, 1000, 1, true));
            widget.grid.height = int(g.integer("h", 1, 1000, 1, true));
        }
    } else {
        r.problem(r.pathOf("grid"), u"required field is missing"_s);
    }
    widget.text = r.string("text", false);
    widget.numberFormat = r.string("number_format", false);
    widget.colors = r.stringList("colors");
    return widget;
}

Dashboard readDashboard(const Json &json, const QString &path, Problems &problems)
{
    Dashboard dashboard;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return dashboard;
    dashboard.id = r.string("id");
    dashboard.slug = r.string("slug");
    dashboard.title = r.string("title");
    dashboard.description = r.string("description", false);
    r.array("parameters", [&](const Json &item, const QString &itemPath) {
        dashboard.parameters.append(readParameter(item, itemPath, problems));
    });
    r.array("filters", [&](const Json &item, const QString &itemPath) {
        dashboard.filters.append(readFilter(item, itemPath, problems, true));
    });
    r.array("widgets", [&](const Json &item, const QString &itemPath) {
        dashboard.widgets.append(readWidget(item, itemPath, problems));
    });
    return dashboard;
}

PolicyRule readRule(const Json &json, const QString &path, Problems &problems, int depth)
{
    PolicyRule rule;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return rule;
    // Nesting deeper than people write is a malformed (or hostile) file, not a policy.
    if (depth > 16) {
        r.problem(path, u"rules are nested too deeply (more than 16 levels)"_s);
        for (const char *key : {"column", "operator", "value", "and", "or"})
            r.ignore(key);
        return rule;
    }
    rule.columnId = r.string("column");
    rule.op = readEnum(r, "operator", policyOperatorFromName, PolicyOperator::Equals,
                       u"EQUALS, NOT_EQUALS, GREATER_THAN, … (see the documentation)"_s);
    rule.value = r.value("value");
    r.array("and", [&](const Json &item, const QString &itemPath) {
        rule.andRules.append(readRule(item, itemPath, problems, depth + 1));
    });
    r.array("or", [&](const Json &item, const QString &itemPath) {
        rule.orRules.append(readRule(item, itemPath, problems, depth + 1));
    });
    return rule;
}

AccessPolicy readPolicy(const Json &json, const QString &path, Problems &problems)
{
    AccessPolicy policy;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return policy;
    policy.id = r.string("id");
    policy.name = r.string("name");
    policy.description = r.string("description", false);
    policy.datasetId = r.string("dataset_id");
    policy.columns = r.stringList("columns", true);
    r.array("rows", [&](const Json &item, const QString &itemPath) {
        policy.rows.append(readRule(item, itemPath, problems, 0));
    });
    return policy;
}

Theme readTheme(const Json &json, const QString &path, Problems &problems)
{
    // Every member optional: a theme names only what differs from the default. The palette and
    // font are checked by the validator, which the designer's dialog shares.
    Theme theme;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return theme;
    // A value of the wrong type or an empty one is reported here; the default stays, so that
    // the validator does not report it a second time.
    if (const QString palette = r.string("palette", r.has("palette")); !palette.isEmpty())
        theme.palette = palette;
    theme.mode
            = readEnum(r, "mode", themeModeFromName, ThemeMode::Light, u"light or dark"_s, false);
    if (const QString font = r.string("font", r.has("font")); !font.isEmpty())
        theme.font = font;
    return theme;
}

TenantProfile readTenant(const Json &json, const QString &path, Problems &problems)
{
    TenantProfile tenant;
    JsonObjectReader r(json, path, problems);
    if (!r.isObject())
        return tenant;
    tenant.id = r.string("id");
    tenant.name = r.string("name");
    if (const Json *claims = r.raw("claims")) {
        if (claims->is_object())
            tenant.claims = *claims;
        else
            r.problem(r.pathOf("claims"), u"expected an object"_s);
    } else {
        r.problem(r.pathOf("claims"), u"required field is missing"_s);
    }
    return tenant;
}
} // namespace

Project ProjectReader::read(const Json &json, Problems &problems)
{
    Project project;
    JsonObjectReader r(json, QString(), problems);
    if (!r.isObject())
        return project;
    r.ignore("format");         // checked by ProjectFile before migration
    r.ignore("schema_version"); // idem
    r.ignore("generator");      // informative: the program that wrote the file
    project.id = r.string("id");
    project.name = r.string("name");
    project.embedOrigins = r.stringList("embed_origins");
    if (const Json *theme = r.raw("theme"))
        project.theme = readTheme(*theme, r.pathOf("theme"), problems);
    r.array(
            "accounts",
            [&](const Json &item, const QString &path) {
                project.accounts.append(readAccount(item, path, problems));
            },
            true);
    r.array(
            "datasets",
            [&](const Json &item, const QString &path) {
                project.datasets.append(readDataset(item, path, problems));
            },
            true);
    r.array(
            "dashboards",
            [&](const Json &item, const QString &path) {
                project.dashboards.append(readDashboard(item, path, problems));
            },
            true);
    r.array("access_policies", [&](const Json &item, const QString &path) {
        project.accessPolicies.append(readPolicy(item, path, problems));
    });
    r.array("tenants", [&](const Json &item, const QString &path) {
        project.tenants.append(readTenant(item, path, problems));
    });
    return project;
}

} // namespace Dashwright
