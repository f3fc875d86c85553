// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Dashwright {

class ProjectDocument;

// Removes a dataset from the project, keeping it (and its row) to put it back on undo. Widgets,
// filters and policies on the dataset are the caller's to remove first (in one macro).
class RemoveDataset : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDataset)

public:
    RemoveDataset(ProjectDocument *document, const QString &datasetId,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    QString m_datasetId;
    std::optional<Dataset> m_removed;
    int m_row = -1;
};

} // namespace Dashwright
