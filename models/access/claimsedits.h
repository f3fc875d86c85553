// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/json.h"
#include "document/columntype.h"
#include "document/filterexpression.h"
#include "document/problem.h"
#include "document/project.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace Dashwright {

// The translation between a tenant profile's claims (DESIGN §5) and what the tenant form shows:
// which fields there are (parameters to override, placeholders to fill), values as people type
// them, filters as table rows. Pure functions, so the form stays widgets and connections, and the
// rules can be read in one place. Claims members the form does not show are always kept.
namespace ClaimsEdits {

// The claims with member `key` set; a null value removes it. An existing member keeps its place.
Json withMember(const Json &claims, const std::string &key, Json value);
// Same, one level down: claims[key][subKey]. An object left empty removes claims[key].
Json withSubMember(const Json &claims, const std::string &key, const std::string &subKey,
                   Json value);
// A copy of claims[key] (null when absent): never iterate a member of a temporary.
Json member(const Json &claims, const std::string &key);

// A parameter that parameter_overrides can name, once per name across the dashboards.
struct OverridableParameter
{
    QString name;
    ColumnType type = ColumnType::Text;
    QVariantList allowedValues;
    QVariant defaultValue;
    QStringList dashboards; // titles of the dashboards that have it
};
QList<OverridableParameter> overridableParameters(const Project &project);

// A "${{ name }}" the project's access policies use, which policy_values fills.
struct Placeholder
{
    QString name;
    ColumnType type = ColumnType::Text; // of the rule's column
    bool list = false;                  // used by an IN rule: the value may be a list
    QStringList policies;               // names of the policies using it
};
// Sorted by name, each name once.
QList<Placeholder> placeholders(const Project &project);

// A scalar or a list of scalars as people type it: lists joined by ", ".
QString valueText(const Json &value);
// Typed text to JSON: the type's value when the text is one (12 for an integer column), the text
// itself otherwise, so that the validator can say what is wrong with it. Empty text is null.
Json scalarFromText(const QString &text, ColumnType type);
// list: a comma-separated list, kept a scalar when it has one item.
Json valueFromText(const QString &text, ColumnType type, bool list);
// What a filter expression takes: nothing, one value, two (between) or a list.
Json filterValueFromText(const QString &text, FilterExpression expression, ColumnType type);

// Token filters as the rows of the form's filter table, and back.
enum FilterColumn {
    DatasetColumn,
    ColumnColumn,
    ExpressionColumn,
    ValueColumn,
    ClauseColumn,
    OriginColumn,
    FilterColumnCount
};
QList<QVariantList> filterRows(const Json &filters);
// Each row updates the filter at its index in `previous` (members it does not know are kept); a
// column that is not in the row's dataset becomes the dataset's first column, and a value text
// that still reads as the previous value keeps it exactly.
Json filtersFromRows(const QList<QVariantList> &rows, const Json &previous, const Project &project);

// What ClaimsValidator finds wrong with a profile's claims, as a project file would hold them.
Problems problems(const Json &claims, const Project &project);

} // namespace ClaimsEdits

} // namespace Dashwright
