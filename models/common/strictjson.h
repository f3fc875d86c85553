// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

// Parses JSON text and refuses what nlohmann/json would quietly accept: duplicate member names
// (it keeps the first; RFC 7515 §4 and our own files want them rejected) and numbers out of range.
// Errors name the line and column.
std::optional<nlohmann::ordered_json> parseStrictJson(QByteArrayView text, QString *error);

} // namespace Dashwright
