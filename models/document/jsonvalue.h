// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariant>
#include <QVariantList>

#include <nlohmann/json.hpp>

namespace Dashwright {

// JSON scalars and arrays as QVariant (string → QString, integer → qint64, other numbers → double,
// array → QVariantList, null → null QVariant) and back. Objects are not values in the document.
QVariant variantFromJson(const nlohmann::ordered_json &json);
nlohmann::ordered_json jsonFromVariant(const QVariant &value);
// Result rows as JSON arrays; NaN and infinities, which JSON cannot spell, become null.
nlohmann::ordered_json jsonFromRows(const QList<QVariantList> &rows);

QString jsonTypeName(const nlohmann::ordered_json &json);

} // namespace Dashwright
