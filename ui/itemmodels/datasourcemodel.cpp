// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasourcemodel.h"

#include "sources/accountkind.h"

#include "commands/setproperty.h"
#include "document/projectdocument.h"
#include "mimetypes.h"
#include "typeicons.h"
#include "typelabels.h"

#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QStringList columnIdsOf(const Dataset &dataset)
{
    QStringList ids;
    for (const Column &column : dataset.columns)
        ids.append(column.id);
    return ids;
}

} // namespace

int DataSourceModel::Node::rowOf(const Node *child) const
{
    for (size_t i = 0; i < children.size(); ++i) {
        if (children[i].get() == child)
            return int(i);
    }
    return -1;
}

DataSourceModel::DataSourceModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    rebuild();
    connect(document, &ProjectDocument::projectAboutToBeReset, this,
            &DataSourceModel::beginResetModel);
    connect(document, &ProjectDocument::projectReset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(document, &ProjectDocument::accountAdded, this, &DataSourceModel::addAccountRow);
    connect(document, &ProjectDocument::accountAboutToBeRemoved, this,
            &DataSourceModel::removeAccountRow);
    connect(document, &ProjectDocument::accountChanged, this, &DataSourceModel::accountChanged);
    connect(document, &ProjectDocument::datasetAdded, this,
            [this](int row) { insertDatasetNode(m_document->project().datasets.at(row).id); });
    connect(document, &ProjectDocument::datasetAboutToBeRemoved, this,
            [this](int row) { removeDatasetNode(m_document->project().datasets.at(row).id); });
    connect(document, &ProjectDocument::datasetChanged, this, &DataSourceModel::syncDataset);
}

DataSourceModel::~DataSourceModel() = default;

void DataSourceModel::rebuild()
{
    m_root.children.clear();
    for (const Account &account : m_document->project().accounts) {
        auto node = std::make_unique<Node>();
        node->kind = ItemKind::Account;
        node->id = account.id;
        node->parent = &m_root;
        m_root.children.push_back(std::move(node));
    }
    for (const Dataset &dataset : m_document->project().datasets) {
        Node *account = accountNode(dataset.accountId);
        if (!account)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = ItemKind::Dataset;
        node->id = dataset.id;
        node->parent = account;
        node->columnIds = columnIdsOf(dataset);
        account->children.push_back(std::move(node));
    }
}

DataSourceModel::Node *DataSourceModel::accountNode(const QString &accountId) const
{
    for (const auto &node : m_root.children) {
        if (node->id == accountId)
            return node.get();
    }
    return nullptr;
}

DataSourceModel::Node *DataSourceModel::datasetNode(const QString &datasetId) const
{
    for (const auto &account : m_root.children) {
        for (const auto &node : account->children) {
            if (node->id == datasetId)
                return node.get();
        }
    }
    return nullptr;
}

void DataSourceModel::addAccountRow(int row)
{
    const Account &account = m_document->project().accounts.at(row);
    auto node = std::make_unique<Node>();
    node->kind = ItemKind::Account;
    node->id = account.id;
    node->parent = &m_root;
    beginInsertRows({}, row, row);
    m_root.children.insert(m_root.children.begin() + row, std::move(node));
    endInsertRows();
    // Datasets left without an account (an undone account removal) come back under it.
    for (const Dataset &dataset : m_document->project().datasets) {
        if (dataset.accountId == account.id)
            insertDatasetNode(dataset.id);
    }
    // The first account is the default one, so the former first one's label changes.
    if (row == 0 && m_root.children.size() > 1)
        Q_EMIT dataChanged(index(1, 0), index(1, ColumnCount - 1));
}

