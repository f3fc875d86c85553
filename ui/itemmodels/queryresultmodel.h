// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/queryplan.h"
#include "data/queryresult.h"
#include "document/numberformatter.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Dashwright {

// A query result as a read-only table for a table widget: one column per output column with its
// label as header, measures formatted with the widget's number format and aligned right. The raw
// value stays available under Qt::EditRole for sorting and export.
class QueryResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit QueryResultModel(QObject *parent = nullptr);

    // columns describe the result's columns (the query plan's); numberFormat as in Widget.
    void setResult(const QList<OutputColumn> &columns, const QueryResult &result,
                   const QString &numberFormat = QString());
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OutputColumn> m_columns;
    QList<QVariantList> m_rows;
    NumberFormatter m_measureFormat;
};

} // namespace Dashwright
