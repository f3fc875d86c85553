// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterspanel.h"

#include "columntypedelegate.h"
#include "commands/listcommands.h"
#include "commands/parameteredits.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "itemmodels/parametermodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

ParametersPanel::ParametersPanel(ProjectDocument *document, DocumentSelection *selection,
                                 QWidget *parent)
    : QDockWidget(tr("Parameters"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new ParameterModel(document, this))
{
    setObjectName(u"parametersPanel"_s);
    m_model->setDashboardId(selection->dashboardId());
    connect(selection, &DocumentSelection::dashboardChanged, m_model,
            &ParameterModel::setDashboardId);
    connect(selection, &DocumentSelection::selectionChanged, this,
            &ParametersPanel::followSelection);
    connect(m_model, &ParameterModel::editRefused, this, &ParametersPanel::showMessage);

    m_view = new QTableView(this);
    m_view->setObjectName(u"parameterTable"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ParameterModel::TypeColumn, new ColumnTypeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid())
                    m_selection->selectParameter(m_model->parameterId(current.row()));
            });

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b3261e;"_s);
    m_message->hide();

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(tr("Add parameter"), this, [this] { addParameter(); });
    toolBar->addAction(tr("Delete"), this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            removeParameter(m_model->parameterId(current.row()));
    });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    layout->addWidget(m_message);
    setWidget(content);
}

QString ParametersPanel::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ParametersPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ParametersPanel::addParameter()
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    if (!dashboard)
        return {};
    const Parameter parameter = ParameterEdits::newParameter(*dashboard);
    m_document->undoStack()->push(new AddParameter(m_document, dashboard->id, parameter));
    m_selection->selectParameter(parameter.id);
    showMessage({});
    m_view->edit(m_model->index(m_model->rowOf(parameter.id), ParameterModel::NameColumn));
    return parameter.id;
}

bool ParametersPanel::removeParameter(const QString &parameterId)
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    const Parameter *parameter = dashboard ? dashboard->parameter(parameterId) : nullptr;
    if (!parameter)
        return false;
    // A filter left without its parameter would have no value at all; say where it is used.
    int filters = int(std::count_if(dashboard->filters.cbegin(), dashboard->filters.cend(),
                                    [&](const Filter &f) { return f.parameterId == parameterId; }));
    for (const Widget &widget : dashboard->widgets)
        filters += int(
                std::count_if(widget.filters.cbegin(), widget.filters.cend(),
                              [&](const Filter &f) { return f.parameterId == parameterId; }));
    if (filters > 0) {
        showMessage(tr("“%1” is taken by %n filter(s); change them first.", nullptr, filters)
                            .arg(parameter->name));
        return false;
    }
    m_document->undoStack()->push(new RemoveParameter(m_document, dashboard->id, parameterId));
    showMessage({});
    return true;
}

void ParametersPanel::followSelection()
{
    if (m_selection->kind() != DocumentSelection::Kind::Parameter)
        return;
    const int row = m_model->rowOf(m_selection->objectId());
    if (row < 0 || m_view->currentIndex().row() == row)
        return;
    m_syncing = true;
    m_view->selectRow(row);
    m_syncing = false;
}

} // namespace Dashwright
