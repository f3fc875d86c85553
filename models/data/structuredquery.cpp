// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuredquery.h"

namespace Dashwright {

namespace {

Json predicatesJson(const QList<StructuredPredicate> &predicates)
{
    Json array = Json::array();
    for (const StructuredPredicate &p : predicates)
        array.push_back(p.toJson());
    return array;
}

Json fieldsJson(const QList<StructuredQuery::Field> &fields, const char *function)
{
    Json array = Json::array();
    for (const StructuredQuery::Field &f : fields)
        array.push_back({{"name", utf8(f.name)},
                         {"column", f.column.isEmpty() ? Json() : Json(utf8(f.column))},
                         {function, utf8(f.function)},
                         {"label", utf8(f.label)},
                         {"type", utf8(columnTypeName(f.type))}});
    return array;
}

} // namespace

Json StructuredPredicate::toJson() const
{
    Json json{{"column", utf8(column)}, {"op", utf8(op)}, {"value", value}};
    if (!allOf.isEmpty())
        json["all_of"] = predicatesJson(allOf);
    if (!anyOf.isEmpty())
        json["any_of"] = predicatesJson(anyOf);
    return json;
}

bool StructuredPredicate::operator==(const StructuredPredicate &other) const
{
    return column == other.column && op == other.op && value == other.value && allOf == other.allOf
            && anyOf == other.anyOf;
}

Json StructuredQuery::toJson() const
{
    Json orderJson = Json::array();
    for (const Order &o : order)
        orderJson.push_back({{"column", utf8(o.column)}, {"descending", o.descending}});
    return {{"protocol", 1},
            {"dataset", utf8(dataset)},
            {"table", table.isEmpty() ? Json() : Json(utf8(table))},
            {"dimensions", fieldsJson(dimensions, "grain")},
            {"measures", fieldsJson(measures, "aggregation")},
            {"aggregate", !detail},
            {"where", predicatesJson(where)},
            {"having", predicatesJson(having)},
            {"order", orderJson},
            {"page", {{"offset", pageOffset}, {"size", pageSize < 0 ? Json() : Json(pageSize)}}},
            {"viewer", viewer}};
}

} // namespace Dashwright
