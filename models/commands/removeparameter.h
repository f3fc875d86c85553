// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Dashwright {

class ProjectDocument;

// Removes a parameter from a dashboard, keeping it (and its row) to put it back on undo. Filters
// that take the parameter are the caller's to change first (in one macro).
class RemoveParameter : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveParameter)

public:
    RemoveParameter(ProjectDocument *document, const QString &dashboardId,
                    const QString &parameterId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    QString m_dashboardId;
    QString m_parameterId;
    std::optional<Parameter> m_removed;
    int m_row = -1;
};

} // namespace Dashwright
