// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtenant.h"

#include "projectdocument.h"

namespace Dashwright {

AddTenant::AddTenant(ProjectDocument *document, TenantProfile tenant, int row, const QString &text,
                     QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Add tenant profile") : text, parent)
    , m_document(document)
    , m_tenant(std::move(tenant))
    , m_requestedRow(row)
{ }

void AddTenant::redo()
{
    // Resolved now rather than at construction: commands built ahead under one parent would
    // otherwise all aim at the same "end".
    m_row = m_requestedRow < 0 ? int(m_document->project().tenants.size()) : m_requestedRow;
    m_document->insertTenant(m_row, m_tenant);
}

void AddTenant::undo()
{
    m_tenant = m_document->takeTenant(m_row);
}

} // namespace Dashwright
