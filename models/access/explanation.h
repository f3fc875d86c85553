// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolution.h"

#include <nlohmann/json.hpp>

namespace Dashwright {

struct Project;

// How one widget's resolution reads to a person checking access: the account it queries (by id,
// name and type — never a password or secret), the SQL with its bound values, every override,
// filter and policy rule that applied, the warnings and the denial. The one description behind
// `dashwright query --explain` and the designer's access inspector, so the two always agree.
nlohmann::ordered_json explainResolution(const Project &project,
                                         const WidgetResolution &resolution);

} // namespace Dashwright
