// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/problem.h"
#include "document/project.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

namespace Dashwright {

// Checks authorization claims (DESIGN §5) against a project: their shape, and that what they name
// exists (securables, datasets and columns of filters, parameters, accounts) with values of the
// right type. Used for tenant profiles, claims files and verified tokens alike.
class ClaimsValidator
{
public:
    enum class Secrets {
        Allow,  // sealed tokens and claims files may carry account credentials
        Refuse, // project files and signed (readable) tokens may not
    };

    static Problems validate(const nlohmann::ordered_json &claims, const Project &project,
                             const QString &path, Secrets secrets);

    // The claims' "expiry" in UTC: RFC 3339, and a timestamp without an offset is UTC, never the
    // zone of the machine that checks it. Invalid when absent or unreadable (validate() refuses
    // the latter).
    static QDateTime expiry(const nlohmann::ordered_json &claims);

    // Exactly "${{ name }}" (spaces optional), name of letters, digits and _.
    static bool isPlaceholder(const QString &text);
    static QString placeholderName(const QString &text);
};

} // namespace Dashwright
