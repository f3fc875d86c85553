// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

// The decoded protected header of a JWS or JWE: strict JSON (duplicate names refused) that must be
// an object. The error reads "malformed token …".
std::optional<nlohmann::ordered_json> parseJoseHeader(const QByteArray &json, QString *error);

// A header value (kid, alg) as it may appear in an error message: printable() to 64 characters,
// so that a token cannot write extra lines into stderr or a server's log.
QString printableHeaderValue(const QString &value);

} // namespace Dashwright