void DataSourceModel::removeAccountRow(int row)
{
    beginRemoveRows({}, row, row);
    m_root.children.erase(m_root.children.begin() + row);
    endRemoveRows();
    if (row == 0 && !m_root.children.empty())
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

void DataSourceModel::accountChanged(const QString &accountId)
{
    if (const Node *node = accountNode(accountId))
        Q_EMIT dataChanged(indexFor(node), indexFor(node, ColumnCount - 1));
}

void DataSourceModel::insertDatasetNode(const QString &datasetId)
{
    const Dataset *dataset = m_document->dataset(datasetId);
    Node *account = dataset ? accountNode(dataset->accountId) : nullptr;
    if (!account || datasetNode(datasetId))
        return;
    // Datasets appear in project order: the new one goes before the first later dataset.
    int position = 0;
    for (const Dataset &other : m_document->project().datasets) {
        if (other.id == datasetId)
            break;
        if (other.accountId == dataset->accountId && datasetNode(other.id))
            ++position;
    }
    auto node = std::make_unique<Node>();
    node->kind = ItemKind::Dataset;
    node->id = datasetId;
    node->parent = account;
    node->columnIds = columnIdsOf(*dataset);
    beginInsertRows(indexFor(account), position, position);
    account->children.insert(account->children.begin() + position, std::move(node));
    endInsertRows();
}

void DataSourceModel::removeDatasetNode(const QString &datasetId)
{
    Node *node = datasetNode(datasetId);
    if (!node)
        return;
    Node *account = node->parent;
    const int row = account->rowOf(node);
    beginRemoveRows(indexFor(account), row, row);
    account->children.erase(account->children.begin() + row);
    endRemoveRows();
}

void DataSourceModel::syncDataset(const QString &datasetId)
{
    const Dataset *dataset = m_document->dataset(datasetId);
    Node *node = datasetNode(datasetId);
    if (!dataset)
        return;
    if (!node || node->parent->id != dataset->accountId) {
        removeDatasetNode(datasetId);
        insertDatasetNode(datasetId);
        return;
    }
    const QStringList ids = columnIdsOf(*dataset);
    const QModelIndex parent = indexFor(node);
    if (ids.size() != node->columnIds.size()) {
        if (!node->columnIds.isEmpty()) {
            beginRemoveRows(parent, 0, int(node->columnIds.size()) - 1);
            node->columnIds.clear();
            endRemoveRows();
        }
        if (!ids.isEmpty()) {
            beginInsertRows(parent, 0, int(ids.size()) - 1);
            node->columnIds = ids;
            endInsertRows();
        }
    } else {
        node->columnIds = ids;
        if (!ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent),
                               index(int(ids.size()) - 1, ColumnCount - 1, parent));
    }
    Q_EMIT dataChanged(parent, indexFor(node, ColumnCount - 1));
}

DataSourceModel::Node *DataSourceModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return const_cast<Node *>(&m_root);
    const auto *parent = static_cast<const Node *>(index.internalPointer());
    if (parent->kind == ItemKind::Dataset)
        return nullptr;
    return parent->children.at(size_t(index.row())).get();
}

QModelIndex DataSourceModel::indexFor(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(node->parent->rowOf(node), column, node->parent);
}

DataSourceModel::ItemKind DataSourceModel::kind(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return ItemKind::None;
    const Node *node = nodeFor(index);
    return node ? node->kind : ItemKind::Column;
}

QModelIndex DataSourceModel::accountIndex(const QString &accountId) const
{
    return indexFor(accountNode(accountId));
}

QModelIndex DataSourceModel::datasetIndex(const QString &datasetId) const
{
    return indexFor(datasetNode(datasetId));
}

QModelIndex DataSourceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent));
}

QModelIndex DataSourceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(static_cast<const Node *>(child.internalPointer()));
}

int DataSourceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    if (!node)
        return 0;
    return node->kind == ItemKind::Dataset ? int(node->columnIds.size())
                                           : int(node->children.size());
}

int DataSourceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DataSourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto *parentNode = static_cast<const Node *>(index.internalPointer());
    const int column = index.column();

    if (parentNode->kind == ItemKind::Dataset) {
        const Dataset *dataset = m_document->dataset(parentNode->id);
        const Column *c
                = dataset ? dataset->column(parentNode->columnIds.value(index.row())) : nullptr;
        if (!c)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return column == NameColumn ? c->label : columnTypeLabel(c->type);
        case Qt::EditRole:
            return column == NameColumn ? QVariant(c->label) : QVariant(int(c->type));
        case Qt::DecorationRole:
            // Beside the name, where the eye reads down the list, as in the field wells.
            return column == NameColumn ? QVariant(columnTypeIcon(c->type)) : QVariant();
        case Qt::ToolTipRole:
            return tr("Column %1 (%2)").arg(c->name, columnTypeLabel(c->type));
        case IdRole:
            return c->id;
        case KindRole:
            return int(ItemKind::Column);
        case DatasetIdRole:
            return dataset->id;
        }
        return {};
    }

    const Node *node = parentNode->children.at(size_t(index.row())).get();
    if (node->kind == ItemKind::Account) {
        const Account *account = m_document->account(node->id);
        if (!account)
            return {};
        const bool isDefault = index.row() == 0;
        switch (role) {
        case Qt::DisplayRole:
            if (column == NameColumn)
                return account->name;
            return isDefault ? tr("%1, default").arg(accountTypeLabel(account->type))
                             : accountTypeLabel(account->type);
        case Qt::EditRole:
            return column == NameColumn ? QVariant(account->name) : QVariant();
        case Qt::ToolTipRole:
            return AccountKind::of(account->type).summary(*account);
        case Qt::FontRole:
            if (isDefault) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case IdRole:
            return account->id;
        case KindRole:
            return int(ItemKind::Account);
        }
        return {};
    }

    const Dataset *dataset = m_document->dataset(node->id);
    if (!dataset)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return dataset->name;
        return dataset->kind == Dataset::Kind::Table ? tr("Table %1").arg(dataset->table)
                                                     : tr("SQL query");
    case Qt::EditRole:
        return column == NameColumn ? QVariant(dataset->name) : QVariant();
    case Qt::ToolTipRole:
        return dataset->kind == Dataset::Kind::Table ? dataset->table : dataset->sql;
    case IdRole:
    case DatasetIdRole:
        return dataset->id;
    case KindRole:
        return int(ItemKind::Dataset);
    }
    return {};
}

bool DataSourceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString id = index.data(IdRole).toString();
    QUndoStack *stack = m_document->undoStack();
    switch (kind(index)) {
    case ItemKind::Account: {
        const QString name = value.toString().trimmed();
        if (index.column() != NameColumn || name.isEmpty())
            return false;
        stack->push(new SetProperty(m_document, {QString(), id}, &Account::name, name,
                                    tr("Rename account")));
        return true;
    }
    case ItemKind::Dataset: {
        const QString name = value.toString().trimmed();
        if (index.column() != NameColumn || name.isEmpty())
            return false;
        stack->push(new SetProperty(m_document, {QString(), id}, &Dataset::name, name,
                                    tr("Rename dataset")));
        return true;
    }
    case ItemKind::Column: {
        const QString datasetId = index.data(DatasetIdRole).toString();
        QList<Column> columns = m_document->dataset(datasetId)->columns;
        Column &column = columns[index.row()];
        if (index.column() == NameColumn) {
            const QString label = value.toString().trimmed();
            if (label.isEmpty())
                return false;
            column.label = label;
        } else {
            bool ok = false;
            const int type = value.toInt(&ok);
            if (!ok || type < int(ColumnType::Text) || type > int(ColumnType::Boolean))
                return false;
            column.type = ColumnType(type);
        }
        stack->push(new SetProperty(m_document, {QString(), datasetId}, &Dataset::columns, columns,
                                    tr("Edit columns")));
        return true;
    }
    case ItemKind::None:
        break;
    }
    return false;
}

QVariant DataSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

Qt::ItemFlags DataSourceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    switch (kind(index)) {
    case ItemKind::Account:
    case ItemKind::Dataset:
        if (index.column() == NameColumn)
            flags |= Qt::ItemIsEditable;
        break;
    case ItemKind::Column:
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
        break;
    case ItemKind::None:
        break;
    }
    return flags;
}

QStringList DataSourceModel::mimeTypes() const
{
    return {QString(MimeTypes::column)};
}

QMimeData *DataSourceModel::mimeData(const QModelIndexList &indexes) const
{
    // The canvas takes one column per drop: the first one dragged.
    for (const QModelIndex &index : indexes) {
        if (kind(index) != ItemKind::Column)
            continue;
        const QJsonObject payload{{u"dataset_id"_s, index.data(DatasetIdRole).toString()},
                                  {u"column_id"_s, index.data(IdRole).toString()}};
        auto *mime = new QMimeData;
        mime->setData(QString(MimeTypes::column),
                      QJsonDocument(payload).toJson(QJsonDocument::Compact));
        mime->setText(index.siblingAtColumn(NameColumn).data().toString());
        return mime;
    }
    return nullptr;
}

Qt::DropActions DataSourceModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Dashwright
