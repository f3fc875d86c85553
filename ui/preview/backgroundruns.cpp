// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundruns.h"

#include "data/queryexecutor.h"
#include "dialogs/projectkeystore.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Dashwright {

QHash<QString, QString> accountSecrets(const Project &project, ProjectKeystore *keystore,
                                       QStringList *errors)
{
    QHash<QString, QString> secrets;
    if (!keystore)
        return secrets;
    for (const Account &account : project.accounts) {
        if (account.secretId.isEmpty() || secrets.contains(account.secretId))
            continue;
        QString error;
        if (const auto secret = keystore->secret(account.secretId, &error))
            secrets.insert(account.secretId, *secret);
        else if (!error.isEmpty() && errors)
            errors->append(error);
    }
    return secrets;
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
