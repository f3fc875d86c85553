// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adddataset.h"

#include "projectdocument.h"

namespace Dashwright {

AddDataset::AddDataset(ProjectDocument *document, Dataset dataset, int row, QUndoCommand *parent)
    : QUndoCommand(tr("Add dataset"), parent)
    , m_document(document)
    , m_dataset(std::move(dataset))
    , m_requestedRow(row)
{ }

void AddDataset::redo()
{
    // Resolved now rather than at construction: commands built ahead under one parent would
    // otherwise all aim at the same "end".
    m_row = m_requestedRow < 0 ? int(m_document->project().datasets.size()) : m_requestedRow;
    m_document->insertDataset(m_row, m_dataset);
}

void AddDataset::undo()
{
    m_dataset = m_document->takeDataset(m_row);
}

} // namespace Dashwright
