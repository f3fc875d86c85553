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
    for (const QString &tenantId : next->m_renamedIn) {
        if (!m_renamedIn.contains(tenantId))
            m_renamedIn.append(tenantId);
    }
    setObsolete(m_oldName == m_newName);
    return true;
}

void RenameParameter::redo()
{
    apply(m_oldName, m_newName);
}

void RenameParameter::undo()
{
    apply(m_newName, m_oldName);
}

void RenameParameter::apply(const QString &from, const QString &to)
{
    m_document->changeParameter(m_dashboardId, m_parameterId, [&](Parameter &p) { p.name = to; });

    const bool undoing = to == m_oldName;
    if (!undoing) {
        // Another dashboard's parameter of the old name still uses the profiles' key.
        for (const Dashboard &dashboard : m_document->project().dashboards) {
            if (dashboard.id != m_dashboardId && dashboard.parameterByName(from))
                return;
        }
    }
    const std::string oldKey = from.toStdString();
    const std::string newKey = to.toStdString();
    for (const TenantProfile &tenant : m_document->project().tenants) {
        if (undoing != m_renamedIn.contains(tenant.id))
            continue;
        const auto overrides = tenant.claims.find("parameter_overrides");
        if (overrides == tenant.claims.end() || !overrides->is_object()
            || !overrides->contains(oldKey) || overrides->contains(newKey))
            continue;
        m_document->changeTenant(tenant.id, [&](TenantProfile &profile) {
            // Rebuilt rather than erased and added, so that the key keeps its place.
            auto &members = profile.claims["parameter_overrides"];
            nlohmann::ordered_json renamed = nlohmann::ordered_json::object();
            for (auto it = members.begin(); it != members.end(); ++it)
                renamed[it.key() == oldKey ? newKey : it.key()] = std::move(it.value());
            members = std::move(renamed);
        });
        if (!undoing)
            m_renamedIn.append(tenant.id);
    }
    if (undoing)
        m_renamedIn.clear();
}

} // namespace Dashwright
