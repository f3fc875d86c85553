// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace Dashwright::detail {

// The project file spells enums as fixed words; one table per enum maps both ways.
template<typename Enum, std::size_t N>
QString nameOf(const std::pair<Enum, const char16_t *> (&table)[N], Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, const char16_t *> (&table)[N], QStringView name)
{
    for (const auto &[e, n] : table) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

} // namespace Dashwright::detail
