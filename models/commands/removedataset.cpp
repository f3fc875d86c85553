// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removedataset.h"

#include "projectdocument.h"

namespace Dashwright {

RemoveDataset::RemoveDataset(ProjectDocument *document, const QString &datasetId,
                             QUndoCommand *parent)
    : QUndoCommand(tr("Remove dataset"), parent)
    , m_document(document)
    , m_datasetId(datasetId)
{ }

void RemoveDataset::redo()
{
    m_row = m_document->datasetIndex(m_datasetId);
    Q_ASSERT(m_row >= 0);
    m_removed = m_document->takeDataset(m_row);
}

void RemoveDataset::undo()
{
    Q_ASSERT(m_removed);
    m_document->insertDataset(m_row, std::move(*m_removed));
    m_removed.reset();
}

} // namespace Dashwright
