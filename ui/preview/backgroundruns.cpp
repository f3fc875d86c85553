// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundruns.h"

#include "data/accountsecrets.h"
#include "data/queryexecutor.h"
#include "dialogs/projectkeystore.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Dashwright {

QHash<QString, QString> accountSecrets(const Project &project, ProjectKeystore *keystore,
                                       QStringList *errors)
{
    if (!keystore)
        return {};
    QList<StoredSecret> stored;
    for (const Account &account : project.accounts) {
        if (account.secretId.isEmpty())
            continue;
        QString error;
        if (keystore->accountSecret(account, &error))
            stored.append(*keystore->storedSecret(account.secretId, nullptr));
        else if (!error.isEmpty() && errors)
            errors->append(error);
    }
    // Only a secret of the kind every account naming it takes (data/accountsecrets.h).
    return Dashwright::accountSecrets(project, stored);
}

std::shared_ptr<QueryExecutor> sharedExecutor(int workerCount)
{
    return std::shared_ptr<QueryExecutor>(new QueryExecutor(workerCount),
                                          [](QueryExecutor *executor) {
                                              if (executor->thread() == QThread::currentThread())
                                                  delete executor;
                                              else
                                                  executor->deleteLater();
                                          });
}

QString rowText(const QVariantList &row)
{
    QStringList cells;
    for (const QVariant &value : row)
        cells.append(value.isNull() ? u"NULL"_s : value.toString());
    return cells.join(u"  |  "_s);
}

} // namespace Dashwright
