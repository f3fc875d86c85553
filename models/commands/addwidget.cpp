// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addwidget.h"

#include "projectdocument.h"

namespace Dashwright {

AddWidget::AddWidget(ProjectDocument *document, const QString &dashboardId, Widget widget, int row,
                     QUndoCommand *parent)
    : QUndoCommand(tr("Add widget"), parent)
    , m_document(document)
    , m_dashboardId(dashboardId)
    , m_widget(std::move(widget))
    , m_requestedRow(row)
{ }

void AddWidget::redo()
{
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(dashboardRow >= 0);
    // Resolved now rather than at construction: commands built ahead under one parent would
    // otherwise all aim at the same "end".
    m_row = m_requestedRow < 0 ? int(m_document->project().dashboards[dashboardRow].widgets.size())
                               : m_requestedRow;
    m_document->insertWidget(dashboardRow, m_row, m_widget);
}

void AddWidget::undo()
{
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(dashboardRow >= 0);
    m_widget = m_document->takeWidget(dashboardRow, m_row);
}

} // namespace Dashwright
