// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addparameter.h"

#include "projectdocument.h"

namespace Dashwright {

AddParameter::AddParameter(ProjectDocument *document, const QString &dashboardId,
                           Parameter parameter, int row, QUndoCommand *parent)
    : QUndoCommand(tr("Add parameter"), parent)
    , m_document(document)
    , m_dashboardId(dashboardId)
    , m_parameter(std::move(parameter))
    , m_requestedRow(row)
{ }

void AddParameter::redo()
{
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(dashboardRow >= 0);
    // Resolved now rather than at construction: commands built ahead under one parent would
    // otherwise all aim at the same "end".
    m_row = m_requestedRow < 0
            ? int(m_document->project().dashboards[dashboardRow].parameters.size())
            : m_requestedRow;
    m_document->insertParameter(dashboardRow, m_row, m_parameter);
}

void AddParameter::undo()
{
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(dashboardRow >= 0);
    m_parameter = m_document->takeParameter(dashboardRow, m_row);
}

} // namespace Dashwright
