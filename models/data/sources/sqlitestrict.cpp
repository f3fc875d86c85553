// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestrict.h"

#include <sqlite3.h>

#include <initializer_list>

namespace Dashwright {

bool disableDoubleQuotedStrings(sqlite3 *db)
{
    if (!db)
        return false;
    // Read back: an SQLite built without the option would leave it on silently otherwise.
    for (const int option : {SQLITE_DBCONFIG_DQS_DML, SQLITE_DBCONFIG_DQS_DDL}) {
        int now = 1;
        if (sqlite3_db_config(db, option, 0, &now) != SQLITE_OK || now != 0)
            return false;
    }
    return true;
}

} // namespace Dashwright
