// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentselection.h"

#include "document/projectdocument.h"

namespace Dashwright {

DocumentSelection::DocumentSelection(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::projectReset, this, [this] {
        const auto &dashboards = m_document->project().dashboards;
        setDashboardId(dashboards.isEmpty() ? QString() : dashboards.first().id);
    });
    // Removals of any kind may take selected objects (or the shown dashboard) with them.
    for (auto signal : {&ProjectDocument::dashboardRemoved, &ProjectDocument::datasetRemoved,
                        &ProjectDocument::accountRemoved, &ProjectDocument::tenantRemoved})
        connect(document, signal, this, &DocumentSelection::prune);
    for (auto signal : {&ProjectDocument::widgetRemoved, &ProjectDocument::parameterRemoved})
        connect(document, signal, this, &DocumentSelection::prune);
    connect(document, &ProjectDocument::dashboardAdded, this, [this] {
        if (m_dashboardId.isEmpty())
            prune();
    });

    const auto &dashboards = document->project().dashboards;
    if (!dashboards.isEmpty())
        m_dashboardId = dashboards.first().id;
}

QString DocumentSelection::objectId() const
{
    return m_kind == Kind::None || m_kind == Kind::Widgets || m_ids.isEmpty() ? QString()
                                                                              : m_ids.first();
}

void DocumentSelection::setDashboardId(const QString &dashboardId)
{
    if (dashboardId == m_dashboardId) {
        clear();
        return;
    }
    m_dashboardId = dashboardId;
    m_kind = Kind::None;
    m_ids.clear();
    Q_EMIT dashboardChanged(m_dashboardId);
    Q_EMIT selectionChanged();
}

void DocumentSelection::selectWidgets(const QStringList &widgetIds)
{
    select(widgetIds.isEmpty() ? Kind::None : Kind::Widgets, widgetIds);
}

void DocumentSelection::selectParameter(const QString &parameterId)
{
    select(Kind::Parameter, {parameterId});
}

void DocumentSelection::selectDataset(const QString &datasetId)
{
    select(Kind::Dataset, {datasetId});
}

void DocumentSelection::selectAccount(const QString &accountId)
{
    select(Kind::Account, {accountId});
}

void DocumentSelection::selectTenant(const QString &tenantId)
{
    select(Kind::Tenant, {tenantId});
}

void DocumentSelection::clear()
{
    select(Kind::None, {});
}

void DocumentSelection::select(Kind kind, const QStringList &ids)
{
    if (kind == m_kind && ids == m_ids)
        return;
    m_kind = kind;
    m_ids = kind == Kind::None ? QStringList() : ids;
    Q_EMIT selectionChanged();
}

void DocumentSelection::prune()
{
    const auto &dashboards = m_document->project().dashboards;
    if (!m_document->dashboard(m_dashboardId)) {
        setDashboardId(dashboards.isEmpty() ? QString() : dashboards.first().id);
        return;
    }
    QStringList kept;
    for (const QString &id : std::as_const(m_ids)) {
        bool exists = false;
        switch (m_kind) {
        case Kind::Widgets:
            exists = m_document->widget(m_dashboardId, id);
            break;
        case Kind::Parameter:
            exists = m_document->parameter(m_dashboardId, id);
            break;
        case Kind::Dataset:
            exists = m_document->dataset(id);
            break;
        case Kind::Account:
            exists = m_document->account(id);
            break;
        case Kind::Tenant:
            exists = m_document->project().tenant(id);
            break;
        case Kind::None:
            break;
        }
        if (exists)
            kept.append(id);
    }
    if (kept != m_ids)
        select(kept.isEmpty() ? Kind::None : m_kind, kept);
}

} // namespace Dashwright
