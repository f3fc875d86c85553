// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/connectionspec.h"

#include <QString>

namespace Dashwright {

// Opens a connection to a server data source and closes it again, to tell whether it can be
// reached at all (`project check`): a project can be valid and still point at a server that is
// down, renamed or refuses its user.
class PostgresqlProbe
{
public:
    // Empty when a PostgreSQL connection opened within timeoutSeconds; otherwise the driver's
    // reason on one line (it names host, port, database and user, never the password). Runs on
    // the calling thread. Other account kinds are not probed here: empty.
    static QString tryConnect(const ConnectionSpec &connection, int timeoutSeconds);
};

} // namespace Dashwright
