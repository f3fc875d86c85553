// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Dashwright {

class ProjectDocument;

// Removes a account from the project, keeping it (and its row) to put it back on undo. Datasets on
// the account are the caller's to remove first (in one macro).
class RemoveAccount : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAccount)

public:
    RemoveAccount(ProjectDocument *document, const QString &accountId,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    QString m_accountId;
    std::optional<Account> m_removed;
    int m_row = -1;
};

} // namespace Dashwright
