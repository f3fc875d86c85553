// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeparameter.h"

#include "projectdocument.h"

namespace Dashwright {

RemoveParameter::RemoveParameter(ProjectDocument *document, const QString &dashboardId,
                                 const QString &parameterId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove parameter"), parent)
    , m_document(document)
    , m_dashboardId(dashboardId)
    , m_parameterId(parameterId)
{ }

void RemoveParameter::redo()
{
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(dashboardRow >= 0);
    m_row = m_document->parameterIndex(m_dashboardId, m_parameterId);
    Q_ASSERT(m_row >= 0);
    m_removed = m_document->takeParameter(dashboardRow, m_row);
}

void RemoveParameter::undo()
{
    Q_ASSERT(m_removed);
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(dashboardRow >= 0);
    m_document->insertParameter(dashboardRow, m_row, std::move(*m_removed));
    m_removed.reset();
}

} // namespace Dashwright
