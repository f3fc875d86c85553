// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver.h"

#include "common/json.h"
#include "enginetext.h"
#include "policycompiler.h"
#include "viewer.h"

#include "common/printable.h"
#include "data/queryplanner.h"
#include "data/sources/datasource.h"
#include "data/sqldialect.h"
#include "document/filtervalue.h"
#include "document/jsonvalue.h"
#include "document/projectfile.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Everything about one resolution that does not depend on the widget.
struct Context
{
    Context(const Project &project, const Dashboard &dashboard, const QString &projectFilePath,
            const Resolver::Options &options)
        : project(project)
        , dashboard(dashboard)
        , projectFilePath(projectFilePath)
        , options(options)
    { }

    const Project &project;
    const Dashboard &dashboard;
    QString projectFilePath;
    const Resolver::Options &options;
    bool tokenView = false;
    Json claims = Json::object();
    PlanOptions plan;
    QStringList grantedDatasets; // dataset ids named in securables; empty: the dashboard's datasets
    QHash<QString, Json> accountOverrides;
    Json dashboardApplied = Json::array(); // applies to every widget (overrides, metadata)
    // About the dashboard, not about any one widget (an override for a parameter it does not
    // have): told once, in DashboardResolution::warnings.
    QStringList dashboardWarnings;
    // About one parameter, by its id: told on the widgets that take it, and on no other.
    QHash<QString, QString> parameterWarnings;
    // Token filters per dataset id, already planned as SQL.
    struct TokenFilter
    {
        Column column;
        FilterExpression expression;
        QVariant value;
        bool having = false;
        Json applied;
    };
    QHash<QString, QList<TokenFilter>> tokenFilters;
    QHash<QString, QString> tokenFilterDenials; // dataset id → reason
    // What the viewer set in viewer-editable dashboard filters, for the widgets on their dataset.
    QList<std::pair<QString, Json>> viewerFilters; // dataset id, applied entry
};

QString columnName(const Dataset *dataset, const QString &columnId)
{
    const Column *c = dataset ? dataset->column(columnId) : nullptr;
    return c ? c->name : columnId;
}

// Every column a policy rule names, its AND and OR rules' included.
void ruleColumns(const PolicyRule &rule, QStringList &columnIds)
{
    if (!columnIds.contains(rule.columnId))
        columnIds.append(rule.columnId);
    for (const PolicyRule &r : rule.andRules)
        ruleColumns(r, columnIds);
    for (const PolicyRule &r : rule.orRules)
        ruleColumns(r, columnIds);
}

// A token filter or policy on a column no index leads on makes every one of the tenant's queries
// read the whole table: fine on a small table, the first thing to fix on a large one, and the
// analyst cannot see it from the SQL. Tables on SQLite and PostgreSQL accounts can be asked
// (DataSource::leadingIndexColumns); a query dataset's own SQL decides what it reads.
QStringList indexWarnings(const Dataset &dataset, const ConnectionSpec &connection,
                          const QStringList &columnIds)
{
    QStringList warnings;
    if (columnIds.isEmpty() || dataset.kind != Dataset::Kind::Table)
        return warnings;
    const auto indexed = DataSource::of(connection).leadingIndexColumns(connection, dataset.table);
    if (!indexed)
        return warnings;
    for (const QString &columnId : columnIds) {
        const Column *column = dataset.column(columnId);
        if (column && !indexed->contains(column->name.toLower()))
            warnings.append(
                    EngineText::tr(
                            "column %1 of dataset %2 has no index: filters on it scan the table")
                            .arg(quoted(column->name), quoted(dataset.name)));
    }
    return warnings;
}

// The columns a widget reads from its dataset, for the policies' column lists.
QSet<QString> columnsUsed(const Context &context, const Widget &widget)
{
    QSet<QString> used;
    for (const Dimension &d : widget.dimensions)
        used.insert(d.columnId);
    for (const Measure &m : widget.measures) {
        if (!m.columnId.isEmpty())
            used.insert(m.columnId);
    }
    for (const Filter &f : widget.filters)
        used.insert(f.columnId);
    for (const Filter &f : context.dashboard.filters) {
        if (f.datasetId == widget.datasetId)
            used.insert(f.columnId);
    }
    return used;
}

