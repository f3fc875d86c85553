// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewselector.h"

#include "document/projectdocument.h"
#include "tenantpreview.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
// Item data: a profile's id, or one of these.
const QString designEntry = u"design"_s;
const QString tokenEntry = u"token"_s;
} // namespace

PreviewSelector::PreviewSelector(ProjectDocument *document, TenantPreview *preview, QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
    , m_preview(preview)
{
    setObjectName(u"previewSelector"_s);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("Preview the dashboard as a tenant would see it"));
    connect(this, &QComboBox::activated, this, &PreviewSelector::chosen);
    connect(preview, &TenantPreview::changed, this, &PreviewSelector::rebuild);
    connect(document, &ProjectDocument::projectReset, this, &PreviewSelector::rebuild);
    connect(document, &ProjectDocument::tenantChanged, this, &PreviewSelector::rebuild);
    connect(document, &ProjectDocument::tenantAdded, this, &PreviewSelector::rebuild);
    connect(document, &ProjectDocument::tenantRemoved, this, &PreviewSelector::rebuild);
    rebuild();
}

bool PreviewSelector::choose(const QString &tenantName)
{
    if (tenantName.isEmpty()) {
        m_preview->showDesign();
        return true;
    }
    const TenantProfile *tenant = m_document->project().tenant(tenantName);
    return tenant && m_preview->showTenant(tenant->id);
}

void PreviewSelector::rebuild()
{
    m_rebuilding = true;
    clear();
    addItem(tr("Default — no token"), designEntry);
    for (const TenantProfile &tenant : m_document->project().tenants)
        addItem(tenant.name, tenant.id);
    if (m_preview->mode() == TenantPreview::Mode::Token)
        addItem(m_preview->label(), tokenEntry);

    QString current = designEntry;
    if (m_preview->mode() == TenantPreview::Mode::Profile)
        current = m_preview->tenantId();
    else if (m_preview->mode() == TenantPreview::Mode::Token)
        current = tokenEntry;
    setCurrentIndex(qMax(0, findData(current)));
    m_rebuilding = false;
}

void PreviewSelector::chosen(int index)
{
    if (m_rebuilding)
        return;
    const QString entry = itemData(index).toString();
    if (entry == designEntry)
        m_preview->showDesign();
    else if (entry != tokenEntry)
        m_preview->showTenant(entry);
}

} // namespace Dashwright
