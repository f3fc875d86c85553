// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Dashwright {

// One thing wrong with an input, located by its JSON path (e.g. "dashboards[0].widgets[3].title").
struct Problem
{
    QString path;
    QString message;

    QString toString() const
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

} // namespace Dashwright
