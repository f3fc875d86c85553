// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/storedsecret.h"
#include "document/project.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Dashwright {

// Whether an account may use a stored secret of `kind`: a PostgreSQL account a password, a broker
// plugin an API key, an SQLite file nothing. The project file names the secret by id, and a project
// file is shared and edited by many: a plugin account naming the production database's password
// would otherwise send it, as X-Secret, to whatever base URL the file gives.
bool secretFitsAccount(const Account &account, StoredSecret::Kind kind);

// The secrets the project's accounts may use, by secret id (as Resolver::Options::secrets takes
// them), out of `stored`: only those an account names and whose kind fits that account. A secret
// named by two accounts of different kinds fits neither and is left out.
QHash<QString, QString> accountSecrets(const Project &project, const QList<StoredSecret> &stored);

} // namespace Dashwright
