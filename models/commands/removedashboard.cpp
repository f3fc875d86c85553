// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removedashboard.h"

#include "projectdocument.h"

namespace Dashwright {

RemoveDashboard::RemoveDashboard(ProjectDocument *document, const QString &dashboardId,
                                 QUndoCommand *parent)
    : QUndoCommand(tr("Remove dashboard"), parent)
    , m_document(document)
    , m_dashboardId(dashboardId)
{ }

void RemoveDashboard::redo()
{
    m_row = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(m_row >= 0);
    m_removed = m_document->takeDashboard(m_row);
}

void RemoveDashboard::undo()
{
    Q_ASSERT(m_removed);
    m_document->insertDashboard(m_row, std::move(*m_removed));
    m_removed.reset();
}

} // namespace Dashwright
