// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeaccount.h"

#include "projectdocument.h"

namespace Dashwright {

RemoveAccount::RemoveAccount(ProjectDocument *document, const QString &accountId,
                             QUndoCommand *parent)
    : QUndoCommand(tr("Remove account"), parent)
    , m_document(document)
    , m_accountId(accountId)
{ }

void RemoveAccount::redo()
{
    m_row = m_document->accountIndex(m_accountId);
    Q_ASSERT(m_row >= 0);
    m_removed = m_document->takeAccount(m_row);
}

void RemoveAccount::undo()
{
    Q_ASSERT(m_removed);
    m_document->insertAccount(m_row, std::move(*m_removed));
    m_removed.reset();
}

} // namespace Dashwright
