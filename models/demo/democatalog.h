// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Dashwright::DemoCatalog {

// Names that both the generated database and the demo project rely on: the project's parameter
// default, tenant profiles and tests must name distributors that really have rows.
inline constexpr QStringView demoShop
        = u"Demo Burrito Shop"; // the `distributor` parameter's default
inline constexpr QStringView farolito = u"Farolito";
inline constexpr QStringView fiestyFiesta = u"Fiesty Fiesta";
inline constexpr QStringView elTapatio = u"El Tapatio"; // has its own database (account override)

inline constexpr QStringView databaseFile = u"burrito.sqlite";
inline constexpr QStringView elTapatioDatabaseFile = u"tenants/el-tapatio.sqlite";
inline constexpr QStringView projectFile = u"burrito.dwproj";
inline constexpr QStringView keystoreFile = u"burrito.dwkeys";
// The first tenant profile's claims, for minting a token through the embed server's API.
inline constexpr QStringView claimsFile = u"farolito.claims.json";
inline constexpr QStringView apiKeyName = u"demo";

// The El Tapatio database is a small shop's history, whatever the size of the chain's database.
inline constexpr qint64 elTapatioRows = 4000;

} // namespace Dashwright::DemoCatalog
