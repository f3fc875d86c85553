// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "movewidgets.h"

#include "document/projectdocument.h"

namespace Dashwright {

MoveWidgets::MoveWidgets(ProjectDocument *document, const QString &dashboardId,
                         const QList<Placement> &placements, bool commit, QUndoCommand *parent)
    : MergeableCommand(QString(), commit, parent)
    , m_document(document)
    , m_dashboardId(dashboardId)
{
    bool resized = false;
    for (const Placement &placement : placements) {
        const Widget *widget = document->widget(dashboardId, placement.widgetId);
        Q_ASSERT(widget);
        m_moves.append({placement.widgetId, widget->grid, placement.rect});
        resized |= widget->grid.width != placement.rect.width
                || widget->grid.height != placement.rect.height;
    }
    const int count = int(m_moves.size());
    if (resized)
        setText(count > 1 ? tr("Resize widgets") : tr("Resize widget"));
    else
        setText(count > 1 ? tr("Move widgets") : tr("Move widget"));
    updateObsolete();
}

MoveWidgets::MoveWidgets(ProjectDocument *document, const QString &dashboardId,
                         const QString &widgetId, const GridRect &rect, bool commit,
                         QUndoCommand *parent)
    : MoveWidgets(document, dashboardId, {{widgetId, rect}}, commit, parent)
{ }

bool MoveWidgets::absorb(const MoveWidgets &next)
{
    if (next.m_dashboardId != m_dashboardId || next.m_moves.size() != m_moves.size())
        return false;
    for (qsizetype i = 0; i < m_moves.size(); ++i) {
        if (next.m_moves[i].widgetId != m_moves[i].widgetId)
            return false;
    }
    for (qsizetype i = 0; i < m_moves.size(); ++i)
        m_moves[i].after = next.m_moves[i].after;
    updateObsolete();
    return true;
}

void MoveWidgets::redo()
{
    for (const Move &move : std::as_const(m_moves))
        m_document->changeWidget(m_dashboardId, move.widgetId,
                                 [&](Widget &w) { w.grid = move.after; });
}

void MoveWidgets::undo()
{
    for (const Move &move : std::as_const(m_moves))
        m_document->changeWidget(m_dashboardId, move.widgetId,
                                 [&](Widget &w) { w.grid = move.before; });
}

void MoveWidgets::updateObsolete()
{
    setObsolete(std::all_of(m_moves.cbegin(), m_moves.cend(),
                            [](const Move &move) { return move.before == move.after; }));
}

} // namespace Dashwright
