// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"
#include "project.h"

namespace Dashwright {

// Checks what the JSON structure cannot: unique ids and slugs, references between objects (an
// unknown column id, a filter on another dataset, a parameter default of the wrong type, …).
class ProjectValidator
{
public:
    static Problems validate(const Project &project);
};

} // namespace Dashwright
