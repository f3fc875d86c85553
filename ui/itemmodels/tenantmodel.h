// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QString>

namespace Dashwright {

class ProjectDocument;

// The project's tenant profiles as a list people rename in place. A rename is an undo command;
// an empty name, or one another profile has (--as takes names), changes nothing and says why
// through editRefused().
class TenantModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit TenantModel(ProjectDocument *document, QObject *parent = nullptr);

    QString tenantId(int row) const;
    int rowOf(const QString &tenantId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    ProjectDocument *m_document;
};

} // namespace Dashwright
