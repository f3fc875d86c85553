// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tiny project and a keystore with one key of each algorithm, for the token tests and benchmarks.

#include "crypto/keymaterial.h"
#include "crypto/keystore.h"
#include "document/projectfile.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright::Tests::Crypto {

inline const QString projectId = QStringLiteral("00000000-0000-4000-8000-000000000001");
inline const QString dashboardId = QStringLiteral("00000000-0000-4000-8000-0000000000b1");
inline const QString datasetId = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
inline const QString columnId = QStringLiteral("00000000-0000-4000-8000-0000000000c2");
inline const QString accountId = QStringLiteral("00000000-0000-4000-8000-0000000000a2");

inline const QByteArray projectJson = R"({
  "format": "dashwright-project", "schema_version": 2, "generator": "Dashwright 0.1.0",
  "id": "00000000-0000-4000-8000-000000000001", "name": "Token test",
  "accounts": [
    {"id": "00000000-0000-4000-8000-0000000000a1", "name": "Main", "type": "sqlite", "path": "main.sqlite"},
    {"id": "00000000-0000-4000-8000-0000000000a2", "name": "Warehouse", "type": "postgresql", "host": "db.example.com",
     "port": 5432, "database": "sales", "user": "reader", "secret_id": "warehouse-password"}
  ],
  "datasets": [
    {"id": "00000000-0000-4000-8000-0000000000d1", "name": "Sales", "account_id": "00000000-0000-4000-8000-0000000000a1",
     "kind": "table", "table": "sales",
     "columns": [
       {"id": "00000000-0000-4000-8000-0000000000c1", "name": "sale_date", "type": "date"},
       {"id": "00000000-0000-4000-8000-0000000000c2", "name": "distributor", "type": "text"}
     ]}
  ],
  "dashboards": [
    {"id": "00000000-0000-4000-8000-0000000000b1", "slug": "performance", "title": "Performance",
     "parameters": [
       {"id": "00000000-0000-4000-8000-0000000000e1", "name": "distributor", "type": "text", "default": "Demo"}
     ],
     "widgets": [
       {"id": "00000000-0000-4000-8000-000000000101", "type": "kpi", "title": "Sales lines",
        "dataset_id": "00000000-0000-4000-8000-0000000000d1", "measures": [{"aggregation": "count"}],
        "grid": {"x": 0, "y": 0, "w": 3, "h": 2}}
     ]}
  ]
})";

inline Project project()
{
    auto loaded = ProjectFile::read(projectJson);
    Q_ASSERT_X(loaded.project, "CryptoFixture", qPrintable(loaded.problems.value(0).toString()));
    return *loaded.project;
}

// The claims of a typical tenant: a dashboard, a parameter override and a filter.
inline nlohmann::ordered_json claims()
{
    return nlohmann::ordered_json{
            {"securables", {dashboardId.toStdString()}},
            {"username", "farolito-owner"},
            {"suborganization", "Farolito"},
            {"parameter_overrides", {{"distributor", "Farolito"}}},
            {"filters",
             {{{"clause", "where"},
               {"origin", "global"},
               {"securable_id", datasetId.toStdString()},
               {"column_id", columnId.toStdString()},
               {"expression", "? = ?"},
               {"value", "Farolito"}}}},
            {"policy_values", {{"restaurant_name", "Farolito"}}},
    };
}

// A fresh key of that algorithm, added to the keystore; its kid.
inline QString addKey(Keystore &keystore, KeyAlgorithm algorithm)
{
    auto key = KeyMaterial::generate(algorithm, nullptr);
    Q_ASSERT(key);
    const SigningKey signingKey = key->toSigningKey();
    const bool added = keystore.addSigningKey(signingKey, nullptr);
    Q_ASSERT(added);
    Q_UNUSED(added)
    return signingKey.kid;
}

} // namespace Dashwright::Tests::Crypto
