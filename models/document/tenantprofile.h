// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace Dashwright {

// A named set of authorization claims (DESIGN §5) used to preview a dashboard as one tenant.
// The claims are kept as written, in order, so that a profile round-trips unchanged.
struct TenantProfile
{
    QString id;
    QString name;
    nlohmann::ordered_json claims = nlohmann::ordered_json::object();

    bool operator==(const TenantProfile &) const = default;
};

} // namespace Dashwright
