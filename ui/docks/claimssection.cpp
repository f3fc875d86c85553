// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimssection.h"

#include "commands/settenantclaims.h"
#include "document/projectdocument.h"

#include <QScopedValueRollback>
#include <QUndoStack>

namespace Dashwright {

ClaimsSection::ClaimsSection(const QString &title, ProjectDocument *document, QWidget *parent)
    : QGroupBox(title, parent)
    , m_document(document)
{
    // As tall as the contents: the form scrolls as a whole, and no section takes spare room.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ClaimsSection::setTenantId(const QString &tenantId)
{
    m_tenantId = tenantId;
    refresh();
}

void ClaimsSection::refresh()
{
    QScopedValueRollback refreshing(m_refreshing, true);
    setEnabled(m_document->tenant(m_tenantId));
    showClaims();
}

Json ClaimsSection::claims() const
{
    const TenantProfile *tenant = m_document->tenant(m_tenantId);
    return tenant && tenant->claims.is_object() ? tenant->claims : Json::object();
}

void ClaimsSection::commit(Json claims, const QString &mergeKey)
{
    if (m_refreshing || !m_document->tenant(m_tenantId))
        return;
    m_document->undoStack()->push(
            new SetTenantClaims(m_document, m_tenantId, std::move(claims), mergeKey));
}

} // namespace Dashwright
