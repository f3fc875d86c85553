// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settenantclaims.h"

#include "document/projectdocument.h"

namespace Dashwright {

SetTenantClaims::SetTenantClaims(ProjectDocument *document, const QString &tenantId,
                                 nlohmann::ordered_json claims, const QString &mergeKey,
                                 QUndoCommand *parent)
    // A discrete edit (no merge key) is committed: it stays a step of its own.
    : MergeableCommand(tr("Edit tenant claims"), mergeKey.isEmpty(), parent)
    , m_document(document)
    , m_tenantId(tenantId)
    , m_mergeKey(mergeKey)
    , m_new(std::move(claims))
{
    const TenantProfile *tenant = document->tenant(tenantId);
    Q_ASSERT(tenant);
    m_old = tenant->claims;
    setObsolete(m_old == m_new);
}

bool SetTenantClaims::absorb(const SetTenantClaims &next)
{
    if (next.m_mergeKey != m_mergeKey || next.m_tenantId != m_tenantId)
        return false;
    m_new = next.m_new;
    setObsolete(m_old == m_new);
    return true;
}

void SetTenantClaims::redo()
{
    apply(m_new);
}

void SetTenantClaims::undo()
{
    apply(m_old);
}

void SetTenantClaims::apply(const nlohmann::ordered_json &claims)
{
    m_document->changeTenant(m_tenantId, [&](TenantProfile &tenant) { tenant.claims = claims; });
}

} // namespace Dashwright
