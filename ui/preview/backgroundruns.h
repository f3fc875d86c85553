// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace Dashwright {

class ProjectKeystore;
class QueryExecutor;

// What the preview windows that resolve and run on their own (compare, isolation check) share.

// The passwords of a project's accounts from its keystore, by secret id, as
// Resolver::Options::secrets takes them, so that these windows query with the canvas's
// credentials. A secret that cannot be read is left out and described in `errors`; its account's
// widgets then fail as they would on the canvas.
QHash<QString, QString> accountSecrets(const Project &project, ProjectKeystore *keystore,
                                       QStringList *errors = nullptr);

// An executor for runs on worker threads that may outlive the window that started them: each run
// holds a copy of the pointer, and whichever lets go last (a run still in flight when the window
// closed) has the executor destroyed on the thread it belongs to.
std::shared_ptr<QueryExecutor> sharedExecutor(int workerCount);

// A result row on one line, as the windows list rows that differ or that tenants share.
QString rowText(const QVariantList &row);

} // namespace Dashwright
