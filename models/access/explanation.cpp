// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanation.h"

#include "common/json.h"
#include "document/jsonvalue.h"
#include "document/project.h"

namespace Dashwright {

nlohmann::ordered_json explainResolution(const Project &project, const WidgetResolution &resolution)
{
    Json explained = Json::object();
    explained["widget"] = resolution.widgetId.toStdString();
    explained["denied"]
            = resolution.denied.isEmpty() ? Json(nullptr) : Json(resolution.denied.toStdString());
    if (resolution.plan) {
        const Account *account = project.account(resolution.accountId);
        explained["account"] = {
                {"id", resolution.accountId.toStdString()},
                {"name", account ? account->name.toStdString() : std::string()},
                {"type", account ? accountTypeName(account->type).toStdString() : std::string()}};
        explained["sql"] = resolution.plan->sql.toStdString();
        explained["bindings"] = jsonFromVariant(resolution.plan->bindings);
        // What a source that takes no SQL (the broker plugin) receives instead.
        if (resolution.plan->structured)
            explained["request"] = resolution.plan->structured->toJson();
    }
    explained["applied"] = resolution.applied;
    Json warnings = Json::array();
    for (const QString &warning : resolution.warnings)
        warnings.push_back(warning.toStdString());
    explained["warnings"] = std::move(warnings);
    return explained;
}

} // namespace Dashwright
