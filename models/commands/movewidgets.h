// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/widget.h"

#include "mergeablecommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Dashwright {

class ProjectDocument;

// Moves and/or resizes one or several widgets of a dashboard on the grid. While a drag goes on the
// canvas pushes one of these per step with commit false, and they merge into one undo step; the
// step that ends the drag has commit true, after which nothing merges into it any more, so the
// next drag is a step of its own (MergeableCommand).
class MoveWidgets : public MergeableCommand<MergeId::MoveWidgets, MoveWidgets>
{
    Q_DECLARE_TR_FUNCTIONS(MoveWidgets)

public:
    struct Placement
    {
        QString widgetId;
        GridRect rect;
    };

    MoveWidgets(ProjectDocument *document, const QString &dashboardId,
                const QList<Placement> &placements, bool commit, QUndoCommand *parent = nullptr);
    MoveWidgets(ProjectDocument *document, const QString &dashboardId, const QString &widgetId,
                const GridRect &rect, bool commit, QUndoCommand *parent = nullptr);

    bool absorb(const MoveWidgets &next);
    void redo() override;
    void undo() override;

private:
    struct Move
    {
        QString widgetId;
        GridRect before;
        GridRect after;
    };

    void updateObsolete();

    ProjectDocument *m_document;
    QString m_dashboardId;
    QList<Move> m_moves;
};

} // namespace Dashwright
