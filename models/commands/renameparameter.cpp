// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "renameparameter.h"

#include "mergeid.h"
#include "projectdocument.h"

namespace Dashwright {

RenameParameter::RenameParameter(ProjectDocument *document, const QString &dashboardId,
                                 const QString &parameterId, const QString &name,
                                 QUndoCommand *parent)
    : QUndoCommand(tr("Rename parameter"), parent)
    , m_document(document)
    , m_dashboardId(dashboardId)
    , m_parameterId(parameterId)
    , m_newName(name)
{
    const Parameter *parameter = document->parameter(dashboardId, parameterId);
    Q_ASSERT(parameter);
    m_oldName = parameter->name;
    setObsolete(m_oldName == m_newName);
}

int RenameParameter::id() const
{
    return int(MergeId::RenameParameter);
}

bool RenameParameter::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RenameParameter *>(other);
    if (next->m_dashboardId != m_dashboardId || next->m_parameterId != m_parameterId)
        return false;
    m_newName = next->m_newName;
    setObsolete(m_oldName == m_newName);
    return true;
}

void RenameParameter::redo()
{
    apply(m_newName);
}

void RenameParameter::undo()
{
    apply(m_oldName);
}

void RenameParameter::apply(const QString &name)
{
    m_document->changeParameter(m_dashboardId, m_parameterId, [&](Parameter &p) { p.name = name; });
}

} // namespace Dashwright
