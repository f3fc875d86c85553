// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <string>

namespace Dashwright {

// The JSON value everything in Dashwright reads and writes: ordered, so that files, tokens and
// command output keep their members in the order they were written (stable diffs, readable
// output).
using Json = nlohmann::ordered_json;

// Qt text into nlohmann/json, which holds UTF-8 std::string.
inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace Dashwright
