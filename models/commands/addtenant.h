// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Dashwright {

class ProjectDocument;

// Adds a tenant profile to the project at a row (-1: at the end); a duplicate is the same command
// with a copy under a new id. The command keeps its own copy, so that redo after undo inserts
// exactly the same profile.
class AddTenant : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTenant)

public:
    AddTenant(ProjectDocument *document, TenantProfile tenant, int row = -1,
              const QString &text = QString(), QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    TenantProfile m_tenant;
    int m_requestedRow;
    int m_row = -1;
};

} // namespace Dashwright