// Parameter values after overrides, and what each parameter contributed. Returns an error for an
// override of the wrong type or outside the allowed values.
QString resolveParameters(Context &context)
{
    if (!context.tokenView) {
        // The analyst's design-time values; a token view never reads them (see Options).
        const auto &values = context.options.designParameterValues;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const Parameter *parameter = context.dashboard.parameter(it.key());
            if (!parameter)
                return u"no parameter %1 on this dashboard"_s.arg(quoted(it.key()));
            const auto value = coerceValue(*it, parameter->type);
            if (!value)
                return u"parameter %1: not a valid %2 value"_s.arg(quoted(parameter->name),
                                                                   columnTypeName(parameter->type));
            if (!parameter->allowedValues.isEmpty() && !parameter->allowedValues.contains(*value))
                return u"parameter %1: not one of the parameter's allowed values"_s.arg(
                        quoted(parameter->name));
            context.plan.parameterValues.insert(parameter->id, *value);
        }
        return {};
    }
    const Json overrides = context.claims.value("parameter_overrides", Json::object());
    for (const Parameter &parameter : context.dashboard.parameters) {
        const auto it = overrides.find(utf8(parameter.name));
        if (it == overrides.end()) {
            if (context.tokenView)
                context.parameterWarnings.insert(
                        parameter.id,
                        u"parameter \"%1\": default used (the token does not override it)"_s.arg(
                                parameter.name));
            continue;
        }
        const auto value = coerceValue(variantFromJson(*it), parameter.type);
        if (!value)
            return EngineText::tr("parameter_overrides.%1: not a valid %2 value")
                    .arg(parameter.name, columnTypeName(parameter.type));
        if (!parameter.allowedValues.isEmpty() && !parameter.allowedValues.contains(*value))
            return EngineText::tr(
                           "parameter_overrides.%1: not one of the parameter's allowed values")
                    .arg(parameter.name);
        context.plan.parameterValues.insert(parameter.id, *value);
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (!context.dashboard.parameterByName(QString::fromStdString(it.key())))
            context.dashboardWarnings.append(
                    EngineText::tr("parameter_overrides.%1: this dashboard has no such parameter; "
                                   "ignored here")
                            .arg(printable(QString::fromStdString(it.key()), 100)));
    }
    return {};
}

// A parameter marked requiredInToken scopes the tenant: a token that does not override it is
// denied rather than shown the default's rows. Empty when every such parameter is overridden.
QString missingRequiredParameter(const Context &context)
{
    if (!context.tokenView)
        return {};
    for (const Parameter &parameter : context.dashboard.parameters) {
        if (parameter.requiredInToken && !context.plan.parameterValues.contains(parameter.id))
            return EngineText::tr(
                           "parameter %1 is required in the token, which does not override it")
                    .arg(quoted(parameter.name));
    }
    return {};
}

// options.filterValues onto the plan, after the "initialization" token filters so that the
// viewer's pick replaces an initial value. A value for a filter the viewer may not change, or one
// that does not fit the filter, is an error: never silently ignored.
QString applyViewerFilterValues(Context &context)
{
    const auto &values = context.options.filterValues;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Filter *filter = nullptr;
        for (const Filter &f : context.dashboard.filters) {
            if (f.id == it.key())
                filter = &f;
        }
        if (!filter)
            return EngineText::tr("no filter %1 on this dashboard").arg(quoted(it.key()));
        // A filter that follows a parameter may carry the tenant's scope (parameter_overrides);
        // the validator refuses the flag there, and this holds for a design in progress too.
        if (!filter->viewerEditable || !filter->parameterId.isEmpty())
            return EngineText::tr("filter %1 is not viewer-editable").arg(quoted(it.key()));
        const QString name = quoted(filter->label.isEmpty() ? filter->id : filter->label);
        const Dataset *dataset = context.project.dataset(filter->datasetId);
        const Column *column = dataset ? dataset->column(filter->columnId) : nullptr;
        if (!column)
            return EngineText::tr("filter %1: its dataset or column does not exist").arg(name);
        QVariant value = *it;
        const bool isList = value.typeId() == QMetaType::QVariantList;
        // Cleared (null, or nothing selected): the filter shows every row the viewer may read.
        const bool cleared
                = !value.isValid() || value.isNull() || (isList && value.toList().isEmpty());
        if (cleared && filterExpressionArity(filter->expression) != 0) {
            value = QVariant();
        } else {
            const Problems problems = checkFilterValue(filter->expression, value, *column, {});
            if (!problems.isEmpty())
                return u"filter %1: %2"_s.arg(name, problems.constFirst().message);
        }
        context.plan.dashboardFilterValues.insert(filter->id, value);
        context.viewerFilters.append(
                {dataset->id,
                 Json{{"kind", "viewer_filter"},
                      {"filter", utf8(filter->label.isEmpty() ? filter->id : filter->label)},
                      {"dataset", utf8(dataset->name)},
                      {"column", utf8(column->name)},
                      {"expression", utf8(filterExpressionText(filter->expression))},
                      {"value", jsonFromVariant(value)}}});
    }
    return {};
}

