// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QString>
#include <QUuid>

namespace Dashwright {

// The Burrito Factory project: its account, datasets, dashboards, access policy and one tenant
// profile per override kind (DESIGN §5), each of which can thus be seen working alone.
class DemoDocument
{
public:
    static Project build();

    // Every id in the demo is a name-based UUID in this namespace ("dataset/sales",
    // "dataset/sales/column/distributor", …): the same on every run and every machine, so tokens
    // and claims written against one demo keep working against a regenerated one.
    static QUuid idNamespace();
    static QString idFor(const QString &name);
};

} // namespace Dashwright
