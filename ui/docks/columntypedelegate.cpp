// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columntypedelegate.h"

#include "typeicons.h"
#include "typelabels.h"

#include <QComboBox>

namespace Dashwright {

QWidget *ColumnTypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (int type = int(ColumnType::Text); type <= int(ColumnType::Boolean); ++type)
        combo->addItem(columnTypeIcon(ColumnType(type)), columnTypeLabel(ColumnType(type)), type);
    // One pick is the whole edit: commit at once rather than when the focus leaves.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<ColumnTypeDelegate *>(this)->commitData(combo);
        Q_EMIT const_cast<ColumnTypeDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void ColumnTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void ColumnTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace Dashwright