Json parameterApplied(const Context &context, const Parameter &parameter)
{
    const auto it = context.plan.parameterValues.constFind(parameter.id);
    const bool overridden = it != context.plan.parameterValues.cend();
    const char *kind = !overridden ? "parameter_default"
            : context.tokenView    ? "parameter_override"
                                   : "parameter_design_value";
    return Json{{"kind", kind},
                {"parameter", utf8(parameter.name)},
                {"value", jsonFromVariant(overridden ? *it : parameter.defaultValue)}};
}

void resolveTokenFilters(Context &context)
{
    const Json filters = context.claims.value("filters", Json::array());
    for (const Json &f : filters) {
        const QString datasetId = QString::fromStdString(f.value("securable_id", std::string()));
        const QString columnId = QString::fromStdString(f.value("column_id", std::string()));
        const Dataset *dataset = context.project.dataset(datasetId);
        const Column *column = dataset ? dataset->column(columnId) : nullptr;
        const auto expression = filterExpressionFromText(
                QString::fromStdString(f.value("expression", std::string())));
        // ClaimsValidator has checked these; a filter that still cannot be applied denies its
        // dataset.
        if (!column || !expression) {
            context.tokenFilterDenials.insert(
                    datasetId, EngineText::tr("a token filter names an unknown column"));
            continue;
        }
        const QVariant value = f.contains("value") ? variantFromJson(f["value"]) : QVariant();
        Json applied{{"kind", "token_filter"},
                     {"clause", f.value("clause", "where")},
                     {"origin", f.value("origin", "global")},
                     {"dataset", utf8(dataset->name)},
                     {"column", utf8(column->name)},
                     {"expression", utf8(filterExpressionText(*expression))}};
        if (f.contains("value"))
            applied["value"] = f["value"];
        if (f.value("origin", "global") == "initialization") {
            // The initial value of the dashboard's own filter on that column; the viewer may change
            // it.
            bool used = false;
            for (const Filter &filter : context.dashboard.filters) {
                if (filter.datasetId == datasetId && filter.columnId == columnId
                    && filter.parameterId.isEmpty()) {
                    context.plan.dashboardFilterValues.insert(filter.id, value);
                    used = true;
                }
            }
            applied["kind"] = "initialization_filter";
            if (used)
                context.dashboardApplied.push_back(applied);
            else
                context.dashboardWarnings.append(
                        EngineText::tr("an initialization filter on %1.%2 matches no dashboard "
                                       "filter; ignored")
                                .arg(printable(dataset->name), printable(column->name)));
            continue;
        }
        context.tokenFilters[datasetId].append(
                {*column, *expression, value, f.value("clause", "where") == "having", applied});
    }
}

ConnectionSpec connectionFor(const Context &context, const Account &account, Json &applied,
                             QString *denied)
{
    const QString password = context.options.secrets.value(account.secretId);
    ConnectionSpec spec = ConnectionSpec::forAccount(account, context.projectFilePath, password);
    const auto it = context.accountOverrides.constFind(account.id);
    if (it == context.accountOverrides.cend())
        return spec;
    const Json &o = *it;
    Json fields = Json::array();
    for (auto f = o.begin(); f != o.end(); ++f)
        fields.push_back(f.key());
    Json entry{{"kind", "account_override"}, {"account", utf8(account.name)}, {"fields", fields}};
    // What an override may change, and whether the keystore's secret follows, is the source's.
    *denied = DataSource::of(account.type).applyOverride(spec, o, context.projectFilePath, entry);
    if (!denied->isEmpty())
        return spec;
    applied.push_back(std::move(entry));
    return spec;
}

