// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Dashwright {

class ProjectDocument;

// Adds a parameter to a dashboard at a row (-1: at the end). The command keeps its own copy, so
// that redo after undo inserts exactly the same parameter.
class AddParameter : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddParameter)

public:
    AddParameter(ProjectDocument *document, const QString &dashboardId, Parameter parameter,
                 int row = -1, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    QString m_dashboardId;
    Parameter m_parameter;
    int m_requestedRow;
    int m_row = -1;
};

} // namespace Dashwright
