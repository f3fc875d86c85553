// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantmodel.h"

#include "commands/setproperty.h"
#include "document/projectdocument.h"

#include <QUndoStack>

#include <algorithm>

namespace Dashwright {

TenantModel::TenantModel(ProjectDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::projectAboutToBeReset, this, &TenantModel::beginResetModel);
    connect(document, &ProjectDocument::projectReset, this, &TenantModel::endResetModel);
    connect(document, &ProjectDocument::tenantAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(document, &ProjectDocument::tenantAdded, this, &TenantModel::endInsertRows);
    connect(document, &ProjectDocument::tenantAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(document, &ProjectDocument::tenantRemoved, this, &TenantModel::endRemoveRows);
    connect(document, &ProjectDocument::tenantChanged, this, [this](const QString &tenantId) {
        const int row = rowOf(tenantId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    });
}

QString TenantModel::tenantId(int row) const
{
    const auto &tenants = m_document->project().tenants;
    return row >= 0 && row < tenants.size() ? tenants.at(row).id : QString();
}

int TenantModel::rowOf(const QString &tenantId) const
{
    return m_document->tenantIndex(tenantId);
}

int TenantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->project().tenants.size());
}

QVariant TenantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantProfile &tenant = m_document->project().tenants.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return tenant.name;
    case Qt::ToolTipRole:
        return tr("Tenant profile %1\nid %2").arg(tenant.name, tenant.id);
    case IdRole:
        return tenant.id;
    default:
        return {};
    }
}

bool TenantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TenantProfile &tenant = m_document->project().tenants.at(index.row());
    const QString name = value.toString().trimmed();
    if (name.isEmpty()) {
        Q_EMIT editRefused(tr("A tenant profile needs a name."));
        return false;
    }
    const auto &tenants = m_document->project().tenants;
    // "--as NAME" picks a profile by its name, so two profiles may not share one.
    if (std::any_of(tenants.cbegin(), tenants.cend(), [&](const TenantProfile &other) {
            return other.id != tenant.id && other.name == name;
        })) {
        Q_EMIT editRefused(tr("Another tenant profile is already called “%1”.").arg(name));
        return false;
    }
    m_document->undoStack()->push(new SetTenantProperty<QString>(m_document, {QString(), tenant.id},
                                                                 &TenantProfile::name, name,
                                                                 tr("Rename tenant profile")));
    return true;
}

Qt::ItemFlags TenantModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index)
            | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

} // namespace Dashwright
