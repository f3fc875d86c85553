// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantspanel.h"

#include "commands/listcommands.h"
#include "document/projectdocument.h"
#include "itemmodels/tenantmodel.h"
#include "tenantform.h"

#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QToolBar>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

TenantsPanel::TenantsPanel(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Tenant profiles"), parent)
    , m_document(document)
    , m_model(new TenantModel(document, this))
{
    setObjectName(u"tenantsPanel"_s);

    m_view = new QListView(this);
    m_view->setObjectName(u"tenantList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double click previews (activated); renaming is F2 or a click on the current profile.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT previewRequested(m_model->tenantId(index.row()));
    });
    connect(m_model, &TenantModel::editRefused, this, &TenantsPanel::showMessage);

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b3261e;"_s);
    m_message->hide();

    m_form = new TenantForm(document, this);
    m_form->setObjectName(u"tenantForm"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.isValid() ? m_model->tenantId(current.row()) : QString();
                m_form->setTenantId(id);
                showMessage({});
                Q_EMIT currentTenantChanged(id);
            });
    // A reset (another project) leaves no current row, and no signal saying so.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_form->setTenantId({});
        Q_EMIT currentTenantChanged({});
    });

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(tr("New"), this, [this] { addTenant(); });
    toolBar->addAction(tr("Duplicate"), this, [this] { duplicateTenant(currentTenantId()); });
    toolBar->addAction(tr("Delete"), this, [this] { removeTenant(currentTenantId()); });
    toolBar->addSeparator();
    toolBar->addAction(tr("Preview as"), this, [this] {
        if (!currentTenantId().isEmpty())
            Q_EMIT previewRequested(currentTenantId());
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins({});
    topLayout->setSpacing(0);
    topLayout->addWidget(toolBar);
    topLayout->addWidget(m_view);
    topLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    // A few profiles in view, the form below with the rest: QA reads and edits the form.
    splitter->setSizes({150, 600});
    setWidget(splitter);

    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
}

QString TenantsPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TenantsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString TenantsPanel::currentTenantId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->tenantId(current.row()) : QString();
}

void TenantsPanel::setCurrentTenantId(const QString &tenantId)
{
    const int row = m_model->rowOf(tenantId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

QString TenantsPanel::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_document->project().tenant(name); ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    return name;
}

QString TenantsPanel::addTenant()
{
    // Nothing granted: a new profile sees nothing until the dashboards it may see are checked.
    TenantProfile tenant{QUuid::createUuid().toString(QUuid::WithoutBraces),
                         uniqueName(tr("New tenant")),
                         nlohmann::ordered_json{{"securables", nlohmann::ordered_json::array()}}};
    m_document->undoStack()->push(new AddTenant(m_document, tenant));
    setCurrentTenantId(tenant.id);
    return tenant.id;
}

QString TenantsPanel::duplicateTenant(const QString &tenantId)
{
    const TenantProfile *original = m_document->tenant(tenantId);
    if (!original)
        return {};
    TenantProfile copy = *original;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.name = uniqueName(tr("%1 (copy)").arg(original->name));
    auto *duplicate = new AddTenant(m_document, copy, m_document->tenantIndex(tenantId) + 1);
    duplicate->setText(tr("Duplicate tenant profile"));
    m_document->undoStack()->push(duplicate);
    setCurrentTenantId(copy.id);
    return copy.id;
}

bool TenantsPanel::removeTenant(const QString &tenantId)
{
    if (!m_document->tenant(tenantId))
        return false;
    m_document->undoStack()->push(new RemoveTenant(m_document, tenantId));
    return true;
}

} // namespace Dashwright
