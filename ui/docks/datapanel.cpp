// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapanel.h"

#include "columntypedelegate.h"
#include "commands/listcommands.h"
#include "dialogs/accountdialog.h"
#include "dialogs/datasetdialog.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "itemmodels/datasourcemodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

using Kind = DataSourceModel::ItemKind;

DataPanel::DataPanel(ProjectDocument *document, DocumentSelection *selection,
                     ProjectKeystore *keystore, QWidget *parent)
    : QDockWidget(tr("Data"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_keystore(keystore)
    , m_model(new DataSourceModel(document, this))
{
    setObjectName(u"dataPanel"_s);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"dataTree"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(DataSourceModel::TypeColumn, new ColumnTypeDelegate(m_view));
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setUniformRowHeights(true);
    // The names in full, the type in what is left: a long type ("Plugin (HTTP broker), default
    // account") would otherwise squeeze the names out of a narrow dock.
    m_view->header()->setSectionResizeMode(DataSourceModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DataSourceModel::TypeColumn, QHeaderView::Stretch);
    m_view->expandToDepth(0);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid() || m_model->kind(parent) == Kind::Account)
            m_view->expand(parent);
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, [this] { m_view->expandToDepth(0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DataPanel::currentChanged);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->kind(index) != Kind::Column)
            editCurrent();
    });
    connect(selection, &DocumentSelection::selectionChanged, this, &DataPanel::followSelection);

    // Three buttons that fit the dock at any width it takes (two "Add …" buttons pushed Edit and
    // Remove behind the tool bar's overflow): adding is one button with a menu.
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"dataToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *addMenu = new QMenu(this);
    addMenu->addAction(tr("Account…"), this, [this] { addAccount(); })
            ->setObjectName(u"addAccount"_s);
    addMenu->addAction(tr("Dataset…"), this, [this] { addDataset(currentAccountId()); })
            ->setObjectName(u"addDataset"_s);
    auto *add = new QToolButton(toolBar);
    add->setObjectName(u"add"_s);
    add->setText(tr("Add"));
    add->setToolTip(tr("Add an account or a dataset"));
    add->setMenu(addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(add);
    toolBar->addAction(tr("Edit…"), this, &DataPanel::editCurrent)->setObjectName(u"edit"_s);
    toolBar->addAction(tr("Remove"), this, &DataPanel::removeSelected)->setObjectName(u"remove"_s);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    setWidget(content);
    // Never narrower than its buttons, in any language.
    content->setMinimumWidth(toolBar->sizeHint().width());
}

QString DataPanel::currentAccountId() const
{
    QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    while (index.isValid() && m_model->kind(index) != Kind::Account)
        index = index.parent();
    return index.data(DataSourceModel::IdRole).toString();
}

void DataPanel::currentChanged()
{
    if (m_syncing)
        return;
    const QModelIndex index = m_view->currentIndex();
    switch (m_model->kind(index)) {
    case Kind::Account:
        m_selection->selectAccount(index.data(DataSourceModel::IdRole).toString());
        break;
    case Kind::Dataset:
        m_selection->selectDataset(index.data(DataSourceModel::DatasetIdRole).toString());
        break;
    case Kind::Column:
        // Pressing a column starts dragging it onto the selected widget's field wells: the
        // selection (and the Properties panel with the wells) stays as it is.
    case Kind::None:
        break;
    }
}

void DataPanel::followSelection()
{
    QModelIndex index;
    if (m_selection->kind() == DocumentSelection::Kind::Account)
        index = m_model->accountIndex(m_selection->objectId());
    else if (m_selection->kind() == DocumentSelection::Kind::Dataset)
        index = m_model->datasetIndex(m_selection->objectId());
    // A column of the selected dataset stays current; the rest follows the selection.
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (!index.isValid() || current == index
        || (m_model->kind(current) == Kind::Column && current.parent() == index))
        return;
    m_syncing = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_syncing = false;
}

AccountDialog *DataPanel::addAccount()
{
    auto *dialog = new AccountDialog(m_document, m_keystore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AccountDialog *DataPanel::editAccount(const QString &accountId)
{
    AccountDialog *dialog = addAccount();
    dialog->setAccountId(accountId);
    return dialog;
}

DatasetDialog *DataPanel::addDataset(const QString &accountId)
{
    auto *dialog = new DatasetDialog(m_document, m_keystore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!accountId.isEmpty())
        dialog->setAccountId(accountId);
    dialog->open();
    return dialog;
}

DatasetDialog *DataPanel::editDataset(const QString &datasetId)
{
    DatasetDialog *dialog = addDataset();
    dialog->setDatasetId(datasetId);
    return dialog;
}

void DataPanel::editCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    switch (m_model->kind(index)) {
    case Kind::Account:
        editAccount(index.data(DataSourceModel::IdRole).toString());
        break;
    case Kind::Dataset:
    case Kind::Column:
        editDataset(index.data(DataSourceModel::DatasetIdRole).toString());
        break;
    case Kind::None:
        break;
    }
}

QString DataPanel::removalBlocker(const QString &accountId, const QString &datasetId) const
{
    const Project &project = m_document->project();
    if (!accountId.isEmpty()) {
        const auto datasets
                = std::count_if(project.datasets.cbegin(), project.datasets.cend(),
                                [&](const Dataset &d) { return d.accountId == accountId; });
        if (datasets > 0)
            return tr("%n dataset(s) use this account; remove them first.", nullptr, int(datasets));
        return {};
    }
    int widgets = 0;
    int filters = 0;
    for (const Dashboard &dashboard : project.dashboards) {
        widgets += int(std::count_if(dashboard.widgets.cbegin(), dashboard.widgets.cend(),
                                     [&](const Widget &w) { return w.datasetId == datasetId; }));
        filters += int(std::count_if(dashboard.filters.cbegin(), dashboard.filters.cend(),
                                     [&](const Filter &f) { return f.datasetId == datasetId; }));
    }
    const int policies = int(project.policiesFor(datasetId).size());
    if (widgets + filters + policies == 0)
        return {};
    return tr("This dataset is still used by %1, %2 and %3.")
            .arg(tr("%n widget(s)", nullptr, widgets),
                 tr("%n dashboard filter(s)", nullptr, filters),
                 tr("%n access policy(ies)", nullptr, policies));
}

bool DataPanel::removeSelected()
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    const Kind kind = m_model->kind(index);
    if (kind != Kind::Account && kind != Kind::Dataset)
        return false;
    const QString id = index.data(DataSourceModel::IdRole).toString();
    const QString blocker
            = kind == Kind::Account ? removalBlocker(id, QString()) : removalBlocker(QString(), id);
    if (!blocker.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Cannot remove"), blocker,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    // The account's password stays in the keystore: undo brings the account back with it.
    if (kind == Kind::Account)
        m_document->undoStack()->push(new RemoveAccount(m_document, id));
    else
        m_document->undoStack()->push(new RemoveDataset(m_document, id));
    return true;
}

} // namespace Dashwright
