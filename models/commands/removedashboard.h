// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Dashwright {

class ProjectDocument;

// Removes a dashboard from the project, keeping it (and its row) to put it back on undo.
class RemoveDashboard : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDashboard)

public:
    RemoveDashboard(ProjectDocument *document, const QString &dashboardId,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    QString m_dashboardId;
    std::optional<Dashboard> m_removed;
    int m_row = -1;
};

} // namespace Dashwright
