// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removetenant.h"

#include "projectdocument.h"

namespace Dashwright {

RemoveTenant::RemoveTenant(ProjectDocument *document, const QString &tenantId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove tenant profile"), parent)
    , m_document(document)
    , m_tenantId(tenantId)
{ }

void RemoveTenant::redo()
{
    m_row = m_document->tenantIndex(m_tenantId);
    Q_ASSERT(m_row >= 0);
    m_removed = m_document->takeTenant(m_row);
}

void RemoveTenant::undo()
{
    Q_ASSERT(m_removed);
    m_document->insertTenant(m_row, std::move(*m_removed));
    m_removed.reset();
}

} // namespace Dashwright
