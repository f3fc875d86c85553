// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Dashwright {

class ProjectDocument;

// Adds a account to the project at a row (-1: at the end). The command keeps its own copy, so that
// redo after undo inserts exactly the same account.
class AddAccount : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAccount)

public:
    AddAccount(ProjectDocument *document, Account account, int row = -1,
               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    Account m_account;
    int m_requestedRow;
    int m_row = -1;
};

} // namespace Dashwright
