// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "project.h"

#include <nlohmann/json.hpp>

namespace Dashwright {

// Builds a Project from the current schema's JSON, recording every structural problem (missing,
// mistyped or unknown members, unknown enum words, embedded secrets). References between objects
// are ProjectValidator's.
class ProjectReader
{
public:
    static Project read(const nlohmann::ordered_json &json, Problems &problems);
};

} // namespace Dashwright
