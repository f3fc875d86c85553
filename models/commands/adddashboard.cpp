// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adddashboard.h"

#include "projectdocument.h"

namespace Dashwright {

AddDashboard::AddDashboard(ProjectDocument *document, Dashboard dashboard, int row,
                           QUndoCommand *parent)
    : QUndoCommand(tr("Add dashboard"), parent)
    , m_document(document)
    , m_dashboard(std::move(dashboard))
    , m_requestedRow(row)
{ }

void AddDashboard::redo()
{
    // Resolved now rather than at construction: commands built ahead under one parent would
    // otherwise all aim at the same "end".
    m_row = m_requestedRow < 0 ? int(m_document->project().dashboards.size()) : m_requestedRow;
    m_document->insertDashboard(m_row, m_dashboard);
}

void AddDashboard::undo()
{
    m_dashboard = m_document->takeDashboard(m_row);
}

} // namespace Dashwright
