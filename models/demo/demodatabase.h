// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Dashwright {

// Generates the Burrito Factory's SQLite database: distributors, products, promotions and `rows`
// sales lines over two years, identical for the same seed. With `onlyDistributor` set it writes the
// same schema holding that one distributor's own history (a tenant's separate database).
class DemoDatabase
{
public:
    static constexpr qint64 maxRows = 10'000'000;

    struct Spec
    {
        qint64 rows = 200000;
        quint64 seed = 1;
        QString onlyDistributor; // empty: the whole chain
    };

    // Writes to a temporary file beside `path` and renames it into place, replacing an older file:
    // a failed run leaves no half-written database behind.
    static bool generate(const QString &path, const Spec &spec, QString *error);
};

} // namespace Dashwright