// The value a widget or dashboard filter compares with: its parameter's (overridden, else the
// default), a dashboard filter's value set by the viewer, else its own.
QVariant filterValue(const Context &context, const Filter &filter)
{
    if (const auto it = context.plan.dashboardFilterValues.constFind(filter.id);
        it != context.plan.dashboardFilterValues.cend())
        return *it;
    if (filter.parameterId.isEmpty())
        return filter.value;
    if (const auto it = context.plan.parameterValues.constFind(filter.parameterId);
        it != context.plan.parameterValues.cend())
        return *it;
    const Parameter *parameter = context.dashboard.parameter(filter.parameterId);
    return parameter ? parameter->defaultValue : QVariant();
}

// The widget as data for a source that takes no SQL: `request` holds the token's filters and the
// access policies already; this adds the dataset, the fields, the widget's and the dashboard's
// own filters, the sort, the page and who is asking (names only, never a credential). The fields,
// the sort and the page are read off the widget's plan, so that a plugin is asked for exactly
// what the SQL would have selected: a KPI's dimensions dropped, a grain on a column that is not
// a date ignored, the same result column names and types.
StructuredQuery structuredWidget(const Context &context, const QueryPlanner &planner,
                                 const Widget &widget, const Dataset &dataset,
                                 const QueryPlan &plan, StructuredQuery request)
{
    request.dataset = dataset.name;
    if (dataset.kind == Dataset::Kind::Table)
        request.table = dataset.table;
    qsizetype dimension = 0;
    qsizetype measure = 0;
    request.detail = true;
    for (const OutputColumn &c : plan.columns) {
        if (c.role == OutputColumn::Role::Measure) {
            const Measure &m = widget.measures.at(measure++);
            request.measures.append(
                    {m.columnId.isEmpty() ? QString() : columnName(&dataset, m.columnId),
                     aggregationName(m.aggregation), c.label, c.name, c.type});
            request.detail = false;
            continue;
        }
        const Dimension &d = widget.dimensions.at(dimension++);
        const Column *column = dataset.column(d.columnId);
        const bool dated = column
                && (column->type == ColumnType::Date || column->type == ColumnType::DateTime);
        request.dimensions.append({columnName(&dataset, d.columnId),
                                   timeGrainName(dated ? d.grain : TimeGrain::None), c.label,
                                   c.name, c.type});
    }
    request.order = plan.order;
    // The values as the SQL binds them (QueryPlanner::boundValue). The plan was made with the
    // same filters and values, so a value the planner refuses has denied the widget already; the
    // raw value is only a fallback that cannot be reached.
    const auto bound = [&](const Filter &f, const QVariant &value) {
        const Column *column = dataset.column(f.columnId);
        const auto predicate = column ? planner.predicate(*column, f.expression, value)
                                      : std::variant<SqlFragment, QString>(QString());
        if (const auto *fragment = std::get_if<SqlFragment>(&predicate))
            return QueryPlanner::boundValue(f.expression, fragment->bindings);
        return jsonFromVariant(value);
    };
    QList<StructuredPredicate> own;
    for (const Filter &f : widget.filters)
        own.append({columnName(&dataset, f.columnId), filterExpressionText(f.expression),
                    bound(f, filterValue(context, f))});
    for (const Filter &f : context.dashboard.filters) {
        if (f.datasetId != dataset.id)
            continue;
        const QVariant value = filterValue(context, f);
        // As the planner does: a dashboard filter nobody has set (or the viewer cleared) is no
        // condition at all.
        const bool unset = !value.isValid() || value.isNull()
                || (value.typeId() == QMetaType::QVariantList && value.toList().isEmpty());
        if (f.parameterId.isEmpty() && filterExpressionArity(f.expression) != 0 && unset)
            continue;
        own.append({columnName(&dataset, f.columnId), filterExpressionText(f.expression),
                    bound(f, value)});
    }
    request.where = own + request.where;
    request.pageOffset = plan.offset;
    request.pageSize = plan.limit;
    if (context.tokenView) {
        for (const char *key : {"username", "name", "email", "suborganization", "metadata"}) {
            if (const auto it = context.claims.find(key); it != context.claims.end())
                request.viewer[std::string(key) == "username" ? "id" : key] = *it;
        }
    }
    return request;
}

