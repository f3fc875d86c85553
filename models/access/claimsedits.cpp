// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsedits.h"

#include "common/json.h"
#include "document/claimsvalidator.h"
#include "document/jsonvalue.h"

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Dashwright::ClaimsEdits {

namespace {

QString string(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

QString scalarText(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_null())
        return {};
    return QString::fromStdString(value.dump());
}

void collectPlaceholders(const QList<PolicyRule> &rules, const AccessPolicy &policy,
                         const Dataset *dataset, std::map<QString, Placeholder> &found)
{
    for (const PolicyRule &rule : rules) {
        const QString text
                = rule.value.typeId() == QMetaType::QString ? rule.value.toString() : QString();
        if (ClaimsValidator::isPlaceholder(text)) {
            const QString name = ClaimsValidator::placeholderName(text);
            Placeholder &placeholder = found[name];
            if (placeholder.name.isEmpty()) {
                placeholder.name = name;
                const Column *column = dataset ? dataset->column(rule.columnId) : nullptr;
                placeholder.type = column ? column->type : ColumnType::Text;
            }
            placeholder.list = placeholder.list || rule.op == PolicyOperator::In;
            if (!placeholder.policies.contains(policy.name))
                placeholder.policies.append(policy.name);
        }
        collectPlaceholders(rule.andRules, policy, dataset, found);
        collectPlaceholders(rule.orRules, policy, dataset, found);
    }
}

} // namespace

Json withMember(const Json &claims, const std::string &key, Json value)
{
    Json result = claims.is_object() ? claims : Json::object();
    if (value.is_null())
        result.erase(key);
    else
        result[key] = std::move(value);
    return result;
}

Json withSubMember(const Json &claims, const std::string &key, const std::string &subKey,
                   Json value)
{
    Json inner = member(claims, key);
    inner = withMember(inner, subKey, std::move(value));
    return withMember(claims, key, inner.empty() ? Json() : inner);
}

Json member(const Json &claims, const std::string &key)
{
    if (!claims.is_object())
        return {};
    const auto it = claims.find(key);
    return it == claims.end() ? Json() : *it;
}

QList<OverridableParameter> overridableParameters(const Project &project)
{
    QList<OverridableParameter> result;
    for (const Dashboard &dashboard : project.dashboards) {
        for (const Parameter &parameter : dashboard.parameters) {
            auto it = std::find_if(result.begin(), result.end(),
                                   [&](const auto &p) { return p.name == parameter.name; });
            // One override serves every dashboard with a parameter of that name.
            if (it == result.end())
                it = result.insert(result.end(),
                                   {parameter.name,
                                    parameter.type,
                                    parameter.allowedValues,
                                    parameter.defaultValue,
                                    {}});
            it->dashboards.append(dashboard.title);
        }
    }
    return result;
}

QList<Placeholder> placeholders(const Project &project)
{
    std::map<QString, Placeholder> found;
    for (const AccessPolicy &policy : project.accessPolicies)
        collectPlaceholders(policy.rows, policy, project.dataset(policy.datasetId), found);
    QList<Placeholder> result;
    for (auto &[name, placeholder] : found)
        result.append(std::move(placeholder));
    return result;
}

QString valueText(const Json &value)
{
    if (!value.is_array())
        return scalarText(value);
    QStringList items;
    for (const Json &item : value)
        items.append(scalarText(item));
    return items.join(u", "_s);
}

Json scalarFromText(const QString &text, ColumnType type)
{
    const QString trimmed = type == ColumnType::Text ? text : text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const auto value = coerceValue(QVariant(trimmed), type))
        return jsonFromVariant(canonicalBindValue(*value, type));
    return utf8(trimmed);
}

Json valueFromText(const QString &text, ColumnType type, bool list)
{
    if (!list || !text.contains(u','))
        return scalarFromText(text, type);
    Json items = Json::array();
    for (const QString &item : text.split(u',')) {
        Json value = scalarFromText(type == ColumnType::Text ? item.trimmed() : item, type);
        if (!value.is_null())
            items.push_back(std::move(value));
    }
    return items;
}

Json filterValueFromText(const QString &text, FilterExpression expression, ColumnType type)
{
    // A LIKE pattern is text whatever the column's type.
    if (expression == FilterExpression::Like)
        type = ColumnType::Text;
    switch (filterExpressionArity(expression)) {
    case 0:
        return {};
    case 1:
        return scalarFromText(text, type);
    default: {
        // Between and lists are always lists, even of one item: the validator then says what is
        // missing rather than that a list was expected.
        Json items = Json::array();
        if (text.trimmed().isEmpty())
            return items;
        for (const QString &item : text.split(u','))
            items.push_back(scalarFromText(type == ColumnType::Text ? item.trimmed() : item, type));
        return items;
    }
    }
}

QList<QVariantList> filterRows(const Json &filters)
{
    QList<QVariantList> rows;
    if (!filters.is_array())
        return rows;
    for (const Json &filter : filters) {
        if (!filter.is_object()) {
            rows.append({QString(), QString(), QString(), QString(), QString(), QString()});
            continue;
        }
        rows.append({string(filter, "securable_id"), string(filter, "column_id"),
                     string(filter, "expression"), valueText(member(filter, "value")),
                     string(filter, "clause"), string(filter, "origin")});
    }
    return rows;
}

Json filtersFromRows(const QList<QVariantList> &rows, const Json &previous, const Project &project)
{
    Json result = Json::array();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantList &row = rows.at(i);
        const bool hadOne = previous.is_array() && size_t(i) < previous.size()
                && previous[size_t(i)].is_object();
        Json filter = hadOne ? previous[size_t(i)] : Json::object();
        const QString datasetId = row.value(DatasetColumn).toString();
        QString columnId = row.value(ColumnColumn).toString();
        const Dataset *dataset = project.dataset(datasetId);
        if (dataset && !dataset->column(columnId) && !dataset->columns.isEmpty())
            columnId = dataset->columns.first().id;
        const QString expressionText = row.value(ExpressionColumn).toString();
        filter["clause"] = utf8(row.value(ClauseColumn).toString());
        filter["origin"] = utf8(row.value(OriginColumn).toString());
        filter["securable_id"] = utf8(datasetId);
        filter["column_id"] = utf8(columnId);
        filter["expression"] = utf8(expressionText);

        const QString text = row.value(ValueColumn).toString();
        const Json old = member(filter, "value");
        const auto expression = filterExpressionFromText(expressionText);
        const Column *column = dataset ? dataset->column(columnId) : nullptr;
        Json value;
        if (!expression)
            value = scalarFromText(text, ColumnType::Text);
        else if (filterExpressionArity(*expression) == 0)
            value = Json(); // "? is null" takes none: whatever was typed goes
        else if (!old.is_null() && valueText(old) == text
                 && old.is_array() == (filterExpressionArity(*expression) != 1))
            value = old; // unchanged text, same shape: the value stays exactly as written
        else
            value = filterValueFromText(text, *expression,
                                        column ? column->type : ColumnType::Text);
        filter = withMember(filter, "value", value);
        result.push_back(std::move(filter));
    }
    return result;
}

Problems problems(const Json &claims, const Project &project)
{
    // A profile is stored in the project file, which is shared: no credentials (DESIGN §4).
    return ClaimsValidator::validate(claims, project, u"claims"_s,
                                     ClaimsValidator::Secrets::Refuse);
}

} // namespace Dashwright::ClaimsEdits
