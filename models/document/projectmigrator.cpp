// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmigrator.h"

#include "common/json.h"
#include "project.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Schema 1 (the preview format) called tenant profiles "tenant_profiles" and wrote a widget's grid
// position as an array [x, y, w, h].
bool migrate1To2(Json &json, QString *error)
{
    if (json.contains("tenant_profiles")) {
        if (json.contains("tenants")) {
            *error = u"schema 1 file has both tenant_profiles and tenants"_s;
            return false;
        }
        // ordered_json keeps insertion order: rebuild so "tenants" stays where the old key was.
        Json upgraded = Json::object();
        for (auto it = json.begin(); it != json.end(); ++it)
            upgraded[it.key() == "tenant_profiles" ? std::string("tenants") : it.key()]
                    = it.value();
        json = std::move(upgraded);
    }
    if (json.contains("dashboards") && json["dashboards"].is_array()) {
        for (Json &dashboard : json["dashboards"]) {
            if (!dashboard.is_object() || !dashboard.contains("widgets")
                || !dashboard["widgets"].is_array())
                continue;
            for (Json &widget : dashboard["widgets"]) {
                if (!widget.is_object() || !widget.contains("grid"))
                    continue;
                Json &grid = widget["grid"];
                if (grid.is_array() && grid.size() == 4)
                    grid = Json{{"x", grid[0]}, {"y", grid[1]}, {"w", grid[2]}, {"h", grid[3]}};
            }
        }
    }
    return true;
}
} // namespace

bool ProjectMigrator::migrate(Json &json, int fromVersion, QString *error)
{
    using Step = bool (*)(Json &, QString *);
    // steps[n - 1] upgrades version n to n + 1.
    static constexpr Step steps[] = {migrate1To2};
    static_assert(std::size(steps) == Project::currentSchemaVersion - 1);

    if (fromVersion < 1) {
        *error = u"schema_version %1 is not a Dashwright schema version"_s.arg(fromVersion);
        return false;
    }
    for (int version = fromVersion; version < Project::currentSchemaVersion; ++version) {
        if (!steps[version - 1](json, error))
            return false;
    }
    if (json.is_object())
        json["schema_version"] = Project::currentSchemaVersion;
    return true;
}

} // namespace Dashwright
