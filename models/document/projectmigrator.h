// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace Dashwright {

// Upgrades project JSON of an older schema version to the current one, one explicit step per
// version, so that a file written by any earlier Dashwright still opens.
class ProjectMigrator
{
public:
    // Returns false (with the reason) when the version is unknown or a step fails.
    static bool migrate(nlohmann::ordered_json &json, int fromVersion, QString *error);
};

} // namespace Dashwright
