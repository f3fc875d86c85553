// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Dashwright {

class ProjectDocument;

// Removes a tenant profile from the project, keeping it (and its row) to put it back on undo.
// Nothing else in the project refers to a profile, so it needs no companion commands.
class RemoveTenant : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTenant)

public:
    RemoveTenant(ProjectDocument *document, const QString &tenantId,
                 QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    QString m_tenantId;
    std::optional<TenantProfile> m_removed;
    int m_row = -1;
};

} // namespace Dashwright
