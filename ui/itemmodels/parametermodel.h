// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QString>

namespace Dashwright {

class ProjectDocument;

// The parameters of one dashboard as a table people edit in place: name, label, type, default and
// allowed values. Every edit goes through ParameterEdits, that is through an undo command; one
// that breaks a rule changes nothing and says why through editRefused().
class ParameterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { NameColumn, LabelColumn, TypeColumn, DefaultColumn, AllowedColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit ParameterModel(ProjectDocument *document, QObject *parent = nullptr);

    QString dashboardId() const { return m_dashboardId; }
    void setDashboardId(const QString &dashboardId);
    QString parameterId(int row) const;
    int rowOf(const QString &parameterId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    bool isShown(int dashboardRow) const;

    ProjectDocument *m_document;
    QString m_dashboardId;
};

} // namespace Dashwright
