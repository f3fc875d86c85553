// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addaccount.h"

#include "projectdocument.h"

namespace Dashwright {

AddAccount::AddAccount(ProjectDocument *document, Account account, int row, QUndoCommand *parent)
    : QUndoCommand(tr("Add account"), parent)
    , m_document(document)
    , m_account(std::move(account))
    , m_requestedRow(row)
{ }

void AddAccount::redo()
{
    // Resolved now rather than at construction: commands built ahead under one parent would
    // otherwise all aim at the same "end".
    m_row = m_requestedRow < 0 ? int(m_document->project().accounts.size()) : m_requestedRow;
    m_document->insertAccount(m_row, m_account);
}

void AddAccount::undo()
{
    m_account = m_document->takeAccount(m_row);
}

} // namespace Dashwright