WidgetResolution resolveWidget(const Context &context, const Widget &widget)
{
    WidgetResolution result;
    result.widgetId = widget.id;
    if (widget.type == WidgetType::Text) {
        // Granted for now; resolveAll takes it back when the dashboard is not this viewer's.
        result.text = widget.text;
        return result;
    }
    const Dataset *dataset = context.project.dataset(widget.datasetId);
    const Account *account = dataset ? context.project.account(dataset->accountId) : nullptr;
    if (!account) {
        result.denied = EngineText::tr("the widget's dataset or account does not exist");
        return result;
    }
    result.accountId = account->id;
    for (const Json &entry : context.dashboardApplied)
        result.applied.push_back(entry);

    if (context.tokenView) {
        if (!context.grantedDatasets.isEmpty() && !context.grantedDatasets.contains(dataset->id)) {
            result.denied = EngineText::tr("the token's securables do not grant dataset %1")
                                    .arg(quoted(dataset->name));
            return result;
        }
        if (context.tokenFilterDenials.contains(dataset->id)) {
            result.denied = context.tokenFilterDenials.value(dataset->id);
            return result;
        }
    }
    result.connection = connectionFor(context, *account, result.applied, &result.denied);
    if (!result.denied.isEmpty())
        return result;

    const DataSource &source = DataSource::of(result.connection);
    const QueryPlanner planner(context.project, source.dialect());
    PlanOptions options = context.plan;
    // A source that takes no SQL (the broker plugin) gets the widget as data: every condition the
    // SQL below would carry, collected as it is added.
    const bool asData = !source.takesSql();
    StructuredQuery request;
    QSet<QString> parameters;
    for (const Filter &f : widget.filters)
        parameters.insert(f.parameterId);
    for (const Filter &f : context.dashboard.filters) {
        if (f.datasetId == widget.datasetId)
            parameters.insert(f.parameterId);
    }
    for (const Parameter &p : context.dashboard.parameters) {
        if (!parameters.contains(p.id))
            continue;
        result.applied.push_back(parameterApplied(context, p));
        if (const QString warning = context.parameterWarnings.value(p.id); !warning.isEmpty())
            result.warnings.append(warning);
    }
    for (const auto &[datasetId, applied] : context.viewerFilters) {
        if (datasetId == dataset->id)
            result.applied.push_back(applied);
    }

    QStringList filteredColumns; // token filters' and policies' columns, for index warnings
    if (context.tokenView) {
        // Only an aggregating widget groups (a KPI never: its dimensions are dropped); a detail
        // table has no HAVING.
        QSet<QString> grouped;
        for (const Dimension &d : widget.dimensions) {
            if (d.grain == TimeGrain::None && !widget.measures.isEmpty()
                && widget.type != WidgetType::Kpi)
                grouped.insert(d.columnId);
        }
        for (const Context::TokenFilter &filter : context.tokenFilters.value(dataset->id)) {
            auto predicate = planner.predicate(filter.column, filter.expression, filter.value);
            if (auto *error = std::get_if<QString>(&predicate)) {
                result.denied = EngineText::tr("token filter: %1").arg(*error);
                return result;
            }
            const Json bound = QueryPlanner::boundValue(filter.expression,
                                                        std::get<SqlFragment>(predicate).bindings);
            // HAVING is only meaningful on a grouped column; elsewhere the same predicate holds
            // row by row, and is applied as WHERE rather than dropped.
            const bool having = filter.having && grouped.contains(filter.column.id);
            (having ? options.extraHaving : options.extraWhere)
                    .append(std::get<SqlFragment>(std::move(predicate)));
            if (asData)
                (having ? request.having : request.where)
                        .append({filter.column.name, filterExpressionText(filter.expression),
                                 bound});
            Json applied = filter.applied;
            applied["applied_as"] = having ? "having" : "where";
            result.applied.push_back(std::move(applied));
        }
        for (const Context::TokenFilter &filter : context.tokenFilters.value(dataset->id)) {
            if (!filteredColumns.contains(filter.column.id))
                filteredColumns.append(filter.column.id);
        }
        const Json policyValues = context.claims.value("policy_values", Json::object());
        const PolicyCompiler compiler(planner, *dataset, policyValues);
        const QSet<QString> used = columnsUsed(context, widget);
        for (const AccessPolicy *policy : context.project.policiesFor(dataset->id)) {
            if (!(policy->columns.size() == 1 && policy->columns.first() == u"*"_s)) {
                for (const QString &columnId : used) {
                    if (!policy->columns.contains(columnId)) {
                        result.denied = EngineText::tr("access policy %1 does not grant column %2")
                                                .arg(quoted(policy->name),
                                                     quoted(columnName(dataset, columnId)));
                        return result;
                    }
                }
            }
            auto fragment = compiler.compile(*policy);
            if (auto *reason = std::get_if<QString>(&fragment)) {
                result.denied = *reason;
                return result;
            }
            options.extraWhere.append(std::get<SqlFragment>(std::move(fragment)));
            if (asData) {
                auto rows = compiler.structured(*policy);
                if (auto *reason = std::get_if<QString>(&rows)) {
                    result.denied = *reason;
                    return result;
                }
                request.where += std::get<QList<StructuredPredicate>>(std::move(rows));
            }
            Json rules = Json::array();
            for (const PolicyRule &rule : policy->rows)
                rules.push_back(utf8(compiler.describe(rule)));
            result.applied.push_back({{"kind", "access_policy"},
                                      {"policy", utf8(policy->name)},
                                      {"rules", rules},
                                      {"policy_values", policyValues}});
            for (const PolicyRule &rule : policy->rows)
                ruleColumns(rule, filteredColumns);
        }
    }

    auto plan = planner.plan(context.dashboard, widget, options);
    if (auto *error = std::get_if<QString>(&plan)) {
        result.denied = EngineText::tr("cannot plan the widget: %1").arg(*error);
        return result;
    }
    if (context.tokenView) {
        // A tenant's own database (an account override) may lack a column the project was
        // designed with. The statement would fail on it now that double-quoted strings are off,
        // but as a data-source error; it is denied here instead, naming the column and the
        // database, before anything runs.
        const QueryPlan &planned = std::get<QueryPlan>(plan);
        const QString missing
                = DataSource::of(result.connection)
                          .missingColumn(result.connection, dataset->name,
                                         planner.fromClause(*dataset), planned.sourceColumns);
        if (!missing.isEmpty()) {
            result.denied = missing;
            result.sourceProblem = true;
            return result;
        }
        // After the check: a column the database lacks has no index to warn about either.
        result.warnings += indexWarnings(*dataset, result.connection, filteredColumns);
    }
    result.plan = std::get<QueryPlan>(std::move(plan));
    result.plan->accountId = account->id;
    if (asData)
        result.plan->structured = structuredWidget(context, planner, widget, *dataset, *result.plan,
                                                   std::move(request));
    result.warnings += result.plan->warnings;
    return result;
}

