// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removewidget.h"

#include "projectdocument.h"

namespace Dashwright {

RemoveWidget::RemoveWidget(ProjectDocument *document, const QString &dashboardId,
                           const QString &widgetId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove widget"), parent)
    , m_document(document)
    , m_dashboardId(dashboardId)
    , m_widgetId(widgetId)
{ }

void RemoveWidget::redo()
{
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(dashboardRow >= 0);
    m_row = m_document->widgetIndex(m_dashboardId, m_widgetId);
    Q_ASSERT(m_row >= 0);
    m_removed = m_document->takeWidget(dashboardRow, m_row);
}

void RemoveWidget::undo()
{
    Q_ASSERT(m_removed);
    const int dashboardRow = m_document->dashboardIndex(m_dashboardId);
    Q_ASSERT(dashboardRow >= 0);
    m_document->insertWidget(dashboardRow, m_row, std::move(*m_removed));
    m_removed.reset();
}

} // namespace Dashwright
