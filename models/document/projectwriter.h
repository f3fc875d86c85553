// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <nlohmann/json.hpp>

namespace Dashwright {

// The project as JSON of the current schema, members always in the same order and optional members
// left out when empty, so that saving an unchanged project writes the same bytes.
class ProjectWriter
{
public:
    static nlohmann::ordered_json write(const Project &project);
};

} // namespace Dashwright