// Why a token view may see nothing of the dashboard, or empty. The grant itself (securables,
// expiry, required parameters) is decided before any widget; past it, a dashboard is the viewer's
// when at least one of its widgets with data resolves. So a viewer whom the claims deny every
// widget's data learns nothing from the text widgets either — in the designer, the CLI and the
// embed server alike. A dashboard of text widgets only needs the grant. A widget whose database
// failed (sourceProblem) is the viewer's all the same: an outage, not a refusal.
// `resolved` holds the widgets resolved so far (options.widgetIds may leave some out); the others
// are resolved here as far as needed to decide.
QString wholeDashboardDenial(const Context &context, const QList<WidgetResolution> &resolved)
{
    QString firstReason;
    for (const Widget &widget : context.dashboard.widgets) {
        if (widget.type == WidgetType::Text)
            continue;
        const auto it
                = std::find_if(resolved.cbegin(), resolved.cend(),
                               [&](const WidgetResolution &w) { return w.widgetId == widget.id; });
        const WidgetResolution w = it != resolved.cend() ? *it : resolveWidget(context, widget);
        if (w.denied.isEmpty() || w.sourceProblem)
            return {};
        if (firstReason.isEmpty())
            firstReason = w.denied;
    }
    return firstReason;
}

DashboardResolution resolveAll(Context &context)
{
    DashboardResolution resolution;
    resolution.dashboardId = context.dashboard.id;
    resolution.tokenView = context.tokenView;
    context.plan.pageOffset = context.options.pageOffset;
    context.plan.pageSize = context.options.pageSize;
    if (const QString error = resolveParameters(context); !error.isEmpty()) {
        resolution.error = error;
        return resolution;
    }
    for (const Parameter &parameter : context.dashboard.parameters) {
        const auto it = context.plan.parameterValues.constFind(parameter.id);
        const bool set = it != context.plan.parameterValues.cend();
        resolution.parameters.append({parameter.id, set ? *it : parameter.defaultValue,
                                      !set ? ResolvedParameter::Source::Default
                                              : context.tokenView
                                              ? ResolvedParameter::Source::Token
                                              : ResolvedParameter::Source::DesignValue});
    }
    if (const QString reason = missingRequiredParameter(context); !reason.isEmpty()) {
        DashboardResolution denied
                = Resolver::deniedEverywhere(context.dashboard, context.options, reason);
        denied.parameters = resolution.parameters;
        return denied;
    }
    if (context.tokenView)
        resolveTokenFilters(context);
    if (const QString error = applyViewerFilterValues(context); !error.isEmpty()) {
        resolution.error = error;
        resolution.parameters.clear();
        return resolution;
    }
    for (const Filter &filter : context.dashboard.filters) {
        if (filter.viewerEditable && filter.parameterId.isEmpty())
            resolution.editableFilterValues.insert(
                    filter.id, context.plan.dashboardFilterValues.value(filter.id, filter.value));
    }
    for (const Widget &widget : context.dashboard.widgets) {
        if (!context.options.widgetIds.isEmpty() && !context.options.widgetIds.contains(widget.id))
            continue;
        resolution.widgets.append(resolveWidget(context, widget));
    }
    resolution.warnings = context.dashboardWarnings;
    if (context.tokenView)
        resolution.denied = wholeDashboardDenial(context, resolution.widgets);
    if (!resolution.denied.isEmpty()) {
        for (WidgetResolution &w : resolution.widgets) {
            w.dashboardDenied = true;
            if (w.denied.isEmpty()) { // a text widget
                w.denied = resolution.denied;
                w.text.clear();
            }
        }
    }
    return resolution;
}

} // namespace

