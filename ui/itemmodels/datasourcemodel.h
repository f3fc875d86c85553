// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Dashwright {

class ProjectDocument;

// The data panel's tree: accounts, their datasets, and each dataset's columns with their types.
// Names and labels are edited in place (through undo commands); columns drag onto the canvas as
// MimeTypes::column. Datasets whose account does not exist are left out: the problems panel names
// them.
class DataSourceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class ItemKind { None, Account, Dataset, Column };
    enum Columns { NameColumn, TypeColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, // the account's, dataset's or column's id
        KindRole,                  // ItemKind as int
        DatasetIdRole,             // a dataset's or column's dataset
    };

    explicit DataSourceModel(ProjectDocument *document, QObject *parent = nullptr);
    ~DataSourceModel() override;

    ItemKind kind(const QModelIndex &index) const;
    QModelIndex accountIndex(const QString &accountId) const;
    QModelIndex datasetIndex(const QString &datasetId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    // The shape of the tree as the view last saw it, so that a change can be told as the rows that
    // went and came. Columns are leaves; a dataset node remembers their ids.
    struct Node
    {
        ItemKind kind = ItemKind::None;
        QString id;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>>
                children;      // accounts under the root, datasets under those
        QStringList columnIds; // datasets only

        int rowOf(const Node *child) const;
    };

    Node *nodeFor(const QModelIndex &index) const; // nullptr for a column
    QModelIndex indexFor(const Node *node, int column = 0) const;
    Node *accountNode(const QString &accountId) const;
    Node *datasetNode(const QString &datasetId) const;

    void rebuild();
    void addAccountRow(int row);
    void removeAccountRow(int row);
    void insertDatasetNode(const QString &datasetId);
    void removeDatasetNode(const QString &datasetId);
    void syncDataset(const QString &datasetId);
    void accountChanged(const QString &accountId);

    ProjectDocument *m_document;
    Node m_root;
};

} // namespace Dashwright
