// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryresultmodel.h"

namespace Dashwright {

namespace {
bool isNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Number;
}
} // namespace

QueryResultModel::QueryResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QueryResultModel::setResult(const QList<OutputColumn> &columns, const QueryResult &result,
                                 const QString &numberFormat)
{
    beginResetModel();
    m_columns = columns;
    // A result wider than its plan (should not happen) shows only the described columns.
    m_rows = result.rows;
    m_measureFormat = NumberFormatter(numberFormat);
    endResetModel();
}

void QueryResultModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    endResetModel();
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    const OutputColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // Dimensions as they are: a year or an id column is no amount to group.
        if (column.role == OutputColumn::Role::Measure)
            return m_measureFormat.format(value);
        return value.isNull() ? QVariant() : QVariant(value.toString());
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return isNumeric(column.type) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).label;
    return {};
}

} // namespace Dashwright
