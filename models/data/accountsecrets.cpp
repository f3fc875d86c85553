// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsecrets.h"

#include <QSet>

namespace Dashwright {

bool secretFitsAccount(const Account &account, StoredSecret::Kind kind)
{
    switch (account.type) {
    case AccountType::Postgresql:
        return kind == StoredSecret::Kind::Password;
    case AccountType::Plugin:
        return kind == StoredSecret::Kind::ApiKey;
    case AccountType::Sqlite:
        return false;
    }
    return false;
}

QHash<QString, QString> accountSecrets(const Project &project, const QList<StoredSecret> &stored)
{
    QHash<QString, QString> secrets;
    QSet<QString> refused;
    for (const Account &account : project.accounts) {
        if (account.secretId.isEmpty())
            continue;
        for (const StoredSecret &secret : stored) {
            if (secret.id != account.secretId)
                continue;
            if (secretFitsAccount(account, secret.kind))
                secrets.insert(secret.id, secret.value);
            else
                refused.insert(secret.id);
        }
    }
    for (const QString &id : std::as_const(refused))
        secrets.remove(id);
    return secrets;
}

} // namespace Dashwright