Resolver::Resolver(const Project &project, QString projectFilePath)
    : m_project(project)
    , m_projectFilePath(std::move(projectFilePath))
{ }

DashboardResolution Resolver::resolveDesign(const Dashboard &dashboard,
                                            const Options &options) const
{
    Context context(m_project, dashboard, m_projectFilePath, options);
    return resolveAll(context);
}

DashboardResolution Resolver::deniedEverywhere(const Dashboard &dashboard, const Options &options,
                                               const QString &reason)
{
    DashboardResolution resolution;
    resolution.dashboardId = dashboard.id;
    resolution.tokenView = true;
    resolution.denied = reason;
    for (const Widget &widget : dashboard.widgets) {
        if (!options.widgetIds.isEmpty() && !options.widgetIds.contains(widget.id))
            continue;
        WidgetResolution w;
        w.widgetId = widget.id;
        w.denied = reason;
        w.dashboardDenied = true;
        resolution.widgets.append(w);
    }
    return resolution;
}

DashboardResolution Resolver::resolve(const Dashboard &dashboard, const Json &claims,
                                      const Options &options) const
{
    QString error;
    const std::optional<Viewer> viewer = Viewer::claims(m_project, claims, {}, &error);
    if (!viewer) {
        DashboardResolution resolution;
        resolution.dashboardId = dashboard.id;
        resolution.tokenView = true;
        resolution.error = error;
        return resolution;
    }
    return viewer->resolve(m_project, m_projectFilePath, dashboard, options);
}

DashboardResolution Resolver::resolveValidated(const Dashboard &dashboard, const Json &claims,
                                               const Options &options,
                                               const std::optional<QString> &ended) const
{
    Context context(m_project, dashboard, m_projectFilePath, options);
    context.tokenView = true;
    context.claims = claims;

    QStringList securables;
    for (const Json &s : claims["securables"])
        securables.append(QString::fromStdString(s.get<std::string>()));
    if (!securables.contains(dashboard.id))
        return deniedEverywhere(dashboard, options,
                                EngineText::tr("the token's securables do not grant dashboard %1")
                                        .arg(quoted(dashboard.title)));
    for (const QString &id : securables) {
        if (m_project.dataset(id))
            context.grantedDatasets.append(id);
    }
    if (ended)
        return deniedEverywhere(dashboard, options, *ended);
    if (claims.contains("account_overrides")) {
        for (auto it = claims["account_overrides"].begin(); it != claims["account_overrides"].end();
             ++it)
            context.accountOverrides.insert(QString::fromStdString(it.key()), it.value());
    }
    if (claims.contains("metadata"))
        context.dashboardApplied.push_back(
                {{"kind", "metadata"},
                 {"value", claims["metadata"]},
                 {"note", "passed to broker plugin accounts; SQL accounts do not use it"}});
    return resolveAll(context);
}

} // namespace Dashwright
